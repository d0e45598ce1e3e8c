#include "cli/verbs/TranscribeVerb.h"

#include "audio/AudioDecoder.h"
#include "cli/CliContext.h"
#include "export/TranscriptExporter.h"
#include "jobs/JobQueue.h"
#include "services/Services.h"
#include "settings/Settings.h"
#include "speech/TranscribeStage.h"
#include "speech/Transcriber.h"
#include "speech/TranscriptRepository.h"
#include "speech/Vocabulary.h"
#include "storage/BlobStore.h"
#include "storage/Profile.h"
#include "worker/EngineWorkers.h"
#include "worker/WorkerTranscriber.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TranscribeVerb", text);
}

const QString kFormat = QStringLiteral("format");
const QString kSpeakers = QStringLiteral("speakers");
const QString kOutput = QStringLiteral("output");
const QString kNoSave = QStringLiteral("no-save");
const QString kTimestamps = QStringLiteral("timestamps");
const QString kThreads = QStringLiteral("threads");
const QString kLanguage = QStringLiteral("language");

constexpr int kExitInterrupted = 130;
constexpr int kMaxSpeakers = 20;
constexpr qint64 kProgressIntervalMs = 200;
constexpr int kPollMs = 100;

// Ctrl+C asks the running transcription to stop; it does so between chunks.
Cancellation s_interrupt;

void onInterrupt(int)
{
    s_interrupt.request();
}

int positiveNumber(const QCommandLineParser& parser, const QString& option, int max)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > max)
        throw UsageError(tr("--%1 takes a number from 1 to %2.").arg(option).arg(max));
    return value;
}

// Stores the recording, runs a "transcribe" job that makes it a note with its
// transcript, and returns the stored transcript. Throws like the job failed.
speech::Transcript transcribeInQueue(CliContext& context, jobs::JobQueue& queue, const QString& path,
    const speech::TranscriptionOptions& options, const QString& language, const ProgressCallback& progress)
{
    const QString fileName = QFileInfo(path).fileName();
    // The header first: a file that is not audio is refused before anything
    // is stored, with the same sentence as without a queue.
    audio::AudioDecoder {path};
    const QString hash = context.profile().blobs().putFile(path);
    QJsonObject params {{QStringLiteral("fileName"), fileName}, {QStringLiteral("title"), fileName}};
    if (options.clustering.speakers > 0)
        params.insert(QStringLiteral("speakers"), options.clustering.speakers);
    if (options.threads > 0)
        params.insert(QStringLiteral("threads"), options.threads);
    if (!options.vocabulary.isEmpty())
        params.insert(QStringLiteral("vocabulary"), speech::Vocabulary(options.vocabulary).toJsonArray());
    if (!language.isEmpty())
        params.insert(kLanguage, language);
    const QString id = queue.enqueue(speech::TranscribeStage::kind(), hash, params);
    const QMetaObject::Connection connection = QObject::connect(&queue, &jobs::JobQueue::progressChanged,
        &queue, [&](const QString& job, const QString&, double fraction) {
            if (job == id)
                progress(fraction);
        });
    // Other work queued in the profile may run meanwhile; only this job's end counts.
    std::optional<jobs::JobStatus> status = queue.status(id);
    bool cancelled = false;
    while (status && status->isActive()) {
        if (s_interrupt.requested() && !cancelled)
            cancelled = queue.cancel(id);
        status = queue.waitForJob(id, kPollMs);
    }
    QObject::disconnect(connection);
    if (!status || status->state == jobs::JobState::Cancelled)
        throw Cancelled();
    if (status->state == jobs::JobState::Failed)
        throw Error(status->error);
    const QString transcriptId = status->results.last().toObject().value(u"transcriptId").toString();
    std::optional<speech::Transcript> transcript
        = speech::TranscriptRepository(context.profile().database()).find(transcriptId);
    if (!transcript)
        throw Error(tr("The transcript of “%1” was stored but cannot be found; try again.").arg(fileName));
    return *transcript;
}

} // namespace

QString TranscribeVerb::name() const
{
    return QStringLiteral("transcribe");
}

QString TranscribeVerb::summary() const
{
    return tr("Transcribe recordings (WAV, FLAC, OGG, MP3) locally, with times and speakers.");
}

void TranscribeVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("The recordings to transcribe."), QStringLiteral("FILE..."));
    parser.addOption({{QStringLiteral("f"), kFormat},
        tr("Output format: txt, srt, vtt, json or md (default txt)."), tr("format")});
    parser.addOption({kSpeakers, tr("The number of speakers, if known (default: estimated)."), tr("N")});
    parser.addOption({{QStringLiteral("o"), kOutput},
        tr("Write to <out> instead of stdout; with several files, <out> is a folder."), tr("out")});
    parser.addOption({kNoSave, tr("Do not keep the recordings and transcripts as notes.")});
    parser.addOption({kTimestamps, tr("In txt output, start each line with its time and speaker.")});
    parser.addOption({kThreads, tr("Recognise on <n> threads (default: one per core)."), tr("n")});
    parser.addOption({kLanguage,
        tr("The language spoken, e.g. en-US (default: the one chosen in Settings, else the speech model's)."),
        tr("language")});
}

int TranscribeVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        throw UsageError(tr("Name at least one recording to transcribe."));
    const QString formatName = parser.isSet(kFormat) ? parser.value(kFormat)
        : context.json()                             ? QStringLiteral("json")
                                                     : QStringLiteral("txt");
    const std::optional<exporting::TranscriptFormat> format
        = exporting::TranscriptExporter::formatFromName(formatName);
    if (!format)
        throw UsageError(tr("'%1' is not an output format; use txt, srt, vtt, json or md.").arg(formatName));
    speech::TranscriptionOptions options;
    options.clustering.speakers = positiveNumber(parser, kSpeakers, kMaxSpeakers);
    // Without --speakers, the count chosen in Settings (0 there: estimated).
    if (!parser.isSet(kSpeakers))
        options.clustering.speakers = std::clamp(context.settings().speakers(), 0, kMaxSpeakers);
    options.threads = positiveNumber(parser, kThreads, 64);
    options.vocabulary = context.settings().vocabulary().words();
    const QString language
        = parser.isSet(kLanguage) ? parser.value(kLanguage) : context.settings().speechLanguage();
    const bool save = !parser.isSet(kNoSave);
    const QString output = parser.value(kOutput);
    const bool outputIsFolder = !output.isEmpty() && (files.size() > 1 || QFileInfo(output).isDir());
    if (outputIsFolder) {
        // Two recordings of the same name would go to one file, the second over the first.
        QHash<QString, QString> writtenBy;
        for (const QString& path : files) {
            const QString name = QFileInfo(path).completeBaseName() + u'.'
                + exporting::TranscriptExporter::extension(*format);
            if (const auto first = writtenBy.constFind(name); first != writtenBy.cend())
                throw UsageError(tr("%1 and %2 would both be written to %3: give them different names, or "
                                    "transcribe them one at a time.")
                                     .arg(*first, path, QDir(output).filePath(name)));
            writtenBy.insert(name, path);
        }
    }
    if (outputIsFolder && !QDir().mkpath(output))
        throw Error(tr("The output folder “%1” cannot be created.").arg(output));

    const bool showProgress = ::isatty(STDERR_FILENO) != 0;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    // Saved recordings go through the job queue, as in the window; with
    // --no-save nothing touches the profile, so the recogniser is asked directly.
    jobs::JobQueue* queue = nullptr;
    std::unique_ptr<worker::WorkerTranscriber> transcriber;
    if (save) {
        // One job at a time: a transcription uses every core by itself.
        queue = &context.services().jobQueue(1);
        queue->start();
    } else {
        transcriber = std::make_unique<worker::WorkerTranscriber>(
            worker::EngineWorkers::shared(), worker::Priority::Interactive);
    }

    int exitCode = 0;
    for (const QString& path : files) {
        const QString fileName = QFileInfo(path).fileName();
        QElapsedTimer sinceReport;
        sinceReport.start();
        const auto progress = [&](double fraction) {
            if (!showProgress || (fraction < 1.0 && sinceReport.elapsed() < kProgressIntervalMs))
                return;
            sinceReport.restart();
            context.err() << '\r' << tr("Transcribing %1: %2%").arg(fileName).arg(int(fraction * 100.0))
                          << "\x1b[K";
            context.err().flush();
        };
        try {
            if (transcriber)
                speech::TranscribeStage::checkLanguage(fileName, language, transcriber->language());
            const speech::Transcript transcript = queue
                ? transcribeInQueue(context, *queue, path, options, language, progress)
                : transcriber->transcribe(path, options, progress, s_interrupt);
            if (showProgress)
                context.err() << "\r\x1b[K" << Qt::flush;
            if (transcript.segments.isEmpty())
                context.err() << speech::TranscribeStage::noSpeechNotice(fileName) << Qt::endl;
            exporting::TranscriptExporter::Options exportOptions;
            exportOptions.timestamps = parser.isSet(kTimestamps);
            exportOptions.title = QFileInfo(path).completeBaseName();
            const exporting::TranscriptExporter exporter(transcript, exportOptions);
            if (outputIsFolder) {
                exporter.save(*format,
                    QDir(output).filePath(
                        exportOptions.title + u'.' + exporting::TranscriptExporter::extension(*format)));
            } else if (!output.isEmpty()) {
                exporter.save(*format, output);
            } else {
                if (files.size() > 1)
                    context.out() << "==> " << fileName << " <==\n";
                context.out() << QString::fromUtf8(exporter.render(*format)) << Qt::flush;
            }
        } catch (const Cancelled&) {
            context.err() << '\n' << tr("Stopped; “%1” was not saved.").arg(fileName) << Qt::endl;
            exitCode = kExitInterrupted;
            break;
        } catch (const Error& error) {
            if (showProgress)
                context.err() << "\r\x1b[K";
            context.err() << error.message() << Qt::endl;
            exitCode = 1;
        }
    }
    std::signal(SIGINT, previousHandler);
    return exitCode;
}

} // namespace voxnote::cli
