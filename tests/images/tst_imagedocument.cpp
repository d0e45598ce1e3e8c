// Opening images for OCR: every format, multi-page files, EXIF orientation,
// and a clear sentence for every kind of bad file.

#include "ImageFixtures.h"
#include "TestSupport.h"

#include "Error.h"
#include "ocr/ImageDocument.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;
using voxnote::ocr::ImageDocument;

class TestImageDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryFormat_data();
    void readsEveryFormat();
    void appliesExifOrientation();
    void multipageTiffHasPages();
    void pdfPagesAreRenderedAt300Dpi();
    void pastedImage();
    void badFiles_data();
    void badFiles();
    void fileSizeLimitIsNamed();
    void pixelLimitIsCheckedBeforeDecoding();

private:
    QString expectError(const QString& path, const ImageDocument::Limits& limits = {});

    QTemporaryDir m_dir;
    QImage m_page;
};

void TestImageDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_page = QImage(test::testData(QStringLiteral("ocr/phototest.tif")));
    QCOMPARE(m_page.size(), QSize(640, 480));
}

QString TestImageDocument::expectError(const QString& path, const ImageDocument::Limits& limits)
{
    try {
        const ImageDocument document = ImageDocument::open(path, limits);
        for (int i = 0; i < document.pageCount(); ++i)
            document.page(i);
    } catch (const Error& error) {
        return error.message();
    }
    return QString();
}

void TestImageDocument::readsEveryFormat_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("mime");
    QTest::newRow("png") << "png"
                         << "image/png";
    QTest::newRow("jpeg") << "jpg"
                          << "image/jpeg";
    QTest::newRow("bmp") << "bmp"
                         << "image/bmp";
    QTest::newRow("webp") << "webp"
                          << "image/webp";
    QTest::newRow("tiff") << "tif"
                          << "image/tiff";
    QTest::newRow("gif") << "gif"
                         << "image/gif";
}

void TestImageDocument::readsEveryFormat()
{
    QFETCH(QString, suffix);
    QFETCH(QString, mime);
    const QString path = m_dir.filePath(QStringLiteral("page.") + suffix);
    if (suffix == u"gif")
        QVERIFY(test::writeGif(test::testData(QStringLiteral("ocr/phototest.tif")), path));
    else
        QVERIFY2(m_page.save(path), qPrintable(path));

    const ImageDocument document = ImageDocument::open(path);
    QCOMPARE(document.pageCount(), 1);
    QCOMPARE(document.mimeType(), mime);
    QCOMPARE(document.displayName(), QStringLiteral("page.") + suffix);
    QCOMPARE(document.page(0).size(), m_page.size());
}

void TestImageDocument::appliesExifOrientation()
{
    const QString path = m_dir.filePath(QStringLiteral("sideways.jpg"));
    QImageWriter writer(path);
    writer.setTransformation(QImageIOHandler::TransformationRotate90);
    QVERIFY(writer.write(m_page));
    // Stored 640 × 480 with "rotate 90" in EXIF: shown (and read) 480 × 640.
    QCOMPARE(ImageDocument::open(path).page(0).size(), QSize(480, 640));
}

void TestImageDocument::multipageTiffHasPages()
{
    const QString path = m_dir.filePath(QStringLiteral("pages.tif"));
    QVERIFY(test::writeMultipageTiff({test::testData(QStringLiteral("ocr/phototest.tif")),
                                         test::testData(QStringLiteral("ocr/eurotext.tif")),
                                         test::testData(QStringLiteral("ocr/phototest-rotated-R.png"))},
        path));
    const ImageDocument document = ImageDocument::open(path);
    QCOMPARE(document.pageCount(), 3);
    QCOMPARE(document.page(0).size(), QSize(640, 480));
    QCOMPARE(document.page(1).size(), QSize(1024, 800));
    QCOMPARE(document.page(2).size(), QSize(480, 640));

    ImageDocument::Limits limits;
    limits.maxPages = 2;
    const QString message = expectError(path, limits);
    QVERIFY2(
        message.contains(u"pages.tif") && message.contains(u"3 pages") && message.contains(u"limit of 2"),
        qPrintable(message));
}

void TestImageDocument::pdfPagesAreRenderedAt300Dpi()
{
    const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QSizeF(4, 3), QPageSize::Inch));
        pdf.setPageMargins({});
        QPainter painter(&pdf);
        painter.drawImage(painter.viewport(), m_page);
        pdf.newPage();
        painter.drawImage(painter.viewport(), m_page);
    }
    const ImageDocument document = ImageDocument::open(path);
    QCOMPARE(document.mimeType(), QStringLiteral("application/pdf"));
    QCOMPARE(document.pageCount(), 2);
    const QImage page = document.page(1);
    QVERIFY2(qAbs(page.width() - 1200) <= 2 && qAbs(page.height() - 900) <= 2,
        qPrintable(QStringLiteral("%1x%2").arg(page.width()).arg(page.height())));
}

void TestImageDocument::pastedImage()
{
    const ImageDocument document = ImageDocument::fromImage(m_page, QStringLiteral("Pasted image"), {});
    QVERIFY(document.path().isEmpty());
    QCOMPARE(document.pageCount(), 1);
    QCOMPARE(document.page(0), m_page);
    QVERIFY_THROWS_EXCEPTION(Error, ImageDocument::fromImage(QImage(), QStringLiteral("Pasted image"), {}));
}

void TestImageDocument::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");

    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImage(test::testData(QStringLiteral("ocr/eurotext.tif"))).save(&buffer, "PNG");
    }
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QImage(test::testData(QStringLiteral("ocr/eurotext.tif"))).save(&buffer, "JPG", 60);
    }
    // An 80-megapixel photo (10328 × 7760, as large phone cameras take
    // them): the same JPEG with its frame header declaring that size.
    QByteArray huge = jpeg;
    const qsizetype frame = huge.indexOf(QByteArray("\xFF\xC0", 2));
    huge[frame + 5] = char(7760 >> 8);
    huge[frame + 6] = char(7760 & 0xFF);
    huge[frame + 7] = char(10328 >> 8);
    huge[frame + 8] = char(10328 & 0xFF);
    QTest::newRow("zero bytes") << "empty.png" << QByteArray() << "the file is empty";
    QTest::newRow("truncated jpeg") << "cut.jpg" << jpeg.left(jpeg.size() / 3)
                                    << "not an image Voxnote can read";
    QTest::newRow("80-megapixel photo")
        << "huge.jpg" << huge << "(80.1 megapixels), more than Voxnote's limit of 60.0";
    QTest::newRow("truncated png") << "cut.png" << png.left(png.size() / 2)
                                   << "not an image Voxnote can read";
    QTest::newRow("text named .jpg") << "notes.jpg" << QByteArray("Meeting at ten.\nBring the slides.\n")
                                     << "not in an image format";
    QTest::newRow("decompression bomb")
        << "bomb.png" << test::pngDeclaring(100'000, 100'000) << "100000 × 100000 pixels";
    QTest::newRow("pdf without pages") << "empty.pdf" << test::pdfWithoutPages() << "PDF with no pages";
    QTest::newRow("damaged pdf") << "broken.pdf" << QByteArray("%PDF-1.4\n\x01\x02garbage") << "";
}

void TestImageDocument::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(name);
    test::writeFile(path, content);
    const QString message = expectError(path);
    QVERIFY2(message.contains(name), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestImageDocument::fileSizeLimitIsNamed()
{
    ImageDocument::Limits limits;
    limits.maxFileBytes = 1024;
    const QString message = expectError(test::testData(QStringLiteral("ocr/eurotext.tif")), limits);
    QVERIFY2(message.contains(u"eurotext.tif") && message.contains(u"limit of 0.0 MB"), qPrintable(message));

    QVERIFY(expectError(m_dir.filePath(QStringLiteral("missing.png"))).contains(u"does not exist"));
}

void TestImageDocument::pixelLimitIsCheckedBeforeDecoding()
{
    ImageDocument::Limits limits;
    limits.maxPixelsPerPage = 100'000;
    const QString message = expectError(test::testData(QStringLiteral("ocr/phototest.tif")), limits);
    QVERIFY2(message.contains(u"640 × 480 pixels") && message.contains(u"limit of 0.1 megapixels"),
        qPrintable(message));
}

QTEST_MAIN(TestImageDocument)
#include "tst_imagedocument.moc"
