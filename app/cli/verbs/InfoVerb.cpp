#include "cli/verbs/InfoVerb.h"

#include "cli/CliContext.h"
#include "notes/NoteRepository.h"
#include "storage/ChangeLog.h"
#include "storage/Profile.h"
#include "util/LogFile.h"

#include <QCoreApplication>

namespace voxnote::cli {

QString InfoVerb::name() const
{
    return QStringLiteral("info");
}

QString InfoVerb::summary() const
{
    return QCoreApplication::translate("InfoVerb", "Show where Voxnote keeps its data and what it holds.");
}

int InfoVerb::run(CliContext& context, const QCommandLineParser&)
{
    storage::Profile& profile = context.profile();
    notes::NoteRepository notes(profile.database());
    storage::ChangeLog changes(profile.database());

    const QJsonObject info {
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("dataDir"), profile.dataDir()},
        {QStringLiteral("database"), profile.databasePath()},
        {QStringLiteral("schemaVersion"), profile.schemaVersion()},
        {QStringLiteral("siteId"), profile.siteId()},
        {QStringLiteral("notes"), notes.count()},
        {QStringLiteral("notesInTrash"), notes.count(true) - notes.count()},
        {QStringLiteral("changes"), changes.count()},
        {QStringLiteral("blobs"), profile.blobs().root()},
        {QStringLiteral("log"), LogFile::path()},
    };
    if (context.json()) {
        context.printJson(info);
        return 0;
    }
    const auto line = [&](const char* label, const QString& value) {
        context.out() << QCoreApplication::translate("InfoVerb", label).leftJustified(16) << value
                      << Qt::endl;
    };
    line("Version", info[u"version"].toString());
    line("Data directory", info[u"dataDir"].toString());
    line("Database", info[u"database"].toString());
    line("Schema version", QString::number(info[u"schemaVersion"].toInt()));
    line("Site id", info[u"siteId"].toString());
    line("Notes", QString::number(info[u"notes"].toInteger()));
    line("In the trash", QString::number(info[u"notesInTrash"].toInteger()));
    line("Logged changes", QString::number(info[u"changes"].toInteger()));
    line("Media", info[u"blobs"].toString());
    line("Log file", info[u"log"].toString());
    return 0;
}

} // namespace voxnote::cli
