// vx_bench_read [--rounds N] [--pages N] [--jobs N]
//
// 1. `voxnote read` on an N-page document (distinct images of the two
//    printed test pages), first run on a fresh profile and repeated run on
//    the same profile, against the plain tools on the same pages: `tesseract
//    PAGE -` for each page, then `espeak-ng -w` on the joined text. Both write
//    WAV. Medians over the rounds; the ratio is tools / voxnote.
// 2. The queue's own cost per job: N jobs of one stage that does nothing,
//    enqueued at once and run to the end.

#include "BenchStatistics.h"
#include "jobs/JobQueue.h"
#include "storage/Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace voxnote;

namespace {

QTextStream& out()
{
    static QTextStream s_out(stdout);
    return s_out;
}

using bench::median;

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
        std::exit(1);
    }
    return process.readAllStandardOutput();
}

double secondsOf(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

QStringList makePages(const QString& folder, int count)
{
    const QStringList sources {QStringLiteral(VOXNOTE_TESTDATA_DIR "/ocr/phototest.tif"),
        QStringLiteral(VOXNOTE_TESTDATA_DIR "/ocr/eurotext.tif")};
    QStringList pages;
    for (int i = 0; i < count; ++i) {
        QImage page = QImage(sources[i % sources.size()]).convertToFormat(QImage::Format_RGB32);
        page.setPixel(1 + i, 1, qRgb(200, 200, 200)); // distinct bytes, same text
        const QString path = QStringLiteral("%1/page%2.png").arg(folder).arg(i + 1, 2, 10, QChar(u'0'));
        page.save(path);
        pages.append(path);
    }
    return pages;
}

/// One stage that does nothing: what is measured is the queue around it.
class EmptyStage : public jobs::JobStage
{
public:
    QString name() const override { return QStringLiteral("nothing"); }
    QByteArray cacheKey(const jobs::JobContext&) const override { return {}; }
    QJsonObject run(jobs::JobContext&) override { return {}; }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("rounds"), QStringLiteral("Rounds (default 3)."), QStringLiteral("n"),
                           QStringLiteral("3")},
        {QStringLiteral("pages"), QStringLiteral("Pages of the document (default 10)."), QStringLiteral("n"),
            QStringLiteral("10")},
        {QStringLiteral("jobs"), QStringLiteral("Empty jobs for the queue's cost (default 500)."),
            QStringLiteral("n"), QStringLiteral("500")}});
    parser.process(application);
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const int pageCount = parser.value(QStringLiteral("pages")).toInt();

    QTemporaryDir scratch;
    const QStringList pages = makePages(scratch.path(), pageCount);
    std::vector<double> first, repeat, tools;
    for (int round = 0; round < rounds; ++round) {
        const QString dataDir = scratch.filePath(QStringLiteral("profile-%1").arg(round));
        const QStringList arguments
            = QStringList {QStringLiteral("--data-dir"), dataDir, QStringLiteral("read")} + pages
            + QStringList {QStringLiteral("-o"), scratch.filePath(QStringLiteral("voxnote.wav"))};
        first.push_back(secondsOf([&] { run(QStringLiteral(VOXNOTE_BINARY), arguments); }));
        repeat.push_back(secondsOf([&] { run(QStringLiteral(VOXNOTE_BINARY), arguments); }));
        tools.push_back(secondsOf([&] {
            QByteArray text;
            for (const QString& page : pages)
                text += run(QStringLiteral("tesseract"), {page, QStringLiteral("-")}) + '\n';
            QFile file(scratch.filePath(QStringLiteral("text.txt")));
            file.open(QIODevice::WriteOnly);
            file.write(text);
            file.close();
            run(QStringLiteral("espeak-ng"),
                {QStringLiteral("-w"), scratch.filePath(QStringLiteral("tools.wav")), QStringLiteral("-f"),
                    file.fileName()});
        }));
        std::fprintf(stderr, "round %d: first %.2f s, repeat %.2f s, tools %.2f s\n", round + 1, first.back(),
            repeat.back(), tools.back());
    }
    out() << "| " << pageCount << "-page document → WAV | median s |\n|---|---|\n";
    out() << "| tesseract CLI per page + espeak-ng CLI | " << QString::number(median(tools), 'f', 2)
          << " |\n";
    out() << "| voxnote read, first run | " << QString::number(median(first), 'f', 2) << " (×"
          << QString::number(median(tools) / median(first), 'f', 2) << " vs tools) |\n";
    out() << "| voxnote read, repeated | " << QString::number(median(repeat), 'f', 2) << " |\n\n";
    out().flush();

    // The queue's own cost.
    const QString dataDir = scratch.filePath(QStringLiteral("queue"));
    storage::Profile::open(dataDir);
    jobs::JobQueue queue(dataDir);
    queue.registerPipeline(QStringLiteral("nothing"), [] {
        jobs::Pipeline pipeline;
        pipeline.push_back(std::make_unique<EmptyStage>());
        return pipeline;
    });
    queue.start();
    const int jobCount = parser.value(QStringLiteral("jobs")).toInt();
    const double queued = secondsOf([&] {
        for (int i = 0; i < jobCount; ++i)
            queue.enqueue(QStringLiteral("nothing"), QString::number(i));
        queue.waitForIdle(std::numeric_limits<int>::max());
    });
    out() << "| queue | " << jobCount << " empty jobs |\n|---|---|\n";
    out() << "| total | " << QString::number(queued, 'f', 2) << " s |\n";
    out() << "| per job (enqueue, claim, store result, done, notify) | "
          << QString::number(queued * 1000 / jobCount, 'f', 2) << " ms |\n";
    return 0;
}
