// How well Voxnote finds speech, apart from the recogniser: the product's
// SpeechChunker (SpeechDetector inside) on the shared diarization recordings
// against their RTTM speech, and on noise-only files made with sox that the
// detector never saw (pink and brown noise, mains buzz, plucked and square
// melodies, a chord). Missed speech and false alarm are in percent of the
// reference speech, on 10 ms frames, without a collar and with 0.25 s around
// every reference boundary left unscored. Tune on trn*, report dev*, sample.
//
//   vx_bench_speech [--threshold T] [--bridge MS] [--shortest MS] [--words]
//
// --words also runs the whole transcription on the noise files and counts
// the words it writes (there must be none).

#include "BenchArguments.h"
#include "SpeechTraining.h"

#include "audio/SpeechChunker.h"
#include "speech/PocketSphinxEngine.h"
#include "speech/Transcriber.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace voxnote;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

std::vector<audio::SpeechSpan> detectedSpeech(
    const std::vector<float>& samples, const audio::SpeechChunker::Options& options)
{
    audio::SpeechChunker chunker(options);
    std::vector<audio::SpeechSpan> spans;
    const auto collect = [&](const std::vector<audio::AudioChunk>& chunks) {
        for (const audio::AudioChunk& chunk : chunks)
            spans.insert(spans.end(), chunk.speech.begin(), chunk.speech.end());
    };
    constexpr size_t kBlock = 1 << 14;
    for (size_t at = 0; at < samples.size(); at += kBlock)
        collect(chunker.push(samples.data() + at, std::min(kBlock, samples.size() - at)));
    collect(chunker.finish());
    return chunker.tidied(spans);
}

struct Score
{
    double speech = 0.0;
    double missed = 0.0;
    double falseAlarm = 0.0;
};

Score score(const QList<bench::SpeakerTurn>& reference, const std::vector<audio::SpeechSpan>& spans,
    double seconds, double collar)
{
    Score result;
    for (double t = 0.005; t < seconds; t += 0.01) {
        const bool near
            = std::any_of(reference.begin(), reference.end(), [&](const bench::SpeakerTurn& turn) {
                  return std::abs(turn.start - t) < collar || std::abs(turn.end - t) < collar;
              });
        if (near)
            continue;
        const bool ref = bench::isReferenceSpeech(reference, t);
        const qint64 ms = qint64(t * 1000);
        const bool hyp = std::any_of(spans.begin(), spans.end(),
            [&](const audio::SpeechSpan& span) { return span.startMs <= ms && ms < span.endMs; });
        result.speech += ref ? 0.01 : 0.0;
        result.missed += ref && !hyp ? 0.01 : 0.0;
        result.falseAlarm += hyp && !ref ? 0.01 : 0.0;
    }
    return result;
}

QString percent(double part, double whole)
{
    return QString::number(whole > 0 ? 100.0 * part / whole : 0.0, 'f', 1);
}

// Noise-only recordings, 30 s each, made by sox: none of these generators or
// frequencies is in the training program.
QStringList noiseFiles(const QString& dir)
{
    const auto sox = [&](const QString& name, const QStringList& effects) {
        const QString path = dir + u'/' + name + QStringLiteral(".wav");
        QStringList args {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("16000"),
            QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-b"), QStringLiteral("16"), path};
        QProcess::execute(QStringLiteral("sox"), args + effects);
        return path;
    };
    const auto words = [](const char* text) {
        return QString::fromLatin1(text).split(u' ');
    };
    QStringList files;
    files << sox(QStringLiteral("silence"), words("trim 0 30"));
    files << sox(QStringLiteral("pink-noise"), words("synth 30 pinknoise vol 0.3"));
    files << sox(QStringLiteral("brown-noise"), words("synth 30 brownnoise vol 0.5"));
    files << sox(QStringLiteral("quiet-white-noise"), words("synth 30 whitenoise vol 0.01"));
    files << sox(QStringLiteral("mains-buzz"), words("synth 30 sawtooth 55 lowpass 700 vol 0.3"));
    files << sox(QStringLiteral("chord"), words("synth 30 sine 220 sine 277 sine 330 remix - vol 0.2"));
    // Melodies: one note after another.
    for (const auto& [name, wave] :
        {std::pair {"plucked-melody", "pluck"}, std::pair {"square-melody", "square"}}) {
        QStringList parts;
        const QStringList notes = words("C4 E4 G4 A4 F4 D4 B3 G3 C5 A4 E4 D4");
        for (int i = 0; i < 75; ++i) {
            const QString note = dir + QStringLiteral("/note-%1-%2.wav").arg(QLatin1String(name)).arg(i);
            QProcess::execute(QStringLiteral("sox"),
                {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("16000"), QStringLiteral("-c"),
                    QStringLiteral("1"), QStringLiteral("-b"), QStringLiteral("16"), note,
                    QStringLiteral("synth"), QStringLiteral("0.4"), QLatin1String(wave),
                    u'%' + QString::number((i * 7) % 24 - 12), QStringLiteral("fade"), QStringLiteral("0"),
                    QStringLiteral("0.4"), QStringLiteral("0.3"), QStringLiteral("vol"),
                    QStringLiteral("0.3")});
            parts << note;
        }
        const QString path = dir + u'/' + QLatin1String(name) + QStringLiteral(".wav");
        QProcess::execute(QStringLiteral("sox"), parts + QStringList {path});
        files << path;
    }
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const char* name, const QString& fallback) {
        return bench::argumentValue(args, name, fallback);
    };
    audio::SpeechChunker::Options options;
    options.threshold = value("--threshold", QStringLiteral("-1")).toDouble();
    options.bridgeMs = value("--bridge", QString::number(options.bridgeMs)).toInt();
    options.shortestSpeechMs = value("--shortest", QString::number(options.shortestSpeechMs)).toInt();

    out() << "# Speech detection (threshold "
          << (options.threshold < 0 ? audio::SpeechDetector::modelThreshold() : options.threshold)
          << ", bridge " << options.bridgeMs << " ms, shortest " << options.shortestSpeechMs << " ms)\n\n"
          << "| file | set | speech s | missed | false alarm | missed (collar 0.25) | false alarm (collar "
             "0.25) |\n"
          << "|---|---|---|---|---|---|---|\n";
    double sums[2][4] = {};
    double totals[2][3] = {}; // speech, missed, false alarm without the collar
    int counts[2] = {0, 0};
    for (const bench::LabelledRecording& recording : bench::labelledRecordings()) {
        const std::vector<float> samples = bench::decodedSamples(recording.wav);
        const double seconds = double(samples.size()) / audio::kSpeechRate;
        const std::vector<audio::SpeechSpan> spans = detectedSpeech(samples, options);
        const Score none = score(recording.reference, spans, seconds, 0.0);
        const Score collar = score(recording.reference, spans, seconds, 0.25);
        const int set = recording.tune ? 1 : 0;
        const double values[4] = {none.missed / none.speech, none.falseAlarm / none.speech,
            collar.missed / collar.speech, collar.falseAlarm / collar.speech};
        for (int i = 0; i < 4; ++i)
            sums[set][i] += values[i];
        ++counts[set];
        totals[set][0] += none.speech;
        totals[set][1] += none.missed;
        totals[set][2] += none.falseAlarm;
        out() << "| " << recording.name << " | " << (recording.tune ? "tune" : "report") << " | "
              << QString::number(none.speech, 'f', 1) << " | " << percent(none.missed, none.speech) << " % | "
              << percent(none.falseAlarm, none.speech) << " % | " << percent(collar.missed, collar.speech)
              << " % | " << percent(collar.falseAlarm, collar.speech) << " % |\n";
        out().flush();
    }
    for (int set = 0; set < 2; ++set) {
        out() << "\nMean over " << (set == 0 ? "report (dev00, dev01, sample)" : "tune (trn01-09)")
              << ": missed " << percent(sums[set][0], counts[set]) << " %, false alarm "
              << percent(sums[set][1], counts[set]) << " %; with the collar missed "
              << percent(sums[set][2], counts[set]) << " %, false alarm "
              << percent(sums[set][3], counts[set]) << " %; over all its speech (no collar) missed "
              << percent(totals[set][1], totals[set][0]) << " %, false alarm "
              << percent(totals[set][2], totals[set][0]) << " %\n";
    }
    if (args.contains(u"--no-noise"))
        return 0;

    QTemporaryDir scratch;
    const bool withWords = args.contains(u"--words");
    std::unique_ptr<speech::Transcriber> transcriber;
    if (withWords)
        transcriber = std::make_unique<speech::Transcriber>(std::make_shared<speech::PocketSphinxEngine>());
    out() << "\n## Noise only (report part: made with sox, never trained on)\n\n| file | speech found s |"
          << (withWords ? " words written |" : "") << "\n|---|---|" << (withWords ? "---|" : "") << "\n";
    for (const QString& path : noiseFiles(scratch.path())) {
        const std::vector<float> samples = bench::decodedSamples(path);
        double found = 0.0;
        for (const audio::SpeechSpan& span : detectedSpeech(samples, options))
            found += double(span.lengthMs()) / 1000.0;
        out() << "| " << QFileInfo(path).completeBaseName() << " | " << QString::number(found, 'f', 2)
              << " |";
        if (transcriber) {
            qsizetype words = 0;
            for (const speech::TranscriptSegment& segment :
                transcriber->transcribe(path, {}, {}, Cancellation()).segments)
                words += segment.words.size();
            out() << ' ' << words << " |";
        }
        out() << '\n';
        out().flush();
    }
    return 0;
}
