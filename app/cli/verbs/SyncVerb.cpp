#include "cli/verbs/SyncVerb.h"

#include "cli/CliContext.h"
#include "cli/Presenter.h"
#include "storage/Profile.h"
#include "sync/FolderRemote.h"
#include "sync/PostgresAdmin.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncVerb", text);
}

/// A secret from `variable`, or typed on the terminal without echo.
QString secret(CliContext& context, const char* variable, const QString& prompt)
{
    const QString fromEnvironment = qEnvironmentVariable(variable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    context.err() << prompt << Qt::flush;
    termios saved {};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        context.err() << Qt::endl;
    }
    return read ? QString::fromUtf8(buffer).trimmed() : QString();
}

QJsonObject statusJson(const sync::SyncStatus& status)
{
    QJsonArray copies;
    for (const sync::ConflictCopy& copy : status.conflictCopies) {
        copies.append(QJsonObject {{QStringLiteral("note"), copy.copyNoteId},
            {QStringLiteral("of"), copy.noteId}, {QStringLiteral("title"), copy.title}});
    }
    return {{QStringLiteral("configured"), status.configured}, {QStringLiteral("kind"), status.kind},
        {QStringLiteral("remote"), status.location}, {QStringLiteral("team"), status.team},
        {QStringLiteral("encrypted"), status.encrypted},
        {QStringLiteral("lastSync"),
            status.lastSyncAtMs ? QJsonValue(Presenter::time(*status.lastSyncAtMs)) : QJsonValue()},
        {QStringLiteral("stopped"), status.stopped},
        {QStringLiteral("error"), status.lastError.isEmpty() ? QJsonValue() : QJsonValue(status.lastError)},
        {QStringLiteral("pendingChanges"), status.pendingChanges},
        {QStringLiteral("pendingMedia"), status.pendingBlobs},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(status.warnings)},
        {QStringLiteral("conflictCopies"), copies}};
}

void printStatus(CliContext& context, const sync::SyncStatus& status)
{
    if (context.json()) {
        context.printJson(statusJson(status));
        return;
    }
    QTextStream& out = context.out();
    if (!status.configured) {
        out << tr("Sync is not set up.") << Qt::endl;
        return;
    }
    out << tr("Remote:          %1 (%2%3)")
               .arg(status.location, status.kind,
                   status.encrypted ? tr(", encrypted")
                                    : (status.team.isEmpty() ? QString() : tr(", team %1").arg(status.team)))
        << Qt::endl;
    out << tr("Last sync:       %1")
               .arg(status.lastSyncAtMs ? Presenter::time(*status.lastSyncAtMs) : tr("never"))
        << Qt::endl;
    out << tr("Waiting to send: %1 changes").arg(status.pendingChanges) << Qt::endl;
    out << tr("Media pending:   %1").arg(status.pendingBlobs) << Qt::endl;
    if (status.stopped)
        out << tr("Stopped:         %1").arg(status.lastError) << Qt::endl;
    else if (!status.lastError.isEmpty())
        out << tr("Last error:      %1").arg(status.lastError) << Qt::endl;
    for (const QString& warning : status.warnings)
        out << tr("Note:            %1").arg(warning) << Qt::endl;
    for (const sync::ConflictCopy& copy : status.conflictCopies)
        out << tr("Conflict copy:   %1  %2").arg(copy.copyNoteId, copy.title) << Qt::endl;
}

} // namespace

QString SyncVerb::name() const
{
    return QStringLiteral("sync");
}

QString SyncVerb::summary() const
{
    return tr("Sync with your other devices and team through a shared folder or a PostgreSQL server.");
}

void SyncVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("command"),
        tr("setup folder PATH | setup postgres URL | now | status | admin init URL | "
           "admin add-member URL TEAM ROLE"));
    parser.addOption({QStringLiteral("encrypt"),
        tr("Encrypt a new sync folder with a passphrase (asked for, or VOXNOTE_SYNC_PASSPHRASE).")});
    parser.addOption({QStringLiteral("team"), tr("The team whose data to share on the server."), tr("name")});
}

int SyncVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList args = words(parser);
    const QString command = args.value(0, QStringLiteral("status"));

    if (command == u"admin") {
        const QString what = args.value(1);
        if (args.size() < 3)
            throw UsageError(
                tr("Use: voxnote sync admin init URL, or voxnote sync admin add-member URL TEAM ROLE."));
        sync::PostgresAdmin admin(args[2]);
        if (what == u"init") {
            admin.init();
            context.out() << tr("The server is ready for Voxnote sync.") << Qt::endl;
            return 0;
        }
        if (what == u"add-member" && args.size() >= 5) {
            const QString password = secret(context, "VOXNOTE_MEMBER_PASSWORD",
                tr("Password for %1 (empty to keep or set none): ").arg(args[4]));
            admin.addMember(args[3], args[4], password);
            context.out() << tr("%1 is now a member of team %2.").arg(args[4], args[3]) << Qt::endl;
            return 0;
        }
        throw UsageError(
            tr("Use: voxnote sync admin init URL, or voxnote sync admin add-member URL TEAM ROLE."));
    }

    storage::Profile& profile = context.profile();
    sync::SyncEngine engine(profile.database(), profile.blobs(), profile.dataDir());

    if (command == u"setup") {
        const QString kind = args.value(1);
        if (args.size() < 3)
            throw UsageError(
                tr("Use: voxnote sync setup folder PATH [--encrypt], or voxnote sync setup postgres URL "
                   "--team NAME."));
        if (kind == u"folder") {
            const QString path = QDir(args[2]).absolutePath();
            // --encrypt is never dropped: for a folder that is not encrypted the
            // engine refuses the passphrase rather than join it in the clear.
            bool needsPassphrase = parser.isSet(QStringLiteral("encrypt"));
            if (!sync::FolderRemote::isUnclaimed(path))
                needsPassphrase = needsPassphrase || sync::FolderRemote::identify(path).encrypted;
            const QString passphrase = needsPassphrase
                ? secret(context, "VOXNOTE_SYNC_PASSPHRASE", tr("Passphrase for the sync folder: "))
                : QString();
            if (needsPassphrase && passphrase.isEmpty())
                throw UsageError(tr("An encrypted sync folder needs a passphrase."));
            engine.setupFolder(path, passphrase);
        } else if (kind == u"postgres") {
            engine.setupPostgres(args[2], parser.value(QStringLiteral("team")));
        } else {
            throw UsageError(
                tr("Sync can be set up with a folder or a postgres server, not \"%1\".").arg(kind));
        }
        printStatus(context, engine.status());
        return 0;
    }
    if (command == u"now") {
        const sync::SyncReport report = engine.run();
        if (context.json()) {
            context.printJson(
                {{QStringLiteral("sent"), report.pushed}, {QStringLiteral("received"), report.applied},
                    {QStringLiteral("conflictCopies"), report.conflictCopies},
                    {QStringLiteral("mediaSent"), report.blobsSent},
                    {QStringLiteral("mediaReceived"), report.blobsReceived},
                    {QStringLiteral("mediaPending"), report.pendingBlobs},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}});
            return 0;
        }
        context.out() << tr("Sent %1 changes, received %2.").arg(report.pushed).arg(report.applied)
                      << Qt::endl;
        if (report.conflictCopies == 1) {
            context.out() << tr("A note was changed on two devices at once; the other version is kept as a "
                                "conflict copy (see voxnote sync status).")
                          << Qt::endl;
        } else if (report.conflictCopies > 1) {
            context.out() << tr(
                "%1 notes were changed on two devices at once; the other version of each is kept as "
                "a conflict copy (see voxnote sync status).")
                                 .arg(report.conflictCopies)
                          << Qt::endl;
        }
        for (const QString& warning : report.warnings)
            context.err() << warning << Qt::endl;
        return 0;
    }
    if (command == u"status") {
        printStatus(context, engine.status());
        return 0;
    }
    throw UsageError(tr("Unknown sync command \"%1\". Use setup, now, status or admin.").arg(command));
}

} // namespace voxnote::cli
