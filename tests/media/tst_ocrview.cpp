#include "ImportThroughJobs.h"
#include "MediaFixtures.h"
#include "TestSupport.h"

#include "images/OcrImageView.h"
#include "images/OcrView.h"
#include "ocr/DocumentRecognizer.h"
#include "ocr/ImageDocument.h"
#include "ocr/TessData.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <poppler-qt6.h>

using namespace voxnote;
using namespace voxnote::ui;

class TestOcrView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheRecognisedTextAndDrawsTheBoxes();
    void unsureWordsAreTintedAndSayHowSure();
    void recognizeAgainAsksWithTheChosenLanguages();
    void copiesTheText();
    void exportsASearchablePdfAndSaysWhereItWent();
    void anImageWithoutTextSaysSo();
    void screenshots();

private:
    test::FinishedImport import(const QString& path, const QString& languages = QStringLiteral("eng"));
    std::unique_ptr<OcrView> openView(const test::FinishedImport& image);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Profile> m_profile;
    test::FinishedImport m_page;
};

void TestOcrView::initTestCase()
{
    test::useTheme(false);
    m_profile = storage::Profile::open(m_dir.filePath(QStringLiteral("profile")));
    m_page = import(test::testData(QStringLiteral("ocr/phototest.tif")));
}

test::FinishedImport TestOcrView::import(const QString& path, const QString& languages)
{
    pipelines::MediaDefaults defaults;
    defaults.ocrLanguages = languages;
    return test::importThroughJobs(*m_profile, path, defaults);
}

std::unique_ptr<OcrView> TestOcrView::openView(const test::FinishedImport& image)
{
    auto view = std::make_unique<OcrView>(*m_profile);
    view->resize(1000, 620);
    view->show();
    view->open(image.note.id, image.attachment.id);
    return view;
}

void TestOcrView::showsTheRecognisedTextAndDrawsTheBoxes()
{
    auto view = openView(m_page);
    QVERIFY2(view->text().contains(QStringLiteral("12 point text")), qPrintable(view->text()));
    QCOMPARE(view->findChild<QPlainTextEdit*>(QStringLiteral("ocrText"))->toPlainText(), view->text());
    OcrImageView* image = view->imageView();
    QVERIFY(image->words().size() > 20);
    // Each confident word has a blue frame where the scan is white or black.
    const QImage picture = image->grab().toImage();
    const qreal ratio = picture.devicePixelRatio();
    int framed = 0;
    int checked = 0;
    for (int i = 0; i < image->words().size(); ++i) {
        if (image->words()[i].confidence < OcrImageView::kLowConfidence)
            continue;
        const QRectF box = image->wordRect(i);
        QVERIFY(image->rect().contains(box.toRect()));
        const QColor edge
            = picture.pixelColor(QPointF(box.left() * ratio, box.center().y() * ratio).toPoint());
        framed += edge.blue() > edge.red() + 40 ? 1 : 0;
        ++checked;
    }
    QVERIFY(checked > 20);
    QVERIFY2(framed > checked * 8 / 10, qPrintable(QStringLiteral("%1 of %2").arg(framed).arg(checked)));
    QVERIFY(image->wordAt(image->wordRect(3).center()) == 3);
    QCOMPARE(image->wordAt(QPointF(1, 1)), -1);
}

void TestOcrView::unsureWordsAreTintedAndSayHowSure()
{
    OcrImageView view;
    view.resize(400, 200);
    view.show();
    QImage white(400, 200, QImage::Format_RGB32);
    white.fill(Qt::white);
    ocr::OcrPage page;
    page.size = white.size();
    page.words = {{QStringLiteral("sure"), QRect(20, 40, 120, 40), 96, 0, 0, 0},
        {QStringLiteral("murky"), QRect(200, 40, 120, 40), 31, 0, 0, 0}};
    view.setPage(white, page);
    const QImage picture = view.grab().toImage();
    const QColor sure = picture.pixelColor(view.wordRect(0).center().toPoint());
    const QColor unsure = picture.pixelColor(view.wordRect(1).center().toPoint());
    QVERIFY2(unsure.red() > unsure.blue() + 40, qPrintable(unsure.name()));
    QVERIFY2(sure.blue() >= sure.red() && sure.red() > 200, qPrintable(sure.name()));

    const QPoint at = view.wordRect(1).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, view.mapToGlobal(at));
    QCoreApplication::sendEvent(&view, &help);
    QVERIFY2(QToolTip::text().contains(u"31%") && QToolTip::text().contains(u"murky"),
        qPrintable(QToolTip::text()));
    QVERIFY(OcrImageView::describe(page.words[0]).contains(u"96%"));
}

void TestOcrView::recognizeAgainAsksWithTheChosenLanguages()
{
    auto view = openView(m_page);
    auto* languages = view->findChild<QComboBox*>(QStringLiteral("ocrLanguages"));
    QCOMPARE(view->chosenLanguages(), QStringLiteral("eng"));
    const int korean = languages->findData(QStringLiteral("eng+kor"));
    if (ocr::TessData::installedLanguages().contains(QStringLiteral("kor")))
        QVERIFY(korean >= 0);
    if (korean >= 0)
        languages->setCurrentIndex(korean);
    QSignalSpy again(view.get(), &OcrView::recognizeAgainRequested);
    view->findChild<QToolButton*>(QStringLiteral("recognizeAgain"))->click();
    QCOMPARE(again.size(), 1);
    QCOMPARE(again[0][0].toString(), m_page.note.id);
    QCOMPARE(again[0][1].toString(), m_page.attachment.id);
    QCOMPARE(again[0][2].toString(), korean >= 0 ? QStringLiteral("eng+kor") : QStringLiteral("eng"));

    QSignalSpy read(view.get(), &OcrView::readAloudRequested);
    view->findChild<QToolButton*>(QStringLiteral("readText"))->click();
    QCOMPARE(read.size(), 1);
    QCOMPARE(read[0][0].toString(), view->text());
}

void TestOcrView::copiesTheText()
{
    auto view = openView(m_page);
    QApplication::clipboard()->clear();
    view->findChild<QToolButton*>(QStringLiteral("copyText"))->click();
    QCOMPARE(QApplication::clipboard()->text(), view->text());
}

void TestOcrView::exportsASearchablePdfAndSaysWhereItWent()
{
    auto view = openView(m_page);
    auto* exportButton = view->findChild<QToolButton*>(QStringLiteral("exportText"));
    QVERIFY(exportButton->isEnabled());
    QCOMPARE(exportButton->defaultAction()->menu()->actions().size(), 4);

    QSignalSpy exported(view.get(), &OcrView::exported);
    QSignalSpy failed(view.get(), &OcrView::errorOccurred);
    const QString target = m_dir.filePath(QStringLiteral("page.pdf"));
    view->exportTo(ocr::OcrExporter::Format::Pdf, target);
    QVERIFY(exported.wait(60'000));
    QCOMPARE(exported.first().first().toString(), target);
    QVERIFY(failed.isEmpty());
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(target);
    QVERIFY(pdf);
    QVERIFY(pdf->page(0)->text(QRectF()).contains(u"12 point text"));
    QVERIFY2(view->findChild<QLabel*>(QStringLiteral("ocrSummary"))->text().contains(u"page.pdf"),
        qPrintable(view->findChild<QLabel*>(QStringLiteral("ocrSummary"))->text()));

    // A folder that cannot be written to: the sentence names the file, nothing is left.
    const QString unwritable = QDir(test::unwritableFolder(m_dir.path())).filePath(QStringLiteral("x.pdf"));
    view->exportTo(ocr::OcrExporter::Format::Pdf, unwritable);
    QVERIFY(failed.wait(60'000));
    QVERIFY2(failed.first().first().toString().contains(unwritable),
        qPrintable(failed.first().first().toString()));
    QVERIFY(!QFileInfo::exists(unwritable));
    QVERIFY(exportButton->isEnabled());
}

void TestOcrView::anImageWithoutTextSaysSo()
{
    QImage blank(300, 200, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString path = m_dir.filePath(QStringLiteral("blank.png"));
    QVERIFY(blank.save(path));
    auto view = openView(import(path));
    QVERIFY(view->text().trimmed().isEmpty());
    auto* waiting = view->findChild<QLabel*>(QStringLiteral("ocrWaiting"));
    QVERIFY(waiting->isVisibleTo(view.get()));
    QVERIFY2(waiting->text().contains(u"No text"), qPrintable(waiting->text()));
    QVERIFY(!view->findChild<QToolButton*>(QStringLiteral("copyText"))->isEnabled());
    test::saveScreenshot(*view, QStringLiteral("ocr-no-text"));
}

void TestOcrView::screenshots()
{
    for (const bool dark : {false, true}) {
        test::useTheme(dark);
        auto view = openView(m_page);
        test::saveScreenshot(*view, dark ? QStringLiteral("ocr-dark") : QStringLiteral("ocr-light"));
    }
    test::useTheme(false);
    // tesseract-ocr-kor is in packaging/debian-packages.txt: without it this fails, not skips.
    QVERIFY2(ocr::TessData::installedLanguages().contains(QStringLiteral("kor")),
        "No Korean OCR model installed (package tesseract-ocr-kor).");
    // A Korean page, recognised in Korean.
    QImage page(900, 300, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        QFont font(QStringLiteral("NanumGothic"));
        font.setPixelSize(40);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRect(40, 40, 820, 220), Qt::TextWordWrap,
            QStringLiteral("오늘 회의록을 확인하세요.\n다음 회의는 금요일입니다."));
    }
    const QString path = m_dir.filePath(QStringLiteral("korean.png"));
    QVERIFY(page.save(path));
    auto view = openView(import(path, QStringLiteral("kor")));
    QVERIFY2(view->text().contains(u"회의"), qPrintable(view->text()));
    test::saveScreenshot(*view, QStringLiteral("ocr-korean"));
}

QTEST_MAIN(TestOcrView)
#include "tst_ocrview.moc"
