#pragma once

#include <QString>

namespace voxnote::notify {

struct SmtpSettings;

/// Sends one plain-text e-mail through an SMTP server with libcurl: TLS for
/// smtps:// URLs, STARTTLS required for smtp:// ones (a server that does not
/// offer it gets neither the login nor the mail) unless the settings allow an
/// unencrypted relay. Both addresses are checked first (see
/// `people::isValidEmailAddress`). Blocks for at most `timeoutMs`. Throws
/// `Error` with a sentence on failure; the sentence never contains the
/// password. Call from any thread; each call uses its own curl handle.
class SmtpSender
{
public:
    explicit SmtpSender(int timeoutMs = 20'000);
    virtual ~SmtpSender() = default;

    virtual void send(
        const SmtpSettings& settings, const QString& recipient, const QString& subject, const QString& body);

    /// The RFC 5322 message: headers (a long or non-ASCII subject as RFC 2047
    /// encoded words on folded lines) and the body with CRLF line ends.
    /// Throws `Error` if either address is not a plain e-mail address.
    static QByteArray composeMessage(
        const QString& from, const QString& recipient, const QString& subject, const QString& body);

private:
    int m_timeoutMs;
};

} // namespace voxnote::notify
