#include "cli/verbs/TranscribeVerb.h"

#include "cli/CliContext.h"
#include "export/TranscriptExporter.h"
#include "speech/PocketSphinxEngine.h"
#include "speech/RecordingImporter.h"
#include "storage/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

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

constexpr int kExitInterrupted = 130;
constexpr int kMaxSpeakers = 20;
constexpr qint64 kProgressIntervalMs = 200;

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
    options.threads = positiveNumber(parser, kThreads, 64);
    const bool save = !parser.isSet(kNoSave);
    const QString output = parser.value(kOutput);
    const bool outputIsFolder = !output.isEmpty() && (files.size() > 1 || QFileInfo(output).isDir());
    if (outputIsFolder && !QDir().mkpath(output))
        throw Error(tr("The output folder “%1” cannot be created.").arg(output));

    speech::Transcriber transcriber(std::make_shared<speech::PocketSphinxEngine>());
    std::unique_ptr<speech::RecordingImporter> importer;
    if (save)
        importer = std::make_unique<speech::RecordingImporter>(context.profile(), transcriber);

    const bool showProgress = ::isatty(STDERR_FILENO) != 0;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
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
            speech::Transcript transcript = importer
                ? importer->import(path, options, progress, s_interrupt).transcript
                : transcriber.transcribe(path, options, progress, s_interrupt);
            if (showProgress)
                context.err() << "\r\x1b[K" << Qt::flush;
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
