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
#include "notes/NoteRepository.h"
#include "notify/NotificationRepository.h"
#include "people/PersonRepository.h"
#include "search/SearchPalette.h"
#include "settings/SettingsDialog.h"
#include "storage/Profile.h"
#include "tasks/TaskRepository.h"

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

void fillSample(voxnote::storage::Profile& profile, bool korean)
{
    voxnote::people::PersonRepository people(profile.database());
    people.setMe(
        korean ? QStringLiteral("김하나") : QStringLiteral("Hana Kim"), QStringLiteral("hana@example.org"));
    const QString me = people.me().id;
    const QString mina
        = people.add(korean ? QStringLiteral("이민아") : QStringLiteral("Mina Lee"), QString()).id;
    const QString jun
        = people.add(korean ? QStringLiteral("박준호") : QStringLiteral("Junho Park"), QString()).id;

    voxnote::notes::NoteRepository notes(profile.database());
    const QList<std::pair<QString, QString>> sample = korean
        ? QList<
            std::pair<QString, QString>> {{QStringLiteral("주간 회의록"),
                                              QStringLiteral(
                                                  "예산 검토와 인쇄소 일정을 정리했다. 다음 회의는 목요일.")},
            {QStringLiteral("장보기"), QStringLiteral("우유, 빵, 사과")},
            {QStringLiteral("강의 녹음 메모"), QStringLiteral("3장: 음성 인식의 기초. 질문 목록 정리.")}}
        : QList<std::pair<QString, QString>> {
            {QStringLiteral("Weekly meeting"),
                QStringLiteral("We went over the budget and the printer's schedule. "
                               "Next meeting on Thursday.")},
            {QStringLiteral("Shopping"), QStringLiteral("milk, bread, apples")},
            {QStringLiteral("Lecture notes"),
                QStringLiteral("Chapter 3: the basics of speech recognition.")}};
    for (const auto& [title, body] : sample)
        notes.create(title, body);

    voxnote::tasks::TaskRepository tasks(profile.database(), me);
    const QDate today = QDate::currentDate();
    const auto t1 = tasks.create(
        {.title = korean ? QStringLiteral("회의록 보내기") : QStringLiteral("Send the minutes"),
            .assigneeId = me});
    tasks.create({.title = korean ? QStringLiteral("인쇄소에 전화하기") : QStringLiteral("Call the printer"),
        .priority = 2,
        .dueDate = today.addDays(-2),
        .assigneeId = mina});
    const auto t3
        = tasks.create({.title = korean ? QStringLiteral("예산안 검토") : QStringLiteral("Review the budget"),
            .dueDate = today.addDays(3),
            .assigneeId = jun});
    const auto t4 = tasks.create(
        {.title = korean ? QStringLiteral("발표 자료 준비") : QStringLiteral("Prepare the slides"),
            .assigneeId = mina});
    voxnote::tasks::TaskChanges inProgress;
    inProgress.status = voxnote::tasks::TaskStatus::InProgress;
    tasks.update(t3.id, inProgress);
    voxnote::tasks::TaskChanges done;
    done.status = voxnote::tasks::TaskStatus::Done;
    tasks.update(t1.id, done);
    tasks.update(t4.id, done);

    voxnote::notify::NotificationRepository notifications(profile.database());
    notifications.create(me, t3.id, QStringLiteral("assigned"),
        korean ? QStringLiteral("이민아 님이 “예산안 검토”를 맡겼습니다.")
               : QStringLiteral("Mina Lee assigned “Review the budget” to you."));
    notifications.create(me, t1.id, QStringLiteral("status"),
        korean ? QStringLiteral("“회의록 보내기”가 완료되었습니다.")
               : QStringLiteral("“Send the minutes” is done."));
}

void save(QWidget* widget, const QString& path)
{
    QTest::qWait(60); // lets lists and charts lay out, as the event loop would
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

void removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
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
        removeTranslators();
        QLocale::setDefault(QLocale(language));
        voxnote::installTranslations(application);
        for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            qputenv("VOXNOTE_THEME", theme.toUtf8());
            voxnote::ui::Theme::apply(application);
            QSettings().clear();
            QTemporaryDir dir;
            auto services = voxnote::services::Services::open(dir.path());
            fillSample(services->profile(), language == u"ko");
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
