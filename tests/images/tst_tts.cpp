// Reading aloud with the real espeak-ng: voices, the language chosen from
// the text, word timings, every sound format read back with libsndfile,
// long texts streamed, cancel, and errors that leave no file behind.

#include "TestSupport.h"

#include "Error.h"
#include "storage/Profile.h"
#include "tts/AudioSink.h"
#include "tts/EspeakSynthesizer.h"
#include "tts/SoundFileWriter.h"
#include "tts/SpeechRenditions.h"
#include "tts/TextLanguage.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

using namespace voxnote;
using namespace voxnote::tts;

namespace {

const QString kPangram = QStringLiteral("The quick brown fox jumps over the lazy dog.");

/// Counts the audio and remembers the largest chunk.
class CountingSink : public AudioSink
{
public:
    void write(const qint16* samples, qsizetype count) override
    {
        total += count;
        largest = std::max(largest, count);
        for (qsizetype i = 0; i < count; ++i)
            loudest = std::max<int>(loudest, std::abs(samples[i]));
    }
    qint64 total = 0;
    qsizetype largest = 0;
    int loudest = 0;
};

struct SoundInfo
{
    qint64 frames = -1;
    int sampleRate = 0;
    int channels = 0;
    int format = 0;
};

SoundInfo readBack(const QString& path)
{
    SF_INFO info {};
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!file)
        return {};
    // Decode it all: a file that only has a valid header fails here.
    std::vector<short> buffer(4096);
    qint64 frames = 0;
    sf_count_t read = 0;
    while ((read = sf_readf_short(file, buffer.data(), 4096)) > 0)
        frames += read;
    sf_close(file);
    return {frames, info.samplerate, info.channels, info.format & SF_FORMAT_TYPEMASK};
}

QStringList wordsOf(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}']+")), Qt::SkipEmptyParts);
}

} // namespace

class TestTts : public QObject
{
    Q_OBJECT

private slots:
    void voicesAreListed();
    void languageFromText_data();
    void languageFromText();
    void wordsAreTimedInOrder();
    void koreanWordsMapToTheText();
    void rateChangesDuration();
    void writesEveryFormat_data();
    void writesEveryFormat();
    void longTextIsStreamed();
    void cancelLeavesNoFile();
    void unknownVoiceListsVoices();
    void nothingToSpeak();
    void badOutputLeavesNoFile();
    void renditionIsStoredWithTheNote();

private:
    QTemporaryDir m_dir;
    EspeakSynthesizer m_synthesizer;
};

void TestTts::voicesAreListed()
{
    const QList<Voice> voices = m_synthesizer.voices();
    QVERIFY(voices.size() > 50);
    const auto speaks = [&](const QString& language) {
        return std::any_of(
            voices.cbegin(), voices.cend(), [&](const Voice& v) { return v.languages.contains(language); });
    };
    QVERIFY(speaks(QStringLiteral("en")));
    QVERIFY(speaks(QStringLiteral("ko")));
    QCOMPARE(m_synthesizer.voiceFor(QStringLiteral("Korean"), {}).languages.first(), QStringLiteral("ko"));
    QCOMPARE(m_synthesizer.voiceFor(QStringLiteral("en-us"), {}).languages.first(), QStringLiteral("en-us"));
    QCOMPARE(m_synthesizer.sampleRate(), 22050);
}

void TestTts::languageFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << kPangram << "en";
    QTest::newRow("korean") << "회의는 내일 오전 10시입니다."
                            << "ko";
    QTest::newRow("korean with english words") << "내일 meeting 자료를 준비해 주세요"
                                               << "ko";
    QTest::newRow("english with a korean name") << "Please send the minutes to 민수 before Friday."
                                                << "en";
    QTest::newRow("russian") << "Быстрая коричневая лиса"
                             << "ru";
    QTest::newRow("japanese") << "東京で会いましょう"
                              << "ja";
    QTest::newRow("greek") << "Καλημέρα σας"
                           << "el";
    QTest::newRow("digits only") << "2024"
                                 << "en";
}

void TestTts::languageFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(TextLanguage::guess(text), language);
}

void TestTts::wordsAreTimedInOrder()
{
    CountingSink sink;
    QList<SpokenWord> words;
    QList<double> progress;
    const SpeechResult result = m_synthesizer.synthesize(
        kPangram, {}, sink, [&](const SpokenWord& word) { words << word; },
        [&](double fraction) { progress << fraction; }, {});
    QCOMPARE(result.voice.identifier, QStringLiteral("gmw/en"));
    QCOMPARE(result.sampleCount, sink.total);
    // Nine words at 175 words per minute: about three seconds.
    QVERIFY2(result.durationMs() > 1800 && result.durationMs() < 5000,
        qPrintable(QString::number(result.durationMs())));
    QVERIFY(sink.loudest > 3000);

    QStringList spoken;
    for (const SpokenWord& word : words)
        spoken << kPangram.mid(word.position, word.length);
    QCOMPARE(spoken, wordsOf(kPangram));
    for (qsizetype i = 1; i < words.size(); ++i)
        QVERIFY(words[i].startMs > words[i - 1].startMs);
    QVERIFY(words.last().startMs < result.durationMs());
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(progress.last(), 1.0);
}

void TestTts::koreanWordsMapToTheText()
{
    const QString text = QStringLiteral("안녕하세요, 여러분! 회의록을 읽어 드리겠습니다.");
    CountingSink sink;
    QStringList spoken;
    const SpeechResult result = m_synthesizer.synthesize(text, {}, sink,
        [&](const SpokenWord& word) { spoken << text.mid(word.position, word.length); }, {}, {});
    QCOMPARE(result.voice.languages.first(), QStringLiteral("ko"));
    QCOMPARE(spoken, wordsOf(text));
    QVERIFY(result.durationMs() > 1500);
}

void TestTts::rateChangesDuration()
{
    SpeechSettings slow;
    slow.rateWpm = 120;
    SpeechSettings fast;
    fast.rateWpm = 350;
    CountingSink slowSink, fastSink;
    m_synthesizer.synthesize(kPangram, slow, slowSink, {}, {}, {});
    m_synthesizer.synthesize(kPangram, fast, fastSink, {}, {}, {});
    QVERIFY2(fastSink.total * 2 < slowSink.total,
        qPrintable(QStringLiteral("%1 vs %2 samples").arg(fastSink.total).arg(slowSink.total)));

    SpeechSettings quiet;
    quiet.volume = 20;
    CountingSink quietSink, normalSink;
    m_synthesizer.synthesize(kPangram, quiet, quietSink, {}, {}, {});
    m_synthesizer.synthesize(kPangram, {}, normalSink, {}, {}, {});
    QVERIFY(quietSink.loudest * 2 < normalSink.loudest);
}

void TestTts::writesEveryFormat_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<int>("format");
    QTest::newRow("wav") << "wav" << int(SF_FORMAT_WAV);
    QTest::newRow("flac") << "flac" << int(SF_FORMAT_FLAC);
    QTest::newRow("ogg") << "ogg" << int(SF_FORMAT_OGG);
    QTest::newRow("mp3") << "mp3" << int(SF_FORMAT_MPEG);
}

void TestTts::writesEveryFormat()
{
    QFETCH(QString, extension);
    QFETCH(int, format);
    // Debian 12's libsndfile 1.2 writes all four; an older one fails here rather than skipping.
    QVERIFY2(SoundFileWriter::canWrite(SoundFileWriter::formatForPath(QStringLiteral("x.") + extension)),
        "this libsndfile cannot write the format");
    const QString path = m_dir.filePath(QStringLiteral("pangram.") + extension);
    SpeechResult result;
    {
        SoundFileWriter writer(path, m_synthesizer.sampleRate());
        result = m_synthesizer.synthesize(kPangram, {}, writer, {}, {}, {});
        QVERIFY(!QFileInfo::exists(path)); // nothing in place before commit
        writer.commit();
    }
    const SoundInfo info = readBack(path);
    QCOMPARE(info.format, format);
    QCOMPARE(info.channels, 1);
    QCOMPARE(info.sampleRate, 22050);
    // Lossy encoders pad the start and end by a few frames.
    QVERIFY2(qAbs(info.frames - result.sampleCount) < 3000,
        qPrintable(QStringLiteral("%1 frames read, %2 written").arg(info.frames).arg(result.sampleCount)));
    QCOMPARE(
        QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + u'*'}, QDir::Files | QDir::Hidden).size(),
        1);
}

void TestTts::longTextIsStreamed()
{
    QString chapter;
    for (int i = 0; i < 120; ++i)
        chapter
            += QStringLiteral("Sentence number %1 of the chapter is read aloud without trouble. ").arg(i + 1);
    QVERIFY(chapter.size() > 5000); // several chunks of text
    CountingSink sink;
    QList<SpokenWord> words;
    const SpeechResult result
        = m_synthesizer.synthesize(chapter, {}, sink, [&](const SpokenWord& word) { words << word; }, {}, {});
    // espeak-ng reports some short words with the one before ("of the"):
    // still, every word of the text is in exactly one reported range.
    QStringList spoken;
    for (const SpokenWord& word : words)
        spoken << wordsOf(chapter.mid(word.position, word.length));
    QCOMPARE(spoken, wordsOf(chapter));
    QVERIFY(words.size() > wordsOf(chapter).size() * 9 / 10);
    for (qsizetype i = 1; i < words.size(); ++i) {
        QVERIFY(words[i].position > words[i - 1].position);
        QVERIFY2(words[i].startMs > words[i - 1].startMs, qPrintable(QString::number(i)));
    }
    QCOMPARE(chapter.mid(words.last().position, words.last().length), QStringLiteral("trouble"));
    QVERIFY(words.last().startMs < result.durationMs());
    // Audio arrives in small pieces, never as the whole chapter at once.
    QVERIFY2(sink.largest <= result.sampleRate / 2, qPrintable(QString::number(sink.largest)));
    QVERIFY(result.durationMs() > 120'000);
}

void TestTts::cancelLeavesNoFile()
{
    QString chapter;
    for (int i = 0; i < 50; ++i)
        chapter += QStringLiteral("This sentence is long enough to be stopped half way. ");
    const QString path = m_dir.filePath(QStringLiteral("cancelled.ogg"));
    Cancellation cancel;
    qint64 words = 0;
    try {
        SoundFileWriter writer(path, m_synthesizer.sampleRate());
        m_synthesizer.synthesize(
            chapter, {}, writer,
            [&](const SpokenWord&) {
                if (++words == 20)
                    cancel.request();
            },
            {}, cancel);
        QFAIL("the synthesis must stop");
    } catch (const Cancelled&) {
    }
    QVERIFY(words >= 20 && words < 100);
    QVERIFY(
        QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden).isEmpty());

    // The espeak thread is free again afterwards.
    CountingSink sink;
    QVERIFY(m_synthesizer.synthesize(kPangram, {}, sink, {}, {}, {}).sampleCount > 0);
}

void TestTts::unknownVoiceListsVoices()
{
    SpeechSettings settings;
    settings.voice = QStringLiteral("xx-nowhere");
    CountingSink sink;
    try {
        m_synthesizer.synthesize(kPangram, settings, sink, {}, {}, {});
        QFAIL("an unknown voice must fail");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"xx-nowhere") && error.message().contains(u"ko")
                && error.message().contains(u"en-us"),
            qPrintable(error.message()));
    }
    QCOMPARE(sink.total, 0);
}

void TestTts::nothingToSpeak()
{
    CountingSink sink;
    for (const QString& text : {QString(), QStringLiteral("   "), QStringLiteral("... !!! --- ***")}) {
        try {
            m_synthesizer.synthesize(text, {}, sink, {}, {}, {});
            QFAIL("text without letters must fail");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(u"nothing to speak"), qPrintable(error.message()));
        }
    }
}

void TestTts::badOutputLeavesNoFile()
{
    const QString folder = test::unwritableFolder(m_dir.path());
    const QString target = QDir(folder).filePath(QStringLiteral("out.wav"));
    try {
        SoundFileWriter writer(target, 22050);
        QFAIL("an unwritable folder must fail");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(target), qPrintable(error.message()));
    }
    QVERIFY(!QFileInfo::exists(target));

    try {
        SoundFileWriter writer(m_dir.filePath(QStringLiteral("speech.aiff")), 22050);
        QFAIL("an unknown extension must fail");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u".wav") && error.message().contains(u".ogg"),
            qPrintable(error.message()));
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("speech.aiff"))));

    // A rendition that fails half way leaves an existing file as it was.
    const QString existing = m_dir.filePath(QStringLiteral("existing.wav"));
    QFile(existing).open(QIODevice::WriteOnly);
    const QByteArray before = test::fileHash(existing);
    SpeechSettings unknown;
    unknown.voice = QStringLiteral("xx-nowhere");
    try {
        SoundFileWriter writer(existing, 22050);
        m_synthesizer.synthesize(kPangram, unknown, writer, {}, {}, {});
    } catch (const Error&) {
    }
    QCOMPARE(test::fileHash(existing), before);
    QCOMPARE(
        QDir(m_dir.path()).entryList({QStringLiteral("existing*")}, QDir::Files | QDir::Hidden).size(), 1);
}

void TestTts::renditionIsStoredWithTheNote()
{
    QTemporaryDir data;
    const auto profile = storage::Profile::open(data.path());
    notes::NoteRepository notes(profile->database());
    const notes::Note note
        = notes.create(QStringLiteral("Shopping"), QStringLiteral("Milk, bread and eggs."));
    SpeechRenditions renditions(profile->database(), profile->blobs());
    QCOMPARE(renditions.textOfNote(note.id), QStringLiteral("Milk, bread and eggs."));

    const QString path = m_dir.filePath(QStringLiteral("shopping.flac"));
    SoundFileWriter writer(path, m_synthesizer.sampleRate());
    m_synthesizer.synthesize(renditions.textOfNote(note.id), {}, writer, {}, {}, {});
    writer.commit();
    const notes::Attachment attachment = renditions.attach(note.id, path);
    QCOMPARE(attachment.kind, QStringLiteral("speech"));
    QCOMPARE(attachment.fileName, QStringLiteral("Shopping.flac"));
    QCOMPARE(attachment.mimeType, QStringLiteral("audio/flac"));
    QCOMPARE(test::fileHash(profile->blobs().pathOf(attachment.blobHash)), test::fileHash(path));
    QCOMPARE(notes.attachments(note.id).size(), 1);

    QVERIFY_THROWS_EXCEPTION(Error, renditions.textOfNote(QStringLiteral("no-such-note")));
    const notes::Note empty = notes.create(QStringLiteral("Only a title"), QString());
    QCOMPARE(renditions.textOfNote(empty.id), QStringLiteral("Only a title"));
}

QTEST_GUILESS_MAIN(TestTts)
#include "tst_tts.moc"
