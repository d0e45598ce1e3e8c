// vx_bench_ocr_photos: OCR of generated phone-like photos and clean pages
// (tests/images/PhotoPages.h), English and Korean, Voxnote against the
// `tesseract` command line on the same image files in the same run.
//
//   vx_bench_ocr_photos [--pages N] [--part tuning|report|both] [--without STEP]… [--given-language]
//                       [--set NAME] [--dump DIR] [--verbose]
//
// For every set it prints the mean and the largest character error rate and
// the CPU seconds per page, and how many pages Voxnote warned about (part of
// the page could not be read). The tuning part (seeds below 1000) is the one to
// tune on; quote figures from the report part. --without runs Voxnote a
// second time with one clean-up step switched off (see OcrSettings), to see
// what the step is worth; --given-language a third time with the set's
// language instead of the one detected from the script. The command line gets the set's language and its
// default page segmentation, one thread (OMP_THREAD_LIMIT=1).

#include "CpuTime.h"
#include "OcrScoring.h"
#include "PhotoPages.h"

#include "ocr/DocumentRecognizer.h"
#include "ocr/ImageDocument.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace voxnote;
using bench::cpuSeconds;

namespace {

QString tesseractCli(const QString& image, const QString& languages)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(
        QStringLiteral("tesseract"), {image, QStringLiteral("stdout"), QStringLiteral("-l"), languages});
    process.waitForFinished(-1);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// One way of reading the pages: Voxnote with some settings, or the CLI.
struct Reader
{
    QString name;
    bool cli = false;
    ocr::OcrSettings settings;
};

struct Score
{
    double sum = 0;
    double max = 0;
    double cpu = 0;
    int count = 0;
    int warnings = 0;
    QString worst;
    void add(double cer, double seconds, const QString& page, bool warned)
    {
        warnings += warned ? 1 : 0;
        sum += cer;
        cpu += seconds;
        ++count;
        if (cer >= max) {
            max = cer;
            worst = page;
        }
    }
};

QString percent(double value)
{
    return QString::number(value * 100.0, 'f', 2) + u'%';
}

/// The text of the page; sets `warned` if Voxnote warned that part of it could not be read.
QString readPage(ocr::DocumentRecognizer& recognizer, const Reader& reader, const QString& path,
    const test::PhotoPage& page, bool* warned)
{
    if (reader.cli)
        return tesseractCli(path, page.languages);
    ocr::OcrSettings settings = reader.settings;
    if (reader.name.endsWith(u"language given"))
        settings.languages = page.languages;
    QString text;
    for (const ocr::OcrPage& result :
        recognizer.recognize(ocr::ImageDocument::open(path), settings, {}, {})) {
        text += result.text + u'\n';
        *warned = *warned || !result.warning.isEmpty();
    }
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int count = 6;
    QString part = QStringLiteral("both");
    QString dump;
    QStringList without;
    bool verbose = false;
    bool givenLanguage = false;
    QString onlySet;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString value = arguments.value(i + 1);
        if (arguments[i] == u"--pages")
            count = value.toInt(), ++i;
        else if (arguments[i] == u"--part")
            part = value, ++i;
        else if (arguments[i] == u"--dump")
            dump = value, ++i;
        else if (arguments[i] == u"--without")
            without << value, ++i;
        else if (arguments[i] == u"--verbose")
            verbose = true;
        else if (arguments[i] == u"--given-language")
            givenLanguage = true;
        else if (arguments[i] == u"--set")
            onlySet = value, ++i;
    }
    QTemporaryDir scratch;
    const QDir folder(dump.isEmpty() ? scratch.path() : dump);
    QDir().mkpath(folder.path());
    QTextStream out(stdout);

    QList<Reader> readers {{QStringLiteral("Voxnote"), false, {}}};
    for (const QString& step : without) {
        Reader reader {QStringLiteral("Voxnote without ") + step, false, {}};
        reader.settings.steps &= ~ocr::stepFromName(step);
        readers.append(reader);
    }
    if (givenLanguage)
        readers.append({QStringLiteral("Voxnote, language given"), false, {}});
    readers.append({QStringLiteral("tesseract CLI"), true, {}});

    ocr::DocumentRecognizer recognizer(1);
    QList<bool> parts;
    if (part != u"report")
        parts << false;
    if (part != u"tuning")
        parts << true;
    for (const bool report : parts) {
        out << "## " << (report ? "Report" : "Tuning") << " part (seeds " << (report ? ">= 1000" : "< 1000")
            << "), " << count << " pages per set: CER mean / max, CPU s per page\n\n| set |";
        for (const Reader& reader : readers)
            out << ' ' << reader.name << " |";
        out << "\n|---|";
        for (qsizetype i = 0; i < readers.size(); ++i)
            out << "---|";
        out << '\n';
        out.flush();
        for (const test::PhotoSet& set : test::photoSets(report, count)) {
            if (!onlySet.isEmpty() && set.name != onlySet)
                continue;
            QList<Score> scores(readers.size());
            for (const test::PhotoPageSpec& spec : set.pages) {
                const test::PhotoPage page = test::makePhotoPage(spec);
                const QString path = folder.filePath(page.name + u'.' + page.fileSuffix);
                QFile file(path);
                file.open(QIODevice::WriteOnly);
                file.write(page.file);
                file.close();
                if (!dump.isEmpty()) {
                    QFile truth(folder.filePath(page.name + QStringLiteral(".txt")));
                    truth.open(QIODevice::WriteOnly);
                    truth.write(page.truth.toUtf8());
                }
                for (qsizetype r = 0; r < readers.size(); ++r) {
                    const int who = readers[r].cli ? RUSAGE_CHILDREN : RUSAGE_SELF;
                    const double before = cpuSeconds(who);
                    bool warned = false;
                    const QString text = readPage(recognizer, readers[r], path, page, &warned);
                    const double cer = test::characterErrorRate(text, page.truth);
                    scores[r].add(cer, cpuSeconds(who) - before, page.name, warned);
                    if (!dump.isEmpty() && r == 0) {
                        QFile read(folder.filePath(page.name + QStringLiteral(".voxnote")));
                        read.open(QIODevice::WriteOnly);
                        read.write(text.toUtf8());
                    }
                    if (verbose) {
                        QTextStream(stderr) << page.name << ' ' << readers[r].name << ' ' << percent(cer)
                                            << (warned ? " (warned)" : "") << Qt::endl;
                    }
                }
            }
            out << "| " << set.name << " |";
            for (const Score& score : scores) {
                out << ' ' << percent(score.sum / score.count) << " / " << percent(score.max) << " ("
                    << score.worst << "), " << QString::number(score.cpu / score.count, 'f', 2) << " s";
                if (score.warnings > 0)
                    out << ", " << score.warnings << " warned";
                out << " |";
            }
            out << '\n';
            out.flush();
        }
        out << '\n';
    }
    return 0;
}
