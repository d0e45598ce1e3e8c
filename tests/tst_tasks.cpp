#include "TestSupport.h"

#include "Error.h"
#include "notes/NoteRepository.h"
#include "notify/NotificationRepository.h"
#include "people/PersonRepository.h"
#include "storage/ChangeLog.h"
#include "storage/Profile.h"
#include "tasks/DashboardQueries.h"
#include "tasks/TaskRepository.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;
using namespace voxnote::tasks;
using voxnote::people::Person;
using voxnote::people::PersonRepository;

class TestTasks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyChangeIsInTheActivityLog();
    void assignmentAndStatusNotifyTheRightPeople();
    void nobodyIsNotifiedOfTheirOwnChange();
    void badInputChangesNothing();
    void filters();
    void boardOrderAndMoves();
    void deleteKeepsHistoryAndCanBeUndone();
    void taskFromATranscriptKeepsTheMoment();
    void peopleAndMe();
    void dashboardNumbers();

private:
    static QDate today() { return QDate(2027, 1, 15); } // a Friday
    ManualClock m_clock {QDateTime(today(), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch()};
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Profile> m_profile;
    QString m_me;
    Person m_mina;
    Person m_joon;
};

void TestTasks::init()
{
    Clock::setInstance(&m_clock);
    m_profile = storage::Profile::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())));
    PersonRepository people(m_profile->database());
    m_me = people.setMe(QStringLiteral("Lead"), QStringLiteral("lead@example.org")).id;
    m_mina = people.add(QStringLiteral("Mina"), QStringLiteral("mina@example.org"));
    m_joon = people.add(QStringLiteral("Joon"), QString());
}

void TestTasks::cleanup()
{
    m_profile.reset();
    Clock::setInstance(nullptr);
}

void TestTasks::everyChangeIsInTheActivityLog()
{
    TaskRepository tasks(m_profile->database(), m_me);
    const Task task = tasks.create({.title = QStringLiteral("Send minutes")});
    m_clock.advance(60'000);
    TaskChanges changes;
    changes.status = TaskStatus::InProgress;
    changes.priority = 3;
    changes.dueDate = QDate(2027, 1, 20);
    changes.assigneeId = m_mina.id;
    tasks.update(task.id, changes);
    tasks.comment(task.id, QStringLiteral("Draft attached"));
    const QList<TaskEvent> events = tasks.history(task.id);
    QCOMPARE(events.size(), 6);
    QCOMPARE(events[0].kind, QStringLiteral("created"));
    QStringList fields;
    for (const TaskEvent& event : events.mid(1, 4)) {
        QCOMPARE(event.kind, QStringLiteral("changed"));
        QCOMPARE(event.actorId, m_me);
        fields << event.field;
    }
    QCOMPARE(fields,
        (QStringList {QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("due_date"),
            QStringLiteral("assignee_id")}));
    QCOMPARE(events[1].oldValue, QStringLiteral("todo"));
    QCOMPARE(events[1].newValue, QStringLiteral("in_progress"));
    QCOMPARE(events[3].newValue, QStringLiteral("2027-01-20"));
    QCOMPARE(events[5].kind, QStringLiteral("comment"));
    QCOMPARE(events[5].newValue, QStringLiteral("Draft attached"));
    // An update that changes nothing logs nothing.
    tasks.update(task.id, changes);
    QCOMPARE(tasks.history(task.id).size(), 6);
    // The log is append-only and synced: every event is in the change log as an insert.
    QCOMPARE(m_profile->database().queryInt(
                 "SELECT count(DISTINCT row_id) FROM changes WHERE tbl = 'task_events' AND op = 'insert'"),
        6);
    QCOMPARE(m_profile->database().queryInt(
                 "SELECT count(*) FROM changes WHERE tbl = 'task_events' AND op != 'insert'"),
        0);
}

void TestTasks::assignmentAndStatusNotifyTheRightPeople()
{
    storage::Connection& db = m_profile->database();
    notify::NotificationRepository notifications(db);
    // Joon creates a task for Mina.
    TaskRepository byJoon(db, m_joon.id);
    const Task task = byJoon.create({.title = QStringLiteral("Book the room"), .assigneeId = m_mina.id});
    QCOMPARE(notifications.unreadCount(m_mina.id), 1);
    QCOMPARE(
        notifications.list(m_mina.id).first().message, QStringLiteral("Joon assigned you “Book the room”."));
    QCOMPARE(notifications.list(m_mina.id).first().kind, QStringLiteral("assigned"));

    // Mina starts it: Joon (the creator) hears; Mina does not hear of her own change.
    TaskRepository byMina(db, m_mina.id);
    TaskChanges start;
    start.status = TaskStatus::InProgress;
    byMina.update(task.id, start);
    QCOMPARE(notifications.unreadCount(m_joon.id), 1);
    QCOMPARE(notifications.list(m_joon.id).first().message,
        QStringLiteral("Mina moved “Book the room” from To do to In progress."));
    QCOMPARE(notifications.unreadCount(m_mina.id), 1);

    // I edit the due date of a task assigned to Mina: Mina hears.
    TaskRepository byMe(db, m_me);
    TaskChanges due;
    due.dueDate = QDate(2027, 2, 1);
    byMe.update(task.id, due);
    QCOMPARE(notifications.unreadCount(m_mina.id), 2);
    QCOMPARE(notifications.list(m_mina.id).first().kind, QStringLiteral("edited"));
    QCOMPARE(notifications.unreadCount(m_joon.id), 1); // not the creator for an edit

    QVERIFY(notifications.markRead(notifications.list(m_mina.id).first().id));
    QCOMPARE(notifications.unreadCount(m_mina.id), 1);
    QCOMPARE(notifications.markAllRead(m_mina.id), 1);
    QCOMPARE(notifications.unreadCount(m_mina.id), 0);
    QCOMPARE(notifications.list(m_mina.id).size(), 2);
}

void TestTasks::nobodyIsNotifiedOfTheirOwnChange()
{
    TaskRepository tasks(m_profile->database(), m_me);
    const Task task = tasks.create({.title = QStringLiteral("Mine"), .assigneeId = m_me});
    TaskChanges done;
    done.status = TaskStatus::Done;
    tasks.update(task.id, done);
    QCOMPARE(m_profile->database().queryInt("SELECT count(*) FROM notifications"), 0);
}

void TestTasks::badInputChangesNothing()
{
    storage::Connection& db = m_profile->database();
    TaskRepository tasks(db, m_me);
    const Task task = tasks.create({.title = QStringLiteral("Real")});
    const qint64 changes = storage::ChangeLog(db).count();
    QVERIFY_THROWS_EXCEPTION(Error, tasks.create({.title = QStringLiteral("   ")}));
    QVERIFY_THROWS_EXCEPTION(
        Error, tasks.create({.title = QStringLiteral("x"), .assigneeId = QStringLiteral("ghost")}));
    QVERIFY_THROWS_EXCEPTION(
        Error, tasks.create({.title = QStringLiteral("x"), .noteId = QStringLiteral("no-note")}));
    QVERIFY_THROWS_EXCEPTION(Error, tasks.create({.title = QStringLiteral("x"), .priority = 9}));
    TaskChanges empty;
    empty.title = QString();
    QVERIFY_THROWS_EXCEPTION(Error, tasks.update(task.id, empty));
    QVERIFY_THROWS_EXCEPTION(Error, tasks.update(QStringLiteral("no-such-task"), TaskChanges {}));
    QVERIFY_THROWS_EXCEPTION(Error, tasks.comment(task.id, QStringLiteral("  ")));
    QCOMPARE(storage::ChangeLog(db).count(), changes);
    QCOMPARE(db.queryInt("SELECT count(*) FROM tasks"), 1);
    QVERIFY(!db.inTransaction());

    QVERIFY_THROWS_EXCEPTION(Error, statusFromUser(QStringLiteral("finished-ish")));
    QCOMPARE(statusFromUser(QStringLiteral("In Progress")), TaskStatus::InProgress);
    QVERIFY_THROWS_EXCEPTION(Error, dueDateFromUser(QStringLiteral("2027-02-30"), today()));
    QCOMPARE(dueDateFromUser(QStringLiteral("tomorrow"), today()), QDate(2027, 1, 16));
    QVERIFY_THROWS_EXCEPTION(Error, priorityFromUser(QStringLiteral("urgent!!")));
}

void TestTasks::filters()
{
    TaskRepository tasks(m_profile->database(), m_me);
    tasks.create(
        {.title = QStringLiteral("Overdue report"), .dueDate = today().addDays(-2), .assigneeId = m_mina.id});
    tasks.create({.title = QStringLiteral("Due Sunday"), .dueDate = QDate(2027, 1, 17), .assigneeId = m_me});
    tasks.create({.title = QStringLiteral("Next week"), .dueDate = QDate(2027, 1, 18)});
    tasks.create(
        {.title = QStringLiteral("Done late"), .status = TaskStatus::Done, .dueDate = today().addDays(-5)});
    const auto titles = [&](const TaskFilter& filter) {
        QStringList list;
        for (const Task& task : tasks.list(filter, today()))
            list << task.title;
        return list;
    };
    QCOMPARE(titles({.overdue = true}), QStringList {QStringLiteral("Overdue report")});
    QCOMPARE(titles({.dueThisWeek = true}), QStringList {QStringLiteral("Due Sunday")});
    QCOMPARE(titles({.assigneeId = m_me}), QStringList {QStringLiteral("Due Sunday")});
    QCOMPARE(titles({.unassigned = true}),
        (QStringList {QStringLiteral("Next week"), QStringLiteral("Done late")}));
    QCOMPARE(titles({.status = TaskStatus::Done}), QStringList {QStringLiteral("Done late")});
    QCOMPARE(titles({.text = QStringLiteral("REPORT")}), QStringList {QStringLiteral("Overdue report")});
    QCOMPARE(titles({.text = QStringLiteral("100%_")}), QStringList {});
}

void TestTasks::boardOrderAndMoves()
{
    TaskRepository tasks(m_profile->database(), m_me);
    const Task a = tasks.create({.title = QStringLiteral("a")});
    const Task b = tasks.create({.title = QStringLiteral("b")});
    const Task c = tasks.create({.title = QStringLiteral("c")});
    const auto column = [&](TaskStatus status) {
        QStringList list;
        for (const Task& task : tasks.list({.status = status}, today()))
            list << task.title;
        return list;
    };
    QCOMPARE(column(TaskStatus::Todo),
        (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    tasks.move(c.id, TaskStatus::Todo, a.id); // drag c above a
    QCOMPARE(column(TaskStatus::Todo),
        (QStringList {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    tasks.move(a.id, TaskStatus::InProgress); // drag a to In progress
    QCOMPARE(column(TaskStatus::InProgress), QStringList {QStringLiteral("a")});
    tasks.move(b.id, TaskStatus::InProgress, a.id);
    QCOMPARE(column(TaskStatus::InProgress), (QStringList {QStringLiteral("b"), QStringLiteral("a")}));
    // The drag that changed the status is in the log.
    QCOMPARE(tasks.history(a.id).last().field, QStringLiteral("status"));
}

void TestTasks::deleteKeepsHistoryAndCanBeUndone()
{
    TaskRepository tasks(m_profile->database(), m_me);
    const Task task = tasks.create({.title = QStringLiteral("Temporary")});
    tasks.remove(task.id);
    QVERIFY(tasks.list({}, today()).isEmpty());
    QVERIFY_THROWS_EXCEPTION(Error, tasks.get(task.id));
    QCOMPARE(tasks.history(task.id).last().kind, QStringLiteral("deleted"));
    QCOMPARE(tasks.restore(task.id).title, QStringLiteral("Temporary"));
    QCOMPARE(tasks.history(task.id).last().kind, QStringLiteral("restored"));
    QCOMPARE(tasks.list({}, today()).size(), 1);
}

void TestTasks::taskFromATranscriptKeepsTheMoment()
{
    const notes::Note note
        = notes::NoteRepository(m_profile->database()).create(QStringLiteral("Standup"), QString());
    TaskRepository tasks(m_profile->database(), m_me);
    const Task task
        = tasks.create({.title = QStringLiteral("Follow up"), .noteId = note.id, .noteTimeMs = 83'500});
    const QList<TaskLink> links = tasks.links(task.id);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().noteId, note.id);
    QCOMPARE(*links.first().timeMs, 83'500);
}

void TestTasks::peopleAndMe()
{
    PersonRepository people(m_profile->database());
    QCOMPARE(people.me().id, m_me);
    QCOMPARE(people.resolve(QStringLiteral("mina")).id, m_mina.id);
    QCOMPARE(people.resolve(QStringLiteral("MINA@example.org")).id, m_mina.id);
    QCOMPARE(people.resolve(QStringLiteral("me")).id, m_me);
    QVERIFY_THROWS_EXCEPTION(Error, people.resolve(QStringLiteral("Nobody")));
    people.add(QStringLiteral("Mina"), QStringLiteral("mina.k@example.org"));
    QVERIFY_THROWS_EXCEPTION(Error, people.resolve(QStringLiteral("Mina"))); // two now
    QVERIFY_THROWS_EXCEPTION(Error, people.add(QStringLiteral(" "), QString()));
    QVERIFY_THROWS_EXCEPTION(Error, people.add(QStringLiteral("X"), QStringLiteral("not an address")));
    QCOMPARE(people.list().size(), 4);
}

void TestTasks::dashboardNumbers()
{
    storage::Connection& db = m_profile->database();
    TaskRepository tasks(db, m_me);
    const Task a = tasks.create({.title = QStringLiteral("a"), .assigneeId = m_mina.id});
    tasks.create({.title = QStringLiteral("b"), .dueDate = today().addDays(-1), .assigneeId = m_mina.id});
    tasks.create({.title = QStringLiteral("c")});
    m_clock.advance(2 * 3'600'000);
    TaskChanges done;
    done.status = TaskStatus::Done;
    tasks.update(a.id, done);

    DashboardQueries dashboard(db);
    const StatusCounts counts = dashboard.byStatus();
    QCOMPARE(counts.todo, 2);
    QCOMPARE(counts.done, 1);
    QCOMPARE(dashboard.overdue(today()), 1);
    QCOMPARE(*dashboard.averageTimeToDoneMs(), 2 * 3'600'000);
    const QList<AssigneeCounts> byAssignee = dashboard.byAssignee();
    QCOMPARE(byAssignee.size(), 2);
    const auto mina = std::find_if(byAssignee.cbegin(), byAssignee.cend(),
        [&](const AssigneeCounts& row) { return row.personId == m_mina.id; });
    QCOMPARE(mina->name, QStringLiteral("Mina"));
    QCOMPARE(mina->counts.total(), 2);
    const QList<WeekCounts> weeks = dashboard.createdVsCompletedPerWeek(today(), 4);
    QCOMPARE(weeks.size(), 4);
    QCOMPARE(weeks.last().weekStart, QDate(2027, 1, 11));
    QCOMPARE(weeks.last().created, 3);
    QCOMPARE(weeks.last().completed, 1);
    QCOMPARE(weeks.first().created, 0);
}

QTEST_GUILESS_MAIN(TestTasks)
#include "tst_tasks.moc"
