#include "TestSupport.h"
#include "WavFixture.h"

#include "audio/AudioDecoder.h"
#include "audio/SpeechChunker.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cmath>
#include <numbers>
#include <random>

using namespace voxnote;

namespace {

constexpr int kRate = audio::kSpeechRate;

std::vector<float> decoded(const QString& path)
{
    audio::AudioDecoder decoder(path);
    std::vector<float> samples;
    while (decoder.read(samples, 7919)) { }
    return samples;
}

struct Detected
{
    std::vector<audio::AudioChunk> chunks;
    std::vector<audio::SpeechSpan> speech;
};

Detected detect(const std::vector<float>& samples)
{
    audio::SpeechChunker chunker;
    Detected result;
    const auto keep = [&](std::vector<audio::AudioChunk>&& chunks) {
        for (audio::AudioChunk& chunk : chunks) {
            result.speech.insert(result.speech.end(), chunk.speech.begin(), chunk.speech.end());
            result.chunks.push_back(std::move(chunk));
        }
    };
    for (size_t at = 0; at < samples.size(); at += 5003)
        keep(chunker.push(samples.data() + at, std::min<size_t>(5003, samples.size() - at)));
    keep(chunker.finish());
    result.speech = chunker.tidied(result.speech);
    return result;
}

qint64 speechMs(const std::vector<audio::SpeechSpan>& spans)
{
    qint64 total = 0;
    for (const audio::SpeechSpan& span : spans)
        total += span.lengthMs();
    return total;
}

// The reference speech of one recording of the shared diarization set.
std::vector<audio::SpeechSpan> referenceSpeech(const QString& rttm, const QString& name)
{
    QFile file(test::testData(QStringLiteral("diarization/") + rttm));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<audio::SpeechSpan> turns;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u' ', Qt::SkipEmptyParts);
        if (f.size() > 4 && f[1] == name) {
            const qint64 start = qint64(f[3].toDouble() * 1000);
            turns.push_back({start, start + qint64(f[4].toDouble() * 1000)});
        }
    }
    return turns;
}

bool covers(const std::vector<audio::SpeechSpan>& spans, qint64 ms)
{
    return std::any_of(spans.begin(), spans.end(),
        [&](const audio::SpeechSpan& span) { return span.startMs <= ms && ms < span.endMs; });
}

std::vector<float> noise(const QString& kind, double seconds)
{
    std::mt19937 random(42);
    std::normal_distribution<double> white(0.0, 1.0);
    std::vector<float> out(size_t(seconds * kRate));
    double state = 0.0;
    for (size_t i = 0; i < out.size(); ++i) {
        const double t = double(i) / kRate;
        if (kind == u"brown") {
            state = 0.999 * state + 0.01 * white(random);
            out[i] = float(0.5 * state);
        } else if (kind == u"pink-ish") {
            state = 0.95 * state + 0.05 * white(random);
            out[i] = float(0.2 * state + 0.02 * white(random));
        } else if (kind == u"hum") {
            double value = 0.0;
            for (int h = 1; h <= 6; ++h)
                value += std::sin(2.0 * std::numbers::pi * 50.0 * h * t) / h;
            out[i] = float(0.1 * value + 0.001 * white(random));
        } else if (kind == u"melody") {
            // Quarter-second notes of a scale, each dying away.
            const int note = int(t / 0.25) % 8;
            const double hz
                = 220.0 * std::pow(2.0, std::array {0, 2, 4, 5, 7, 9, 11, 12}[size_t(note)] / 12.0);
            const double age = std::fmod(t, 0.25);
            double value = 0.0;
            for (int h = 1; h <= 5; ++h)
                value += std::sin(2.0 * std::numbers::pi * hz * h * t) / (h * h);
            out[i] = float(0.3 * value * std::exp(-8.0 * age));
        } else {
            out[i] = 0.0F;
        }
    }
    return out;
}

} // namespace

/// Speech detection apart from the recogniser (SpeechDetector inside
/// SpeechChunker): room noise, hum and music are not speech; the speech of a
/// real meeting recording is found. The figures themselves come from
/// bench/voice (vx_bench_speech); the bounds here only catch a broken detector.
class TestSpeechDetection : public QObject
{
    Q_OBJECT

private slots:
    void noiseIsNotSpeech_data();
    void noiseIsNotSpeech();
    void findsTheSpeechOfAMeeting();
    void speechLiesInsideItsChunk();
    void tidyingBridgesPausesAndDropsClicks();
    void aSilentChannelDoesNotHideTheSpeech();
    void aTwoSecondFileIsNotTooShort();
};

void TestSpeechDetection::noiseIsNotSpeech_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* kind : {"silence", "brown", "pink-ish", "hum", "melody"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestSpeechDetection::noiseIsNotSpeech()
{
    QFETCH(QString, kind);
    const Detected detected = detect(noise(kind, 20.0));
    QVERIFY2(speechMs(detected.speech) < 500, qPrintable(QString::number(speechMs(detected.speech))));
}

void TestSpeechDetection::findsTheSpeechOfAMeeting()
{
    const std::vector<float> samples = decoded(test::testData(QStringLiteral("diarization/dev01.wav")));
    const std::vector<audio::SpeechSpan> reference
        = referenceSpeech(QStringLiteral("debug.development.rttm"), QStringLiteral("dev01"));
    QVERIFY(!reference.empty());
    const Detected detected = detect(samples);
    qint64 speech = 0;
    qint64 missed = 0;
    qint64 falseAlarm = 0;
    for (qint64 ms = 5; ms < qint64(samples.size()) * 1000 / kRate; ms += 10) {
        const bool truth = covers(reference, ms);
        const bool found = covers(detected.speech, ms);
        speech += truth ? 10 : 0;
        missed += truth && !found ? 10 : 0;
        falseAlarm += found && !truth ? 10 : 0;
    }
    QVERIFY2(missed < speech / 5, qPrintable(QStringLiteral("missed %1 of %2 ms").arg(missed).arg(speech)));
    QVERIFY2(falseAlarm < speech / 5, qPrintable(QStringLiteral("false alarm %1 ms").arg(falseAlarm)));
}

void TestSpeechDetection::speechLiesInsideItsChunk()
{
    const Detected detected = detect(decoded(test::testData(QStringLiteral("diarization/sample.wav"))));
    QVERIFY(!detected.chunks.empty());
    for (const audio::AudioChunk& chunk : detected.chunks) {
        QVERIFY(!chunk.speech.empty()); // a chunk is cut around speech
        qint64 previous = chunk.startMs();
        for (const audio::SpeechSpan& span : chunk.speech) {
            QVERIFY(span.startMs >= previous);
            QVERIFY(span.endMs > span.startMs);
            QVERIFY(span.endMs <= chunk.endMs());
            previous = span.endMs;
        }
    }
}

void TestSpeechDetection::tidyingBridgesPausesAndDropsClicks()
{
    audio::SpeechChunker::Options options;
    options.bridgeMs = 200;
    options.shortestSpeechMs = 150;
    const audio::SpeechChunker chunker(options);
    const std::vector<audio::SpeechSpan> tidied
        = chunker.tidied({{0, 1000}, {1100, 2000}, {3000, 3100}, {4000, 4500}, {4690, 4800}});
    const std::vector<audio::SpeechSpan> expected {{0, 2000}, {4000, 4800}};
    QVERIFY(tidied == expected);
}

void TestSpeechDetection::aSilentChannelDoesNotHideTheSpeech()
{
    // dev01 on the left channel, nothing on the right.
    const std::vector<float> mono = decoded(test::testData(QStringLiteral("diarization/dev01.wav")));
    std::vector<float> stereo(mono.size() * 2, 0.0F);
    for (size_t i = 0; i < mono.size(); ++i)
        stereo[2 * i] = mono[i];
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("left-only.wav"));
    SF_INFO info {};
    info.samplerate = kRate;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    QVERIFY(file);
    sf_writef_float(file, stereo.data(), sf_count_t(mono.size()));
    sf_close(file);
    const qint64 fromMono = speechMs(detect(mono).speech);
    const qint64 fromStereo = speechMs(detect(decoded(path)).speech);
    QVERIFY(fromMono > 10000);
    QVERIFY2(std::abs(fromStereo - fromMono) < fromMono / 10,
        qPrintable(QStringLiteral("%1 ms against %2 ms").arg(fromStereo).arg(fromMono)));
}

void TestSpeechDetection::aTwoSecondFileIsNotTooShort()
{
    // Two seconds of a speaker's turn (sample.wav 10.6–12.6 s): still speech.
    const std::vector<float> samples = decoded(test::testData(QStringLiteral("diarization/sample.wav")));
    const std::vector<float> piece(
        samples.begin() + 10600 * kRate / 1000, samples.begin() + 12600 * kRate / 1000);
    const Detected detected = detect(piece);
    QVERIFY2(speechMs(detected.speech) > 1000, qPrintable(QString::number(speechMs(detected.speech))));
}

QTEST_GUILESS_MAIN(TestSpeechDetection)
#include "tst_speechdetection.moc"
