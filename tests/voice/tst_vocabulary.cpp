// The user's own words: pronunciations (CMU dictionary, espeak-ng mapped to
// CMU phones), the checks on what may be added, the stored list, the
// `voxnote vocab` verb, and real recognition of a word the model lacks.

#include "TestSupport.h"

#include "Error.h"
#include "pipelines/MediaImport.h"
#include "settings/Settings.h"
#include "speech/EspeakToCmu.h"
#include "speech/PocketSphinxEngine.h"
#include "speech/Transcriber.h"
#include "speech/Vocabulary.h"
#include "speech/WordErrorRate.h"
#include "speech/WordPronouncer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;
using namespace voxnote::speech;

namespace {

const QString kLibrivox = QStringLiteral("/usr/share/pocketsphinx/test/data/librivox");

QString dictionaryPath()
{
    return QDir(PocketSphinxEngine::systemModelDir()).filePath(QStringLiteral("cmudict-en-us.dict"));
}

// Every pronunciation the dictionary has for each word of `words`.
QHash<QString, QStringList> dictionaryEntries(const QStringList& words)
{
    QHash<QString, QStringList> entries;
    QFile file(dictionaryPath());
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        QString word = line.section(u' ', 0, 0);
        word = word.left(word.indexOf(u'(') > 0 ? word.indexOf(u'(') : word.size());
        if (words.contains(word))
            entries[word] << line.section(u' ', 1).simplified();
    }
    return entries;
}

QString errorOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mappingDropsMarksAndRefusesForeignSounds();
    void espeakPronunciationsAgreeWithTheDictionary();
    void dictionaryWordsKeepTheirPronunciation();
    void soundsLikeGivesThePronunciation();
    void wordsWithoutLettersAreRefused();
    void wordsEspeakCannotSayAreRefused();
    void tenThousandEntriesStopAtTheLimit();
    void settingsKeepTheVocabulary();
    void cliAddsListsAndRemoves();
    void cliTranscriptionUsesTheVocabulary();
    void decoderRecognisesAWordItLacked();
    void decoderTakesAFullVocabulary();

private:
    QTemporaryDir m_dir;
};

void TestVocabulary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestVocabulary::mappingDropsMarksAndRefusesForeignSounds()
{
    QCOMPARE(EspeakToCmu::map(QStringLiteral("d'aSwUd")).join(u' '), QStringLiteral("D AE SH W UH D"));
    QCOMPARE(EspeakToCmu::map(QStringLiteral("s'ElfIS")).join(u' '), QStringLiteral("S EH L F IH SH"));
    QCOMPARE(EspeakToCmu::map(QStringLiteral("tS'3:tS")).join(u' '), QStringLiteral("CH ER CH"));
    // espeak-ng switches language for a Korean word: no English phones.
    QVERIFY(EspeakToCmu::map(QStringLiteral("(ko)hwe'u-j(en-us)")).isEmpty());
    QVERIFY(EspeakToCmu::isCmuPhone(QStringLiteral("ZH")));
    QVERIFY(!EspeakToCmu::isCmuPhone(QStringLiteral("AX")));
}

void TestVocabulary::espeakPronunciationsAgreeWithTheDictionary()
{
    // Common words of every sound class; their dictionary entries are the
    // answer, espeak-ng's phonemes mapped to CMU phones the guess.
    const QStringList words {QStringLiteral("church"), QStringLiteral("judge"), QStringLiteral("thing"),
        QStringLiteral("this"), QStringLiteral("measure"), QStringLiteral("boy"), QStringLiteral("cow"),
        QStringLiteral("father"), QStringLiteral("bird"), QStringLiteral("sing"), QStringLiteral("yes"),
        QStringLiteral("hello"), QStringLiteral("dashwood"), QStringLiteral("prudently"),
        QStringLiteral("selfish"), QStringLiteral("leisure"), QStringLiteral("hearted"),
        QStringLiteral("garden"), QStringLiteral("window"), QStringLiteral("music"), QStringLiteral("people"),
        QStringLiteral("little"), QStringLiteral("morning"), QStringLiteral("question"),
        QStringLiteral("country"), QStringLiteral("ask"), QStringLiteral("fellow"), QStringLiteral("think"),
        QStringLiteral("computer"), QStringLiteral("telephone"), QStringLiteral("banana"),
        QStringLiteral("kitchen"), QStringLiteral("voice"), QStringLiteral("house"), QStringLiteral("light"),
        QStringLiteral("table"), QStringLiteral("zebra"), QStringLiteral("yellow"), QStringLiteral("friend"),
        QStringLiteral("pleasure"), QStringLiteral("indian"), QStringLiteral("idea"), QStringLiteral("near")};
    const QHash<QString, QStringList> entries = dictionaryEntries(words);
    int exact = 0;
    int phones = 0;
    int phoneErrors = 0;
    QStringList misses;
    for (const QString& word : words) {
        QVERIFY2(entries.contains(word), qPrintable(word));
        const QString guess = WordPronouncer::espeakPhones(word).join(u' ');
        QVERIFY2(!guess.isEmpty(), qPrintable(word));
        int best = std::numeric_limits<int>::max();
        qsizetype length = 0;
        for (const QString& known : entries.value(word)) {
            const QStringList reference = known.split(u' ');
            const int errors = WordErrorRate::errors(reference, guess.split(u' '));
            if (errors < best) {
                best = errors;
                length = reference.size();
            }
        }
        exact += best == 0 ? 1 : 0;
        phones += int(length);
        phoneErrors += best;
        if (best > 0)
            misses << word + u": " + guess + u" / " + entries.value(word).join(QStringLiteral(" | "));
    }
    const double exactShare = double(exact) / double(words.size());
    const double phoneErrorRate = double(phoneErrors) / double(phones);
    qInfo("espeak-ng → CMU: %d of %lld words exactly as the dictionary has them (%.0f %%), phone error rate "
          "%.1f %%",
        exact, static_cast<long long>(words.size()), 100.0 * exactShare, 100.0 * phoneErrorRate);
    for (const QString& miss : std::as_const(misses))
        qInfo("  %s", qPrintable(miss));
    // A broken table (a vowel mapped wrong) costs several words at once.
    QVERIFY2(exactShare >= 0.85, qPrintable(misses.join(u'\n')));
    QVERIFY2(phoneErrorRate <= 0.05, qPrintable(misses.join(u'\n')));
}

void TestVocabulary::dictionaryWordsKeepTheirPronunciation()
{
    const WordPronouncer pronouncer;
    QCOMPARE(pronouncer.phonesFor(QStringLiteral("Dashwood")), QStringLiteral("D AE SH W UH D"));
    QCOMPARE(pronouncer.dictionaryPhones(QStringLiteral("LEISURE")).value_or(QString()),
        QStringLiteral("L EH ZH ER"));
    QVERIFY(!pronouncer.dictionaryPhones(QStringLiteral("Voxnote")).has_value());
    // Not in the dictionary: espeak-ng's guess.
    QCOMPARE(pronouncer.phonesFor(QStringLiteral("Voxnote")), QStringLiteral("V AA K S N OW T"));
}

void TestVocabulary::soundsLikeGivesThePronunciation()
{
    const WordPronouncer pronouncer;
    const QString shiv = pronouncer.phonesFor(QStringLiteral("shiv"));
    const QString on = pronouncer.phonesFor(QStringLiteral("on"));
    QCOMPARE(pronouncer.phonesFor(QStringLiteral("Siobhan"), QStringLiteral("shiv on")), shiv + u' ' + on);
    // CMU phones are taken as they are.
    QCOMPARE(pronouncer.phonesFor(QStringLiteral("Siobhan"), QStringLiteral("SH IH V AO N")),
        QStringLiteral("SH IH V AO N"));
    Vocabulary vocabulary;
    const VocabularyWord entry
        = vocabulary.add(QStringLiteral(" Siobhan "), QStringLiteral("shiv on"), pronouncer);
    QCOMPARE(entry.word, QStringLiteral("Siobhan"));
    QCOMPARE(entry.soundsLike, QStringLiteral("shiv on"));
    // The same spelling again replaces it.
    vocabulary.add(QStringLiteral("siobhan"), QStringLiteral("SH AH V AO N"), pronouncer);
    QCOMPARE(vocabulary.size(), 1);
    QCOMPARE(vocabulary.words().first().phones, QStringLiteral("SH AH V AO N"));
}

void TestVocabulary::wordsWithoutLettersAreRefused()
{
    const WordPronouncer pronouncer;
    Vocabulary vocabulary;
    for (const QString& word :
        {QStringLiteral("1234"), QStringLiteral("!!!"), QString(), QStringLiteral("  ")}) {
        const QString error = errorOf([&] { vocabulary.add(word, {}, pronouncer); });
        QVERIFY2(error.contains(u"has no letters"), qPrintable(word + u": " + error));
    }
    QVERIFY(errorOf([&] { vocabulary.add(QStringLiteral("New York"), {}, pronouncer); }).contains(u"space"));
    QVERIFY(errorOf([&] { vocabulary.add(QStringLiteral("been(2)"), {}, pronouncer); }).contains(u"bracket"));
    QVERIFY(errorOf([&] { vocabulary.add(QString(60, u'a'), {}, pronouncer); }).contains(u"longer than 48"));
    QVERIFY(vocabulary.isEmpty());
}

void TestVocabulary::wordsEspeakCannotSayAreRefused()
{
    const WordPronouncer pronouncer;
    Vocabulary vocabulary;
    // espeak-ng reads Hangul only in its Korean voice, and Han characters as
    // "Chinese letter": neither is how the word sounds in English.
    for (const QString& word : {QStringLiteral("회의"), QStringLiteral("北京")}) {
        const QString error = errorOf([&] { vocabulary.add(word, {}, pronouncer); });
        QVERIFY2(error.contains(u"cannot tell how"), qPrintable(error));
    }
    QVERIFY(vocabulary.isEmpty());
    // With what it sounds like, it can be added.
    const VocabularyWord entry
        = vocabulary.add(QStringLiteral("회의"), QStringLiteral("hway ee"), pronouncer);
    QVERIFY(!entry.phones.isEmpty());
    const QString error
        = errorOf([&] { vocabulary.add(QStringLiteral("Seoul"), QStringLiteral("서울"), pronouncer); });
    QVERIFY2(error.contains(u"cannot tell how “서울” sounds"), qPrintable(error));
    QCOMPARE(vocabulary.size(), 1);

    // Without espeak-ng on the PATH, a word the dictionary lacks names the package.
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", m_dir.path().toUtf8());
    const QString missing = errorOf([&] { vocabulary.add(QStringLiteral("Voxnote"), {}, pronouncer); });
    const QString known = errorOf([&] { vocabulary.add(QStringLiteral("leisure"), {}, pronouncer); });
    qputenv("PATH", path);
    QVERIFY2(missing.contains(u"install the espeak-ng package"), qPrintable(missing));
    QVERIFY2(known.isEmpty(), qPrintable(known));
}

void TestVocabulary::tenThousandEntriesStopAtTheLimit()
{
    Vocabulary vocabulary;
    int refused = 0;
    QString lastError;
    for (int i = 0; i < 10000; ++i) {
        try {
            vocabulary.put({QStringLiteral("Name%1x").arg(i), {}, QStringLiteral("N EY M")});
        } catch (const Error& error) {
            ++refused;
            lastError = error.message();
        }
    }
    QCOMPARE(vocabulary.size(), Vocabulary::kMaxWords);
    QCOMPARE(refused, 10000 - Vocabulary::kMaxWords);
    QVERIFY2(lastError.contains(u"already holds 5000 words"), qPrintable(lastError));
    // Replacing an entry of a full vocabulary still works.
    vocabulary.put({QStringLiteral("name0X"), {}, QStringLiteral("N AA M")});
    QCOMPARE(vocabulary.words().first().phones, QStringLiteral("N AA M"));
    const Vocabulary copy = Vocabulary::fromJson(vocabulary.toJson());
    QCOMPARE(copy.words(), vocabulary.words());
}

void TestVocabulary::settingsKeepTheVocabulary()
{
    settings::Settings settings;
    QSignalSpy changed(&settings, &settings::Settings::changed);
    Vocabulary vocabulary;
    vocabulary.put(
        {QStringLiteral("Dashwood"), QStringLiteral("dash wood"), QStringLiteral("D AE SH W UH D")});
    settings.setVocabulary(vocabulary);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("speech/vocabulary"));
    QCOMPARE(settings::Settings().vocabulary().words(), vocabulary.words());
    QCOMPARE(settings.mediaDefaults().vocabulary, vocabulary.toJsonArray());
    settings.setVocabulary(Vocabulary());
    QVERIFY(settings.vocabulary().isEmpty());
}

void TestVocabulary::cliAddsListsAndRemoves()
{
    // The CLI keeps its settings in the XDG config folder: a scratch one.
    const QString config = m_dir.filePath(QStringLiteral("config"));
    qputenv("XDG_CONFIG_HOME", config.toUtf8());
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const auto run = [&](QStringList args) {
        args << QStringLiteral("--data-dir") << data;
        return test::runVoxnote(args);
    };
    auto result = run({QStringLiteral("vocab"), QStringLiteral("add"), QStringLiteral("Siobhan"),
        QStringLiteral("--sounds-like"), QStringLiteral("shiv on")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"Added “Siobhan”"), qPrintable(result.out + result.err));
    result = run({QStringLiteral("vocab"), QStringLiteral("add"), QStringLiteral("Voxnote")});
    QCOMPARE(result.exitCode, 0);
    result = run({QStringLiteral("vocab"), QStringLiteral("add"), QStringLiteral("2024")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"“2024” has no letters"), qPrintable(result.err));
    result = run({QStringLiteral("vocab"), QStringLiteral("add"), QStringLiteral("회의")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"cannot tell how “회의” sounds"), qPrintable(result.err));
    result = run({QStringLiteral("vocab"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(
        result.out.contains(u"Siobhan") && result.out.contains(u"Voxnote") && !result.out.contains(u"2024"),
        qPrintable(result.out));
    result = run({QStringLiteral("vocab"), QStringLiteral("remove"), QStringLiteral("siobhan")});
    QCOMPARE(result.exitCode, 0);
    result = run({QStringLiteral("vocab"), QStringLiteral("remove"), QStringLiteral("Siobhan")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"not in your vocabulary"), qPrintable(result.err));
    result = run({QStringLiteral("--json"), QStringLiteral("vocab"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"\"Voxnote\"") && !result.out.contains(u"Siobhan"), qPrintable(result.out));
    result = run({QStringLiteral("vocab"), QStringLiteral("sing")});
    QCOMPARE(result.exitCode, 2);
    qunsetenv("XDG_CONFIG_HOME");
}

void TestVocabulary::cliTranscriptionUsesTheVocabulary()
{
    // A made-up spelling that sounds like the surname in the clip: it can
    // only appear if the word went from the settings through the job (or
    // the direct request) to the decoder in the engine worker.
    const QString config = m_dir.filePath(QStringLiteral("config-transcribe"));
    qputenv("XDG_CONFIG_HOME", config.toUtf8());
    const QString data = m_dir.filePath(QStringLiteral("data-transcribe"));
    const QString clip = kLibrivox + u"/sense_and_sensibility_01_austen_64kb-0870.wav";
    auto result
        = test::runVoxnote({QStringLiteral("vocab"), QStringLiteral("add"), QStringLiteral("Dashwoodian"),
            QStringLiteral("--sounds-like"), QStringLiteral("dashwood"), QStringLiteral("--data-dir"), data});
    QCOMPARE(result.exitCode, 0);
    for (const bool save : {true, false}) {
        QStringList args {QStringLiteral("transcribe"), clip, QStringLiteral("--data-dir"), data};
        if (!save)
            args << QStringLiteral("--no-save");
        result = test::runVoxnote(args);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"Dashwoodian"), qPrintable(result.out + result.err));
    }
    result = test::runVoxnote({QStringLiteral("vocab"), QStringLiteral("remove"),
        QStringLiteral("Dashwoodian"), QStringLiteral("--data-dir"), data});
    QCOMPARE(result.exitCode, 0);
    result = test::runVoxnote({QStringLiteral("transcribe"), clip, QStringLiteral("--no-save"),
        QStringLiteral("--data-dir"), data});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.out.contains(u"Dashwoodian"), qPrintable(result.out));
    qunsetenv("XDG_CONFIG_HOME");
}

void TestVocabulary::decoderRecognisesAWordItLacked()
{
    // A model whose dictionary lacks "dashwood": the name cannot be heard.
    const QString model = m_dir.filePath(QStringLiteral("model"));
    QVERIFY(QDir().mkpath(model));
    const QDir system(PocketSphinxEngine::systemModelDir());
    QVERIFY(QFile::link(system.filePath(QStringLiteral("en-us")), model + u"/en-us"));
    QVERIFY(QFile::link(system.filePath(QStringLiteral("en-us.lm.bin")), model + u"/en-us.lm.bin"));
    QFile in(dictionaryPath());
    QFile out(model + u"/cmudict-en-us.dict");
    QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (!line.startsWith("dashwood "))
            out.write(line);
    }
    out.close();
    const QString clip = kLibrivox + u"/sense_and_sensibility_01_austen_64kb-0870.wav";
    Transcriber transcriber(std::make_shared<PocketSphinxEngine>(model));
    TranscriptionOptions options;
    options.diarize = false;
    const QStringList without = WordErrorRate::normalizedWords(
        transcriber.transcribe(clip, options, {}, Cancellation()).plainText());
    QVERIFY2(!without.contains(u"dashwood"), qPrintable(without.join(u' ')));

    // Its pronunciation from espeak-ng, as for any name the dictionary lacks.
    const QString phones = WordPronouncer::espeakPhones(QStringLiteral("Dashwood")).join(u' ');
    options.vocabulary = {{QStringLiteral("Dashwood"), {}, phones}};
    const QString with = transcriber.transcribe(clip, options, {}, Cancellation()).plainText();
    QVERIFY2(with.contains(u"Dashwood"), qPrintable(with));
    // The same decoders, the word taken away again: they are replaced.
    options.vocabulary.clear();
    const QString again = transcriber.transcribe(clip, options, {}, Cancellation()).plainText();
    QVERIFY2(!again.contains(u"Dashwood"), qPrintable(again));
}

void TestVocabulary::decoderTakesAFullVocabulary()
{
    TranscriptionOptions options;
    options.diarize = false;
    for (int i = 0; i < Vocabulary::kMaxWords; ++i) {
        // Unlike any word of the recording, so the transcript stays the same.
        options.vocabulary.append({QStringLiteral("Zyx%1q").arg(i), {}, QStringLiteral("ZH OY ZH OY")});
    }
    // Known spellings and malformed phones are passed over, not fatal.
    options.vocabulary.append({QStringLiteral("country"), {}, QStringLiteral("K AH N T R IY")});
    options.vocabulary.append({QStringLiteral("Broken"), {}, QStringLiteral("B R OW K AX N")});
    Transcriber transcriber(std::make_shared<PocketSphinxEngine>());
    const QString text
        = transcriber
              .transcribe(test::testData(QStringLiteral("speech/jfk.flac")), options, {}, Cancellation())
              .plainText();
    QVERIFY2(text.contains(u"country"), qPrintable(text));
    QVERIFY2(!text.contains(u"Zyx"), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
