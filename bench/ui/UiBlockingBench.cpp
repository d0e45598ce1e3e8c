// The longest time the UI thread is blocked while three transcription jobs
// run: a watchdog timer fires every 5 ms on the GUI thread of the real
// window and records how late each tick is. Measured first on the idle
// window (the baseline: what the machine's noise alone costs), then while
// three recordings are dropped on the window and transcribed.
//
//   voxnote_bench_ui_blocking [--ocr] [--files a.flac,b.wav,c.wav]
//
// --ocr runs three text recognitions of scanned pages instead, for builds
// without the transcription job.
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "MainWindow.h"
#include "Theme.h"
#include "import/ImportQueue.h"
#include "jobs/JobQueue.h"
#include "services/Services.h"
#include "storage/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace voxnote;

namespace {

constexpr int kTickMs = 5;

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/// Ticks every 5 ms and keeps how late each tick came.
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            m_lateness.push_back(double(now - m_last) / 1e6 - kTickMs);
            m_busy.push_back(double(cpu - m_lastCpu) / 1e6);
            if (m_busy.back() > m_maxBusy) {
                m_maxBusy = m_busy.back();
                m_maxBusyAtMs = double(now) / 1e6;
            }
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_lateness.clear();
        m_busy.clear();
        m_maxBusy = 0;
        m_maxBusyAtMs = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    /// The most CPU time the GUI thread spent between two ticks: work that
    /// held it, as opposed to waiting for a core the workers had.
    double maxBusy() const { return m_maxBusy; }
    /// When in the phase the GUI thread was busiest, in ms from its start.
    double maxBusyAtMs() const { return m_maxBusyAtMs; }
    void stop() { m_timer.stop(); }
    double max() const
    {
        return m_lateness.empty() ? 0 : *std::max_element(m_lateness.begin(), m_lateness.end());
    }
    double percentile(double p) const
    {
        if (m_lateness.empty())
            return 0;
        std::vector<double> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    }
    size_t over(double ms) const
    {
        return size_t(std::count_if(m_lateness.begin(), m_lateness.end(), [ms](double l) { return l > ms; }));
    }
    size_t ticks() const { return m_lateness.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    double m_maxBusy = 0;
    double m_maxBusyAtMs = 0;
    std::vector<double> m_lateness;
    std::vector<double> m_busy;
};

void report(const char* phase, const Watchdog& watchdog, double seconds)
{
    std::printf("%-34s %8.1f s %8zu %10.1f %10.1f %10.1f %8zu %10.1f\n", phase, seconds, watchdog.ticks(),
        watchdog.percentile(0.5), watchdog.percentile(0.99), watchdog.max(), watchdog.over(50),
        watchdog.maxBusy());
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("voxnote-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QString data = QStringLiteral(VOXNOTE_TESTDATA_DIR);
    parser.addOption({QStringLiteral("files"), QStringLiteral("Three recordings, comma-separated."),
        QStringLiteral("paths"),
        QStringList {
            data + u"/speech/jfk.flac", data + u"/diarization/sample.wav", data + u"/diarization/dev00.wav"}
            .join(u',')});
    parser.addOption({QStringLiteral("ocr"), QStringLiteral("Recognize three scanned pages instead.")});
    parser.process(application);
    const bool ocr = parser.isSet(QStringLiteral("ocr"));
    const QStringList files = ocr && !parser.isSet(QStringLiteral("files"))
        ? QStringList {data + u"/ocr/eurotext.tif", data + u"/ocr/phototest.tif",
            data + u"/ocr/phototest-rotated-180.png"}
        : parser.value(QStringLiteral("files")).split(u',', Qt::SkipEmptyParts);

    ui::Theme::apply(application);
    QTemporaryDir dir;
    auto profile = services::Services::open(dir.path());
    ui::MainWindow window(*profile);
    window.resize(1200, 760);
    window.show();

    int ended = 0;
    QObject::connect(&window.jobQueue(), &jobs::JobQueue::jobFinished, &window, [&ended] { ++ended; });
    QObject::connect(window.importQueue(), &ui::ImportQueue::batchFinished, &window,
        [&ended](const QStringList&, const QStringList& failures) {
            for (const QString& failure : failures)
                std::fprintf(stderr, "not imported: %s\n", qPrintable(failure));
            ended += static_cast<int>(failures.size());
        });
    QObject::connect(&window.jobQueue(), &jobs::JobQueue::jobFailed, &window,
        [&ended](const QString&, const QString& error) {
            ++ended;
            std::fprintf(stderr, "a job failed: %s\n", qPrintable(error));
        });

    std::printf("UI thread lateness, watchdog every %d ms (ms)\n", kTickMs);
    std::printf("%-34s %10s %8s %10s %10s %10s %8s %10s\n", "phase", "time", "ticks", "median", "p99", "max",
        ">50ms", "max busy");
    Watchdog watchdog;
    QElapsedTimer phase;

    // Baseline: the idle window.
    watchdog.start();
    phase.start();
    QTimer::singleShot(3000, &application, &QCoreApplication::quit);
    QApplication::exec();
    watchdog.stop();
    report("idle window (baseline)", watchdog, double(phase.elapsed()) / 1000);

    // Drop three recordings and wait for their transcriptions.
    watchdog.start();
    phase.start();
    double importMs = 0;
    QObject::connect(window.importQueue(), &ui::ImportQueue::batchFinished, &window,
        [&] { importMs = double(phase.elapsed()); });
    QTimer::singleShot(0, &window, [&] { window.importFiles(files); });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &application, [&] {
        if (ended >= files.size() || phase.elapsed() > 600'000)
            QCoreApplication::quit();
    });
    poll.start();
    QApplication::exec();
    watchdog.stop();
    const double seconds = double(phase.elapsed()) / 1000;
    report(ocr ? "import + 3 recognitions" : "import + 3 transcriptions", watchdog, seconds);
    std::printf(
        "the GUI thread was busiest %.0f ms into the phase (the import itself is the first ~%.0f ms)\n",
        watchdog.maxBusyAtMs(), importMs);
    std::printf("\nlateness: how late a 5 ms tick came (wall clock); max busy: the most CPU the GUI thread\n"
                "itself used between two ticks (its own work, not waiting for a core).\n"
                "jobs ended: %d of %lld; goal: longest block under 50 ms: %s by lateness, %s by own work\n",
        ended, static_cast<long long>(files.size()), watchdog.max() < 50 ? "met" : "NOT met",
        watchdog.maxBusy() < 50 ? "met" : "NOT met");
    return ended >= files.size() ? 0 : 1;
}
