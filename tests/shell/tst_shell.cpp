// The window around the sections: search, drag and drop, paste, jobs,
// notifications, dashboard, settings and language. Drives the real MainWindow.

#include "ShellFixtures.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "SourceTextTranslator.h"
#include "Theme.h"
#include "Translations.h"
#include "dashboard/DashboardPage.h"
#include "import/ImportQueue.h"
#include "jobs/JobListModel.h"
#include "jobs/JobQueue.h"
#include "jobs/JobStatusBar.h"
#include "jobs/JobsPage.h"
#include "notes/NoteEditor.h"
#include "notes/NoteListModel.h"
#include "notes/NoteRepository.h"
#include "notes/NotesPage.h"
#include "notifications/NotificationCenter.h"
#include "notifications/NotificationsPage.h"
#include "notify/EmailOutbox.h"
#include "notify/NotificationRepository.h"
#include "people/PersonRepository.h"
#include "search/SearchPalette.h"
#include "services/Services.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "speech/Transcript.h"
#include "speech/TranscriptRepository.h"
#include "storage/Profile.h"
#include "tasks/BoardPage.h"
#include "tasks/TaskEditor.h"
#include "tasks/TaskRepository.h"
#include "tasks/TasksPage.h"
#include "voice/AudioPlayer.h"
#include "voice/TranscriptView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPieSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using voxnote::ui::MainWindow;

namespace {

constexpr int kBadgeRole = Qt::UserRole + 1; // as MainWindow's sidebar keeps it

/// Sends a drop of `paths` to `target`, as a file manager would.
void dropFiles(QWidget* target, const QStringList& paths)
{
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime->setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    delete mime;
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void searchOpensANoteAndATask();
    void searchOpensARecordingAtItsTime();
    void searchSaysWhenNothingMatches();
    void notificationBadgeCountsUnread();
    void failedJobShowsItsSentenceAndRetryWorks();
    void statusBarShowsRunningJobAndCancels();
    void dashboardDrawsTheNumbers();
    void dashboardHasAnEmptyState();
    void dropFolderBrokenAndGoodFiles();
    void dropAFolderImportsWhatItHolds();
    void dropARecordingStartsItsTranscription();
    void importWhileWritingKeepsTheNoteOpen();
    void dropFiftyFilesKeepsTheWindowResponsive();
    void pasteAnImage();
    void themeFromTheViewMenu();
    void settingsSaveProfileTeamAndEmail();
    void settingsRefuseABadServer();
    void settingsVoiceListDoesNotDropTheSavedVoice();
    void switchToKorean();

private:
    std::unique_ptr<voxnote::services::Services> open()
    {
        return voxnote::services::Services::open(m_dir->path());
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("voxnote-shell-test"));
    QSettings().clear();
    qputenv("VOXNOTE_THEME", "light");
    voxnote::ui::Theme::apply(*qApp);
}

void TestShell::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
}

void TestShell::searchOpensANoteAndATask()
{
    auto data = open();
    const auto note
        = voxnote::notes::NoteRepository(data->database())
              .create(QStringLiteral("Budget meeting"), QStringLiteral("We agreed on the printer budget."));
    const QString me = voxnote::people::PersonRepository(data->database()).me().id;
    const auto task = voxnote::tasks::TaskRepository(data->database(), me)
                          .create({.title = QStringLiteral("Call the printer company")});
    MainWindow window(*data);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Ctrl+K opens the palette with the focus in its field.
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    voxnote::ui::SearchPalette* palette = window.searchPalette();
    QVERIFY(palette->isVisible());
    QVERIFY(palette->field()->hasFocus());
    QTest::keyClicks(palette->field(), QStringLiteral("printer"));
    palette->search(palette->field()->text()); // typing searches after a pause; do not wait for it

    // Grouped: a "Notes" header, the note, a "Tasks" header, the task.
    QListWidget* results = palette->results();
    QCOMPARE(results->count(), 4);
    QCOMPARE(results->item(0)->text(), QStringLiteral("Notes"));
    QVERIFY(!(results->item(0)->flags() & Qt::ItemIsSelectable));
    QVERIFY(results->item(1)->text().contains(QStringLiteral("Budget meeting")));
    QCOMPARE(results->item(2)->text(), QStringLiteral("Tasks"));
    QVERIFY(results->item(3)->text().contains(QStringLiteral("Call the printer company")));
    QCOMPARE(results->currentRow(), 1); // the first hit, not the header

    // Down skips the header; Enter opens the task in the Tasks section.
    QTest::keyClick(palette->field(), Qt::Key_Down);
    QCOMPARE(results->currentRow(), 3);
    QTest::keyClick(palette->field(), Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QCOMPARE(window.currentSection(), MainWindow::Section::Tasks);
    QCOMPARE(window.tasksPage()->editor()->taskId(), task.id);

    // Again, Up wraps to the note; it opens in the Notes section.
    window.openSearch();
    QCOMPARE(palette->field()->selectedText(), QStringLiteral("printer"));
    palette->search(QStringLiteral("printer"));
    QTest::keyClick(palette->field(), Qt::Key_Up);
    QCOMPARE(results->currentRow(), 3);
    QTest::keyClick(palette->field(), Qt::Key_Up);
    QCOMPARE(results->currentRow(), 1);
    QTest::keyClick(palette->field(), Qt::Key_Return);
    QCOMPARE(window.currentSection(), MainWindow::Section::Notes);
    QCOMPARE(window.notesPage()->editor()->noteId(), note.id);

    // Escape closes it.
    window.openSearch();
    QTest::keyClick(palette->field(), Qt::Key_Escape);
    QVERIFY(!palette->isVisible());
}

void TestShell::searchOpensARecordingAtItsTime()
{
    auto data = open();
    const QString audio = voxnote::test::testData(QStringLiteral("speech/jfk.flac"));
    voxnote::notes::NoteRepository notes(data->database());
    const auto note = notes.create(QStringLiteral("Inaugural address"), QString());
    const auto attachment = notes.attach(note.id, data->blobs().putFile(audio), QStringLiteral("audio"),
        QStringLiteral("jfk.flac"), QStringLiteral("audio/flac"), QFileInfo(audio).size());
    // A stored transcript, as the transcription job leaves it.
    voxnote::speech::Transcript transcript;
    transcript.noteId = note.id;
    transcript.attachmentId = attachment.id;
    transcript.engine = QStringLiteral("test");
    transcript.language = QStringLiteral("en-US");
    transcript.durationMs = 11000;
    const auto segment = [](qint64 start, qint64 end, const QStringList& words) {
        voxnote::speech::TranscriptSegment result {.startMs = start, .endMs = end, .text = words.join(u' ')};
        const qint64 step = (end - start) / words.size();
        for (int i = 0; i < words.size(); ++i)
            result.words.append({words.at(i), start + i * step, start + (i + 1) * step - 10, 0.9});
        return result;
    };
    transcript.segments = {segment(300, 3600,
                               {QStringLiteral("and"), QStringLiteral("so"), QStringLiteral("my"),
                                   QStringLiteral("fellow"), QStringLiteral("americans")}),
        segment(4200, 10500,
            {QStringLiteral("ask"), QStringLiteral("not"), QStringLiteral("what"), QStringLiteral("your"),
                QStringLiteral("country"), QStringLiteral("can"), QStringLiteral("do"), QStringLiteral("for"),
                QStringLiteral("you")})};
    voxnote::speech::TranscriptRepository(data->database()).save(transcript);

    MainWindow window(*data);
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(MainWindow::Section::Tasks); // the hit must bring the notes back
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    voxnote::ui::SearchPalette* palette = window.searchPalette();
    palette->search(QStringLiteral("country"));
    QListWidget* results = palette->results();
    QCOMPARE(results->item(0)->text(), QStringLiteral("Transcripts"));
    QVERIFY2(results->item(1)->text().contains(QStringLiteral("0:04")), qPrintable(results->item(1)->text()));
    QTest::keyClick(palette->field(), Qt::Key_Return);

    QCOMPARE(window.currentSection(), MainWindow::Section::Notes);
    voxnote::ui::NotesPage* page = window.notesPage();
    QCOMPARE(page->editor()->noteId(), note.id);
    QCOMPARE(page->currentMedia(), page->transcriptView());
    // At the word found, "country" (the fifth word), not only its segment.
    QTRY_COMPARE(page->transcriptView()->player().position(), qint64(4200 + 4 * 700));
    QTest::qWait(50);
    QVERIFY(window.grab().save(QStringLiteral("shell-transcript-hit.png")));
}

void TestShell::searchSaysWhenNothingMatches()
{
    auto data = open();
    MainWindow window(*data);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openSearch();
    window.searchPalette()->search(QStringLiteral("zebra"));
    QCOMPARE(window.searchPalette()->results()->count(), 0);
    auto* message = window.searchPalette()->findChild<QLabel*>(QStringLiteral("searchMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("zebra")));
    // Punctuation alone is nothing to search for: a sentence, not an error box.
    window.searchPalette()->search(QStringLiteral("\"*("));
    QCOMPARE(window.searchPalette()->results()->count(), 0);
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    // Enter with nothing to open does nothing and keeps the palette.
    QTest::keyClick(window.searchPalette()->field(), Qt::Key_Return);
    QCOMPARE(window.currentSection(), MainWindow::Section::Notes);
}

void TestShell::notificationBadgeCountsUnread()
{
    auto data = open();
    const QString me = voxnote::people::PersonRepository(data->database()).me().id;
    voxnote::tasks::TaskRepository tasks(data->database(), me);
    const auto task = tasks.create({.title = QStringLiteral("Review the draft")});
    voxnote::notify::NotificationRepository notifications(data->database());
    notifications.create(
        me, task.id, QStringLiteral("assigned"), QStringLiteral("Mina assigned “Review the draft” to you."));
    notifications.create(me, QString(), QStringLiteral("job_done"), QStringLiteral("“scan.png” is ready."));

    MainWindow window(*data);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QListWidgetItem* item = sidebar->item(static_cast<int>(MainWindow::Section::Notifications));
    QCOMPARE(item->data(kBadgeRole).toInt(), 2);
    QCOMPARE(item->text(), QStringLiteral("Notifications"));

    window.showSection(MainWindow::Section::Notifications);
    voxnote::ui::NotificationsPage* page = window.notificationsPage();
    QCOMPARE(page->list()->count(), 2);
    QVERIFY(page->isUnread(0) && page->isUnread(1));

    // Clicking the task's notification reads it and opens the task.
    int taskRow = page->list()->item(0)->text().contains(QStringLiteral("Review")) ? 0 : 1;
    QTest::mouseClick(page->list()->viewport(), Qt::LeftButton, {},
        page->list()->visualItemRect(page->list()->item(taskRow)).center());
    QCOMPARE(window.currentSection(), MainWindow::Section::Tasks);
    QCOMPARE(window.tasksPage()->editor()->taskId(), task.id);
    QCOMPARE(notifications.unreadCount(me), 1);
    QTRY_COMPARE(item->data(kBadgeRole).toInt(), 1); // the badge follows the data
    QVERIFY(!page->isUnread(taskRow));

    // One arriving later (a job, sync) shows up by itself.
    notifications.create(
        me, QString(), QStringLiteral("job_failed"), QStringLiteral("“b.wav” failed: empty file."));
    QTRY_COMPARE_WITH_TIMEOUT(item->data(kBadgeRole).toInt(), 2, 5000);
    // …and is announced on the desktop (through the tray, where there is one).
    QVERIFY(window.notificationCenter()->announced().last().contains(
        QStringLiteral("“b.wav” failed: empty file.")));
    QCOMPARE(window.notificationCenter()->announced().size(), 1); // the two older ones were not news

    window.showSection(MainWindow::Section::Notifications);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("markAllRead")), Qt::LeftButton);
    QCOMPARE(notifications.unreadCount(me), 0);
    QTRY_COMPARE(item->data(kBadgeRole).toInt(), 0);
    QCOMPARE(page->list()->count(), 3);
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("markAllRead"))->isEnabled());
}

void TestShell::failedJobShowsItsSentenceAndRetryWorks()
{
    auto data = open();
    MainWindow window(*data);
    voxnote::test::registerFlaky(window.jobQueue(), QStringLiteral("ocr"));
    voxnote::test::FlakyStage::failures = 1;
    window.showSection(MainWindow::Section::Jobs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString id = window.jobQueue().enqueue(QStringLiteral("ocr"), QStringLiteral("hash-1"),
        {{QStringLiteral("fileName"), QStringLiteral("scan.png")},
            {QStringLiteral("noteId"), QStringLiteral("n1")}});
    QVERIFY(window.jobQueue().waitForIdle(20000));

    voxnote::ui::JobsPage* page = window.jobsPage();
    voxnote::ui::JobListModel* model = page->model();
    const int row = model->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, voxnote::ui::JobListModel::StateColumn).data().toString(),
        QStringLiteral("Failed"));
    QCOMPARE(model->index(row, voxnote::ui::JobListModel::SubjectColumn).data().toString(),
        QStringLiteral("scan.png"));
    QCOMPARE(model->index(row, voxnote::ui::JobListModel::MessageColumn).data().toString(),
        QStringLiteral("“scan.png” is not an image Voxnote can read (truncated PNG data)."));
    // The failure is a notification too.
    QTRY_COMPARE_WITH_TIMEOUT(
        window.findChild<QListWidget*>(QStringLiteral("sidebar"))->item(5)->data(kBadgeRole).toInt(), 1,
        5000);

    // Said in the window too, whichever section is open, with the whole sentence.
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("truncated PNG data")),
        qPrintable(window.statusBar()->currentMessage()));
    page->selectJob(id);
    QVERIFY(page->details().contains(QStringLiteral("“scan.png” is not an image Voxnote can read")));
    auto* retry = page->findChild<QPushButton*>(QStringLiteral("retryJob"));
    auto* cancel = page->findChild<QPushButton*>(QStringLiteral("cancelJob"));
    QVERIFY(retry->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(window.jobQueue().waitForIdle(20000));
    QTRY_COMPARE(model->index(model->rowOf(id), voxnote::ui::JobListModel::StateColumn).data().toString(),
        QStringLiteral("Done"));
    QVERIFY(!retry->isEnabled());
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("openJobNote"))->isEnabled());
}

void TestShell::statusBarShowsRunningJobAndCancels()
{
    auto data = open();
    MainWindow window(*data, MainWindow::Options {.workers = 1, .startJobs = false});
    voxnote::test::registerFlaky(window.jobQueue(), QStringLiteral("ocr"));
    voxnote::test::FlakyStage::failures = 0;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    voxnote::ui::JobStatusBar* status = window.jobStatusBar();
    QVERIFY(!status->isVisible());
    const QString first = window.jobQueue().enqueue(QStringLiteral("ocr"), QStringLiteral("a"),
        {{QStringLiteral("fileName"), QStringLiteral("first.png")}});
    const QString second = window.jobQueue().enqueue(QStringLiteral("ocr"), QStringLiteral("b"),
        {{QStringLiteral("fileName"), QStringLiteral("second.png")}});
    status->refresh(); // as an import does after queueing
    QVERIFY(status->isVisible());
    QCOMPARE(status->shownJobId(), first);
    QVERIFY2(status->text().contains(QStringLiteral("first.png")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("+1")), qPrintable(status->text()));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->item(static_cast<int>(MainWindow::Section::Jobs))->data(kBadgeRole).toInt(), 2);

    QTest::mouseClick(status->findChild<QToolButton*>(QStringLiteral("jobStatusCancel")), Qt::LeftButton);
    QTRY_COMPARE(window.jobQueue().status(first)->state, voxnote::jobs::JobState::Cancelled);
    QTRY_COMPARE(status->shownJobId(), second);

    // Clicking the status shows the Jobs section.
    QTest::mouseClick(status, Qt::LeftButton);
    QCOMPARE(window.currentSection(), MainWindow::Section::Jobs);
    window.jobQueue().start();
    QVERIFY(window.jobQueue().waitForIdle(20000));
    QTRY_VERIFY(!status->isVisible());
    QCOMPARE(sidebar->item(static_cast<int>(MainWindow::Section::Jobs))->data(kBadgeRole).toInt(), 0);
}

void TestShell::dashboardDrawsTheNumbers()
{
    auto data = open();
    voxnote::people::PersonRepository people(data->database());
    const QString me = people.me().id;
    const QString mina = people.add(QStringLiteral("Mina"), QString()).id;
    voxnote::tasks::TaskRepository tasks(data->database(), me);
    tasks.create({.title = QStringLiteral("One")});
    tasks.create({.title = QStringLiteral("Two"), .assigneeId = mina});
    const auto late
        = tasks.create({.title = QStringLiteral("Late"), .dueDate = QDate::currentDate().addDays(-3)});
    Q_UNUSED(late)
    const auto done = tasks.create({.title = QStringLiteral("Done one"), .assigneeId = mina});
    voxnote::tasks::TaskChanges changes;
    changes.status = voxnote::tasks::TaskStatus::Done;
    tasks.update(done.id, changes);

    MainWindow window(*data);
    window.resize(1200, 800);
    window.showSection(MainWindow::Section::Dashboard);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    voxnote::ui::DashboardPage* dashboard = window.dashboardPage();
    QVERIFY(!dashboard->isShowingEmptyState());
    QCOMPARE(dashboard->overdueShown(), 1);
    QCOMPARE(dashboard->findChild<QLabel*>(QStringLiteral("overdueCount"))->text(), QStringLiteral("1"));
    const QList<QChart*> charts = dashboard->charts();
    QCOMPARE(charts.size(), 4);
    for (QChart* chart : charts)
        QCOMPARE(chart->series().size(), 1);
    auto* pie = qobject_cast<QPieSeries*>(charts.at(0)->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->sum(), 4.0);
    QCOMPARE(pie->slices().at(2)->value(), 1.0); // done

    // A task finished elsewhere (the board) redraws it.
    tasks.update(tasks.list({}, QDate::currentDate()).first().id, changes);
    dashboard->markChanged();
    QTRY_COMPARE(
        qobject_cast<QPieSeries*>(dashboard->charts().at(0)->series().first())->slices().at(2)->value(), 2.0);
    QVERIFY(window.grab().save(QStringLiteral("shell-dashboard.png")));
}

void TestShell::dashboardHasAnEmptyState()
{
    auto data = open();
    MainWindow window(*data);
    window.showSection(MainWindow::Section::Dashboard);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.dashboardPage()->isShowingEmptyState());
}

void TestShell::dropFolderBrokenAndGoodFiles()
{
    auto data = open();
    MainWindow window(*data);
    // The pages' models keep the item-model contract through every change below.
    QAbstractItemModelTester jobsContract(window.jobsPage()->model());
    QAbstractItemModelTester notesContract(window.notesPage()->model());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir files;
    const QString folder = files.filePath(QStringLiteral("a folder"));
    QVERIFY(QDir().mkpath(folder));
    const QString broken = files.filePath(QStringLiteral("broken.png"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n not really");
    }
    const QString image = files.filePath(QStringLiteral("page.png"));
    {
        QImage page(400, 200, QImage::Format_RGB32);
        page.fill(Qt::white);
        QVERIFY(page.save(image));
    }
    const QStringList paths {folder, broken, image};

    voxnote::settings::Settings().setOcrLanguages({QStringLiteral("eng"), QStringLiteral("kor")});
    // Dropped on the note list, where a file would otherwise be nothing.
    dropFiles(window.notesPage()->findChild<QListView*>(QStringLiteral("noteList"))->viewport(), paths);
    QTRY_VERIFY_WITH_TIMEOUT(!window.importQueue()->isBusy(), 20000);
    QMessageBox* report = nullptr;
    QTRY_VERIFY((report = window.findChild<QMessageBox*>(QStringLiteral("importReport"))));
    const QString failures = report->informativeText();
    QVERIFY2(failures.contains(QStringLiteral("a folder")), qPrintable(failures));
    QVERIFY2(failures.contains(QStringLiteral("broken.png")), qPrintable(failures));
    QVERIFY2(!failures.contains(QStringLiteral("page.png")), qPrintable(failures));
    report->close();
    const int good = static_cast<int>(paths.size()) - 2;
    QCOMPARE(voxnote::notes::NoteRepository(data->database()).list().size(), good);
    QCOMPARE(window.notesPage()->model()->rowCount(), good);
    // Each good file started its job (the Jobs page follows the data).
    QTRY_COMPARE(window.jobsPage()->model()->rowCount(), good);
    QCOMPARE(window.jobsPage()->model()->jobAt(0).kind, QStringLiteral("ocr"));
    // …with the languages chosen in Settings.
    QCOMPARE(window.jobsPage()->model()->jobAt(0).params.value(QStringLiteral("languages")).toString(),
        QStringLiteral("eng+kor"));
}

void TestShell::dropAFolderImportsWhatItHolds()
{
    auto data = open();
    MainWindow window(*data, MainWindow::Options {.workers = 1, .startJobs = false});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir files;
    const QString root = files.filePath(QStringLiteral("scans"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/2024/march")));
    QImage page(400, 200, QImage::Format_RGB32);
    page.fill(Qt::white);
    QVERIFY(page.save(root + QStringLiteral("/cover.png")));
    QVERIFY(page.save(root + QStringLiteral("/2024/march/receipt.png")));
    QVERIFY(QFile::copy(voxnote::test::testData(QStringLiteral("speech/jfk.flac")),
        root + QStringLiteral("/2024/speech.flac")));
    for (const QString& other : {QStringLiteral("/readme.txt"), QStringLiteral("/2024/march/budget.ods")}) {
        QFile file(root + other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not media");
    }
    // A link back to the top, as a careless backup leaves one.
    QVERIFY(QFile::link(root, root + QStringLiteral("/2024/march/all-scans")));

    dropFiles(window.notesPage(), {root});
    QTRY_VERIFY_WITH_TIMEOUT(!window.importQueue()->isBusy(), 30000);
    QCOMPARE(voxnote::notes::NoteRepository(data->database()).list().size(), 3);
    QMessageBox* report = nullptr;
    QTRY_VERIFY((report = window.findChild<QMessageBox*>(QStringLiteral("importReport"))));
    QCOMPARE(report->text(), QStringLiteral("3 file(s) imported."));
    const QString skipped = report->informativeText();
    QVERIFY2(skipped.contains(QStringLiteral("2 file(s) skipped: neither recordings nor images")),
        qPrintable(skipped));
    QVERIFY2(skipped.contains(QStringLiteral("readme.txt")) && skipped.contains(QStringLiteral("budget.ods")),
        qPrintable(skipped));
    QVERIFY2(skipped.contains(
                 QStringLiteral("1 link(s) back to a folder already imported not followed (all-scans)")),
        qPrintable(skipped));
    report->close();
}

void TestShell::dropARecordingStartsItsTranscription()
{
    auto data = open();
    MainWindow window(*data, MainWindow::Options {.workers = 1, .startJobs = false});
    // The page's model keeps the item-model contract through every change below.
    QAbstractItemModelTester jobsContract(window.jobsPage()->model());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    dropFiles(window.boardPage(), {voxnote::test::testData(QStringLiteral("speech/jfk.flac"))});
    QTRY_VERIFY_WITH_TIMEOUT(!window.importQueue()->isBusy(), 20000);
    if (auto* report = window.findChild<QMessageBox*>(QStringLiteral("importReport")))
        QFAIL(qPrintable(report->informativeText()));
    QCOMPARE(window.currentSection(), MainWindow::Section::Notes); // one file: its note is shown
    QCOMPARE(window.notesPage()->model()->rowCount(), 1);
    QTRY_COMPARE(window.jobsPage()->model()->rowCount(), 1);
    QCOMPARE(window.jobsPage()->model()->jobAt(0).kind, QStringLiteral("transcribe"));
    QVERIFY(window.jobStatusBar()->text().contains(QStringLiteral("jfk.flac")));
}

void TestShell::importWhileWritingKeepsTheNoteOpen()
{
    auto data = open();
    voxnote::notes::NoteRepository notes(data->database());
    const auto note = notes.create(QStringLiteral("Draft"), QStringLiteral("First line"));
    MainWindow window(*data, MainWindow::Options {.workers = 1, .startJobs = false});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.notesPage()->select(note.id);
    auto* body = window.notesPage()->findChild<QPlainTextEdit*>(QStringLiteral("noteBody"));
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(", second"));

    QTemporaryDir files;
    QStringList paths;
    for (int i = 0; i < 2; ++i) {
        QImage image(80 + i, 40, QImage::Format_RGB32);
        image.fill(Qt::white);
        paths << files.filePath(QStringLiteral("page-%1.png").arg(i));
        QVERIFY(image.save(paths.last()));
    }
    dropFiles(body->viewport(), paths); // into the text: imported, not pasted as paths
    QTRY_VERIFY_WITH_TIMEOUT(!window.importQueue()->isBusy(), 20000);
    QCOMPARE(notes.list().size(), 3);
    QCOMPARE(window.notesPage()->editor()->noteId(), note.id);
    QCOMPARE(body->toPlainText(), QStringLiteral("First line, second"));
    QCOMPARE(notes.find(note.id)->body, QStringLiteral("First line, second"));
}

void TestShell::dropFiftyFilesKeepsTheWindowResponsive()
{
    auto data = open();
    MainWindow window(*data, MainWindow::Options {.workers = 1, .startJobs = false});
    // The pages' models keep the item-model contract through every change below.
    QAbstractItemModelTester jobsContract(window.jobsPage()->model());
    QAbstractItemModelTester notesContract(window.notesPage()->model());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir files;
    QStringList paths;
    for (int i = 0; i < 50; ++i) {
        QImage image(64 + i, 48, QImage::Format_RGB32); // fifty different images
        image.fill(QColor::fromHsv(i * 7, 120, 230));
        paths << files.filePath(QStringLiteral("photo-%1.png").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(image.save(paths.last()));
    }
    QSignalSpy progress(window.importQueue(), &voxnote::ui::ImportQueue::progressChanged);
    dropFiles(window.jobsPage(), paths);
    // The drop returns at once; the event loop runs between the files.
    QVERIFY(window.importQueue()->isBusy());
    int doneWhenTheLoopRan = -1;
    QTimer::singleShot(
        0, this, [&] { doneWhenTheLoopRan = progress.isEmpty() ? 0 : progress.last().at(0).toInt(); });
    QTRY_VERIFY_WITH_TIMEOUT(!window.importQueue()->isBusy(), 60000);
    QVERIFY2(
        doneWhenTheLoopRan >= 0 && doneWhenTheLoopRan < 50, qPrintable(QString::number(doneWhenTheLoopRan)));
    QCOMPARE(progress.last().at(0).toInt(), 50);
    QCOMPARE(voxnote::notes::NoteRepository(data->database()).list(100).size(), 50);
    QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("importReport"))); // nothing failed
    QTRY_COMPARE(window.jobsPage()->model()->rowCount(), 50);
    QTRY_VERIFY(window.jobStatusBar()->text().contains(QStringLiteral("+49")));
}

void TestShell::pasteAnImage()
{
    auto data = open();
    MainWindow window(*data);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QImage image(300, 120, QImage::Format_RGB32);
    image.fill(Qt::white);
    QApplication::clipboard()->setImage(image);
    QVERIFY(window.pasteImage());
    // Stored off the GUI thread; the new note opens when it is made.
    QTRY_VERIFY_WITH_TIMEOUT(!window.importQueue()->isBusy(), 20000);
    const QList<voxnote::notes::Note> pasted = voxnote::notes::NoteRepository(data->database()).list();
    QCOMPARE(pasted.size(), 1);
    QVERIFY(pasted.first().title.startsWith(QStringLiteral("Pasted image")));
    QCOMPARE(window.currentSection(), MainWindow::Section::Notes);
    QCOMPARE(window.notesPage()->editor()->noteId(), pasted.first().id);
    QTRY_COMPARE(window.jobsPage()->model()->rowCount(), 1);

    // Ctrl+V with the focus in the note list does the same.
    auto* list = window.notesPage()->findChild<QListView*>(QStringLiteral("noteList"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(voxnote::notes::NoteRepository(data->database()).list().size(), 2);
    QTRY_VERIFY(!window.importQueue()->isBusy());

    // Text on the clipboard is not an image: nothing happens.
    QApplication::clipboard()->setText(QStringLiteral("just words"));
    QVERIFY(!window.pasteImage());
    QCOMPARE(voxnote::notes::NoteRepository(data->database()).list().size(), 2);
    // In a text field Ctrl+V pastes the text, as everywhere.
    auto* title = window.notesPage()->findChild<QLineEdit*>(QStringLiteral("noteTitle"));
    title->setFocus();
    title->clear();
    QTest::keyClick(title, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(title->text(), QStringLiteral("just words"));
    QCOMPARE(voxnote::notes::NoteRepository(data->database()).list().size(), 2);
}

void TestShell::themeFromTheViewMenu()
{
    auto data = open();
    MainWindow window(*data);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    qunsetenv("VOXNOTE_THEME"); // the person's choice counts only without the override
    QMenu* themes = nullptr;
    for (QMenu* menu : window.findChildren<QMenu*>())
        if (menu->title() == QStringLiteral("&Theme"))
            themes = menu;
    QVERIFY(themes);
    QAction* dark = themes->actions().at(2);
    QCOMPARE(dark->text(), QStringLiteral("Dark"));
    dark->trigger();
    QCOMPARE(voxnote::ui::Theme::mode(), voxnote::ui::Theme::Mode::Dark);
    QVERIFY(voxnote::ui::Theme::isDark());
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar->palette().color(QPalette::Base).lightness() < 80);
    themes->actions().at(1)->trigger(); // light
    QVERIFY(!voxnote::ui::Theme::isDark());
    QVERIFY(sidebar->palette().color(QPalette::Base).lightness() > 180);
    qputenv("VOXNOTE_THEME", "light");
}

void TestShell::settingsSaveProfileTeamAndEmail()
{
    auto data = open();
    voxnote::people::PersonRepository people(data->database());
    const QString jun = people.add(QStringLiteral("Jun"), QString()).id;
    voxnote::ui::SettingsDialog dialog(data->profile(), data->settings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit*>(QStringLiteral("myName"))->setText(QStringLiteral("Hana"));
    dialog.findChild<QLineEdit*>(QStringLiteral("myEmail"))->setText(QStringLiteral("hana@example.org"));

    // Team: add one, rename another; both apply at once.
    auto* team = dialog.findChild<QListWidget*>(QStringLiteral("teamList"));
    QCOMPARE(team->count(), 1);
    dialog.findChild<QLineEdit*>(QStringLiteral("memberName"))->setText(QStringLiteral("Mina"));
    dialog.findChild<QLineEdit*>(QStringLiteral("memberEmail"))->setText(QStringLiteral("mina@example.org"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addMember")), Qt::LeftButton);
    QCOMPARE(team->count(), 2);
    for (int row = 0; row < team->count(); ++row)
        if (team->item(row)->data(Qt::UserRole).toString() == jun)
            team->setCurrentRow(row);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("memberName"))->text(), QStringLiteral("Jun"));
    dialog.findChild<QLineEdit*>(QStringLiteral("memberName"))->setText(QStringLiteral("Junho"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("renameMember")), Qt::LeftButton);
    QCOMPARE(people.find(jun)->name, QStringLiteral("Junho"));

    dialog.findChild<QLineEdit*>(QStringLiteral("smtpUrl"))
        ->setText(QStringLiteral("smtps://mail.example.org:465"));
    dialog.findChild<QLineEdit*>(QStringLiteral("smtpFrom"))->setText(QStringLiteral("voxnote@example.org"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("smtpPassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(QStringLiteral("s3cret"));
    // Sending without encryption is off unless the person ticks it.
    auto* unencrypted = dialog.findChild<QCheckBox*>(QStringLiteral("smtpUnencrypted"));
    QVERIFY(unencrypted);
    QVERIFY(!unencrypted->isChecked());
    unencrypted->setChecked(true);
    auto* speakers = dialog.findChild<QSpinBox*>(QStringLiteral("speakerCount"));
    QCOMPARE(speakers->text(), QStringLiteral("Estimate"));
    speakers->setValue(3);
    auto* languages = dialog.findChild<QListWidget*>(QStringLiteral("ocrLanguages"));
    QVERIFY(languages->count() > 0); // the set-up installs eng and kor
    for (int row = 0; row < languages->count(); ++row)
        languages->item(row)->setCheckState(Qt::Checked);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("dataLocation"))->text(), data->dataDir());
    QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("syncTab")));

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(people.me().name, QStringLiteral("Hana"));
    QCOMPARE(people.me().email, QStringLiteral("hana@example.org"));
    QCOMPARE(people.list().size(), 3);
    const voxnote::notify::SmtpSettings smtp = voxnote::notify::EmailOutbox::settings(data->database());
    QCOMPARE(smtp.url, QStringLiteral("smtps://mail.example.org:465"));
    QCOMPARE(smtp.password, QStringLiteral("s3cret"));
    QVERIFY(smtp.allowUnencrypted);
    QCOMPARE(voxnote::settings::Settings().speakers(), 3);
    QCOMPARE(voxnote::settings::Settings().ocrLanguages().size(), languages->count());
}

void TestShell::settingsVoiceListDoesNotDropTheSavedVoice()
{
    auto data = open();
    data->settings().setVoice(QStringLiteral("gmw/en-GB-scotland"));
    voxnote::ui::SettingsDialog dialog(data->profile(), data->settings());
    auto* voice = dialog.findChild<QComboBox*>(QStringLiteral("defaultVoice"));
    // Before the engine worker has listed its voices, the saved one is chosen…
    QCOMPARE(voice->currentData().toString(), QStringLiteral("gmw/en-GB-scotland"));
    // …and the list arrives without blocking the dialog, keeping the choice.
    QTRY_VERIFY_WITH_TIMEOUT(voice->count() > 10, 30000);
    QCOMPARE(voice->currentData().toString(), QStringLiteral("gmw/en-GB-scotland"));
    QCOMPARE(voice->findData(QStringLiteral("gmw/en-GB-scotland")), voice->currentIndex());
    QVERIFY(voice->currentText() != QStringLiteral("gmw/en-GB-scotland")); // its name, not its identifier
}

void TestShell::settingsRefuseABadServer()
{
    auto data = open();
    voxnote::ui::SettingsDialog dialog(data->profile(), data->settings());
    dialog.findChild<QLineEdit*>(QStringLiteral("smtpUrl"))->setText(QStringLiteral("mail.example.org"));
    QTimer::singleShot(0, &dialog, [&dialog] {
        // The warning names the server; close it as a person would.
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("mail.example.org")));
        box->accept();
    });
    QVERIFY(!dialog.save());
    QCOMPARE(dialog.tabs()->currentIndex(), 3);
    QVERIFY(voxnote::notify::EmailOutbox::settings(data->database()).url.isEmpty());
}

void TestShell::switchToKorean()
{
    auto data = open();
    {
        // Chosen in Settings from the window, which then offers to restart.
        MainWindow window(*data);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy restart(&window, &MainWindow::restartRequested);
        QTimer::singleShot(0, &window, [] {
            auto* dialog = qobject_cast<voxnote::ui::SettingsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageChoice"));
            language->setCurrentIndex(language->findData(QStringLiteral("ko")));
            dialog->accept();
        });
        window.showSettings();
        QCOMPARE(voxnote::settings::Settings().language(), QStringLiteral("ko"));
        auto* offer = window.findChild<QMessageBox*>(QStringLiteral("restartOffer"));
        QVERIFY(offer);
        QVERIFY(offer->isVisible());
        QVERIFY(offer->grab().save(QStringLiteral("shell-restart-offer.png")));
        offer->findChild<QPushButton*>(QStringLiteral("restartNow"))->click();
        QCOMPARE(restart.count(), 1);
        QTRY_VERIFY(!window.isVisible());
    }
    {
        // Settings saved without a new language offer nothing.
        voxnote::ui::SettingsDialog dialog(data->profile(), data->settings());
        QSignalSpy changed(&dialog, &voxnote::ui::SettingsDialog::languageChanged);
        dialog.accept();
        QCOMPARE(changed.count(), 0);
    }

    // The next start, as main() does it.
    QLocale::setDefault(QLocale(voxnote::settings::Settings().language()));
    voxnote::installTranslations(*qApp);
    MainWindow window(*data);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->item(0)->text(), QStringLiteral("메모"));
    QCOMPARE(sidebar->item(1)->text(), QStringLiteral("할 일"));
    QCOMPARE(sidebar->item(3)->text(), QStringLiteral("대시보드"));
    window.showSection(MainWindow::Section::Tasks);
    QTest::qWait(50);
    QVERIFY(window.grab().save(QStringLiteral("shell-korean.png")));
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators)
        QCoreApplication::removeTranslator(translator);
    QLocale::setDefault(QLocale(QLocale::English));
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
