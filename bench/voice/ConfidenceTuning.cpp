// Chooses the confidence below which the transcript marks a word as unsure
// (speech::kLowConfidence): transcribes the LibriVox clips and jfk.flac with
// the product's pipeline, aligns each recognised word with what was said,
// and prints, for candidate thresholds, how many marked words were wrong
// (precision) and how many wrong words were marked (recall). The threshold
// is the one with the best F1 on the tune part (clips 0870-0890); the report
// part (0920, 0930, jfk) shows what it does on clips it was not chosen on.
//
//   vx_tune_confidence

#include "LibrivoxClips.h"

#include "speech/PocketSphinxEngine.h"
#include "speech/Transcriber.h"
#include "speech/WordConfidence.h"
#include "speech/WordErrorRate.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <vector>

using namespace voxnote;

namespace {

struct Scored
{
    double confidence;
    bool correct;
};

struct Counts
{
    int marked = 0;
    int markedWrong = 0;
    int wrong = 0;

    double precision() const { return marked ? double(markedWrong) / marked : 0.0; }
    double recall() const { return wrong ? double(markedWrong) / wrong : 0.0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

Counts countAt(const std::vector<Scored>& words, double threshold)
{
    Counts counts;
    for (const Scored& word : words) {
        const bool marked = word.confidence < threshold;
        counts.marked += marked ? 1 : 0;
        counts.wrong += word.correct ? 0 : 1;
        counts.markedWrong += marked && !word.correct ? 1 : 0;
    }
    return counts;
}

QString percent(double value)
{
    return QString::number(100.0 * value, 'f', 0) + u" %";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<bench::LibrivoxClip> clips = bench::librivoxClips();
    QFile jfk(QStringLiteral(VOXNOTE_TESTDATA_DIR "/speech/jfk.txt"));
    jfk.open(QIODevice::ReadOnly);
    clips.append({QStringLiteral("jfk"), QStringLiteral(VOXNOTE_TESTDATA_DIR "/speech/jfk.flac"),
        QString::fromUtf8(jfk.readAll()), false});

    speech::Transcriber transcriber(std::make_shared<speech::PocketSphinxEngine>());
    speech::TranscriptionOptions options;
    options.diarize = false;
    std::vector<Scored> parts[2]; // tune, report
    out << "# Word confidence against correctness\n\n| clip | part | word | confidence | right "
           "|\n|---|---|---|---|---|\n";
    for (const bench::LibrivoxClip& clip : std::as_const(clips)) {
        const speech::Transcript transcript = transcriber.transcribe(clip.wav, options, {}, Cancellation());
        QList<speech::Word> words;
        QStringList hypothesis;
        for (const speech::TranscriptSegment& segment : transcript.segments) {
            for (const speech::Word& word : segment.words) {
                const QStringList normal = speech::WordErrorRate::normalizedWords(word.text);
                if (normal.size() != 1)
                    continue;
                words.append(word);
                hypothesis << normal.first();
            }
        }
        const QList<bool> correct
            = bench::correctWords(speech::WordErrorRate::normalizedWords(clip.reference), hypothesis);
        for (qsizetype i = 0; i < words.size(); ++i) {
            parts[clip.tune ? 0 : 1].push_back({words[i].confidence, correct[i]});
            out << "| " << clip.name << " | " << (clip.tune ? "tune" : "report") << " | " << hypothesis[i]
                << " | " << QString::number(words[i].confidence, 'f', 3) << " | "
                << (correct[i] ? "yes" : "no") << " |\n";
        }
    }
    out << "\n| threshold | tune: marked | tune: precision | tune: recall | tune: F1 | report: marked | "
           "report: "
           "precision | report: recall | report: F1 |\n|---|---|---|---|---|---|---|---|---|\n";
    double best = 0.0;
    double bestF1 = -1.0;
    for (int step = 1; step <= 19; ++step) {
        const double threshold = step * 0.05;
        const Counts tune = countAt(parts[0], threshold);
        const Counts report = countAt(parts[1], threshold);
        if (tune.f1() > bestF1 + 1e-9) {
            bestF1 = tune.f1();
            best = threshold;
        }
        out << "| " << QString::number(threshold, 'f', 2) << " | " << tune.marked << " | "
            << percent(tune.precision()) << " | " << percent(tune.recall()) << " | "
            << QString::number(tune.f1(), 'f', 2) << " | " << report.marked << " | "
            << percent(report.precision()) << " | " << percent(report.recall()) << " | "
            << QString::number(report.f1(), 'f', 2) << " |\n";
    }
    const Counts used = countAt(parts[1], speech::kLowConfidence);
    out << "\nBest F1 on the tune part at " << QString::number(best, 'f', 2) << " (F1 "
        << QString::number(bestF1, 'f', 2) << "). Voxnote uses " << speech::kLowConfidence
        << "; on the report part it marks " << used.marked << " words, " << used.markedWrong
        << " of them wrong (" << percent(used.precision()) << "), and finds " << used.markedWrong
        << " of the " << used.wrong << " wrong words (" << percent(used.recall()) << ").\n";
    return 0;
}
