#include "TestSupport.h"
#include "WavFixture.h"

#include "Error.h"
#include "audio/AudioDecoder.h"
#include "audio/SpeechChunker.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace voxnote;

class TestAudioDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesFlacTo16kMono();
    void mixesChannelsAndConvertsRate();
    void badFiles_data();
    void badFiles();
    void truncatedFlacFailsWhileReading();
    void absurdFrameCountsDoNotOverflow();
    void nonFiniteSamplesBecomeSilence();
    void chunkerSkipsSilence();
    void chunkerCutsAtPausesWithinLimits();

private:
    static std::vector<float> decodeAll(audio::AudioDecoder& decoder);
    QTemporaryDir m_dir;
};

std::vector<float> TestAudioDecoder::decodeAll(audio::AudioDecoder& decoder)
{
    std::vector<float> samples;
    while (decoder.read(samples, 7919)) // an odd block size, to cross frame boundaries
        ;
    return samples;
}

void TestAudioDecoder::decodesFlacTo16kMono()
{
    audio::AudioDecoder decoder(test::testData(QStringLiteral("speech/jfk.flac")));
    QCOMPARE(decoder.info().formatName, QStringLiteral("FLAC"));
    QCOMPARE(decoder.info().mimeType, QStringLiteral("audio/flac"));
    QCOMPARE(decoder.info().sampleRate, 44100);
    QVERIFY(decoder.info().channels >= 1);
    const std::vector<float> samples = decodeAll(decoder);
    const double expected = double(decoder.info().frames) * 16000.0 / 44100.0;
    QVERIFY2(std::abs(double(samples.size()) - expected) < 0.002 * expected,
        qPrintable(QString::number(samples.size())));
    const float peak = *std::max_element(samples.begin(), samples.end());
    QVERIFY(peak > 0.1F && peak <= 1.0F);
}

void TestAudioDecoder::mixesChannelsAndConvertsRate()
{
    // Left: a 440 Hz tone at half scale; right: silence, or the same tone
    // at a fifth of the scale. 8 kHz stereo.
    const std::vector<qint16> left = test::tone(2.0, 8000, 440.0, 0.5);
    const std::vector<qint16> quiet = test::tone(2.0, 8000, 440.0, 0.1);
    for (const bool rightSilent : {true, false}) {
        std::vector<qint16> interleaved;
        for (size_t i = 0; i < left.size(); ++i)
            interleaved.insert(interleaved.end(), {left[i], rightSilent ? qint16(0) : quiet[i]});
        const QString path = m_dir.filePath(QStringLiteral("stereo.wav"));
        QVERIFY(test::writeFile(path, test::wavBytes(interleaved, 8000, 2)));
        audio::AudioDecoder decoder(path);
        const std::vector<float> samples = decodeAll(decoder);
        QVERIFY(std::abs(int(samples.size()) - 32000) < 64);
        const float peak = *std::max_element(samples.begin() + 1000, samples.end() - 1000);
        // A silent channel is left out of the mix rather than halving the other.
        const float expected = rightSilent ? 0.5F : 0.3F;
        QVERIFY2(std::abs(peak - expected) < 0.02F, qPrintable(QString::number(peak)));
    }
}

void TestAudioDecoder::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    const std::vector<qint16> speech = test::tone(1.0, 16000, 300.0, 0.3);
    QTest::newRow("zero bytes") << "empty.wav" << QByteArray() << "is empty";
    QTest::newRow("text named .wav") << "notes.wav" << QByteArray("Shopping list: eggs, milk.\n")
                                     << "is not an audio file";
    QTest::newRow("image named .mp3")
        << "photo.mp3" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "is not an audio file";
    QTest::newRow("no frames") << "nothing.wav" << test::wavBytes({}, 16000, 1) << "no audio frames";
    QTest::newRow("absurd rate") << "fast.wav" << test::wavBytes(speech, 2'000'000'000, 1) << "sample rate";
    QTest::newRow("tiny rate") << "slow.wav" << test::wavBytes(speech, 10, 1) << "sample rate";
    QTest::newRow("absurd channels") << "wide.wav" << test::wavBytes(speech, 16000, 1000) << "channels";
}

void TestAudioDecoder::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(name);
    QVERIFY(test::writeFile(path, bytes));
    try {
        audio::AudioDecoder decoder(path);
        decodeAll(decoder);
        QFAIL("no error");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(name), qPrintable(error.message()));
        QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
    }
}

void TestAudioDecoder::truncatedFlacFailsWhileReading()
{
    const QString path = m_dir.filePath(QStringLiteral("cut.flac"));
    QFile::remove(path);
    QVERIFY(QFile::copy(test::testData(QStringLiteral("speech/jfk.flac")), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    try {
        audio::AudioDecoder decoder(path);
        decodeAll(decoder);
        QFAIL("no error");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"cut.flac"), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"truncated"), qPrintable(error.message()));
    }
}

void TestAudioDecoder::absurdFrameCountsDoNotOverflow()
{
    // A crafted RF64/W64 header can claim any 64-bit frame count; the length
    // must still compare as "too long", not wrap (UBSan stops on the overflow).
    audio::AudioInfo info;
    info.sampleRate = 8000;
    info.frames = std::numeric_limits<qint64>::max() - 7;
    QVERIFY(info.durationMs() > audio::AudioDecoder::kMaxDurationMs);
    QVERIFY(info.speechSamples() > 0);
    info.frames = 8000LL * 3600;
    QCOMPARE(info.durationMs(), 3'600'000);
    QCOMPARE(info.speechSamples(), 16000LL * 3600);
    info.frames = 12'345;
    QCOMPARE(info.durationMs(), 12'345 * 1000 / 8000);
}

void TestAudioDecoder::nonFiniteSamplesBecomeSilence()
{
    // A 32-bit float WAV can hold NaN, infinities and huge values (found by
    // the audio_decoder fuzz harness); none may reach the recogniser.
    std::vector<float> samples(16000, 0.25F);
    samples[100] = std::numeric_limits<float>::quiet_NaN();
    samples[200] = std::numeric_limits<float>::infinity();
    samples[300] = -std::numeric_limits<float>::infinity();
    samples[400] = 3e38F;
    QByteArray wav;
    const auto u32 = [&](quint32 v) {
        wav.append(reinterpret_cast<const char*>(&v), 4);
    };
    const auto u16 = [&](quint16 v) {
        wav.append(reinterpret_cast<const char*>(&v), 2);
    };
    const quint32 dataBytes = quint32(samples.size() * 4);
    wav.append("RIFF");
    u32(36 + dataBytes);
    wav.append("WAVEfmt ");
    u32(16);
    u16(3); // IEEE float
    u16(1);
    u32(16000);
    u32(16000 * 4);
    u16(4);
    u16(32);
    wav.append("data");
    u32(dataBytes);
    wav.append(reinterpret_cast<const char*>(samples.data()), qsizetype(dataBytes));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd-floats.wav"));
    QVERIFY(test::writeFile(path, wav));
    audio::AudioDecoder decoder(path);
    const std::vector<float> decoded = decodeAll(decoder);
    QVERIFY(decoded.size() > 15000);
    for (const float sample : decoded)
        QVERIFY2(std::isfinite(sample) && std::abs(sample) < 2.0F, qPrintable(QString::number(sample)));
}

void TestAudioDecoder::chunkerSkipsSilence()
{
    audio::SpeechChunker chunker;
    const std::vector<float> silence(16000 * 5, 0.0F);
    QVERIFY(chunker.push(silence.data(), silence.size()).empty());
    QVERIFY(chunker.finish().empty());
}

void TestAudioDecoder::chunkerCutsAtPausesWithinLimits()
{
    // 3 × (6 s of a meeting's speech + 2 s of silence), then 40 s of speech
    // without a pause longer than a breath.
    audio::AudioDecoder meeting(test::testData(QStringLiteral("diarization/trn09.wav")));
    std::vector<float> speech = decodeAll(meeting);
    audio::AudioDecoder more(test::testData(QStringLiteral("diarization/trn03.wav")));
    const std::vector<float> rest = decodeAll(more);
    speech.insert(speech.end(), rest.begin(), rest.end());
    std::vector<float> stream;
    std::vector<std::pair<qint64, qint64>> pauses;
    size_t used = 0;
    for (int i = 0; i < 3; ++i) {
        stream.insert(stream.end(), speech.begin() + long(used), speech.begin() + long(used + 6 * 16000));
        used += 6 * 16000;
        pauses.emplace_back(qint64(stream.size()) / 16, qint64(stream.size()) / 16 + 2000);
        stream.insert(stream.end(), 2 * 16000, 0.0F);
    }
    stream.insert(stream.end(), speech.begin() + long(used), speech.begin() + long(used + 40 * 16000));
    audio::SpeechChunker chunker;
    std::vector<audio::AudioChunk> chunks;
    for (size_t at = 0; at < stream.size(); at += 5000) {
        auto next = chunker.push(stream.data() + at, std::min<size_t>(5000, stream.size() - at));
        std::move(next.begin(), next.end(), std::back_inserter(chunks));
    }
    auto last = chunker.finish();
    std::move(last.begin(), last.end(), std::back_inserter(chunks));

    QVERIFY2(chunks.size() >= 6, qPrintable(QString::number(chunks.size())));
    qint64 previousEnd = 0;
    qint64 covered = 0;
    for (size_t i = 0; i < chunks.size(); ++i) {
        QCOMPARE(chunks[i].index, int(i));
        QVERIFY(chunks[i].startSample >= previousEnd);
        QVERIFY(chunks[i].samples.size() <= size_t(20 * 16000));
        // Each chunk is the stream's own audio at its stated position.
        QCOMPARE(chunks[i].samples.front(), stream[size_t(chunks[i].startSample)]);
        previousEnd = chunks[i].startSample + qint64(chunks[i].samples.size());
        covered += qint64(chunks[i].samples.size());
        // No chunk runs through the middle of a pause.
        for (const auto& [from, to] : pauses)
            QVERIFY(chunks[i].endMs() <= from + 500 || chunks[i].startMs() >= to - 500);
    }
    QVERIFY(previousEnd <= qint64(stream.size()));
    // The three pauses are left out; nearly all the speech is there.
    QVERIFY(covered < qint64(stream.size()) - 3 * 16000);
    QVERIFY(covered >= qint64(50 * 16000));
}

QTEST_GUILESS_MAIN(TestAudioDecoder)
#include "tst_audiodecoder.moc"
