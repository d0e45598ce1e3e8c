// vx_screenshots OUTDIR: opens the real window on a profile filled with
// sample notes, tasks, notifications and jobs, and saves a PNG of every main
// view (and the search palette and settings) in English and Korean, light
// and dark, for a person to look at.

#include "ShellFixtures.h"
#include "services/Services.h"

#include "MainWindow.h"
#include "Theme.h"
#include "Translations.h"
#include "jobs/JobQueue.h"
#include "jobs/JobsPage.h"
#include "search/SearchPalette.h"
#include "settings/SettingsDialog.h"
#include "storage/Profile.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using voxnote::ui::MainWindow;

namespace {

void save(QWidget* widget, const QString& path)
{
    QTest::qWait(60); // lets lists and charts lay out, as the event loop would
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("voxnote-screenshots"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(outDir);

    const QStringList sections {QStringLiteral("notes"), QStringLiteral("tasks"), QStringLiteral("board"),
        QStringLiteral("dashboard"), QStringLiteral("jobs"), QStringLiteral("notifications")};
    int failures = 0;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        voxnote::test::removeTranslators();
        QLocale::setDefault(QLocale(language));
        voxnote::installTranslations(application);
        for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            qputenv("VOXNOTE_THEME", theme.toUtf8());
            voxnote::ui::Theme::apply(application);
            QSettings().clear();
            QTemporaryDir dir;
            auto services = voxnote::services::Services::open(dir.path());
            voxnote::test::fillSample(services->profile(), language == u"ko");
            MainWindow window(*services);
            voxnote::test::registerFlaky(window.jobQueue(), QStringLiteral("ocr"));
            voxnote::test::FlakyStage::failures = 1;
            const QString failedJob
                = window.jobQueue().enqueue(QStringLiteral("ocr"), QStringLiteral("broken"),
                    {{QStringLiteral("fileName"), QStringLiteral("scan-03.png")},
                        {QStringLiteral("title"), QStringLiteral("scan-03.png")}});
            window.jobQueue().waitForIdle(20000);
            window.jobQueue().enqueue(QStringLiteral("ocr"), QStringLiteral("good"),
                {{QStringLiteral("fileName"), QStringLiteral("receipt.jpg")},
                    {QStringLiteral("title"), QStringLiteral("receipt.jpg")},
                    {QStringLiteral("noteId"), QStringLiteral("x")}});
            window.jobQueue().waitForIdle(20000);
            window.resize(1200, 760);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return 1;
            const QString prefix = QDir(outDir).filePath(language + u'-' + theme + u'-');
            for (int section = 0; section < sections.size(); ++section) {
                window.showSection(static_cast<MainWindow::Section>(section));
                if (section == static_cast<int>(MainWindow::Section::Jobs))
                    window.jobsPage()->selectJob(failedJob); // shows its whole sentence
                save(&window, prefix + sections.at(section) + u".png");
            }
            window.showSection(MainWindow::Section::Notes);
            window.openSearch();
            window.searchPalette()->search(
                language == u"ko" ? QStringLiteral("회의") : QStringLiteral("budget"));
            save(&window, prefix + u"search.png");
            window.searchPalette()->hide();

            voxnote::ui::SettingsDialog settings(services->profile(), services->settings(), &window);
            settings.show();
            if (!QTest::qWaitForWindowExposed(&settings))
                ++failures;
            save(&settings, prefix + u"settings-profile.png");
            settings.tabs()->setCurrentIndex(2);
            save(&settings, prefix + u"settings-processing.png");
            settings.tabs()->setCurrentIndex(3);
            save(&settings, prefix + u"settings-email.png");
            settings.tabs()->setCurrentIndex(4);
            save(&settings, prefix + u"settings-appearance.png");
            settings.close();

            // A real import: the transcription runs with its progress in the status bar.
            QSignalSpy progress(&window.jobQueue(), &voxnote::jobs::JobQueue::progressChanged);
            window.importFiles({QStringLiteral(VOXNOTE_TESTDATA_DIR "/speech/jfk.flac")});
            progress.wait(20000);
            window.showSection(MainWindow::Section::Jobs); // the import itself opened the note
            save(&window, prefix + u"running-job.png");
            window.showSection(MainWindow::Section::Notes);
            save(&window, prefix + u"imported-note.png");
            for (const voxnote::jobs::JobStatus& job : window.jobQueue().jobs())
                window.jobQueue().cancel(job.id); // its result is not what these pictures show
            window.jobQueue().waitForIdle(60000);
        }
    }
    qunsetenv("VOXNOTE_THEME");
    return failures == 0 ? 0 : 1;
}
