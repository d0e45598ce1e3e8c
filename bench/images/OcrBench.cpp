// vx_bench_ocr: OCR accuracy and throughput of Voxnote against the
// `tesseract` command line, on the same pages in the same run.
//
//   vx_bench_ocr [--rounds N] [--pages N] [TESTDATA_DIR]
//
// Prints two tables: the character error rate per test page (Voxnote with
// and without preprocessing, and the tesseract CLI with --psm 1, which
// detects orientation like Voxnote does), and pages per minute on a
// multi-page TIFF made of the test pages (median of N rounds, alternating).

#include "BenchStatistics.h"
#include "CpuTime.h"
#include "OcrScoring.h"

#include "ocr/DocumentRecognizer.h"
#include "ocr/ImageDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace voxnote;
using bench::cpuSeconds;

namespace {

struct TestPage
{
    QString file; // in the test data folder, or made by the benchmark
    QString truth; // ground-truth file in the test data folder
};

QString readText(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

QString tesseractCli(const QString& image)
{
    QProcess process;
    process.start(QStringLiteral("tesseract"),
        {image, QStringLiteral("stdout"), QStringLiteral("-l"), QStringLiteral("eng"),
            QStringLiteral("--psm"), QStringLiteral("1")});
    process.waitForFinished(-1);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString voxnoteText(ocr::DocumentRecognizer& recognizer, const QString& image, bool preprocess)
{
    ocr::OcrSettings settings;
    settings.preprocess = preprocess;
    QString text;
    for (const ocr::OcrPage& page : recognizer.recognize(ocr::ImageDocument::open(image), settings, {}, {}))
        text += page.text + u'\n';
    return text;
}

QString percent(double value)
{
    return QString::number(value * 100.0, 'f', 2) + u'%';
}

QString loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? QString::number(load[0], 'f', 1) : QStringLiteral("unknown");
}

using bench::median;

/// A test page scaled down, to see whether enlarging small images helps.
QString scaledDown(const QString& source, const QString& folder, int divisor)
{
    const QString target = QDir(folder).filePath(
        QStringLiteral("%1-div%2.png").arg(QFileInfo(source).completeBaseName()).arg(divisor));
    QImage image(source);
    image.convertToFormat(QImage::Format_Grayscale8)
        .scaled(image.size() / divisor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .save(target);
    return target;
}

/// Writes the pages cycled to `count` as one multi-page TIFF and as single
/// files for the command line. Returns the single files.
QStringList makeDocument(const QList<TestPage>& pages, int count, const QString& folder, QString* tiff)
{
    PIXA* pixa = pixaCreate(count);
    QStringList singles;
    for (int i = 0; i < count; ++i) {
        const QString source = pages[i % pages.size()].file;
        PIX* pix = pixRead(QFile::encodeName(source).constData());
        const QString single
            = QDir(folder).filePath(QStringLiteral("page-%1.tif").arg(i + 1, 2, 10, QLatin1Char('0')));
        pixWrite(QFile::encodeName(single).constData(), pix, IFF_TIFF_G4);
        pixaAddPix(pixa, pix, L_INSERT);
        singles << single;
    }
    *tiff = QDir(folder).filePath(QStringLiteral("document.tif"));
    pixaWriteMultipageTiff(QFile::encodeName(*tiff).constData(), pixa);
    pixaDestroy(&pixa);
    return singles;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int rounds = 3;
    int pageCount = 20;
    for (int i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == u"--rounds")
            rounds = arguments.takeAt(i + 1).toInt(), arguments.removeAt(i--);
        else if (arguments[i] == u"--pages")
            pageCount = arguments.takeAt(i + 1).toInt(), arguments.removeAt(i--);
    }
    const QDir data(arguments.value(0, QStringLiteral(VOXNOTE_TESTDATA_DIR)));
    QTemporaryDir scratch;
    QTextStream out(stdout);

    const QString photoTruth = data.filePath(QStringLiteral("ocr/phototest.txt"));
    const QString euroTruth = data.filePath(QStringLiteral("ocr/eurotext.txt"));
    const QList<TestPage> pages {
        {data.filePath(QStringLiteral("ocr/phototest.tif")), photoTruth},
        {data.filePath(QStringLiteral("ocr/phototest-rotated-R.png")), photoTruth},
        {data.filePath(QStringLiteral("ocr/phototest-rotated-180.png")), photoTruth},
        {data.filePath(QStringLiteral("ocr/eurotext.tif")), euroTruth},
    };
    QList<TestPage> scored = pages;
    for (const int divisor : {2, 3}) {
        scored.append({scaledDown(pages[0].file, scratch.path(), divisor), photoTruth});
        scored.append({scaledDown(pages[3].file, scratch.path(), divisor), euroTruth});
    }

    ocr::DocumentRecognizer recognizer;
    out << "## OCR character error rate (lower is better; eng model, whitespace collapsed)\n\n"
        << "| page | Voxnote | Voxnote, no preprocessing | tesseract CLI --psm 1 |\n|---|---|---|---|\n";
    for (const TestPage& page : scored) {
        const QString truth = readText(page.truth);
        out << "| " << QFileInfo(page.file).fileName() << " | "
            << percent(test::characterErrorRate(voxnoteText(recognizer, page.file, true), truth)) << " | "
            << percent(test::characterErrorRate(voxnoteText(recognizer, page.file, false), truth)) << " | "
            << percent(test::characterErrorRate(tesseractCli(page.file), truth)) << " |\n";
        out.flush();
    }

    QString tiff;
    const QStringList singles = makeDocument(pages, pageCount, scratch.path(), &tiff);
    std::vector<double> voxnoteSeconds, cliSeconds, voxnoteCpu, cliCpu;
    double voxnoteCer = 0, cliCer = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuSeconds(RUSAGE_SELF);
        QList<ocr::OcrPage> result;
        {
            ocr::DocumentRecognizer fresh; // model loading counts, as it does for the CLI
            result = fresh.recognize(ocr::ImageDocument::open(tiff), {}, {}, {});
        }
        voxnoteSeconds.push_back(timer.nsecsElapsed() / 1e9);
        voxnoteCpu.push_back(cpuSeconds(RUSAGE_SELF) - cpu);

        timer.restart();
        cpu = cpuSeconds(RUSAGE_CHILDREN);
        QStringList cliTexts;
        for (const QString& single : singles)
            cliTexts << tesseractCli(single);
        cliSeconds.push_back(timer.nsecsElapsed() / 1e9);
        cliCpu.push_back(cpuSeconds(RUSAGE_CHILDREN) - cpu);

        voxnoteCer = cliCer = 0;
        for (int i = 0; i < pageCount; ++i) {
            const QString truth = readText(pages[i % pages.size()].truth);
            voxnoteCer += test::characterErrorRate(result[i].text, truth) / pageCount;
            cliCer += test::characterErrorRate(cliTexts[i], truth) / pageCount;
        }
    }
    const double voxnoteMedian = median(voxnoteSeconds);
    const double cliMedian = median(cliSeconds);
    out << "\n## OCR throughput: " << pageCount << "-page TIFF, " << rounds << " rounds, median, "
        << recognizer.threadCount() << " worker threads\n\n"
        << "| | seconds | pages/minute | CPU seconds | mean CER |\n|---|---|---|---|---|\n"
        << "| Voxnote (one document, pages in parallel) | " << QString::number(voxnoteMedian, 'f', 2) << " | "
        << QString::number(pageCount * 60.0 / voxnoteMedian, 'f', 1) << " | "
        << QString::number(median(voxnoteCpu), 'f', 2) << " | " << percent(voxnoteCer) << " |\n"
        << "| tesseract CLI, page by page | " << QString::number(cliMedian, 'f', 2) << " | "
        << QString::number(pageCount * 60.0 / cliMedian, 'f', 1) << " | "
        << QString::number(median(cliCpu), 'f', 2) << " | " << percent(cliCer) << " |\n"
        << "\nVoxnote is " << QString::number(cliMedian / voxnoteMedian, 'f', 2)
        << "x the command line's speed (load average while running: " << loadAverage() << ").\n";
    return 0;
}
