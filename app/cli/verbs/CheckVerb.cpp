#include "cli/verbs/CheckVerb.h"

#include "cli/CliContext.h"
#include "storage/Profile.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CheckVerb", text);
}

} // namespace

QString CheckVerb::name() const
{
    return QStringLiteral("check");
}

QString CheckVerb::summary() const
{
    return tr("Verify the database and every stored media file.");
}

int CheckVerb::run(CliContext& context, const QCommandLineParser&)
{
    storage::Profile& profile = context.profile();
    storage::Connection& db = profile.database();
    QStringList problems;

    storage::Statement integrity = db.prepare("PRAGMA integrity_check");
    while (integrity.step()) {
        const QString row = integrity.columnText(0);
        if (row != u"ok")
            problems << tr("Database: %1").arg(row);
    }
    storage::Statement foreignKeys = db.prepare("PRAGMA foreign_key_check");
    while (foreignKeys.step())
        problems << tr("Database: a row of %1 refers to a missing row of %2.")
                        .arg(foreignKeys.columnText(0), foreignKeys.columnText(2));

    storage::Statement blobs = db.prepare("SELECT DISTINCT blob_hash FROM attachments");
    int blobCount = 0;
    while (blobs.step()) {
        ++blobCount;
        try {
            profile.blobs().verify(blobs.columnText(0));
        } catch (const Error& error) {
            problems << error.message();
        }
    }

    if (context.json()) {
        context.printJson(
            {{QStringLiteral("ok"), problems.isEmpty()}, {QStringLiteral("mediaFiles"), blobCount},
                {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else if (problems.isEmpty()) {
        context.out() << QCoreApplication::translate(
            "CheckVerb", "The database and %n media file(s) are in good order.", nullptr, blobCount)
                      << Qt::endl;
    } else {
        for (const QString& problem : problems)
            context.err() << problem << Qt::endl;
    }
    return problems.isEmpty() ? 0 : 1;
}

} // namespace voxnote::cli
