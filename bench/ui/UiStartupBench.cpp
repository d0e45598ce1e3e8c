// Start-up of the window: time from process start to the first paint of the
// note list, on an empty profile and on one with 100,000 notes (generated
// once through the core repositories). Each run is a fresh process; prints
// the median, minimum and maximum of several runs and the ratio of the two.
//
//   voxnote_bench_ui_startup [--notes 100000] [--runs 7] [--keep DIR]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "BenchStatistics.h"
#include "MainWindow.h"
#include "Theme.h"
#include "notes/NoteRepository.h"
#include "services/Services.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QListView>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace voxnote;

namespace {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// Child: opens the window and prints milliseconds since `startNs` at the
/// first paint of the note list.
int runChild(int argc, char** argv, const QString& dataDir, qint64 startNs)
{
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("voxnote-bench"));
    const double appMs = double(monotonicNs() - startNs) / 1e6;
    ui::Theme::apply(application);
    auto root = services::Services::open(dataDir);
    const double profileMs = double(monotonicNs() - startNs) / 1e6;
    ui::MainWindow window(*root);
    const double windowMs = double(monotonicNs() - startNs) / 1e6;
    auto* list = window.findChild<QListView*>(QStringLiteral("noteList"));
    if (!list)
        return 2;
    struct PaintWatch : QObject
    {
        double appMs, profileMs, windowMs;
        qint64 startNs;
        bool done = false;
        bool eventFilter(QObject*, QEvent* event) override
        {
            if (event->type() == QEvent::Paint && !done) {
                done = true;
                // After this paint event is handled: the list is on screen.
                QTimer::singleShot(0, qApp, [this] {
                    std::printf("%.1f %.1f %.1f %.1f\n", appMs, profileMs, windowMs,
                        double(monotonicNs() - startNs) / 1e6);
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
            }
            return false;
        }
    } watch;
    watch.appMs = appMs;
    watch.profileMs = profileMs;
    watch.windowMs = windowMs;
    watch.startNs = startNs;
    list->viewport()->installEventFilter(&watch);
    window.showSection(ui::MainWindow::Section::Notes);
    window.show();
    return QApplication::exec();
}

void generate(const QString& dataDir, int notes)
{
    auto profile = storage::Profile::open(dataDir);
    storage::NoteRepository repository(profile->database());
    const QStringList words {QStringLiteral("meeting"), QStringLiteral("budget"), QStringLiteral("plan"),
        QStringLiteral("review"), QStringLiteral("회의록"), QStringLiteral("일정"),
        QStringLiteral("customer"), QStringLiteral("release"), QStringLiteral("design"),
        QStringLiteral("call")};
    QElapsedTimer timer;
    timer.start();
    constexpr int kBatch = 5000;
    for (int start = 0; start < notes; start += kBatch) {
        storage::Transaction transaction(profile->database());
        for (int i = start; i < std::min(notes, start + kBatch); ++i) {
            QString body;
            for (int w = 0; w < 30; ++w)
                body += words.at((i * 7 + w * 3) % words.size()) + u' ';
            repository.create(QStringLiteral("Note %1 %2").arg(i).arg(words.at(i % words.size())), body);
        }
        transaction.commit();
    }
    std::printf("generated %d notes in %.1f s\n", notes, double(timer.elapsed()) / 1000);
}

struct Run
{
    double appMs = 0, profileMs = 0, windowMs = 0, paintMs = 0;
};

std::optional<Run> runOnce(const QString& self, const QString& dataDir)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(
        QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;voxnote.*.info=false"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 start = monotonicNs();
    child.start(self, {QStringLiteral("--child"), dataDir, QString::number(start)});
    if (!child.waitForFinished(120'000) || child.exitCode() != 0)
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(u' ');
    if (parts.size() != 4)
        return std::nullopt;
    return Run {parts[0].toDouble(), parts[1].toDouble(), parts[2].toDouble(), parts[3].toDouble()};
}

using bench::median;

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv, QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());

    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("notes"), QStringLiteral("Notes in the large profile."),
        QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per profile."), QStringLiteral("n"),
        QStringLiteral("7")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep (and reuse) the profiles in DIR."),
        QStringLiteral("dir")});
    parser.process(application);
    const int notes = parser.value(QStringLiteral("notes")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir temporary;
    const QString root
        = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
    const QString empty = QDir(root).filePath(QStringLiteral("empty"));
    const QString large = QDir(root).filePath(QStringLiteral("notes-%1").arg(notes));
    if (!QFileInfo::exists(empty))
        storage::Profile::open(empty);
    if (!QFileInfo::exists(large))
        generate(large, notes);

    const QString self = QCoreApplication::applicationFilePath();
    std::printf(
        "\nStart-up to the first paint of the note list (%d runs each, median [min–max], ms)\n", runs);
    std::printf("%-22s %10s %10s %10s %22s\n", "profile", "Qt ready", "db open", "window", "first paint");
    double medians[2] = {0, 0};
    int index = 0;
    for (const auto& [label, dir] : {std::pair {QStringLiteral("empty"), empty},
             std::pair {QStringLiteral("%1 notes").arg(notes), large}}) {
        std::vector<double> app, db, window, paint;
        runOnce(self, dir); // warms the page cache, as a second start would be
        for (int i = 0; i < runs; ++i) {
            const std::optional<Run> run = runOnce(self, dir);
            if (!run) {
                std::fprintf(stderr, "a run failed\n");
                return 1;
            }
            app.push_back(run->appMs);
            db.push_back(run->profileMs);
            window.push_back(run->windowMs);
            paint.push_back(run->paintMs);
        }
        medians[index++] = median(paint);
        std::printf("%-22s %10.1f %10.1f %10.1f %10.1f [%.0f–%.0f]\n", qPrintable(label), median(app),
            median(db), median(window), median(paint), *std::min_element(paint.begin(), paint.end()),
            *std::max_element(paint.begin(), paint.end()));
    }
    std::printf("\nratio %d notes / empty: %.2f×   goal: under 1000 ms with %d notes: %s\n", notes,
        medians[1] / std::max(0.1, medians[0]), notes, medians[1] < 1000 ? "met" : "NOT met");
    return 0;
}
