// The longest time the UI thread is blocked while three transcription jobs
// run: a watchdog timer fires every 5 ms on the GUI thread of the real
// window and records how late each tick is. Measured first on the idle
// window (the baseline: what the machine's noise alone costs), then while
// three recordings are dropped on the window and transcribed.
//
//   voxnote_bench_ui_blocking [--files a.flac,b.wav,c.wav]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "MainWindow.h"
#include "Theme.h"
#include "jobs/JobQueue.h"
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
#include <vector>

using namespace voxnote;

namespace {

constexpr int kTickMs = 5;

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
            m_lateness.push_back(double(now - m_last) / 1e6 - kTickMs);
            m_last = now;
        });
    }
    void start()
    {
        m_lateness.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double max() const { return m_lateness.empty() ? 0 : *std::max_element(m_lateness.begin(), m_lateness.end()); }
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
    std::vector<double> m_lateness;
};

void report(const char* phase, const Watchdog& watchdog, double seconds)
{
    std::printf("%-34s %8.1f s %8zu %10.1f %10.1f %10.1f %8zu\n", phase, seconds, watchdog.ticks(),
        watchdog.percentile(0.5), watchdog.percentile(0.99), watchdog.max(), watchdog.over(50));
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
        QStringList {data + u"/speech/jfk.flac", data + u"/diarization/sample.wav", data + u"/diarization/dev00.wav"}
            .join(u',')});
    parser.process(application);
    const QStringList files = parser.value(QStringLiteral("files")).split(u',', Qt::SkipEmptyParts);
#ifndef VOXNOTE_HAVE_PIPELINES
    std::fprintf(stderr, "This build has no media pipelines, so nothing can be transcribed.\n");
    return 1;
#endif

    ui::Theme::apply(application);
    QTemporaryDir dir;
    auto profile = storage::Profile::open(dir.path());
    ui::MainWindow window(*profile);
    window.resize(1200, 760);
    window.show();

    int ended = 0;
    QObject::connect(&window.jobQueue(), &jobs::JobQueue::jobFinished, &window, [&ended] { ++ended; });
    QObject::connect(&window.jobQueue(), &jobs::JobQueue::jobFailed, &window,
        [&ended](const QString&, const QString& error) {
            ++ended;
            std::fprintf(stderr, "a job failed: %s\n", qPrintable(error));
        });

    std::printf("UI thread lateness, watchdog every %d ms (ms)\n", kTickMs);
    std::printf("%-34s %10s %8s %10s %10s %10s %8s\n", "phase", "time", "ticks", "median", "p99", "max", ">50ms");
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
    report("import + 3 transcriptions", watchdog, seconds);
    std::printf("\njobs ended: %d of %lld; goal: longest block under 50 ms: %s\n", ended,
        static_cast<long long>(files.size()), watchdog.max() < 50 ? "met" : "NOT met");
    return ended >= files.size() ? 0 : 1;
}
