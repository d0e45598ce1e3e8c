// vx_bench_tts: read-aloud speed of Voxnote (libespeak-ng on its own thread,
// written to a WAV file) against the `espeak-ng` command line writing the
// same WAV, on the same texts in the same run.
//
//   vx_bench_tts [--rounds N]
//
// Prints characters per second and the real-time factor for a chapter, and
// the time to first audio for one sentence (for Voxnote: until the first
// audio chunk reaches the sink; for the CLI: until the process has written
// its whole file, as it only writes at the end).

#include "BenchStatistics.h"
#include "tts/AudioSink.h"
#include "tts/EspeakSynthesizer.h"
#include "tts/SoundFileWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace voxnote;

namespace {

const QString kSentence
    = QStringLiteral("The quick brown fox jumps over the lazy dog, and then it takes a long nap.");

/// Writes to the sound file and notes when the first audio arrived.
class TimedSink : public tts::AudioSink
{
public:
    TimedSink(tts::AudioSink& target, const QElapsedTimer& clock)
        : m_target(target)
        , m_clock(clock)
    {
    }
    void write(const qint16* samples, qsizetype count) override
    {
        if (firstNs < 0)
            firstNs = m_clock.nsecsElapsed();
        m_target.write(samples, count);
    }
    qint64 firstNs = -1;

private:
    tts::AudioSink& m_target;
    const QElapsedTimer& m_clock;
};

using bench::median;

struct Run
{
    double seconds;
    double firstAudioSeconds;
    double audioSeconds;
};

Run speakWithVoxnote(tts::EspeakSynthesizer& synthesizer, const QString& text, const QString& path)
{
    QElapsedTimer clock;
    clock.start();
    tts::SoundFileWriter writer(path, synthesizer.sampleRate());
    TimedSink sink(writer, clock);
    const tts::SpeechResult result = synthesizer.synthesize(text, {}, sink, {}, {}, {});
    writer.commit();
    return {clock.nsecsElapsed() / 1e9, sink.firstNs / 1e9, result.durationMs() / 1000.0};
}

double cli(const QString& text, const QString& path)
{
    QElapsedTimer clock;
    clock.start();
    QProcess process;
    process.start(QStringLiteral("espeak-ng"),
        {QStringLiteral("-v"), QStringLiteral("en"), QStringLiteral("-w"), path, text});
    process.waitForFinished(-1);
    return clock.nsecsElapsed() / 1e9;
}

QString fixed(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int index = static_cast<int>(arguments.indexOf(QStringLiteral("--rounds")));
    const int rounds = index > 0 ? arguments.value(index + 1).toInt() : 5;
    QTextStream out(stdout);
    const bool haveCli = !QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty();

    QString chapter;
    for (int i = 0; i < 40; ++i)
        chapter += kSentence + u' ';
    QTemporaryDir dir;
    tts::EspeakSynthesizer synthesizer;
    speakWithVoxnote(
        synthesizer, kSentence, dir.filePath(QStringLiteral("warm.wav"))); // starts the espeak thread

    std::vector<double> chapterVox, chapterCli, firstVox, sentenceVox, sentenceCli;
    double audioSeconds = 0;
    for (int round = 0; round < rounds; ++round) {
        const Run whole = speakWithVoxnote(synthesizer, chapter, dir.filePath(QStringLiteral("vox.wav")));
        chapterVox.push_back(whole.seconds);
        audioSeconds = whole.audioSeconds;
        const Run one = speakWithVoxnote(synthesizer, kSentence, dir.filePath(QStringLiteral("vox1.wav")));
        firstVox.push_back(one.firstAudioSeconds);
        sentenceVox.push_back(one.seconds);
        if (haveCli) {
            chapterCli.push_back(cli(chapter, dir.filePath(QStringLiteral("cli.wav"))));
            sentenceCli.push_back(cli(kSentence, dir.filePath(QStringLiteral("cli1.wav"))));
        }
    }

    out << "## Read-aloud speed: " << chapter.size() << "-character chapter (" << fixed(audioSeconds, 1)
        << " s of audio) and one " << kSentence.size() << "-character sentence, WAV output, median of "
        << rounds << " rounds\n\n"
        << "| | chapter seconds | characters/second | real-time factor | sentence: first audio (s) | "
           "sentence: "
           "file done (s) |\n|---|---|---|---|---|---|\n"
        << "| Voxnote (libespeak-ng) | " << fixed(median(chapterVox)) << " | "
        << fixed(chapter.size() / median(chapterVox), 0) << " | "
        << fixed(audioSeconds / median(chapterVox), 0) << "x | " << fixed(median(firstVox)) << " | "
        << fixed(median(sentenceVox)) << " |\n";
    if (haveCli) {
        out << "| espeak-ng command line | " << fixed(median(chapterCli)) << " | "
            << fixed(chapter.size() / median(chapterCli), 0) << " | "
            << fixed(audioSeconds / median(chapterCli), 0) << "x | " << fixed(median(sentenceCli))
            << " (whole file) | " << fixed(median(sentenceCli)) << " |\n";
    } else {
        out << "\n(The espeak-ng command line is not installed: `apt-get install espeak-ng` to compare.)\n";
    }
    return 0;
}
