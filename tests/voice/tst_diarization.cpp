#include "TestSupport.h"

#include "speech/SegmentBuilder.h"
#include "speech/SpeakerClustering.h"
#include "speech/SpeakerDiarizer.h"
#include "speech/Transcriber.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace voxnote;
using namespace voxnote::speech;

namespace {

Word word(const char* text, qint64 startMs, qint64 endMs)
{
    return {QString::fromUtf8(text), startMs, endMs, 0.9};
}

/// Segments of `words` where pauses under a second belong to a turn.
QList<TranscriptSegment> turnsOf(const QList<Word>& words, const std::vector<int>& speakers)
{
    SegmentBuilder::Options options;
    options.turnGapMs = 1000;
    return SegmentBuilder(options).build(words, speakers);
}

} // namespace

/// Speaker turns as the transcript stores them (segment times), and the parts
/// of speaker clustering that need no recogniser. Two voices in a real
/// recording are checked end to end in tst_transcription.
class TestDiarization : public QObject
{
    Q_OBJECT

private slots:
    void shortPausesInsideATurnAreCovered();
    void neighboursMeetHalfwayWhenTheSpeakerChanges();
    void longPausesStayUncovered();
    void segmentsNeverOverlap();
    void clusteringSeparatesTwoKindsOfWindow();
    void aVoiceWithLittleSpeechIsNoSpeaker();
    void segmentsFollowTheSpeakersTurns();
    void wordsOutsideSpeechAreDropped();
    void resegmentationFindsTheChangeInsideAWindow();
    void noSpeechGivesNoTurns();
};

void TestDiarization::shortPausesInsideATurnAreCovered()
{
    // One speaker: a 700 ms pause splits the sentence but not the turn.
    const QList<Word> words {word("so", 1000, 1300), word("we", 1300, 1600), word("start", 2300, 2800)};
    const QList<TranscriptSegment> segments = turnsOf(words, {0, 0, 0});
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments[0].text, QStringLiteral("So we."));
    QCOMPARE(segments[0].startMs, 1000);
    QCOMPARE(segments[0].endMs, 2300); // runs on to the next segment of the turn
    QCOMPARE(segments[1].startMs, 2300);
    QCOMPARE(segments[1].endMs, 2800);
}

void TestDiarization::neighboursMeetHalfwayWhenTheSpeakerChanges()
{
    const QList<Word> words {word("yes", 1000, 1400), word("no", 2000, 2400)};
    const QList<TranscriptSegment> segments = turnsOf(words, {0, 1});
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments[0].speaker, 0);
    QCOMPARE(segments[1].speaker, 1);
    QCOMPARE(segments[0].endMs, 1700);
    QCOMPARE(segments[1].startMs, 1700);
}

void TestDiarization::longPausesStayUncovered()
{
    const QList<Word> words {word("yes", 1000, 1400), word("right", 4000, 4400)};
    const QList<TranscriptSegment> segments = turnsOf(words, {0, 0});
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments[0].endMs, 1400);
    QCOMPARE(segments[1].startMs, 4000);
    // Without speakers the same rules hold.
    QCOMPARE(turnsOf(words, {}).at(0).endMs, 1400);
}

void TestDiarization::segmentsNeverOverlap()
{
    // Turns, sentences cut at the length limit and a change of speaker, with
    // the product's own settings.
    QList<Word> words;
    std::vector<int> speakers;
    qint64 at = 0;
    for (int i = 0; i < 60; ++i) {
        words.append(word("word", at, at + 300));
        speakers.push_back((i / 20) % 2);
        at += 300 + (i % 7) * 150;
    }
    const QList<TranscriptSegment> segments = SegmentBuilder().build(words, speakers);
    QVERIFY(segments.size() > 3);
    qsizetype wordCount = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QVERIFY(segments[i].startMs <= segments[i].words.front().startMs);
        QVERIFY(segments[i].endMs >= segments[i].words.back().endMs);
        if (i > 0)
            QVERIFY(segments[i - 1].endMs <= segments[i].startMs);
        wordCount += segments[i].words.size();
    }
    QCOMPARE(wordCount, words.size());
}

namespace {

/// 1 s windows of two "voices" whose MFCC statistics differ clearly;
/// `voiceOf(i)` says which speaks in window i.
std::vector<SpeakerWindow> windowsOf(int count, const std::function<int(int)>& voiceOf)
{
    std::vector<SpeakerWindow> windows;
    for (int i = 0; i < count; ++i) {
        const int voice = voiceOf(i);
        SpeakerWindow window;
        window.startMs = i * 1000;
        window.endMs = window.startMs + 1000;
        window.frames = 100;
        window.embedding.resize(size_t(SpeakerEmbedder::kDimensions));
        for (size_t d = 0; d < window.embedding.size(); ++d) {
            const double wobble = 0.1 * std::sin(double(i * 7 + int(d) * 3));
            const double mean
                = d < window.embedding.size() / 2 ? (voice ? 2.0 : -2.0) * ((d % 3) - 1.0) : 0.0;
            window.embedding[d]
                = float(d < window.embedding.size() / 2 ? mean + wobble : 1.0 + 0.5 * voice + wobble);
        }
        windows.push_back(window);
    }
    return windows;
}

} // namespace

void TestDiarization::clusteringSeparatesTwoKindsOfWindow()
{
    // Taking turns every five seconds.
    const auto voiceOf = [](int i) {
        return (i / 5) % 2;
    };
    const std::vector<SpeakerWindow> windows = windowsOf(40, voiceOf);
    for (const SpeakerClustering::Method method :
        {SpeakerClustering::Method::Bic, SpeakerClustering::Method::Cosine}) {
        SpeakerClustering::Options options;
        options.method = method;
        const std::vector<int> labels = SpeakerClustering(options).cluster(windows);
        QCOMPARE(labels.size(), windows.size());
        QCOMPARE(*std::max_element(labels.begin(), labels.end()), 1);
        for (size_t i = 0; i < labels.size(); ++i)
            QCOMPARE(labels[i], voiceOf(int(i))); // the first window's voice is "Speaker 1"
        // The user's count wins.
        options.speakers = 1;
        const std::vector<int> one = SpeakerClustering(options).cluster(windows);
        QCOMPARE(*std::max_element(one.begin(), one.end()), 0);
    }
}

void TestDiarization::aVoiceWithLittleSpeechIsNoSpeaker()
{
    // Four seconds of another voice in forty: a tenth of the speech, more
    // than the share a speaker needs, but too little to call it a person.
    const std::vector<SpeakerWindow> windows = windowsOf(40, [](int i) { return i >= 20 && i < 24 ? 1 : 0; });
    SpeakerClustering::Options options;
    const std::vector<int> labels = SpeakerClustering(options).cluster(windows);
    QCOMPARE(*std::max_element(labels.begin(), labels.end()), 0);
    // Without that minimum it is one.
    options.minSpeechMs = 0;
    const std::vector<int> two = SpeakerClustering(options).cluster(windows);
    QCOMPARE(*std::max_element(two.begin(), two.end()), 1);
    QCOMPARE(two[21], 1);
    // Told there are two people, it finds the second.
    options.minSpeechMs = 5000;
    options.speakers = 2;
    QCOMPARE(SpeakerClustering(options).cluster(windows)[21], 1);
}

void TestDiarization::segmentsFollowTheSpeakersTurns()
{
    // Speaker 0 talks 1.0–3.0 s, speaker 1 3.0–4.5 s, speaker 0 again 6.0–7.0 s.
    const std::vector<SpeakerTurn> turns {{1000, 3000, 0}, {3000, 4500, 1}, {6000, 7000, 0}};
    const QList<Word> words {word("so", 1200, 1500), word("we", 1600, 2700), word("yes", 3300, 3800),
        word("right", 3900, 4200), word("ok", 6300, 6600)};
    const QList<TranscriptSegment> segments = SegmentBuilder().build(words, turns);
    QCOMPARE(segments.size(), 3);
    QCOMPARE(segments[0].speaker, 0);
    QCOMPARE(segments[0].startMs, 1000); // the turn, not only its words
    QCOMPARE(segments[0].endMs, 3000);
    QCOMPARE(segments[1].speaker, 1);
    QCOMPARE(segments[1].startMs, 3000);
    QCOMPARE(segments[1].endMs, 4500);
    QCOMPARE(segments[1].text, QStringLiteral("Yes right."));
    QCOMPARE(segments[2].speaker, 0);
    QCOMPARE(segments[2].startMs, 6000);
    QCOMPARE(segments[2].endMs, 7000);
}

void TestDiarization::wordsOutsideSpeechAreDropped()
{
    const QList<Word> words {word("fun", 100, 400), word("hello", 1100, 1500), word("one", 2500, 2900)};
    const QList<Word> kept = Transcriber::wordsInSpeech(words, {{1000, 2000}});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept[0].text, QStringLiteral("hello"));
}

namespace {

// Frames of two "voices" whose MFCCs differ: voice 1 from `changeMs` on.
SpeakerFrames framesOf(qint64 endMs, qint64 changeMs)
{
    SpeakerFrames frames;
    for (qint64 t = 0; t < endMs; t += 10) {
        frames.startMs.push_back(t);
        const int voice = t >= changeMs ? 1 : 0;
        for (int d = 0; d < MfccExtractor::kCoefficients; ++d) {
            const double wobble = std::sin(double(t / 10 * 13 + d * 7)) * 0.5;
            frames.mfcc.push_back(float((voice ? 1.5 : -1.5) * ((d % 3) - 1.0) + wobble));
        }
    }
    return frames;
}

} // namespace

void TestDiarization::resegmentationFindsTheChangeInsideAWindow()
{
    // The windows say the voice changes at 20 s, the frames that it changes
    // at 20.5 s: the frame-level pass moves the boundary there.
    const SpeakerFrames frames = framesOf(40000, 20500);
    const std::vector<SpeakerWindow> windows = windowsOf(40, [](int i) { return i >= 20 ? 1 : 0; });
    SpeakerDiarizer::Options options;
    options.clustering.speakers = 2;
    const std::vector<SpeakerTurn> turns = SpeakerDiarizer(options).diarize({{0, 40000}}, windows, frames);
    QCOMPARE(turns.size(), size_t(2));
    QCOMPARE(turns[0].speaker, 0);
    QCOMPARE(turns[0].startMs, 0);
    QVERIFY2(std::abs(turns[0].endMs - 20500) <= 100, qPrintable(QString::number(turns[0].endMs)));
    QCOMPARE(turns[1].endMs, 40000);
    // Without the pass, the windows' boundary.
    options.resegmentations = 0;
    const std::vector<SpeakerTurn> coarse = SpeakerDiarizer(options).diarize({{0, 40000}}, windows, frames);
    QCOMPARE(coarse.size(), size_t(2));
    QVERIFY(std::abs(coarse[0].endMs - 20000) <= 500);
}

void TestDiarization::noSpeechGivesNoTurns()
{
    QVERIFY(SpeakerDiarizer({}).diarize({}, {}, {}).empty());
    // Speech but no speaker features (too short for a window): one speaker.
    const std::vector<SpeakerTurn> turns = SpeakerDiarizer({}).diarize({{500, 900}}, {}, {});
    QCOMPARE(turns.size(), size_t(1));
    QCOMPARE(turns[0].speaker, 0);
}

QTEST_GUILESS_MAIN(TestDiarization)
#include "tst_diarization.moc"
