#include "TestSupport.h"
#include "services/Services.h"
#include "storage/Connection.h"
#include "storage/DataDirectory.h"

#include "EmptyStatePage.h"
#include "MainWindow.h"
#include "Theme.h"
#include "dashboard/DashboardPage.h"

#include "notes/NoteEditor.h"
#include "notes/NoteListModel.h"
#include "notes/NoteRepository.h"
#include "notes/NotesPage.h"
#include "notify/NotificationRepository.h"
#include "people/PersonRepository.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"
#include "tasks/BoardColumn.h"
#include "tasks/BoardPage.h"
#include "tasks/TaskEditor.h"
#include "tasks/TaskListModel.h"
#include "tasks/TaskRepository.h"
#include "tasks/TasksPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QThread>
#include <QToolButton>

using voxnote::ui::EmptyStatePage;
using voxnote::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensWithEverySection();
    void keyboardSwitchesSections();
    void restoresSizeAndSection();
    void screenshot();
    void darkTheme();
    void writeANoteAndFindItSaved();
    void trashAndRestoreANote();
    void longListIsFetchedLazily();
    void createATaskAndFollowItsHistory();
    void dragACardToDone();
    void pagesFollowTheDataNotEachOther();

private:
    std::unique_ptr<voxnote::services::Services> profile(const QTemporaryDir& dir)
    {
        return voxnote::services::Services::open(dir.path());
    }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("voxnote-test"));
    QSettings().clear();
}

void TestMainWindow::opensWithEverySection()
{
    QTemporaryDir dir;
    auto data = profile(dir);
    MainWindow window(*data);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QStringList names;
    for (int row = 0; row < sidebar->count(); ++row)
        names << sidebar->item(row)->text();
    QCOMPARE(names,
        (QStringList {QStringLiteral("Notes"), QStringLiteral("Tasks"), QStringLiteral("Board"),
            QStringLiteral("Dashboard"), QStringLiteral("Jobs"), QStringLiteral("Notifications")}));

    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(pages);
    QCOMPARE(pages->count(), sidebar->count());
    sidebar->setCurrentRow(3);
    QCOMPARE(window.currentSection(), MainWindow::Section::Dashboard);
    QCOMPARE(pages->currentWidget(), window.dashboardPage());
    QVERIFY(window.dashboardPage()->isShowingEmptyState());
    QCOMPARE(pages->currentWidget()->findChild<EmptyStatePage*>()->title(),
        QStringLiteral("Nothing to chart yet"));
}

void TestMainWindow::keyboardSwitchesSections()
{
    QTemporaryDir dir;
    auto data = profile(dir);
    MainWindow window(*data);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), MainWindow::Section::Tasks);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), MainWindow::Section::Jobs);
}

void TestMainWindow::restoresSizeAndSection()
{
    QTemporaryDir dir;
    {
        auto data = profile(dir);
        MainWindow window(*data);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.showSection(MainWindow::Section::Board);
        window.close();
    }
    auto data = profile(dir);
    MainWindow again(*data);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 640));
    QCOMPARE(again.currentSection(), MainWindow::Section::Board);
}

void TestMainWindow::screenshot()
{
    // Kept in the build folder for a person to look at.
    QTemporaryDir dir;
    auto data = profile(dir);
    MainWindow window(*data);
    window.resize(1100, 700);
    window.showSection(MainWindow::Section::Notes);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.grab().save(QStringLiteral("mainwindow.png")));
}

void TestMainWindow::darkTheme()
{
    qputenv("VOXNOTE_THEME", "dark");
    voxnote::ui::Theme::apply(*qApp);
    QVERIFY(voxnote::ui::Theme::isDark());
    QTemporaryDir dir;
    auto data = profile(dir);
    MainWindow window(*data);
    window.resize(1100, 700);
    window.showSection(MainWindow::Section::Tasks);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(window.palette().color(QPalette::WindowText).lightness() > 180);
    QVERIFY(window.grab().save(QStringLiteral("mainwindow-dark.png")));
    qputenv("VOXNOTE_THEME", "light");
    voxnote::ui::Theme::apply(*qApp);
    QVERIFY(!voxnote::ui::Theme::isDark());
    qunsetenv("VOXNOTE_THEME");
}

void TestMainWindow::writeANoteAndFindItSaved()
{
    QTemporaryDir dir;
    auto data = profile(dir);
    MainWindow window(*data);
    // The page's model keeps the item-model contract through every change below.
    QAbstractItemModelTester notesContract(window.notesPage()->model());
    window.show();
    window.showSection(MainWindow::Section::Notes); // the last test may have left another one saved
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    voxnote::ui::NotesPage* notes = window.notesPage();
    QTest::mouseClick(notes->findChild<QToolButton*>(QStringLiteral("newNote")), Qt::LeftButton);
    auto* title = notes->findChild<QLineEdit*>(QStringLiteral("noteTitle"));
    auto* body = notes->findChild<QPlainTextEdit*>(QStringLiteral("noteBody"));
    QVERIFY(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("Shopping"));
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("milk, bread"));
    // Saved by itself a moment after typing stops.
    voxnote::notes::NoteRepository repository(data->database());
    QTRY_COMPARE_WITH_TIMEOUT(repository.list().value(0).body, QStringLiteral("milk, bread"), 5000);
    QCOMPARE(repository.list().first().title, QStringLiteral("Shopping"));
    QCOMPARE(notes->model()->rowCount(), 1);
    QCOMPARE(notes->model()->index(0).data().toString(), QStringLiteral("Shopping"));

    auto* tags = notes->findChild<QLineEdit*>(QStringLiteral("noteTags"));
    tags->setFocus();
    QTest::keyClicks(tags, QStringLiteral("#home errands"));
    QTest::keyClick(tags, Qt::Key_Return);
    QCOMPARE(repository.list(100, 0, QStringLiteral("errands")).size(), 1);
    QTest::qWait(50); // let the list lay out its rows, as the event loop would
    QVERIFY(window.grab().save(QStringLiteral("notes.png")));
}

void TestMainWindow::trashAndRestoreANote()
{
    QTemporaryDir dir;
    auto data = profile(dir);
    voxnote::notes::NoteRepository repository(data->database());
    const auto note = repository.create(QStringLiteral("Old plan"), QStringLiteral("text"));
    MainWindow window(*data);
    // The page's model keeps the item-model contract through every change below.
    QAbstractItemModelTester notesContract(window.notesPage()->model());
    window.show();
    window.showSection(MainWindow::Section::Notes); // the last test may have left another one saved
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    voxnote::ui::NotesPage* notes = window.notesPage();
    notes->select(note.id);
    QCOMPARE(notes->editor()->noteId(), note.id);
    const auto button = [&](const QString& text) {
        const auto buttons = notes->editor()->findChildren<QToolButton*>();
        return *std::find_if(
            buttons.cbegin(), buttons.cend(), [&](QToolButton* b) { return b->text() == text; });
    };
    QToolButton* pin = button(QStringLiteral("Pin"));
    QVERIFY2(pin->isVisible() && pin->isEnabled(),
        qPrintable(QStringLiteral("%1 %2").arg(pin->isVisible()).arg(pin->isEnabled())));
    QTest::mouseClick(pin, Qt::LeftButton);
    QVERIFY(repository.find(note.id)->pinned);
    QTest::mouseClick(button(QStringLiteral("Move to Trash")), Qt::LeftButton);
    QVERIFY(repository.find(note.id)->deletedAtMs.has_value());
    QCOMPARE(notes->model()->rowCount(), 0);

    notes->findChild<QComboBox*>()->setCurrentIndex(1); // the trash
    QCOMPARE(notes->model()->rowCount(), 1);
    notes->select(note.id);
    QTest::mouseClick(
        notes->editor()->findChild<QPushButton*>(QStringLiteral("restoreNote")), Qt::LeftButton);
    QVERIFY(!repository.find(note.id)->deletedAtMs.has_value());
}

void TestMainWindow::longListIsFetchedLazily()
{
    QTemporaryDir dir;
    auto data = profile(dir);
    voxnote::notes::NoteRepository repository(data->database());
    {
        voxnote::storage::Transaction transaction(data->database());
        for (int i = 0; i < 1000; ++i)
            repository.create(QStringLiteral("Note %1").arg(i), QStringLiteral("body"));
        transaction.commit();
    }
    MainWindow window(*data);
    // The page's model keeps the item-model contract through every change below.
    QAbstractItemModelTester notesContract(window.notesPage()->model());
    window.show();
    window.showSection(MainWindow::Section::Notes); // the last test may have left another one saved
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    voxnote::ui::NoteListModel* model = window.notesPage()->model();
    QVERIFY(model->rowCount() < 1000);
    QCOMPARE(model->rowCount() % voxnote::ui::NoteListModel::kPageSize, 0);
    auto* list = window.notesPage()->findChild<QListView*>(QStringLiteral("noteList"));
    for (int i = 0; i < 20 && model->canFetchMore({}); ++i) {
        list->scrollToBottom();
        QCoreApplication::processEvents();
    }
    QCOMPARE(model->rowCount(), 1000);

    // Editing a note far down saves it without resetting the list.
    const QModelIndex deep = model->index(900, 0);
    list->setCurrentIndex(deep);
    const QString id = deep.data(voxnote::ui::NoteListModel::IdRole).toString();
    auto* body = window.notesPage()->findChild<QPlainTextEdit*>(QStringLiteral("noteBody"));
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" edited"));
    window.notesPage()->editor()->save();
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(list->currentIndex().row(), 900);
    QCOMPARE(model->index(900, 0).data(voxnote::ui::NoteListModel::PreviewRole).toString(),
        QStringLiteral("body edited"));
    QCOMPARE(repository.find(id)->body, QStringLiteral("body edited"));
}

void TestMainWindow::createATaskAndFollowItsHistory()
{
    QTemporaryDir dir;
    auto data = profile(dir);
    voxnote::people::PersonRepository(data->database())
        .add(QStringLiteral("Mina"), QStringLiteral("mina@example.org"));
    MainWindow window(*data);
    // The page's model keeps the item-model contract through every change below.
    QAbstractItemModelTester tasksContract(window.tasksPage()->model());
    window.resize(1200, 700);
    window.showSection(MainWindow::Section::Tasks);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    voxnote::ui::TasksPage* tasks = window.tasksPage();
    auto* quickAdd = tasks->findChild<QLineEdit*>(QStringLiteral("quickAddTask"));
    QTest::keyClicks(quickAdd, QStringLiteral("Send the minutes"));
    QTest::keyClick(quickAdd, Qt::Key_Return);
    QCOMPARE(tasks->model()->rowCount(), 1);
    QCOMPARE(tasks->editor()->taskId(), tasks->model()->taskAt(0).id);

    // Move it to Done and give it to Mina from the editor.
    auto* status = tasks->editor()->findChild<QComboBox*>(QStringLiteral("taskStatus"));
    status->setCurrentIndex(2);
    emit status->activated(2);
    auto* assignee = tasks->editor()->findChild<QComboBox*>(QStringLiteral("taskAssignee"));
    const int mina = assignee->findText(QStringLiteral("Mina"));
    assignee->setCurrentIndex(mina);
    emit assignee->activated(mina);
    const voxnote::tasks::Task task = tasks->model()->taskAt(0);
    QCOMPARE(task.status, voxnote::tasks::TaskStatus::Done);
    QVERIFY(!task.assigneeId.isEmpty());

    auto* comment = tasks->editor()->findChild<QLineEdit*>(QStringLiteral("taskComment"));
    QTest::keyClicks(comment, QStringLiteral("Sent to the team"));
    QTest::keyClick(comment, Qt::Key_Return);
    auto* history = tasks->editor()->findChild<QListWidget*>(QStringLiteral("taskHistory"));
    QCOMPARE(history->count(), 4); // created, status, assignee, comment
    QVERIFY(history->item(1)->text().endsWith(u"changed status: To do → Done"));
    QVERIFY(history->item(2)->text().endsWith(u"changed assignee: (none) → Mina"));
    QVERIFY(history->item(3)->text().endsWith(u"commented: Sent to the team"));
    // Mina was told.
    QCOMPARE(voxnote::notify::NotificationRepository(data->database()).unreadCount(task.assigneeId), 1);
    QTest::qWait(50);
    QVERIFY(window.grab().save(QStringLiteral("tasks.png")));
}

void TestMainWindow::dragACardToDone()
{
    QTemporaryDir dir;
    auto data = profile(dir);
    const QString me = voxnote::people::PersonRepository(data->database()).me().id;
    voxnote::tasks::TaskRepository repository(data->database(), me);
    const auto first = repository.create({.title = QStringLiteral("Book the room")});
    const auto second = repository.create({.title = QStringLiteral("Print handouts")});
    MainWindow window(*data);
    // The page's model keeps the item-model contract through every change below.
    QAbstractItemModelTester tasksContract(window.tasksPage()->model());
    window.resize(1100, 600);
    window.showSection(MainWindow::Section::Board);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    voxnote::ui::BoardPage* board = window.boardPage();
    QCOMPARE(board->column(0)->count(), 2);

    // Drop "Book the room" into the empty Done column, as a drag ends.
    const auto drop = [](voxnote::ui::BoardColumn* column, const QString& id, QPoint at) {
        column->dropTask(id, at);
    };
    drop(board->column(2), first.id, QPoint(20, 20));
    QCOMPARE(board->column(0)->count(), 1);
    QCOMPARE(board->column(2)->count(), 1);
    QCOMPARE(repository.get(first.id).status, voxnote::tasks::TaskStatus::Done);
    const auto history = repository.history(first.id);
    QCOMPARE(history.last().field, QStringLiteral("status"));
    QCOMPARE(history.last().newValue, QStringLiteral("done"));
    // The task list saw it too, through the data (within a moment).
    QTRY_COMPARE(window.tasksPage()->model()->taskAt(window.tasksPage()->model()->rowOf(first.id)).status,
        voxnote::tasks::TaskStatus::Done);

    // Drop "Print handouts" on top of the card in Done: it goes above it.
    const QRect target = board->column(2)->visualItemRect(board->column(2)->item(0));
    drop(board->column(2), second.id, target.topLeft() + QPoint(10, 2));
    QCOMPARE(board->column(2)->count(), 2);
    QCOMPARE(board->column(2)->item(0)->text(), QStringLiteral("Print handouts"));
    QCOMPARE(board->column(2)->item(1)->text(), QStringLiteral("Book the room"));
    QTest::qWait(50);
    QVERIFY(window.grab().save(QStringLiteral("board.png")));
}

void TestMainWindow::pagesFollowTheDataNotEachOther()
{
    QTemporaryDir dir;
    auto data = profile(dir);
    MainWindow window(*data);
    window.showSection(MainWindow::Section::Tasks);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tasksPage()->model()->rowCount(), 0);

    // Written on another connection, as the CLI, a job or sync would: no page was told.
    const QString databasePath = voxnote::storage::DataDirectory::databasePath(dir.path());
    std::unique_ptr<QThread> writer(QThread::create([databasePath] {
        voxnote::storage::Connection connection = voxnote::storage::Profile::openConnection(databasePath);
        voxnote::tasks::TaskRepository(connection, {}).create({QStringLiteral("Written elsewhere")});
        voxnote::notes::NoteRepository(connection).create(QStringLiteral("Imported elsewhere"), QString());
    }));
    writer->start();
    QVERIFY(writer->wait(10'000));
    QTRY_COMPARE(window.tasksPage()->model()->rowCount(), 1);
    QTRY_COMPARE(window.boardPage()->column(0)->count(), 1);
    QTRY_COMPARE(window.notesPage()->model()->rowCount(), 1);

    // A task added on the Tasks page reaches the Board through the data alone.
    auto* quickAdd = window.tasksPage()->findChild<QLineEdit*>(QStringLiteral("quickAddTask"));
    QTest::keyClicks(quickAdd, QStringLiteral("Added on the page"));
    QTest::keyClick(quickAdd, Qt::Key_Return);
    QTRY_COMPARE(window.boardPage()->column(0)->count(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
