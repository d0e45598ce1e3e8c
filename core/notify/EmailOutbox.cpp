#include "notify/EmailOutbox.h"

#include "Error.h"
#include "notify/NotificationRepository.h"
#include "notify/SmtpSender.h"
#include "people/EmailAddress.h"
#include "settings/SecretStore.h"
#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Log.h"
#include "util/Uuid.h"

#include <QCoreApplication>

#include <array>

namespace voxnote::notify {

namespace {

// The password is not among them: it is kept in the secret store.
constexpr std::array<const char*, 4> kSettingKeys {"smtp.url", "smtp.from", "smtp.user", "smtp.unencrypted"};
const QString kPasswordSecret = QStringLiteral("smtp.password");

QString setting(storage::Connection& connection, const char* key)
{
    storage::Statement select = connection.prepare("SELECT value FROM meta WHERE key = ?1");
    select.bind(1, QString::fromLatin1(key));
    return select.step() ? select.columnText(0) : QString();
}

} // namespace

EmailOutbox::EmailOutbox(storage::Connection& connection)
    : m_connection(connection)
{
}

SmtpSettings EmailOutbox::settings(storage::Connection& connection)
{
    SmtpSettings settings = settingsWithoutPassword(connection);
    settings.password
        = QString::fromUtf8(settings::SecretStore::forDatabase(connection.path()).read(kPasswordSecret));
    return settings;
}

SmtpSettings EmailOutbox::settingsWithoutPassword(storage::Connection& connection)
{
    return {setting(connection, kSettingKeys[0]), setting(connection, kSettingKeys[1]),
        setting(connection, kSettingKeys[2]), {}, setting(connection, kSettingKeys[3]) == u"yes"};
}

void EmailOutbox::saveSettings(storage::Connection& connection, const SmtpSettings& settings)
{
    if (!settings.from.isEmpty() && !people::isValidEmailAddress(settings.from))
        throw Error(QCoreApplication::translate("EmailOutbox",
            "“%1” is not an e-mail address Voxnote can send from; write it as name@example.org, without "
            "spaces, line breaks or brackets.")
                        .arg(settings.from));
    const std::array<QString, 4> values {settings.url, settings.from, settings.user,
        settings.allowUnencrypted ? QStringLiteral("yes") : QStringLiteral("no")};
    // The secret first: if the secret store refuses it, nothing is saved.
    settings::SecretStore::forDatabase(connection.path()).write(kPasswordSecret, settings.password.toUtf8());
    storage::Transaction transaction(connection);
    for (std::size_t i = 0; i < kSettingKeys.size(); ++i) {
        storage::Statement save
            = connection.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
        save.bindAll(QString::fromLatin1(kSettingKeys[i]), values[i]);
        save.run();
    }
    transaction.commit();
}

void EmailOutbox::enqueueFor(const Notification& notification)
{
    if (!settingsWithoutPassword(m_connection).isConfigured())
        return;
    storage::Statement person = m_connection.prepare("SELECT email FROM people WHERE id = ?1");
    person.bind(1, notification.personId);
    if (!person.step() || person.columnText(0).isEmpty())
        return;
    const QString recipient = person.columnText(0);
    if (!people::isValidEmailAddress(recipient)) {
        // Sync refuses such addresses; one stored by an older Voxnote is not mailed.
        qCWarning(lcTasks) << "not e-mailing person" << notification.personId
                           << "at an address that is not one";
        return;
    }
    const QString subject
        = QCoreApplication::translate("EmailOutbox", "Voxnote: %1").arg(notification.message);
    const QString body = notification.message + u"\n\n"
        + QCoreApplication::translate("EmailOutbox", "Open Voxnote to see the task and its history.") + u'\n';
    storage::Statement insert = m_connection.prepare("INSERT INTO email_outbox (id, notification_id, "
                                                     "recipient, subject, body, next_attempt_at, created_at) "
                                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    insert.bindAll(newUuidV7(), notification.id, recipient, subject, body, Clock::instance().nowMs());
    insert.run();
}

qint64 EmailOutbox::retryDelayMs(int attempts)
{
    constexpr std::array<qint64, 4> kDelays {60'000, 5 * 60'000, 30 * 60'000, 2 * 3'600'000};
    return kDelays[static_cast<std::size_t>(std::clamp(attempts - 1, 0, 3))];
}

int EmailOutbox::sendDue(SmtpSender& sender)
{
    if (!settingsWithoutPassword(m_connection).isConfigured() || pending().isEmpty())
        return 0;
    const SmtpSettings smtp = settings(m_connection);
    int sent = 0;
    const qint64 now = Clock::instance().nowMs();
    for (const OutgoingEmail& email : pending()) {
        if (email.nextAttemptAtMs > now)
            continue;
        QString error;
        try {
            sender.send(smtp, email.recipient, email.subject, email.body);
        } catch (const Error& failure) {
            error = failure.message();
        }
        storage::Statement record = m_connection.prepare(error.isEmpty()
                ? "UPDATE email_outbox SET attempts = attempts + 1, sent_at = ?2, last_error = NULL "
                  "WHERE id = ?1"
                : "UPDATE email_outbox SET attempts = attempts + 1, next_attempt_at = ?2, "
                  "last_error = ?3 WHERE id = ?1");
        if (error.isEmpty()) {
            record.bindAll(email.id, Clock::instance().nowMs());
            ++sent;
        } else {
            qCWarning(lcTasks) << "e-mail to" << email.recipient << "failed:" << error;
            record.bindAll(email.id, now + retryDelayMs(email.attempts + 1), error);
        }
        record.run();
    }
    return sent;
}

QList<OutgoingEmail> EmailOutbox::query(const char* sql, int limit)
{
    storage::Statement select = m_connection.prepare(sql);
    select.bind(1, limit);
    QList<OutgoingEmail> emails;
    while (select.step()) {
        OutgoingEmail email {select.columnText(0), select.columnText(1), select.columnText(2),
            select.columnText(3), select.columnText(4), static_cast<int>(select.columnInt64(5)),
            select.columnInt64(6), select.columnText(7), std::nullopt};
        if (!select.isNull(8))
            email.sentAtMs = select.columnInt64(8);
        emails << email;
    }
    return emails;
}

QList<OutgoingEmail> EmailOutbox::pending()
{
    return query("SELECT id, notification_id, recipient, subject, body, attempts, next_attempt_at, "
                 "coalesce(last_error, ''), sent_at FROM email_outbox WHERE sent_at IS NULL "
                 "ORDER BY created_at LIMIT ?1",
        10'000);
}

QList<OutgoingEmail> EmailOutbox::all(int limit)
{
    return query("SELECT id, notification_id, recipient, subject, body, attempts, next_attempt_at, "
                 "coalesce(last_error, ''), sent_at FROM email_outbox ORDER BY created_at DESC LIMIT ?1",
        limit);
}

} // namespace voxnote::notify
