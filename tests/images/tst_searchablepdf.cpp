// Searchable PDF export: real tesseract reads real pages, the PDF is opened
// again with poppler, and its text layer must give back the recognised
// words — English and Korean, one page or several, turned pages included —
// over the page's own picture. Broken cases name what is wrong.

#include "ImageFixtures.h"
#include "TestSupport.h"

#include "Error.h"
#include "ocr/DocumentRecognizer.h"
#include "ocr/ImageDocument.h"
#include "ocr/OcrExporter.h"
#include "ocr/SearchablePdf.h"
#include "ocr/TessData.h"

#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

#include <functional>
#include <memory>

using namespace voxnote;
using namespace voxnote::ocr;

namespace {

/// The words of `text`, whitespace and case put aside.
QStringList wordsOf(const QString& text)
{
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    return text.toLower().split(kSpace, Qt::SkipEmptyParts);
}

std::unique_ptr<Poppler::Document> openPdf(const QByteArray& pdf)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (document && document->isLocked())
        return {};
    return document;
}

QString pdfPageText(const Poppler::Document& document, int page)
{
    const std::unique_ptr<Poppler::Page> pdfPage = document.page(page);
    return pdfPage ? pdfPage->text(QRectF()) : QString();
}

/// A one-page PDF at 300 dpi, typed in 14-point DejaVu Sans by `draw`.
void writePdf(const QString& path, const std::function<void(QPainter&)>& draw)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(14);
    painter.setFont(font);
    draw(painter);
}

/// The share of dark pixels, to tell a picture of a page from a blank one.
double inkShare(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 dark = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            dark += row[x] < 128 ? 1 : 0;
    }
    return double(dark) / (qint64(gray.width()) * gray.height());
}

} // namespace

class TestSearchablePdf : public QObject
{
    Q_OBJECT

private:
    RecognizedDocument read(const QString& path, const QString& languages = QStringLiteral("eng"))
    {
        OcrSettings settings;
        settings.languages = languages;
        const ImageDocument document = ImageDocument::open(path);
        return {document.displayName(), QString(), m_recognizer.recognize(document, settings, {}, {}), path};
    }

    DocumentRecognizer m_recognizer {2};
    QTemporaryDir m_dir;

private slots:
    void theTextLayerGivesBackTheRecognisedWords()
    {
        const RecognizedDocument document = read(test::testData(QStringLiteral("ocr/phototest.tif")));
        QVERIFY(!document.pages.isEmpty());
        const QByteArray pdf = OcrExporter::render({document}, OcrExporter::Format::Pdf);
        QVERIFY(pdf.startsWith("%PDF-"));

        const std::unique_ptr<Poppler::Document> opened = openPdf(pdf);
        QVERIFY2(opened, "poppler cannot open the PDF");
        QCOMPARE(opened->numPages(), 1);
        // Every word, in reading order: what a reader's search and copy see.
        QCOMPARE(wordsOf(pdfPageText(*opened, 0)), wordsOf(document.pages.first().text));
        QVERIFY(wordsOf(pdfPageText(*opened, 0)).contains(QStringLiteral("quick")));
    }

    void thePageShowsThePictureAtItsSize()
    {
        // A scan that says it is 200 dpi makes a page of its size in inches.
        QImage scan = test::renderText({QStringLiteral("The page as it was scanned")});
        scan.setDotsPerMeterX(qRound(200 / 0.0254));
        scan.setDotsPerMeterY(qRound(200 / 0.0254));
        const QString path = m_dir.filePath(QStringLiteral("scan-200dpi.png"));
        QVERIFY(scan.save(path));
        const std::unique_ptr<Poppler::Document> opened
            = openPdf(OcrExporter::render({read(path)}, OcrExporter::Format::Pdf));
        QVERIFY(opened);
        const std::unique_ptr<Poppler::Page> page = opened->page(0);
        QVERIFY2(qAbs(page->pageSizeF().width() - scan.width() * 72.0 / 200) < 0.5,
            qPrintable(QStringLiteral("%1 pt for %2 px").arg(page->pageSizeF().width()).arg(scan.width())));
        const QImage rendered = page->renderToImage(200, 200);
        QCOMPARE(rendered.size(), scan.size());
        // The invisible text adds no ink: the rendering is the picture.
        QVERIFY2(qAbs(inkShare(rendered) - inkShare(scan)) < 0.002,
            qPrintable(QStringLiteral("ink %1 against %2").arg(inkShare(rendered)).arg(inkShare(scan))));
        QVERIFY(inkShare(scan) > 0.01);

        // A camera's 72 dpi means nothing: the photo is laid out at 300 dpi, not 4 feet wide.
        QImage photo = scan;
        photo.setDotsPerMeterX(qRound(72 / 0.0254));
        photo.setDotsPerMeterY(qRound(72 / 0.0254));
        const QString photoPath = m_dir.filePath(QStringLiteral("camera.jpg"));
        QVERIFY(photo.save(photoPath, "JPEG", 90));
        const std::unique_ptr<Poppler::Document> photoPdf
            = openPdf(OcrExporter::render({read(photoPath)}, OcrExporter::Format::Pdf));
        QVERIFY(photoPdf);
        QVERIFY(qAbs(photoPdf->page(0)->pageSizeF().width() - photo.width() * 72.0 / 300) < 0.5);
    }

    void koreanWordsCanBeFoundInThePdf()
    {
        if (!TessData::installedLanguages().contains(QStringLiteral("kor")))
            QFAIL("tesseract-ocr-kor is part of the package list and must be installed");
        const QString path = m_dir.filePath(QStringLiteral("korean.png"));
        QVERIFY(test::renderText(
            {QStringLiteral("아이들이 공원에서 놀고 있습니다"), QStringLiteral("하늘은 맑고 바람이 붑니다")})
                    .save(path));
        const RecognizedDocument document = read(path, QStringLiteral("kor"));
        QVERIFY(document.pages.first().text.contains(QStringLiteral("공원에서")));
        const std::unique_ptr<Poppler::Document> opened
            = openPdf(OcrExporter::render({document}, OcrExporter::Format::Pdf));
        QVERIFY(opened);
        QCOMPARE(wordsOf(pdfPageText(*opened, 0)), wordsOf(document.pages.first().text));
    }

    void turnedAndSeveralPagesKeepTheirOrderAndShape()
    {
        // A page scanned sideways is recognised upright; its PDF page is upright too.
        const RecognizedDocument turned = read(test::testData(QStringLiteral("ocr/phototest-rotated-R.png")));
        QCOMPARE(turned.pages.first().rotation % 180, 90);
        const RecognizedDocument plain = read(test::testData(QStringLiteral("ocr/eurotext.tif")));
        const std::unique_ptr<Poppler::Document> opened
            = openPdf(OcrExporter::render({turned, plain}, OcrExporter::Format::Pdf));
        QVERIFY(opened);
        QCOMPARE(opened->numPages(), 2);
        const QSizeF upright = opened->page(0)->pageSizeF();
        const QSize recognised = turned.pages.first().size;
        QCOMPARE(upright.width() > upright.height(), recognised.width() > recognised.height());
        QCOMPARE(wordsOf(pdfPageText(*opened, 0)), wordsOf(turned.pages.first().text));
        QCOMPARE(wordsOf(pdfPageText(*opened, 1)), wordsOf(plain.pages.first().text));
    }

    void aPhotoIsStoredAsJpegAndAScanLossless()
    {
        const QString path = m_dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(test::renderText({QStringLiteral("A photo of a page")}).save(path, "JPEG", 80));
        const QByteArray pdf = OcrExporter::render({read(path)}, OcrExporter::Format::Pdf);
        QVERIFY(pdf.contains("/Filter /DCTDecode"));
        const QByteArray scanPdf = OcrExporter::render(
            {read(test::testData(QStringLiteral("ocr/phototest.tif")))}, OcrExporter::Format::Pdf);
        QVERIFY(!scanPdf.contains("/Filter /DCTDecode"));
        const std::unique_ptr<Poppler::Document> opened = openPdf(pdf);
        QVERIFY(opened);
        QVERIFY(wordsOf(pdfPageText(*opened, 0)).contains(QStringLiteral("photo")));
    }

    void aMissingImageOrFontIsNamed()
    {
        RecognizedDocument document = read(test::testData(QStringLiteral("ocr/phototest.tif")));
        RecognizedDocument pasted = document;
        pasted.fileName = QStringLiteral("pasted image");
        pasted.sourcePath.clear();
        try {
            OcrExporter::render({pasted}, OcrExporter::Format::Pdf);
            QFAIL("a document without its image made a PDF");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(QStringLiteral("pasted image")), qPrintable(error.message()));
        }

        const QByteArray before = qgetenv("TESSDATA_PREFIX");
        qputenv("TESSDATA_PREFIX", m_dir.path().toUtf8());
        try {
            OcrExporter::render({document}, OcrExporter::Format::Pdf);
            qputenv("TESSDATA_PREFIX", before);
            QFAIL("a PDF was made without the glyphless font");
        } catch (const Error& error) {
            qputenv("TESSDATA_PREFIX", before);
            QVERIFY2(error.message().contains(QStringLiteral("libtesseract5")), qPrintable(error.message()));
        }
        if (before.isEmpty())
            qunsetenv("TESSDATA_PREFIX");
        QVERIFY_THROWS_EXCEPTION(Error, SearchablePdf(TessData::glyphlessFont()).finish());
    }

    void aPdfsOwnTextIsUsedInsteadOfRecognisingIt()
    {
        // A searchable PDF made here has a text layer: read again, it gives
        // the same words without tesseract, and says where they came from.
        const RecognizedDocument scanned = read(test::testData(QStringLiteral("ocr/phototest.tif")));
        const QString searchable = m_dir.filePath(QStringLiteral("searchable.pdf"));
        OcrExporter::save(searchable, OcrExporter::render({scanned}, OcrExporter::Format::Pdf));
        const RecognizedDocument again = read(searchable);
        QCOMPARE(again.pages.size(), 1);
        QVERIFY(again.pages.first().fromTextLayer());
        QCOMPARE(wordsOf(again.pages.first().text), wordsOf(scanned.pages.first().text));
        QCOMPARE(again.pages.first().words.size(), scanned.pages.first().words.size());
        QVERIFY(again.pages.first().warning.isEmpty());

        // A PDF typed on a computer: its text, lines and paragraphs as typed.
        const QString typed = m_dir.filePath(QStringLiteral("typed.pdf"));
        writePdf(typed, [](QPainter& painter) {
            painter.drawText(200, 300, QStringLiteral("Minutes of the garden club"));
            painter.drawText(200, 400, QStringLiteral("Bring your own seeds."));
            painter.drawText(200, 800, QStringLiteral("회의는 화요일에 열립니다"));
        });
        const RecognizedDocument typedPages = read(typed);
        QVERIFY(typedPages.pages.first().fromTextLayer());
        QCOMPARE(typedPages.pages.first().text,
            QStringLiteral("Minutes of the garden club\nBring your own seeds.\n\n회의는 화요일에 열립니다"));
    }

    void aPdfOfPicturesOfTextIsRecognised()
    {
        // A heading typed, the body a picture of text: the text layer does
        // not cover the page's ink, so the page is read by tesseract.
        const QString mixed = m_dir.filePath(QStringLiteral("mixed.pdf"));
        writePdf(mixed, [](QPainter& painter) {
            painter.drawText(200, 300, QStringLiteral("Scanned letter"));
            painter.drawImage(QPoint(200, 400),
                test::renderText({QStringLiteral("Dear neighbours, the street party"),
                    QStringLiteral("is on Saturday from noon until six."),
                    QStringLiteral("Please bring a chair and a dish to share.")}));
        });
        const RecognizedDocument document = read(mixed);
        QVERIFY(!document.pages.first().fromTextLayer());
        QVERIFY2(document.pages.first().text.contains(QStringLiteral("street party")),
            qPrintable(document.pages.first().text));
    }

    void anEmptyPageMakesAPageWithoutText()
    {
        const QString path = m_dir.filePath(QStringLiteral("blank.png"));
        QImage blank(800, 600, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(blank.save(path));
        const RecognizedDocument document = read(path);
        QVERIFY(document.pages.first().words.isEmpty());
        const std::unique_ptr<Poppler::Document> opened
            = openPdf(OcrExporter::render({document}, OcrExporter::Format::Pdf));
        QVERIFY(opened);
        QCOMPARE(opened->numPages(), 1);
        QVERIFY(pdfPageText(*opened, 0).trimmed().isEmpty());
    }
};

QTEST_MAIN(TestSearchablePdf)
#include "tst_searchablepdf.moc"
