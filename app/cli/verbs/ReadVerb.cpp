#include "cli/verbs/ReadVerb.h"

#include "cli/CliContext.h"
#include "jobs/JobQueue.h"
#include "pipelines/Pipelines.h"
#include "pipelines/ReadPipeline.h"
#include "services/Services.h"
#include "settings/Settings.h"
#include "storage/BlobStore.h"
#include "storage/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <unistd.h>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReadVerb", text);
}

const QString kOutput = QStringLiteral("output");
const QString kLanguages = QStringLiteral("lang");
const QString kVoice = QStringLiteral("voice");
const QString kRate = QStringLiteral("rate");

const QStringList& audioFormats()
{
    static const QStringList s_formats {
        QStringLiteral("ogg"), QStringLiteral("mp3"), QStringLiteral("wav"), QStringLiteral("flac")};
    return s_formats;
}

/// Copies the finished audio out of the blob store, whole or not at all.
void writeOutput(const storage::BlobStore& blobs, const QString& hash, const QString& path)
{
    QFile source(blobs.pathOf(hash));
    QSaveFile target(path);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        throw Error(tr("Voxnote cannot write %1 (%2).").arg(path, target.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (target.write(chunk) != chunk.size())
            throw Error(tr("Voxnote cannot write %1 (%2).").arg(path, target.errorString()));
    }
    if (!target.commit())
        throw Error(tr("Voxnote cannot write %1 (%2).").arg(path, target.errorString()));
}

} // namespace

QString ReadVerb::name() const
{
    return QStringLiteral("read");
}

QString ReadVerb::summary() const
{
    return tr("Read photographed or scanned pages aloud into one sound file.");
}

void ReadVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("images"), tr("The page images, in reading order."), tr("IMAGE..."));
    parser.addOption({{QStringLiteral("o"), kOutput},
        tr("The sound file to write: .ogg, .mp3, .wav or .flac."), tr("file")});
    parser.addOption(
        {kLanguages, tr("Languages of the pages, e.g. eng or eng+kor (default eng)."), tr("languages")});
    parser.addOption(
        {kVoice, tr("Voice or language (see 'voxnote voices'; default: from the text)."), tr("name")});
    parser.addOption({kRate, tr("Speed in words per minute, 80 to 450 (default 175)."), tr("wpm")});
}

int ReadVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList images = parser.positionalArguments().mid(1);
    if (images.isEmpty())
        throw UsageError(
            tr("Give the page images to read, e.g. voxnote read page1.jpg page2.jpg -o book.ogg"));
    if (!parser.isSet(kOutput))
        throw UsageError(tr("Name the sound file to write with -o FILE.ogg (or .mp3, .wav, .flac)."));
    const QString output = parser.value(kOutput);
    pipelines::ReadOptions options;
    options.format = QFileInfo(output).suffix().toLower();
    if (!audioFormats().contains(options.format))
        throw UsageError(tr("%1 must end in .ogg, .mp3, .wav or .flac.").arg(output));
    // What is not given on the command line comes from Settings, as in the window.
    const settings::Settings& chosen = context.settings();
    if (parser.isSet(kLanguages))
        options.languages = parser.value(kLanguages);
    else if (chosen.hasOcrLanguages())
        options.languages = chosen.ocrLanguages().join(u'+');
    options.voice = parser.isSet(kVoice) ? parser.value(kVoice) : chosen.voice();
    if (!parser.isSet(kRate) && chosen.rateWpm() > 0)
        options.rateWpm = chosen.rateWpm();
    if (parser.isSet(kRate)) {
        bool ok = false;
        options.rateWpm = parser.value(kRate).toInt(&ok);
        if (!ok || options.rateWpm < 80 || options.rateWpm > 450)
            throw UsageError(tr("--rate takes a number from 80 to 450."));
    }

    // A missing file is named and left out, like a page that cannot be read.
    int problems = 0;
    QStringList readable;
    for (const QString& path : images) {
        const QFileInfo info(path);
        if (info.isFile()) {
            readable.append(path);
            continue;
        }
        context.err() << (info.isDir() ? tr("%1 is a folder; give the page images inside it.")
                                       : tr("%1 does not exist."))
                             .arg(path)
                      << Qt::endl;
        ++problems;
    }
    if (readable.isEmpty())
        return 1;

    storage::Profile& profile = context.profile();
    jobs::JobQueue& queue = context.services().jobQueue();
    const bool showProgress = ::isatty(STDERR_FILENO) != 0 && !context.json();
    if (showProgress) {
        QObject::connect(&queue, &jobs::JobQueue::progressChanged, &queue,
            [&context](const QString&, const QString& stage, double fraction) {
                context.err() << '\r' << pipelines::jobStageName(stage) << ' ' << qRound(fraction * 100)
                              << "%   " << Qt::flush;
            });
    }
    queue.start();
    const pipelines::JobRequest request
        = pipelines::ReadPipeline::request(profile.blobs(), readable, options);
    const QString id = queue.enqueue(request.kind, request.inputHash, request.params);
    const std::optional<jobs::JobStatus> status = queue.waitForJob(id, std::numeric_limits<int>::max());
    if (showProgress)
        context.err() << '\r' << QString(40, u' ') << '\r' << Qt::flush;
    if (!status || status->state != jobs::JobState::Done) {
        context.err() << (status && !status->error.isEmpty() ? status->error : tr("The reading was stopped."))
                      << Qt::endl;
        return 1;
    }

    const QJsonObject recognized = status->results.at(0).toObject();
    const QJsonObject speech = status->results.at(1).toObject();
    const QJsonObject saved = status->results.at(2).toObject();
    const QJsonArray pageProblems = recognized.value(QStringLiteral("problems")).toArray();
    for (const QJsonValue& problem : pageProblems)
        context.err() << problem.toString() << Qt::endl;
    problems += static_cast<int>(pageProblems.size());
    writeOutput(profile.blobs(), speech.value(QStringLiteral("audioHash")).toString(), output);

    const qint64 durationMs = speech.value(QStringLiteral("durationMs")).toInteger();
    const QString noteId = saved.value(QStringLiteral("noteId")).toString();
    if (context.json()) {
        context.printJson(
            {{kOutput, output}, {QStringLiteral("noteId"), noteId}, {QStringLiteral("jobId"), id},
                {QStringLiteral("pages"),
                    recognized.value(QStringLiteral("files")).toArray().size() - pageProblems.size()},
                {QStringLiteral("problems"), pageProblems}, {QStringLiteral("durationMs"), durationMs},
                {QStringLiteral("voice"), speech.value(QStringLiteral("voice"))}});
    } else {
        context.out() << tr("Read %1 of %2 pages aloud into %3 (%4 s); saved as note %5.")
                             .arg(QString::number(readable.size() - pageProblems.size()),
                                 QString::number(images.size()), output,
                                 QString::number(durationMs / 1000.0, 'f', 1), noteId)
                      << Qt::endl;
    }
    return problems == 0 ? 0 : 1;
}

} // namespace voxnote::cli
