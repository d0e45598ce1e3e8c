#include "tasks/TaskActivityLog.h"

#include "storage/Connection.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "util/Uuid.h"

namespace voxnote::tasks {

namespace {

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

TaskActivityLog::TaskActivityLog(storage::Connection& connection)
    : m_connection(connection)
    , m_writer(connection)
{
}

TaskEvent TaskActivityLog::append(const QString& taskId, const QString& actorId, const QString& kind,
    const QString& field, const QString& oldValue, const QString& newValue)
{
    TaskEvent event {
        newUuidV7(), taskId, actorId, Clock::instance().nowMs(), kind, field, oldValue, newValue};
    m_writer.insert(QStringLiteral("task_events"), event.id,
        {{QStringLiteral("task_id"), taskId}, {QStringLiteral("actor_id"), nullIfEmpty(actorId)},
            {QStringLiteral("at"), event.atMs}, {QStringLiteral("kind"), kind},
            {QStringLiteral("field"), nullIfEmpty(field)},
            {QStringLiteral("old_value"), nullIfEmpty(oldValue)},
            {QStringLiteral("new_value"), nullIfEmpty(newValue)}});
    return event;
}

QList<TaskEvent> TaskActivityLog::history(const QString& taskId)
{
    storage::Statement select = m_connection.prepare(
        "SELECT id, task_id, coalesce(actor_id, ''), at, kind, coalesce(field, ''), coalesce(old_value, ''), "
        "coalesce(new_value, '') FROM task_events WHERE task_id = ?1 ORDER BY at, id");
    select.bind(1, taskId);
    QList<TaskEvent> events;
    while (select.step()) {
        events << TaskEvent {select.columnText(0), select.columnText(1), select.columnText(2),
            select.columnInt64(3), select.columnText(4), select.columnText(5), select.columnText(6),
            select.columnText(7)};
    }
    return events;
}

} // namespace voxnote::tasks
