// Importing images as notes: the note, the attachment, the recognised pages
// (logged for sync), nothing at all when recognition fails, and the TXT,
// JSON and hOCR exports.

#include "ImageFixtures.h"
#include "TestSupport.h"

#include "Error.h"
#include "ocr/DocumentRecognizer.h"
#include "ocr/ImageDocument.h"
#include "ocr/ImageImporter.h"
#include "ocr/OcrExporter.h"
#include "ocr/OcrRepository.h"
#include "storage/Profile.h"

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
    void pastedImageIsStoredAsPng();
    void failedRecognitionWritesNothing();
    void cancelledImportWritesNothing();
    void reimportReplacesPages();
    void unreadPartIsStoredAndExported();
    void exportsText();
    void exportsJson();
    void exportsHocr();
    void exportToBadPathLeavesNoFile();

private:
    QList<RecognizedDocument> scriptedDocuments();

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

void TestOcrStorage::importStoresNoteAttachmentAndPages()
{
    DocumentRecognizer tesseract(1);
    ImageImporter importer(*m_profile, tesseract);
    const QString path = test::testData(QStringLiteral("ocr/phototest.tif"));
    const ImportedImage imported = importer.import(ImageDocument::open(path), {}, {}, {});

    QCOMPARE(imported.note.title, QStringLiteral("phototest"));
    QCOMPARE(imported.attachment.kind, QStringLiteral("image"));
    QCOMPARE(imported.attachment.mimeType, QStringLiteral("image/tiff"));
    QCOMPARE(imported.attachment.byteSize, QFileInfo(path).size());
    QCOMPARE(test::fileHash(m_profile->blobs().pathOf(imported.attachment.blobHash)), test::fileHash(path));
    QCOMPARE(imported.document.noteId, imported.note.id);

    const QList<OcrPage> stored = OcrRepository(m_profile->database()).pages(imported.attachment.id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].text, imported.document.pages[0].text);
    QVERIFY(stored[0].text.startsWith(u"This is a lot of 12 point text"));
    QCOMPARE(stored[0].words.size(), imported.document.pages[0].words.size());
    QCOMPARE(stored[0].words.last().box, imported.document.pages[0].words.last().box);
    QCOMPARE(stored[0].size, QSize(640, 480));
    QVERIFY(stored[0].engine.startsWith(u"tesseract"));
    QVERIFY(qAbs(stored[0].meanConfidence - imported.document.pages[0].meanConfidence) < 1e-9);
    QCOMPARE(OcrRepository(m_profile->database()).textOfNote(imported.note.id), stored[0].text);

    // Every stored column went through the change log, for sync.
    QVERIFY(count(*m_profile, "SELECT count(*) FROM changes WHERE tbl = 'ocr_pages' AND col = 'text'") == 1);
}

void TestOcrStorage::pastedImageIsStoredAsPng()
{
    ImageImporter importer(*m_profile, m_scripted);
    const QImage image(test::testData(QStringLiteral("ocr/phototest.tif")));
    const ImportedImage imported
        = importer.import(ImageDocument::fromImage(image, QStringLiteral("Pasted image"), {}), {}, {}, {});
    QCOMPARE(imported.attachment.fileName, QStringLiteral("Pasted image.png"));
    QCOMPARE(imported.attachment.mimeType, QStringLiteral("image/png"));
    QCOMPARE(QImage(m_profile->blobs().pathOf(imported.attachment.blobHash)).size(), image.size());
    QCOMPARE(OcrRepository(m_profile->database()).pages(imported.attachment.id).size(), 1);
}

void TestOcrStorage::failedRecognitionWritesNothing()
{
    ImageImporter importer(*m_profile, m_scripted);
    const QString unlucky = m_dir->filePath(QStringLiteral("13.png"));
    QImage(13, 13, QImage::Format_Grayscale8).save(unlucky);
    const QString truncated = m_dir->filePath(QStringLiteral("cut.png"));
    QImage(test::testData(QStringLiteral("ocr/eurotext.tif"))).save(truncated);
    test::writeFile(truncated, test::readFile(truncated).left(3000));

    OcrSettings settings;
    settings.preprocess = false;
    for (const QString& path : {unlucky, truncated}) {
        try {
            importer.import(ImageDocument::open(path), settings, {}, {});
            QFAIL("the import must fail");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(QFileInfo(path).fileName()), qPrintable(error.message()));
        }
    }
    QCOMPARE(count(*m_profile, "SELECT count(*) FROM notes"), 0);
    QCOMPARE(count(*m_profile, "SELECT count(*) FROM attachments"), 0);
    QCOMPARE(count(*m_profile, "SELECT count(*) FROM ocr_pages"), 0);
    QCOMPARE(count(*m_profile, "SELECT count(*) FROM changes"), 0);
    QVERIFY(QDir(m_profile->blobs().root()).entryList({QStringLiteral("??")}, QDir::Dirs).isEmpty());
}

void TestOcrStorage::cancelledImportWritesNothing()
{
    ImageImporter importer(*m_profile, m_scripted);
    Cancellation cancel;
    cancel.request();
    QVERIFY_THROWS_EXCEPTION(Cancelled,
        importer.import(
            ImageDocument::open(test::testData(QStringLiteral("ocr/phototest.tif"))), {}, {}, cancel));
    QCOMPARE(count(*m_profile, "SELECT count(*) FROM notes"), 0);
    QCOMPARE(count(*m_profile, "SELECT count(*) FROM ocr_pages"), 0);
}

void TestOcrStorage::reimportReplacesPages()
{
    ImageImporter importer(*m_profile, m_scripted);
    const ImportedImage imported = importer.import(
        ImageDocument::open(test::testData(QStringLiteral("ocr/phototest.tif"))), {}, {}, {});
    OcrRepository repository(m_profile->database());
    OcrPage page = repository.pages(imported.attachment.id)[0];
    page.text = QStringLiteral("corrected");
    repository.save(imported.note.id, imported.attachment.id, {page});
    QCOMPARE(count(*m_profile, "SELECT count(*) FROM ocr_pages"), 1);
    QCOMPARE(repository.pages(imported.attachment.id)[0].text, QStringLiteral("corrected"));
    QCOMPARE(repository.remove(imported.attachment.id), 1);
    QVERIFY(repository.pages(imported.attachment.id).isEmpty());
}

void TestOcrStorage::unreadPartIsStoredAndExported()
{
    // The scripted engine reads two words of a page full of text: the page
    // warns, and the warning stays with the stored result.
    ImageImporter importer(*m_profile, m_scripted);
    const ImportedImage imported = importer.import(
        ImageDocument::open(test::testData(QStringLiteral("ocr/phototest.tif"))), {}, {}, {});
    const OcrPage page = OcrRepository(m_profile->database()).pages(imported.attachment.id).value(0);
    QVERIFY2(
        page.warning.startsWith(u"Part of this page could not be read: lines 1"), qPrintable(page.warning));
    QVERIFY(page.unreadShare > 0.9);
    QVERIFY(!page.unreadRegions.isEmpty());
    QVERIFY(QRect(QPoint(0, 0), page.size).contains(page.unreadRegions[0]));

    const QJsonObject exported = QJsonDocument::fromJson(
        OcrExporter::render(
            {{QStringLiteral("photo.tif"), imported.note.id, {page}}}, OcrExporter::Format::Json))
                                     .object()[u"documents"][0][u"pages"][0]
                                     .toObject();
    QCOMPARE(exported[u"warning"].toString(), page.warning);
    QCOMPARE(exported[u"unreadRegions"].toArray().size(), page.unreadRegions.size());

    // A page without ink has nothing unread.
    QImage blank(400, 300, QImage::Format_Grayscale8);
    blank.fill(255);
    const ImportedImage empty
        = importer.import(ImageDocument::fromImage(blank, QStringLiteral("blank.png"), {}), {}, {}, {});
    const OcrPage clean = OcrRepository(m_profile->database()).pages(empty.attachment.id).value(0);
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
