// The `voxnote ocr`, `speak` and `voices` verbs, run as a person would run
// them: the real binary, no display, bad inputs among good ones.

#include "TestSupport.h"

#include "notes/NoteRepository.h"
#include "ocr/OcrRepository.h"
#include "storage/Profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>
#include <sndfile.h>

using namespace voxnote;
using voxnote::test::runVoxnote;

namespace {

QString scan(const char* name)
{
    return test::testData(QStringLiteral("ocr/") + QLatin1String(name));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

qint64 framesIn(const QString& path)
{
    SF_INFO info {};
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!file)
        return -1;
    sf_close(file);
    return info.frames;
}

} // namespace

class TestImagesCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ocrSavesNotesAndSkipsBadFiles();
    void ocrWithoutSaving();
    void ocrExportsJsonAndHocr();
    void ocrExportsSearchablePdf();
    void ocrMissingLanguage();
    void ocrUsage();
    void ocrUnwritableOutput();
    void speakWritesAudioWithTimings();
    void speakFromFile();
    void speakBadInput();
    void speakFullDiskLeavesNoFile();
    void speakNoteStoresRendition();
    void voices();

private:
    QStringList withData(QStringList arguments) const
    {
        return arguments << QStringLiteral("--data-dir") << m_data;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
};

void TestImagesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = m_dir->filePath(QStringLiteral("data"));
}

void TestImagesCli::ocrSavesNotesAndSkipsBadFiles()
{
    const QString notAnImage = m_dir->filePath(QStringLiteral("notes.jpg"));
    QFile file(notAnImage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Meeting at ten.\n");
    file.close();

    const auto result = runVoxnote(withData({QStringLiteral("ocr"), scan("phototest-rotated-180.png"),
        notAnImage, m_dir->filePath(QStringLiteral("missing.png")), scan("phototest.tif")}));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out.count(u"The quick brown dog jumped over the"), 2);
    QVERIFY2(result.err.contains(u"notes.jpg is not an image Voxnote can read"), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"missing.png does not exist"), qPrintable(result.err));
    QCOMPARE(result.err.count(u"saved as note"), 2);

    const auto profile = storage::Profile::open(m_data);
    notes::NoteRepository notes(profile->database());
    QCOMPARE(notes.count(), 2);
    QCOMPARE(profile->database().queryInt("SELECT count(*) FROM attachments WHERE kind = 'image'"), 2);
    QCOMPARE(profile->database().queryInt("SELECT count(*) FROM ocr_pages WHERE rotation = 180"), 1);
}

void TestImagesCli::ocrWithoutSaving()
{
    const auto result
        = runVoxnote(withData({QStringLiteral("ocr"), QStringLiteral("--no-save"), scan("eurotext.tif")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"The (quick) [brown] {fox} jumps!"));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_data)); // the profile was not even opened
}

void TestImagesCli::ocrExportsJsonAndHocr()
{
    const QString json = m_dir->filePath(QStringLiteral("out.json"));
    auto result = runVoxnote(withData({QStringLiteral("ocr"), scan("phototest.tif"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), json}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    const QJsonObject document
        = QJsonDocument::fromJson(readAll(json)).object()[u"documents"].toArray()[0].toObject();
    QCOMPARE(document[u"file"].toString(), QStringLiteral("phototest.tif"));
    const QString noteId = document[u"noteId"].toString();
    QVERIFY(!noteId.isEmpty());
    QVERIFY(document[u"pages"].toArray()[0][u"words"].toArray().size() > 50);
    QCOMPARE(ocr::OcrRepository(storage::Profile::open(m_data)->database()).textOfNote(noteId),
        document[u"pages"].toArray()[0][u"text"].toString());

    result = runVoxnote(withData({QStringLiteral("ocr"), QStringLiteral("--no-save"),
        QStringLiteral("--format"), QStringLiteral("hocr"), scan("phototest.tif")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"class='ocr_page'"));
    QVERIFY(result.out.contains(u"class='ocrx_word'"));

    result = runVoxnote(withData({QStringLiteral("--json"), QStringLiteral("ocr"),
        QStringLiteral("--no-save"), scan("phototest.tif")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(result.out.toUtf8()).object().contains(u"documents"));
}

void TestImagesCli::ocrExportsSearchablePdf()
{
    // Saved as notes and straight from the files alike, several images make one PDF.
    for (const bool save : {true, false}) {
        const QString pdf
            = m_dir->filePath(save ? QStringLiteral("saved.pdf") : QStringLiteral("direct.pdf"));
        QStringList arguments {QStringLiteral("ocr"), scan("phototest.tif"),
            scan("phototest-rotated-180.png"), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("-o"), pdf};
        if (!save)
            arguments << QStringLiteral("--no-save");
        const auto result = runVoxnote(withData(arguments));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.isEmpty());
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(readAll(pdf));
        QVERIFY2(document, qPrintable(pdf));
        QCOMPARE(document->numPages(), 2);
        for (int page = 0; page < 2; ++page) {
            QVERIFY2(document->page(page)->text(QRectF()).contains(u"quick brown dog"),
                qPrintable(document->page(page)->text(QRectF())));
        }
    }

    // A PDF does not go to the terminal.
    const auto result = runVoxnote(withData({QStringLiteral("ocr"), QStringLiteral("--no-save"),
        QStringLiteral("--format"), QStringLiteral("pdf"), scan("phototest.tif")}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"-o FILE.pdf"), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestImagesCli::ocrMissingLanguage()
{
    const auto result = runVoxnote(withData({QStringLiteral("ocr"), QStringLiteral("--lang"),
        QStringLiteral("eng+chi_sim"), scan("eurotext.tif")}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"tesseract-ocr-chi-sim"), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestImagesCli::ocrUsage()
{
    auto result = runVoxnote(withData({QStringLiteral("ocr")}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"voxnote ocr --help"));
    result = runVoxnote(withData(
        {QStringLiteral("ocr"), QStringLiteral("--format"), QStringLiteral("docx"), scan("phototest.tif")}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"txt, json, hocr or pdf"), qPrintable(result.err));
}

void TestImagesCli::ocrUnwritableOutput()
{
    const QString target = QDir(test::unwritableFolder(m_dir->path())).filePath(QStringLiteral("out.txt"));
    const auto result = runVoxnote(withData({QStringLiteral("ocr"), QStringLiteral("--no-save"),
        scan("phototest.tif"), QStringLiteral("-o"), target}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(target), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(target));
}

void TestImagesCli::speakWritesAudioWithTimings()
{
    const QString out = m_dir->filePath(QStringLiteral("hello.ogg"));
    const auto result = runVoxnote(withData({QStringLiteral("--json"), QStringLiteral("speak"),
        QStringLiteral("--rate"), QStringLiteral("200"), QStringLiteral("Good"), QStringLiteral("morning,"),
        QStringLiteral("everyone."), QStringLiteral("-o"), out}));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(report[u"voice"].toString(), QStringLiteral("gmw/en"));
    const QJsonArray words = report[u"words"].toArray();
    QCOMPARE(words.size(), 3);
    QCOMPARE(words[2][u"text"].toString(), QStringLiteral("everyone"));
    QVERIFY(words[2][u"startMs"].toInteger() > words[1][u"startMs"].toInteger());
    const qint64 frames = framesIn(out);
    QVERIFY(qAbs(frames * 1000 / 22050 - report[u"durationMs"].toInteger()) < 150);
}

void TestImagesCli::speakFromFile()
{
    const QString text = m_dir->filePath(QStringLiteral("korean.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("안녕하세요. 오늘 회의를 시작하겠습니다.");
    file.close();
    const QString out = m_dir->filePath(QStringLiteral("korean.mp3"));
    const auto result = runVoxnote(
        withData({QStringLiteral("speak"), QStringLiteral("-f"), text, QStringLiteral("-o"), out}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"with the voice ko"), qPrintable(result.out));
    QVERIFY(framesIn(out) > 22050);
}

void TestImagesCli::speakBadInput()
{
    const QString out = m_dir->filePath(QStringLiteral("x.wav"));
    auto result = runVoxnote(withData({QStringLiteral("speak"), QStringLiteral("hello"),
        QStringLiteral("--voice"), QStringLiteral("xx-nowhere"), QStringLiteral("-o"), out}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"Installed voices:") && result.err.contains(u"ko"), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(out));

    result = runVoxnote(withData({QStringLiteral("speak"), QStringLiteral("?!"), QStringLiteral("-o"), out}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(u"nothing to speak"));
    QVERIFY(!QFileInfo::exists(out));

    result = runVoxnote(withData({QStringLiteral("speak"), QStringLiteral("hello")}));
    QCOMPARE(result.exitCode, 2);
    result = runVoxnote(withData({QStringLiteral("speak"), QStringLiteral("hello"), QStringLiteral("--rate"),
        QStringLiteral("9000"), QStringLiteral("-o"), out}));
    QCOMPARE(result.exitCode, 2);
    result = runVoxnote(withData({QStringLiteral("speak"), QStringLiteral("hello"), QStringLiteral("-o"),
        m_dir->filePath(QStringLiteral("x.aiff"))}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestImagesCli::speakFullDiskLeavesNoFile()
{
    QString chapter;
    for (int i = 0; i < 40; ++i)
        chapter += QStringLiteral("A long paragraph fills the small disk quickly. ");
    const QString out = m_dir->filePath(QStringLiteral("chapter.wav"));
    const auto result
        = runVoxnote(withData({QStringLiteral("speak"), chapter, QStringLiteral("-o"), out}), 64 * 1024);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"chapter.wav"), qPrintable(result.err));
    QVERIFY(
        QDir(m_dir->path()).entryList({QStringLiteral("chapter*")}, QDir::Files | QDir::Hidden).isEmpty());
}

void TestImagesCli::speakNoteStoresRendition()
{
    auto result
        = runVoxnote(withData({QStringLiteral("--json"), QStringLiteral("ocr"), scan("phototest.tif")}));
    QCOMPARE(result.exitCode, 0);
    const QString noteId = QJsonDocument::fromJson(result.out.toUtf8())
                               .object()[u"documents"]
                               .toArray()[0][u"noteId"]
                               .toString();
    // Photo → text → audio: the note's text is what was recognised.
    result = runVoxnote(
        withData({QStringLiteral("--json"), QStringLiteral("speak"), QStringLiteral("--note"), noteId}));
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QVERIFY(report[u"durationMs"].toInteger() > 10'000);
    QCOMPARE(report[u"words"].toArray()[0][u"text"].toString(), QStringLiteral("This"));

    const auto profile = storage::Profile::open(m_data);
    const QList<notes::Attachment> attachments
        = notes::NoteRepository(profile->database()).attachments(noteId);
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments[1].kind, QStringLiteral("speech"));
    QCOMPARE(attachments[1].id, report[u"attachmentId"].toString());
    QVERIFY(framesIn(profile->blobs().pathOf(attachments[1].blobHash)) > 22050 * 10);
}

void TestImagesCli::voices()
{
    auto result = runVoxnote(withData({QStringLiteral("voices")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"Korean"));
    QVERIFY(result.out.contains(u"gmw/en-US"));
    result = runVoxnote(withData({QStringLiteral("--json"), QStringLiteral("voices"),
        QStringLiteral("--lang"), QStringLiteral("ko")}));
    QCOMPARE(result.exitCode, 0);
    const QJsonArray voices = QJsonDocument::fromJson(result.out.toUtf8()).object()[u"voices"].toArray();
    QCOMPARE(voices.size(), 1);
    QCOMPARE(voices[0][u"languages"].toArray()[0].toString(), QStringLiteral("ko"));
}

QTEST_GUILESS_MAIN(TestImagesCli)
#include "tst_imagescli.moc"
