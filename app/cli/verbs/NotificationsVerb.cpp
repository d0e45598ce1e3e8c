#include "cli/verbs/NotificationsVerb.h"

#include "cli/CliContext.h"
#include "cli/Presenter.h"
#include "notify/EmailOutbox.h"
#include "notify/NotificationRepository.h"
#include "notify/SmtpSender.h"
#include "people/PersonRepository.h"
#include "settings/SecretStore.h"
#include "storage/Profile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace voxnote::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("NotificationsVerb", text, nullptr, n);
}

void configureSmtp(CliContext& context, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() < 2)
        throw UsageError(tr("Missing the server, e.g. smtp://mail.example.org:587."));
    const QUrl url(args[1]);
    if (!url.isValid() || (url.scheme() != u"smtp" && url.scheme() != u"smtps") || url.host().isEmpty())
        throw Error(
            tr("“%1” is not an SMTP server address; write it as smtp://host:port or smtps://host:port.")
                .arg(args[1]));
    notify::SmtpSettings settings;
    settings.url = args[1];
    settings.from = parser.value(QStringLiteral("from"));
    if (!settings.from.contains(u'@'))
        throw Error(tr("Give the sender's address with --from."));
    settings.user = parser.value(QStringLiteral("user"));
    settings.allowUnencrypted = parser.isSet(QStringLiteral("unencrypted"));
    if (settings.allowUnencrypted && url.scheme() == u"smtps")
        throw UsageError(tr("smtps:// is always encrypted; --unencrypted is for an smtp:// relay."));
    // The password comes from the environment so it never appears in the
    // shell history or the process list.
    if (parser.isSet(QStringLiteral("password-env")))
        settings.password
            = qEnvironmentVariable(parser.value(QStringLiteral("password-env")).toUtf8().constData());
    notify::EmailOutbox::saveSettings(context.profile().database(), settings);
    if (!settings.password.isEmpty())
        context.err() << tr("The password is kept in %1, not in the database.")
                             .arg(settings::SecretStore(context.dataDir()).location())
                      << Qt::endl;
    if (settings.allowUnencrypted)
        context.out() << tr("Notifications will be e-mailed through %1 WITHOUT encryption: anyone on the "
                            "network between here and the server can read them and the password.")
                             .arg(settings.url)
                      << Qt::endl;
    else
        context.out() << tr("Notifications will be e-mailed through %1, encrypted (TLS).").arg(settings.url)
                      << Qt::endl;
}

} // namespace

QString NotificationsVerb::name() const
{
    return QStringLiteral("notifications");
}

QString NotificationsVerb::summary() const
{
    return tr("Show my notifications, mark them read, and set up e-mail.");
}

void NotificationsVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("smtp"), tr("smtp URL: e-mail notifications through this server."));
    parser.addOption({QStringLiteral("all"), tr("Show read notifications too.")});
    parser.addOption({QStringLiteral("read"), tr("Mark this notification read."), tr("id")});
    parser.addOption({QStringLiteral("read-all"), tr("Mark all my notifications read.")});
    parser.addOption({QStringLiteral("outbox"), tr("Show the e-mails sent and waiting.")});
    parser.addOption({QStringLiteral("send"), tr("Send the e-mails that are due now.")});
    parser.addOption({QStringLiteral("from"), tr("The sender's address (smtp)."), tr("address")});
    parser.addOption({QStringLiteral("user"), tr("The SMTP user name (smtp)."), tr("user")});
    parser.addOption(
        {QStringLiteral("password-env"), tr("Read the SMTP password from this variable (smtp)."), tr("var")});
    parser.addOption({QStringLiteral("unencrypted"),
        tr("Send through an smtp:// relay that offers no encryption, such as one on this computer (smtp). "
           "Without it, a server must offer STARTTLS.")});
}

int NotificationsVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList args = words(parser);
    if (!args.isEmpty()) {
        if (args.first() != u"smtp")
            throw UsageError(tr("'%1' is not a notifications command.").arg(args.first()));
        configureSmtp(context, parser, args);
        return 0;
    }
    storage::Connection& db = context.profile().database();
    const QString meId = people::PersonRepository(db).me().id;
    notify::NotificationRepository notifications(db);
    notify::EmailOutbox outbox(db);
    QTextStream& out = context.out();

    if (parser.isSet(QStringLiteral("read"))) {
        if (!notifications.markRead(parser.value(QStringLiteral("read"))))
            throw Error(
                tr("There is no notification with the id %1.").arg(parser.value(QStringLiteral("read"))));
    }
    if (parser.isSet(QStringLiteral("read-all")))
        notifications.markAllRead(meId);
    if (parser.isSet(QStringLiteral("send"))) {
        notify::SmtpSender sender;
        const int sent = outbox.sendDue(sender);
        if (!context.json())
            out << tr("%n e-mail(s) sent.", sent) << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("outbox"))) {
        QJsonArray json;
        for (const notify::OutgoingEmail& email : outbox.all()) {
            json.append(QJsonObject {{QStringLiteral("recipient"), email.recipient},
                {QStringLiteral("subject"), email.subject}, {QStringLiteral("attempts"), email.attempts},
                {QStringLiteral("sent"), email.sentAtMs.has_value()},
                {QStringLiteral("lastError"), email.lastError}});
            if (!context.json())
                out << (email.sentAtMs ? tr("sent   ") : tr("waiting")) << QStringLiteral("  ")
                    << email.recipient << QStringLiteral("  ") << email.subject
                    << (email.lastError.isEmpty() ? QString() : u"  (" + email.lastError + u')') << Qt::endl;
        }
        if (context.json())
            context.printJson({{QStringLiteral("outbox"), json}});
        return 0;
    }

    const QList<notify::Notification> list = notifications.list(meId, !parser.isSet(QStringLiteral("all")));
    Presenter present(db);
    if (context.json()) {
        QJsonArray json;
        for (const notify::Notification& notification : list)
            json.append(present.notification(notification));
        context.printJson({{QStringLiteral("unread"), notifications.unreadCount(meId)},
            {QStringLiteral("notifications"), json}});
    } else if (list.isEmpty()) {
        out << tr("No new notifications.") << Qt::endl;
    } else {
        for (const notify::Notification& notification : list)
            out << notification.id << QStringLiteral("  ") << Presenter::time(notification.createdAtMs)
                << QStringLiteral("  ")
                << (notification.readAtMs ? QStringLiteral("  ") : QStringLiteral("• "))
                << notification.message << Qt::endl;
    }
    return 0;
}

} // namespace voxnote::cli
