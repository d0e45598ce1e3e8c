#include "cli/verbs/ImportVerb.h"

#include "Error.h"
#include "cli/CliContext.h"
#include "jobs/JobQueue.h"
#include "pipelines/FolderScan.h"
#include "pipelines/MediaImport.h"
#include "services/Services.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace voxnote::cli {

namespace {

const QString kWait = QStringLiteral("wait");

QString tr(const char* text)
{
    return QCoreApplication::translate("ImportVerb", text);
}

} // namespace

QString ImportVerb::name() const
{
    return QStringLiteral("import");
}

QString ImportVerb::summary() const
{
    return tr("Import recordings, images and folders of them as notes.");
}

void ImportVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Files or folders to import."), tr("PATH…"));
    parser.addOption({kWait, tr("Transcribe and recognise them now, and wait until that is done.")});
}

int ImportVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList paths = words(parser);
    if (paths.isEmpty())
        throw UsageError(tr("Name at least one file or folder."));
    pipelines::MediaImport& import = context.services().mediaImport();
    jobs::JobQueue& queue = context.services().jobQueue();
    if (parser.isSet(kWait))
        queue.start();

    // Folders become their files; what they hold that is not media is summed up at the end.
    QStringList files;
    QList<pipelines::SkippedFile> skipped;
    int failures = 0;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        const pipelines::FolderScan scan = pipelines::FolderScan::of(path);
        if (scan.files.isEmpty()) {
            ++failures;
            context.err() << tr("%1 holds no recordings or images.").arg(path) << Qt::endl;
        }
        files << scan.files;
        skipped << scan.skipped;
    }
    QJsonArray imported;
    QStringList jobIds;
    for (const QString& file : files) {
        try {
            const pipelines::ImportedMedia media = import.importFile(file);
            imported.append(
                QJsonObject {{QStringLiteral("file"), file}, {QStringLiteral("noteId"), media.noteId},
                    {QStringLiteral("kind"), media.kind}, {QStringLiteral("jobId"), media.jobId}});
            jobIds << media.jobId;
            if (!context.json())
                context.out() << tr("%1: note %2").arg(file, media.noteId) << Qt::endl;
        } catch (const Error& error) {
            // One bad file fails alone; the others are still imported.
            ++failures;
            context.err() << error.message() << Qt::endl;
        }
    }
    for (const QString& line : pipelines::FolderScan::summary(skipped))
        context.err() << line << Qt::endl;
    if (parser.isSet(kWait)) {
        for (const QString& jobId : jobIds) {
            const std::optional<jobs::JobStatus> status
                = queue.waitForJob(jobId, std::numeric_limits<int>::max());
            if (!status || status->state != jobs::JobState::Done) {
                ++failures;
                context.err() << (status ? status->error : tr("A job did not finish.")) << Qt::endl;
            }
        }
    } else if (!jobIds.isEmpty() && !context.json()) {
        context.err() << tr("Transcription and text recognition are queued; the window runs them, or import "
                            "with --wait.")
                      << Qt::endl;
    }
    if (context.json())
        context.printJson(QJsonObject {{QStringLiteral("imported"), imported},
            {QStringLiteral("skipped"),
                QJsonArray::fromStringList(pipelines::FolderScan::summary(skipped))}});
    return failures > 0 ? 1 : 0;
}

} // namespace voxnote::cli
