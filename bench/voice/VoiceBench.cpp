// Measures Voxnote's transcription against `pocketsphinx_continuous` (its
// defaults, the same model) on the same inputs in the same run, and the
// diarization error rate on the shared recordings; prints tables.
//
//   vx_bench_voice [--skip-hour] [--repeat N] [--rounds N] [--diarization-only] [--penalty P]
//                  [--accuracy-only] [--long-only]
//   vx_bench_voice --cost [--rounds N]   (what detection and diarization add, 10-minute file)
//   vx_bench_voice --run FILE      (child mode: transcribe FILE, print the words)
//   vx_bench_voice --run-plain FILE (child mode: the same without diarization)

#include "BenchStatistics.h"
#include "DiarizationScore.h"
#include "SpeechTraining.h"

#include "audio/AudioDecoder.h"
#include "audio/SpeechChunker.h"
#include "speech/PocketSphinxEngine.h"
#include "speech/Transcriber.h"
#include "speech/WordErrorRate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sndfile.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace voxnote;

namespace {

const QString kLibrivox = QStringLiteral("/usr/share/pocketsphinx/test/data/librivox");
const QString kModel = speech::PocketSphinxEngine::systemModelDir();

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Measured
{
    double seconds = 0.0;
    double peakRssMb = 0.0;
    double cpuSeconds = 0.0; ///< user + system, all threads
    QString output;
};

// Runs a program to its end, capturing stdout; wall time and peak resident memory.
Measured runMeasured(const QStringList& command)
{
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return {};
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(pipeFds[1], STDOUT_FILENO);
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        std::vector<QByteArray> storage;
        std::vector<char*> argv;
        for (const QString& part : command)
            storage.push_back(part.toLocal8Bit());
        for (QByteArray& part : storage)
            argv.push_back(part.data());
        argv.push_back(nullptr);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    QByteArray captured;
    char buffer[4096];
    for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        captured.append(buffer, n);
    ::close(pipeFds[0]);
    int status = 0;
    rusage usage {};
    ::wait4(pid, &status, 0, &usage);
    Measured result;
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    result.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    result.output = QString::fromUtf8(captured);
    return result;
}

QStringList ours(const QString& file)
{
    return {QCoreApplication::applicationFilePath(), QStringLiteral("--run"), file};
}

QStringList theirs(const QString& file)
{
    return {QStringLiteral("pocketsphinx_continuous"), QStringLiteral("-infile"), file,
        QStringLiteral("-hmm"), kModel + u"/en-us", QStringLiteral("-lm"), kModel + u"/en-us.lm.bin",
        QStringLiteral("-dict"), kModel + u"/cmudict-en-us.dict", QStringLiteral("-logfn"),
        QStringLiteral("/dev/null")};
}

// Child mode: the product's pipeline on one file, words to stdout.
int runOne(const QString& path, bool diarize = true)
{
    speech::Transcriber transcriber(std::make_shared<speech::PocketSphinxEngine>());
    speech::TranscriptionOptions options;
    options.diarize = diarize;
    const speech::Transcript transcript = transcriber.transcribe(path, options, {}, Cancellation());
    QTextStream(stdout) << transcript.plainText() << '\n';
    return 0;
}

// The recording as 16 kHz mono 16-bit WAV, which pocketsphinx_continuous needs.
void appendAsSpeechWav(const QString& path, SNDFILE* target)
{
    audio::AudioDecoder decoder(path);
    std::vector<float> block;
    while (decoder.read(block, 1 << 16)) {
        sf_writef_float(target, block.data(), sf_count_t(block.size()));
        block.clear();
    }
}

SNDFILE* openWav(const QString& path)
{
    SF_INFO info {};
    info.samplerate = audio::kSpeechRate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    return sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
}

QString concatenated(const QString& path, const QStringList& sources, double seconds)
{
    SNDFILE* file = openWav(path);
    qint64 written = 0;
    while (written < qint64(seconds * audio::kSpeechRate)) {
        for (const QString& source : sources)
            appendAsSpeechWav(source, file);
        written = sf_seek(file, 0, SEEK_CUR);
    }
    sf_close(file);
    return path;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2)
                                          : QString();
}

using bench::median;

QString hypothesisText(const QString& output)
{
    // pocketsphinx_continuous prints one line per utterance; ours one per segment.
    return output.simplified();
}

struct Clip
{
    QString name;
    QString wav;
    QString reference;
};

QList<Clip> clips(const QString& scratch)
{
    QList<Clip> list;
    QFile transcription(kLibrivox + u"/transcription");
    if (transcription.open(QIODevice::ReadOnly)) {
        for (const QString& line :
            QString::fromUtf8(transcription.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype open = line.lastIndexOf(u'(');
            const QString id = line.mid(open + 1).chopped(1);
            QString text = line.left(open);
            text.remove(QStringLiteral("<s>")).remove(QStringLiteral("</s>"));
            list.append({id.right(4), kLibrivox + u'/' + id + u".wav", text.simplified()});
        }
    }
    const QString jfk = QStringLiteral(VOXNOTE_TESTDATA_DIR "/speech/jfk.flac");
    SNDFILE* file = openWav(scratch + u"/jfk.wav");
    appendAsSpeechWav(jfk, file);
    sf_close(file);
    QFile reference(QStringLiteral(VOXNOTE_TESTDATA_DIR "/speech/jfk.txt"));
    reference.open(QIODevice::ReadOnly);
    list.append({QStringLiteral("jfk"), scratch + u"/jfk.wav", QString::fromUtf8(reference.readAll())});
    return list;
}

void accuracyTable(const QList<Clip>& list, int repeat)
{
    out() << "\n## Accuracy and speed per clip (medians of " << repeat
          << " runs; times include model loading)\n\n"
          << "| clip | words | WER voxnote | WER pocketsphinx_continuous | s voxnote | s continuous | RSS MB "
             "voxnote | RSS MB continuous |\n"
          << "|---|---|---|---|---|---|---|---|\n";
    int refWords[2] = {0, 0};
    int errors[2][2] = {{0, 0}, {0, 0}}; // [librivox|jfk][ours|theirs]
    for (const Clip& clip : list) {
        std::vector<double> times[2];
        double rss[2] = {0, 0};
        QString text[2];
        for (int run = 0; run < repeat; ++run) {
            for (int tool = 0; tool < 2; ++tool) {
                const Measured m = runMeasured(tool == 0 ? ours(clip.wav) : theirs(clip.wav));
                times[tool].push_back(m.seconds);
                rss[tool] = std::max(rss[tool], m.peakRssMb);
                text[tool] = hypothesisText(m.output);
            }
        }
        const QStringList ref = speech::WordErrorRate::normalizedWords(clip.reference);
        const int group = clip.name == u"jfk" ? 1 : 0;
        refWords[group] += int(ref.size());
        double wer[2];
        for (int tool = 0; tool < 2; ++tool) {
            const int e
                = speech::WordErrorRate::errors(ref, speech::WordErrorRate::normalizedWords(text[tool]));
            errors[group][tool] += e;
            wer[tool] = 100.0 * e / double(ref.size());
        }
        out() << "| " << clip.name << " | " << ref.size() << " | " << QString::number(wer[0], 'f', 1)
              << " % | " << QString::number(wer[1], 'f', 1) << " % | "
              << QString::number(median(times[0]), 'f', 2) << " | "
              << QString::number(median(times[1]), 'f', 2) << " | " << QString::number(rss[0], 'f', 0)
              << " | " << QString::number(rss[1], 'f', 0) << " |\n";
        out().flush();
    }
    out() << "\nWER over the five LibriVox clips: voxnote "
          << QString::number(100.0 * errors[0][0] / refWords[0], 'f', 1) << " %, pocketsphinx_continuous "
          << QString::number(100.0 * errors[0][1] / refWords[0], 'f', 1) << " %\n"
          << "WER on jfk: voxnote " << QString::number(100.0 * errors[1][0] / refWords[1], 'f', 1)
          << " %, pocketsphinx_continuous " << QString::number(100.0 * errors[1][1] / refWords[1], 'f', 1)
          << " %\n";
}

// Ten minutes of real speech: the clips and the report diarization files, over and over.
QString tenMinuteFile(const QList<Clip>& list, const QString& scratch)
{
    QStringList sources;
    for (const Clip& clip : list)
        sources << clip.wav;
    for (const char* name : {"sample", "dev00", "dev01"})
        sources << QStringLiteral(VOXNOTE_TESTDATA_DIR "/diarization/") + QLatin1String(name) + u".wav";
    return concatenated(scratch + u"/ten-minutes.wav", sources, 600.0);
}

void longFileTable(const QList<Clip>& list, const QString& scratch, bool hour, int rounds)
{
    const QString tenMinutes = tenMinuteFile(list, scratch);
    const double length = double(audio::AudioDecoder(tenMinutes).info().durationMs()) / 1000.0;

    // Interleaved rounds, so a burst of load on this shared machine hits
    // both tools alike; medians.
    std::vector<double> times[2];
    std::vector<double> cpu[2];
    double rss[2] = {0, 0};
    for (int round = 0; round < rounds; ++round) {
        for (int tool = 0; tool < 2; ++tool) {
            const Measured m = runMeasured(tool == 0 ? ours(tenMinutes) : theirs(tenMinutes));
            times[tool].push_back(m.seconds);
            cpu[tool].push_back(m.cpuSeconds);
            rss[tool] = std::max(rss[tool], m.peakRssMb);
            QTextStream(stderr) << "round " << round + 1 << (tool == 0 ? " voxnote " : " continuous ")
                                << QString::number(m.seconds, 'f', 1) << " s wall, "
                                << QString::number(m.cpuSeconds, 'f', 1) << " s CPU, load " << loadAverage()
                                << "\n";
        }
    }
    out() << "\n## Long recordings (concatenated real speech, 16 kHz WAV; medians of " << rounds
          << " interleaved rounds)\n\n"
          << "| file | tool | wall s (median) | wall s (all rounds) | RTF | CPU s (median) | peak RSS MB |\n"
          << "|---|---|---|---|---|---|---|\n";
    const auto row = [&](const char* file, const char* tool, const std::vector<double>& seconds,
                         const std::vector<double>& cpuSeconds, double peakRssMb, double duration) {
        QStringList all;
        for (double value : seconds)
            all << QString::number(value, 'f', 1);
        out() << "| " << file << " (" << QString::number(duration / 60.0, 'f', 1) << " min) | " << tool
              << " | " << QString::number(median(seconds), 'f', 1) << " | " << all.join(QStringLiteral(", "))
              << " | " << QString::number(median(seconds) / duration, 'f', 3) << " | "
              << QString::number(median(cpuSeconds), 'f', 1) << " | " << QString::number(peakRssMb, 'f', 0)
              << " |\n";
        out().flush();
    };
    row("ten-minutes", "voxnote", times[0], cpu[0], rss[0], length);
    row("ten-minutes", "pocketsphinx_continuous", times[1], cpu[1], rss[1], length);
    out() << "\nSpeed-up on the 10-minute file: "
          << QString::number(median(times[1]) / median(times[0]), 'f', 2)
          << "x (median pocketsphinx_continuous wall time / median voxnote wall time), "
          << QThread::idealThreadCount() << " cores, load average at the end " << loadAverage() << "\n";
    if (!hour)
        return;
    const QString oneHour = concatenated(scratch + u"/one-hour.wav", {tenMinutes}, 3600.0);
    const Measured c = runMeasured(ours(oneHour));
    out() << "\n| file | tool | wall s | RTF | peak RSS MB |\n|---|---|---|---|---|\n";
    const double hourLength = double(audio::AudioDecoder(oneHour).info().durationMs()) / 1000.0;
    out() << "| one-hour (" << QString::number(hourLength / 60.0, 'f', 1) << " min) | voxnote | "
          << QString::number(c.seconds, 'f', 1) << " | " << QString::number(c.seconds / hourLength, 'f', 3)
          << " | " << QString::number(c.peakRssMb, 'f', 0) << " |\n";
}

// The speech detector alone over a file (decoding included), in seconds.
double detectionSeconds(const QString& path)
{
    const auto start = std::chrono::steady_clock::now();
    audio::AudioDecoder decoder(path);
    audio::SpeechChunker chunker;
    std::vector<float> block;
    while (decoder.read(block, 1 << 16)) {
        chunker.push(block.data(), block.size());
        block.clear();
    }
    chunker.finish();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// What speech detection and diarization add to the transcription of a
// 10-minute file: the whole product against the same without diarization,
// in interleaved rounds (medians), and the detector alone.
void costTable(const QList<Clip>& list, const QString& scratch, int rounds)
{
    const QString tenMinutes = tenMinuteFile(list, scratch);
    std::vector<double> times[2];
    std::vector<double> detection;
    double rss[2] = {0, 0};
    for (int round = 0; round < rounds; ++round) {
        for (int variant = 0; variant < 2; ++variant) {
            QStringList command = ours(tenMinutes);
            if (variant == 1)
                command[1] = QStringLiteral("--run-plain");
            const Measured m = runMeasured(command);
            times[variant].push_back(m.seconds);
            rss[variant] = std::max(rss[variant], m.peakRssMb);
        }
        detection.push_back(detectionSeconds(tenMinutes));
    }
    const double whole = median(times[0]);
    const double plain = median(times[1]);
    const double detect = median(detection);
    out() << "\n## Cost of speech detection and diarization (10-minute file, medians of " << rounds
          << " interleaved rounds)\n\n| run | wall s | peak RSS MB |\n|---|---|---|\n"
          << "| transcription with diarization | " << QString::number(whole, 'f', 1) << " | "
          << QString::number(rss[0], 'f', 0) << " |\n| transcription without diarization | "
          << QString::number(plain, 'f', 1) << " | " << QString::number(rss[1], 'f', 0) << " |\n"
          << "| speech detection alone (decode + detector, one thread) | " << QString::number(detect, 'f', 1)
          << " | – |\n\nDiarization adds " << QString::number(100.0 * (whole - plain) / plain, 'f', 1)
          << " %; detection is " << QString::number(100.0 * detect / whole, 'f', 1)
          << " % of the whole transcription's wall time (it runs on the reading thread, beside the "
             "recognisers).\n";
}

void diarizationTable(const speech::TranscriptionOptions& options)
{
    speech::Transcriber transcriber(std::make_shared<speech::PocketSphinxEngine>());
    out() << "\n## Diarization error rate (speakers estimated; 10 ms frames; whole 30 s scored region)\n\n"
          << "| file | set | speakers ref/found | DER collar 0.25 s | DER no collar | miss | false alarm | "
             "confusion (no collar) |\n"
          << "|---|---|---|---|---|---|---|---|\n";
    double sums[2] = {0, 0};
    int count = 0;
    for (const bench::LabelledRecording& recording : bench::labelledRecordings()) {
        const QString& file = recording.name;
        const QList<bench::SpeakerTurn>& reference = recording.reference;
        const speech::Transcript transcript
            = transcriber.transcribe(recording.wav, options, {}, Cancellation());
        const QList<bench::SpeakerTurn> hypothesis = bench::DiarizationScore::turnsOfSegments(transcript);
        const double end = double(transcript.durationMs) / 1000.0;
        const auto withCollar = bench::DiarizationScore::score(reference, hypothesis, 0.0, end, 0.25);
        const auto noCollar = bench::DiarizationScore::score(reference, hypothesis, 0.0, end, 0.0);
        QStringList refSpeakers;
        for (const auto& turn : reference)
            refSpeakers << turn.speaker;
        refSpeakers.removeDuplicates();
        const bool report = !file.startsWith(u"trn");
        if (report) {
            sums[0] += withCollar.rate();
            sums[1] += noCollar.rate();
            ++count;
        }
        out() << "| " << file << " | " << (report ? "report" : "tuning") << " | " << refSpeakers.size() << "/"
              << transcript.speakers.size() << " | " << QString::number(100.0 * withCollar.rate(), 'f', 1)
              << " % | " << QString::number(100.0 * noCollar.rate(), 'f', 1) << " % | "
              << QString::number(100.0 * noCollar.missed / noCollar.referenceSpeech, 'f', 1) << " % | "
              << QString::number(100.0 * noCollar.falseAlarm / noCollar.referenceSpeech, 'f', 1) << " % | "
              << QString::number(100.0 * noCollar.confusion / noCollar.referenceSpeech, 'f', 1) << " % |\n";
        out().flush();
    }
    out() << "\nMean DER over dev00, dev01, sample: " << QString::number(100.0 * sums[0] / count, 'f', 1)
          << " % with a 0.25 s collar, " << QString::number(100.0 * sums[1] / count, 'f', 1)
          << " % without\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == u"--run")
        return runOne(args[2]);
    if (args.size() >= 3 && args[1] == u"--run-plain")
        return runOne(args[2], false);
    const bool diarizationOnly = args.contains(u"--diarization-only");
    const qsizetype repeatAt = args.indexOf(u"--repeat");
    const int repeat = repeatAt > 0 && repeatAt + 1 < args.size() ? args[repeatAt + 1].toInt() : 3;

    QTemporaryDir scratch;
    out() << "# Voxnote voice benchmark\n";
    if (args.contains(u"--cost")) {
        const qsizetype roundsAt = args.indexOf(u"--rounds");
        const int rounds = roundsAt > 0 && roundsAt + 1 < args.size() ? args[roundsAt + 1].toInt() : 3;
        costTable(clips(scratch.path()), scratch.path(), std::max(1, rounds));
        return 0;
    }
    if (!diarizationOnly) {
        const QList<Clip> list = clips(scratch.path());
        if (!args.contains(u"--long-only"))
            accuracyTable(list, repeat);
        if (args.contains(u"--accuracy-only"))
            return 0;
        const qsizetype roundsAt = args.indexOf(u"--rounds");
        const int rounds = roundsAt > 0 && roundsAt + 1 < args.size() ? args[roundsAt + 1].toInt() : 3;
        longFileTable(list, scratch.path(), !args.contains(u"--skip-hour"), std::max(1, rounds));
        if (args.contains(u"--long-only"))
            return 0;
    }
    speech::TranscriptionOptions options;
    const qsizetype thresholdAt = args.indexOf(u"--threshold");
    if (thresholdAt > 0 && thresholdAt + 1 < args.size())
        options.clustering.threshold = args[thresholdAt + 1].toDouble();
    const qsizetype penaltyAt = args.indexOf(u"--penalty");
    if (penaltyAt > 0 && penaltyAt + 1 < args.size())
        options.clustering.bicPenalty = args[penaltyAt + 1].toDouble();
    diarizationTable(options);
    return 0;
}
