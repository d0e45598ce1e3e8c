#include "tasks/TaskRepository.h"

#include "Error.h"
#include "storage/Connection.h"
#include "storage/QueryParameters.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "tasks/TaskActivityLog.h"
#include "tasks/TaskNotifier.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>

namespace voxnote::tasks {

namespace {

const QString kTasks = QStringLiteral("tasks");

constexpr const char* kTaskColumns
    = "SELECT id, title, description, status, priority, coalesce(due_date, ''), coalesce(assignee_id, ''), "
      "coalesce(creator_id, ''), sort_key, created_at, updated_at, completed_at, deleted_at FROM tasks ";

QString tr(const char* text)
{
    return QCoreApplication::translate("TaskRepository", text);
}

Task taskFrom(const storage::Statement& row)
{
    Task task;
    task.id = row.columnText(0);
    task.title = row.columnText(1);
    task.description = row.columnText(2);
    task.status = parseStatus(row.columnText(3)).value_or(TaskStatus::Todo);
    task.priority = static_cast<int>(row.columnInt64(4));
    task.dueDate = QDate::fromString(row.columnText(5), Qt::ISODate);
    task.assigneeId = row.columnText(6);
    task.creatorId = row.columnText(7);
    task.sortKey = row.columnDouble(8);
    task.createdAtMs = row.columnInt64(9);
    task.updatedAtMs = row.columnInt64(10);
    if (!row.isNull(11))
        task.completedAtMs = row.columnInt64(11);
    if (!row.isNull(12))
        task.deletedAtMs = row.columnInt64(12);
    return task;
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString dueText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString checkedTitle(const QString& title)
{
    const QString trimmed = title.simplified();
    if (trimmed.isEmpty())
        throw Error(tr("A task needs a title."));
    return trimmed;
}

void checkPriority(int priority)
{
    if (priority < 0 || priority > 3)
        throw Error(tr("A priority goes from 0 (none) to 3 (high)."));
}

// The columns a change touches, with the stored form of old and new values.
struct FieldChange
{
    QString column;
    QString oldValue;
    QString newValue;
    QVariant stored;
};

QList<FieldChange> diff(const Task& task, const TaskChanges& changes)
{
    QList<FieldChange> fields;
    const auto add
        = [&fields](const char* column, const QString& before, const QString& after, QVariant stored) {
              if (before != after)
                  fields.append({QString::fromLatin1(column), before, after, std::move(stored)});
          };
    if (changes.title)
        add("title", task.title, checkedTitle(*changes.title), checkedTitle(*changes.title));
    if (changes.description)
        add("description", task.description, *changes.description, *changes.description);
    if (changes.status)
        add("status", statusKey(task.status), statusKey(*changes.status), statusKey(*changes.status));
    if (changes.priority) {
        checkPriority(*changes.priority);
        add("priority", QString::number(task.priority), QString::number(*changes.priority),
            *changes.priority);
    }
    if (changes.dueDate)
        add("due_date", dueText(task.dueDate), dueText(*changes.dueDate),
            nullIfEmpty(dueText(*changes.dueDate)));
    if (changes.assigneeId)
        add("assignee_id", task.assigneeId, *changes.assigneeId, nullIfEmpty(*changes.assigneeId));
    return fields;
}

} // namespace

TaskRepository::TaskRepository(storage::Connection& connection, QString actorId)
    : m_connection(connection)
    , m_actorId(std::move(actorId))
    , m_writer(connection)
{
}

void TaskRepository::checkPerson(const QString& personId)
{
    storage::Statement select = m_connection.prepare("SELECT 1 FROM people WHERE id = ?1");
    select.bind(1, personId);
    if (!select.step())
        throw Error(tr("There is no person with the id %1.").arg(personId));
}

void TaskRepository::checkNote(const QString& noteId)
{
    storage::Statement select = m_connection.prepare("SELECT 1 FROM notes WHERE id = ?1");
    select.bind(1, noteId);
    if (!select.step())
        throw Error(tr("There is no note with the id %1.").arg(noteId));
}

double TaskRepository::endOfColumn(TaskStatus status)
{
    storage::Statement select = m_connection.prepare(
        "SELECT coalesce(max(sort_key), 0) + 1 FROM tasks WHERE status = ?1 AND deleted_at IS NULL");
    select.bind(1, statusKey(status));
    select.step();
    return select.columnDouble(0);
}

Task TaskRepository::create(const TaskDraft& draft)
{
    Task task;
    task.id = newUuidV7();
    task.title = checkedTitle(draft.title);
    task.description = draft.description;
    task.status = draft.status;
    task.priority = draft.priority;
    task.dueDate = draft.dueDate;
    task.assigneeId = draft.assigneeId;
    task.creatorId = m_actorId;
    task.createdAtMs = task.updatedAtMs = Clock::instance().nowMs();
    if (task.status == TaskStatus::Done)
        task.completedAtMs = task.createdAtMs;
    checkPriority(task.priority);

    storage::Transaction transaction(m_connection);
    if (!task.assigneeId.isEmpty())
        checkPerson(task.assigneeId);
    task.sortKey = endOfColumn(task.status);
    m_writer.insert(kTasks, task.id,
        {{QStringLiteral("title"), task.title}, {QStringLiteral("description"), task.description},
            {QStringLiteral("status"), statusKey(task.status)}, {QStringLiteral("priority"), task.priority},
            {QStringLiteral("due_date"), nullIfEmpty(dueText(task.dueDate))},
            {QStringLiteral("assignee_id"), nullIfEmpty(task.assigneeId)},
            {QStringLiteral("creator_id"), nullIfEmpty(task.creatorId)},
            {QStringLiteral("sort_key"), task.sortKey}, {QStringLiteral("created_at"), task.createdAtMs},
            {QStringLiteral("updated_at"), task.updatedAtMs},
            {QStringLiteral("completed_at"),
                task.completedAtMs ? QVariant(*task.completedAtMs) : QVariant()}});
    TaskActivityLog(m_connection).append(task.id, m_actorId, QStringLiteral("created"), {}, {}, task.title);
    if (!draft.noteId.isEmpty())
        linkNote(task.id, draft.noteId, draft.noteTimeMs);
    TaskNotifier(m_connection, m_actorId).taskCreated(task);
    transaction.commit();
    return task;
}

Task TaskRepository::update(const QString& id, const TaskChanges& changes)
{
    storage::Transaction transaction(m_connection);
    const Task before = get(id);
    if (changes.assigneeId && !changes.assigneeId->isEmpty())
        checkPerson(*changes.assigneeId);
    const QList<FieldChange> fields = diff(before, changes);
    if (fields.isEmpty())
        return before;

    const qint64 now = Clock::instance().nowMs();
    storage::Fields values {{QStringLiteral("updated_at"), now}};
    QStringList columns;
    TaskActivityLog log(m_connection);
    for (const FieldChange& field : fields) {
        values.append({field.column, field.stored});
        columns << field.column;
        log.append(id, m_actorId, QStringLiteral("changed"), field.column, field.oldValue, field.newValue);
    }
    if (changes.status && *changes.status != before.status) {
        values.append({QStringLiteral("sort_key"), endOfColumn(*changes.status)});
        values.append({QStringLiteral("completed_at"),
            *changes.status == TaskStatus::Done ? QVariant(now) : QVariant()});
    }
    m_writer.update(kTasks, id, values);
    const Task after = get(id);
    TaskNotifier(m_connection, m_actorId).taskChanged(before, after, columns);
    transaction.commit();
    return after;
}

Task TaskRepository::move(const QString& id, TaskStatus status, const QString& beforeTaskId)
{
    storage::Transaction transaction(m_connection);
    TaskChanges changes;
    changes.status = status;
    Task task = update(id, changes);
    double key = endOfColumn(status);
    if (!beforeTaskId.isEmpty() && beforeTaskId != id) {
        const Task before = get(beforeTaskId);
        storage::Statement previous = m_connection.prepare(
            "SELECT coalesce(max(sort_key), ?2 - 1) FROM tasks WHERE status = ?1 AND deleted_at IS NULL "
            "AND sort_key < ?2 AND id != ?3");
        previous.bindAll(statusKey(status), before.sortKey, id);
        previous.step();
        key = (previous.columnDouble(0) + before.sortKey) / 2;
    }
    m_writer.update(kTasks, id, {{QStringLiteral("sort_key"), key}});
    task.sortKey = key;
    transaction.commit();
    return task;
}

void TaskRepository::remove(const QString& id)
{
    storage::Transaction transaction(m_connection);
    get(id);
    const qint64 now = Clock::instance().nowMs();
    m_writer.update(kTasks, id, {{QStringLiteral("deleted_at"), now}, {QStringLiteral("updated_at"), now}});
    TaskActivityLog(m_connection).append(id, m_actorId, QStringLiteral("deleted"));
    transaction.commit();
}

Task TaskRepository::restore(const QString& id)
{
    storage::Transaction transaction(m_connection);
    const std::optional<Task> task = find(id);
    if (!task)
        throw Error(tr("There is no task with the id %1.").arg(id));
    if (task->deletedAtMs) {
        m_writer.update(kTasks, id,
            {{QStringLiteral("deleted_at"), QVariant()},
                {QStringLiteral("updated_at"), Clock::instance().nowMs()}});
        TaskActivityLog(m_connection).append(id, m_actorId, QStringLiteral("restored"));
    }
    const Task restored = get(id);
    transaction.commit();
    return restored;
}

TaskEvent TaskRepository::comment(const QString& id, const QString& text)
{
    if (text.trimmed().isEmpty())
        throw Error(tr("A comment needs some text."));
    storage::Transaction transaction(m_connection);
    get(id);
    const TaskEvent event = TaskActivityLog(m_connection)
                                .append(id, m_actorId, QStringLiteral("comment"), {}, {}, text.trimmed());
    transaction.commit();
    return event;
}

void TaskRepository::linkNote(const QString& taskId, const QString& noteId, std::optional<qint64> timeMs)
{
    storage::Transaction transaction(m_connection);
    get(taskId);
    checkNote(noteId);
    const QString linkId = taskId + u'/' + noteId;
    const storage::Fields fields {{QStringLiteral("task_id"), taskId}, {QStringLiteral("note_id"), noteId},
        {QStringLiteral("time_ms"), timeMs ? QVariant(*timeMs) : QVariant()},
        {QStringLiteral("created_at"), Clock::instance().nowMs()}};
    storage::Statement exists = m_connection.prepare("SELECT 1 FROM task_links WHERE id = ?1");
    exists.bind(1, linkId);
    if (exists.step())
        m_writer.update(QStringLiteral("task_links"), linkId, {fields[2]});
    else
        m_writer.insert(QStringLiteral("task_links"), linkId, fields);
    transaction.commit();
}

QList<TaskLink> TaskRepository::links(const QString& taskId)
{
    storage::Statement select = m_connection.prepare(
        "SELECT note_id, time_ms FROM task_links WHERE task_id = ?1 ORDER BY created_at");
    select.bind(1, taskId);
    QList<TaskLink> links;
    while (select.step()) {
        TaskLink link {taskId, select.columnText(0), std::nullopt};
        if (!select.isNull(1))
            link.timeMs = select.columnInt64(1);
        links << link;
    }
    return links;
}

std::optional<Task> TaskRepository::find(const QString& id)
{
    storage::Statement select = m_connection.prepare(std::string(kTaskColumns) + "WHERE id = ?1");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return taskFrom(select);
}

Task TaskRepository::get(const QString& id)
{
    const std::optional<Task> task = find(id);
    if (!task || task->deletedAtMs)
        throw Error(tr("There is no task with the id %1.").arg(id));
    return *task;
}

QList<Task> TaskRepository::list(const TaskFilter& filter, const QDate& today)
{
    QString where = QStringLiteral("WHERE deleted_at IS NULL");
    storage::QueryParameters parameters;
    if (filter.status)
        where += u" AND status = " + parameters.add(statusKey(*filter.status));
    if (!filter.assigneeId.isEmpty())
        where += u" AND assignee_id = " + parameters.add(filter.assigneeId);
    if (filter.unassigned)
        where += QStringLiteral(" AND assignee_id IS NULL");
    if (filter.overdue)
        where += u" AND status != 'done' AND due_date < " + parameters.add(today.toString(Qt::ISODate));
    if (filter.dueThisWeek) {
        const QDate sunday = today.addDays(7 - today.dayOfWeek());
        where += u" AND due_date BETWEEN " + parameters.add(today.toString(Qt::ISODate)) + u" AND "
            + parameters.add(sunday.toString(Qt::ISODate));
    }
    if (!filter.text.trimmed().isEmpty()) {
        QString pattern = filter.text.trimmed();
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString placeholder = parameters.add(QString(u'%' + pattern + u'%'));
        where += u" AND (title LIKE " + placeholder + u" ESCAPE '\\' OR description LIKE " + placeholder
            + u" ESCAPE '\\')";
    }
    const QString sql = QString::fromLatin1(kTaskColumns) + where
        + u" ORDER BY CASE status WHEN 'todo' THEN 0 WHEN 'in_progress' THEN 1 ELSE 2 END, sort_key LIMIT "
        + parameters.add(filter.limit);
    storage::Statement select = m_connection.prepare(sql.toStdString());
    parameters.bindTo(select);
    QList<Task> tasks;
    while (select.step())
        tasks << taskFrom(select);
    return tasks;
}

QList<TaskEvent> TaskRepository::history(const QString& id)
{
    if (!find(id))
        throw Error(tr("There is no task with the id %1.").arg(id));
    return TaskActivityLog(m_connection).history(id);
}

} // namespace voxnote::tasks
