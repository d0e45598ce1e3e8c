// Storing recognised images: an import through the job queue gives the
// note, the attachment and the recognised pages (logged for sync); stored
// pages can be corrected and removed, keep what could not be read, and
// export to TXT, JSON and hOCR.

#include "ImageFixtures.h"
#include "ImportThroughJobs.h"
#include "TestSupport.h"

#include "Error.h"
#include "notes/NoteRepository.h"
#include "ocr/DocumentRecognizer.h"
#include "ocr/ImageDocument.h"
#include "ocr/OcrExporter.h"
#include "ocr/OcrRepository.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace voxnote;
using namespace voxnote::ocr;

namespace {

/// Two words per page, on two lines; fails on a 13-pixel-wide page.
class ScriptedEngine : public OcrEngine
{
public:
    OcrPage recognize(const QImage& image, const ProgressCallback&, const Cancellation& cancel) override
    {
        cancel.check();
        if (image.width() == 13)
            throw Error(QStringLiteral("the page is unlucky"));
        OcrPage page;
        page.size = image.size();
        page.languages = QStringLiteral("eng");
        page.engine = name();
        page.words = {{QStringLiteral("Fish&"), QRect(10, 10, 50, 20), 91.5, 0, 0, 0},
            {QStringLiteral("<chips>"), QRect(10, 40, 70, 20), 88.0, 0, 0, 1}};
        page.text = QStringLiteral("Fish&\n<chips>");
        page.meanConfidence = 89.75;
        return page;
    }
    QString name() const override { return QStringLiteral("scripted 1"); }
};

qint64 count(storage::Profile& profile, const char* sql)
{
    return profile.database().queryInt(sql);
}

} // namespace

class TestOcrStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importStoresNoteAttachmentAndPages();
    void reimportReplacesPages();
    void unreadPartIsStoredAndExported();
    void exportsText();
    void exportsJson();
    void exportsHocr();
    void exportToBadPathLeavesNoFile();

private:
    QList<RecognizedDocument> scriptedDocuments();
    /// A note holding `document` as an image attachment with the scripted
    /// engine's pages, as the recognition job leaves it.
    std::pair<QString, QString> storeScripted(const ImageDocument& document);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Profile> m_profile;
    DocumentRecognizer m_scripted {2, [](const OcrSettings&) {
                                       return std::make_unique<ScriptedEngine>();
                                   }};
};

void TestOcrStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = storage::Profile::open(m_dir->filePath(QStringLiteral("data")));
}

void TestOcrStorage::cleanup()
{
    m_profile.reset();
    m_dir.reset();
}

std::pair<QString, QString> TestOcrStorage::storeScripted(const ImageDocument& document)
{
    const QList<OcrPage> pages = m_scripted.recognize(document, {}, {}, {});
    storage::Transaction transaction(m_profile->database());
    storage::NoteRepository notes(m_profile->database());
    const storage::Note note = notes.create(document.displayName(), QString());
    const storage::Attachment attachment = notes.attach(note.id, m_profile->blobs().putData("image"),
        QStringLiteral("image"), document.displayName(), document.mimeType(), 5);
    OcrRepository(m_profile->database()).save(note.id, attachment.id, pages);
    transaction.commit();
    return {note.id, attachment.id};
}

void TestOcrStorage::importStoresNoteAttachmentAndPages()
{
    const QString path = test::testData(QStringLiteral("ocr/phototest.tif"));
    const test::FinishedImport imported = test::importThroughJobs(*m_profile, path);

    QCOMPARE(imported.note.title, QStringLiteral("phototest"));
    QCOMPARE(imported.attachment.kind, QStringLiteral("image"));
    QCOMPARE(imported.attachment.mimeType, QStringLiteral("image/tiff"));
    QCOMPARE(imported.attachment.byteSize, QFileInfo(path).size());
    QCOMPARE(test::fileHash(m_profile->blobs().pathOf(imported.attachment.blobHash)), test::fileHash(path));

    const QList<OcrPage> stored = OcrRepository(m_profile->database()).pages(imported.attachment.id);
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored[0].text.startsWith(u"This is a lot of 12 point text"));
    QVERIFY(stored[0].words.size() > 50);
    QCOMPARE(stored[0].size, QSize(640, 480));
    QVERIFY(stored[0].engine.startsWith(u"tesseract"));
    QVERIFY(stored[0].meanConfidence > 80);
    QCOMPARE(OcrRepository(m_profile->database()).textOfNote(imported.note.id), stored[0].text);

    // Every stored column went through the change log, for sync.
    QVERIFY(count(*m_profile, "SELECT count(*) FROM changes WHERE tbl = 'ocr_pages' AND col = 'text'") == 1);
}

void TestOcrStorage::reimportReplacesPages()
{
    const auto [noteId, attachmentId]
        = storeScripted(ImageDocument::open(test::testData(QStringLiteral("ocr/phototest.tif"))));
    OcrRepository repository(m_profile->database());
    OcrPage page = repository.pages(attachmentId)[0];
    page.text = QStringLiteral("corrected");
    repository.save(noteId, attachmentId, {page});
    QCOMPARE(count(*m_profile, "SELECT count(*) FROM ocr_pages"), 1);
    QCOMPARE(repository.pages(attachmentId)[0].text, QStringLiteral("corrected"));
    QCOMPARE(repository.remove(attachmentId), 1);
    QVERIFY(repository.pages(attachmentId).isEmpty());
}

void TestOcrStorage::unreadPartIsStoredAndExported()
{
    // The scripted engine reads two words of a page full of text: the page
    // warns, and the warning stays with the stored result.
    const auto [noteId, attachmentId]
        = storeScripted(ImageDocument::open(test::testData(QStringLiteral("ocr/phototest.tif"))));
    const OcrPage page = OcrRepository(m_profile->database()).pages(attachmentId).value(0);
    QVERIFY2(
        page.warning.startsWith(u"Part of this page could not be read: lines 1"), qPrintable(page.warning));
    QVERIFY(page.unreadShare > 0.9);
    QVERIFY(!page.unreadRegions.isEmpty());
    QVERIFY(QRect(QPoint(0, 0), page.size).contains(page.unreadRegions[0]));

    const QJsonObject exported = QJsonDocument::fromJson(
        OcrExporter::render({{QStringLiteral("photo.tif"), noteId, {page}}}, OcrExporter::Format::Json))
                                     .object()[u"documents"][0][u"pages"][0]
                                     .toObject();
    QCOMPARE(exported[u"warning"].toString(), page.warning);
    QCOMPARE(exported[u"unreadRegions"].toArray().size(), page.unreadRegions.size());

    // A page without ink has nothing unread.
    QImage blank(400, 300, QImage::Format_Grayscale8);
    blank.fill(255);
    const QString emptyAttachment
        = storeScripted(ImageDocument::fromImage(blank, QStringLiteral("blank.png"), {})).second;
    const OcrPage clean = OcrRepository(m_profile->database()).pages(emptyAttachment).value(0);
    QVERIFY(clean.warning.isEmpty());
    QCOMPARE(clean.unreadShare, 0.0);
}

QList<RecognizedDocument> TestOcrStorage::scriptedDocuments()
{
    const QString path = m_dir->filePath(QStringLiteral("two.tif"));
    test::writeMultipageTiff({test::testData(QStringLiteral("ocr/phototest.tif")),
                                 test::testData(QStringLiteral("ocr/eurotext.tif"))},
        path);
    OcrSettings settings;
    settings.preprocess = false; // keep the scripted boxes as they are
    return {{QStringLiteral("two & more.tif"), QStringLiteral("note-1"),
        m_scripted.recognize(ImageDocument::open(path), settings, {}, {})}};
}

void TestOcrStorage::exportsText()
{
    const QByteArray text
        = OcrExporter::render(scriptedDocuments(), OcrExporter::formatFromName(QStringLiteral("txt")));
    QCOMPARE(text, QByteArray("Fish&\n<chips>\n\f\nFish&\n<chips>\n"));
    QVERIFY_THROWS_EXCEPTION(Error, OcrExporter::formatFromName(QStringLiteral("docx")));
}

void TestOcrStorage::exportsJson()
{
    const QJsonObject root
        = QJsonDocument::fromJson(OcrExporter::render(scriptedDocuments(), OcrExporter::Format::Json))
              .object();
    const QJsonArray documents = root[u"documents"].toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents[0][u"noteId"].toString(), QStringLiteral("note-1"));
    const QJsonArray pages = documents[0][u"pages"].toArray();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[1][u"page"].toInt(), 1);
    QCOMPARE(pages[1][u"width"].toInt(), 1024);
    const QJsonObject word = pages[0][u"words"].toArray()[1].toObject();
    QCOMPARE(word[u"text"].toString(), QStringLiteral("<chips>"));
    QCOMPARE(word[u"x"].toInt(), 10);
    QCOMPARE(word[u"line"].toInt(), 1);
    QCOMPARE(word[u"confidence"].toDouble(), 88.0);
}

void TestOcrStorage::exportsHocr()
{
    const QByteArray hocr = OcrExporter::render(scriptedDocuments(), OcrExporter::Format::Hocr);
    QXmlStreamReader xml(hocr);
    QStringList words;
    int pages = 0, lines = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString cls = xml.attributes().value(QStringLiteral("class")).toString();
        pages += cls == u"ocr_page" ? 1 : 0;
        lines += cls == u"ocr_line" ? 1 : 0;
        if (cls == u"ocrx_word") {
            QCOMPARE(xml.attributes().value(QStringLiteral("title")).toString(),
                words.size() % 2 == 0 ? QStringLiteral("bbox 10 10 60 30; x_wconf 92")
                                      : QStringLiteral("bbox 10 40 80 60; x_wconf 88"));
            words << xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(pages, 2);
    QCOMPARE(lines, 4);
    QCOMPARE(words,
        QStringList({QStringLiteral("Fish&"), QStringLiteral("<chips>"), QStringLiteral("Fish&"),
            QStringLiteral("<chips>")}));
    QVERIFY(hocr.contains("image \"two &amp; more.tif\"; bbox 0 0 1024 800; ppageno 1"));
}

void TestOcrStorage::exportToBadPathLeavesNoFile()
{
    const QString folder = test::unwritableFolder(m_dir->path());
    const QString target = QDir(folder).filePath(QStringLiteral("out.txt"));
    try {
        OcrExporter::save(target, "text");
        QFAIL("writing into an unwritable folder must fail");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(target), qPrintable(error.message()));
    }
    QVERIFY(!QFileInfo::exists(target));

    // An existing file is replaced whole.
    const QString existing = m_dir->filePath(QStringLiteral("keep.txt"));
    test::writeFile(existing, "old");
    OcrExporter::save(existing, "new");
    QCOMPARE(test::readFile(existing), QByteArray("new"));
}

QTEST_GUILESS_MAIN(TestOcrStorage)
#include "tst_ocrstorage.moc"
