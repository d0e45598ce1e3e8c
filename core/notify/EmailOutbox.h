#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::notify {

struct Notification;
class SmtpSender;

/// Where and as whom notification e-mails are sent. Kept in the profile's
/// local settings (never synced, never logged); the password in the secret
/// store (`settings::SecretStore`), never in the database.
struct SmtpSettings
{
    QString url; ///< smtp://host:port or smtps://host:port
    QString from; ///< the sender address
    QString user;
    QString password;
    /// The person chose to send over an unencrypted connection (a relay on
    /// this computer or a network they trust). Otherwise smtp:// requires
    /// STARTTLS, and a server that does not offer it is refused before any
    /// login or address is sent.
    bool allowUnencrypted = false;

    bool isConfigured() const { return !url.isEmpty() && !from.isEmpty(); }
};

struct OutgoingEmail
{
    QString id;
    QString notificationId;
    QString recipient;
    QString subject;
    QString body;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    QString lastError;
    std::optional<qint64> sentAtMs;
};

/// E-mails waiting to be sent. Each notification for a person with an
/// address becomes one when SMTP is configured; a failed send is kept with
/// its error and retried with growing delays, never dropped. Local to this
/// profile. Use on the connection's thread.
class EmailOutbox
{
public:
    explicit EmailOutbox(storage::Connection& connection);

    /// With the password from the secret store; throws `Error` if it fails.
    static SmtpSettings settings(storage::Connection& connection);
    /// Everything but the password, without asking the secret store.
    static SmtpSettings settingsWithoutPassword(storage::Connection& connection);
    /// Throws `Error` (and saves nothing) if the sender is not a plain e-mail
    /// address, or if the secret store refuses the password.
    static void saveSettings(storage::Connection& connection, const SmtpSettings& settings);

    /// Queues the e-mail for `notification` if SMTP is configured and its
    /// person has a valid address. Call inside the notification's transaction.
    void enqueueFor(const Notification& notification);

    /// Sends every queued e-mail whose time has come. Returns how many were
    /// sent; failures are recorded on the e-mail and retried later.
    int sendDue(SmtpSender& sender);

    /// Unsent e-mails, oldest first (with their last error, if any).
    QList<OutgoingEmail> pending();
    QList<OutgoingEmail> all(int limit = 200);

    /// Delay before attempt `attempts + 1`: 1 min, 5 min, 30 min, then 2 h.
    static qint64 retryDelayMs(int attempts);

private:
    QList<OutgoingEmail> query(const char* sql, int limit);

    storage::Connection& m_connection;
};

} // namespace voxnote::notify
