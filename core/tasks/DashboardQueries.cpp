#include "tasks/DashboardQueries.h"

#include "people/PersonRepository.h"
#include "storage/Connection.h"
#include "storage/Statement.h"

#include <QDateTime>

namespace voxnote::tasks {

namespace {

void count(StatusCounts& counts, const QString& status, int n)
{
    switch (parseStatus(status).value_or(TaskStatus::Todo)) {
    case TaskStatus::Todo:
        counts.todo += n;
        break;
    case TaskStatus::InProgress:
        counts.inProgress += n;
        break;
    case TaskStatus::Done:
        counts.done += n;
        break;
    }
}

qint64 startOfDayMs(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

DashboardQueries::DashboardQueries(storage::Connection& connection)
    : m_connection(connection)
{
}

StatusCounts DashboardQueries::byStatus()
{
    storage::Statement select
        = m_connection.prepare("SELECT status, count(*) FROM tasks WHERE deleted_at IS NULL GROUP BY status");
    StatusCounts counts;
    while (select.step())
        count(counts, select.columnText(0), static_cast<int>(select.columnInt64(1)));
    return counts;
}

QList<AssigneeCounts> DashboardQueries::byAssignee()
{
    storage::Statement select = m_connection.prepare(
        "SELECT coalesce(t.assignee_id, ''), coalesce(p.name, ''), coalesce(p.email, ''), t.status, count(*) "
        "FROM tasks t LEFT JOIN people p ON p.id = t.assignee_id WHERE t.deleted_at IS NULL "
        "GROUP BY t.assignee_id, t.status ORDER BY p.name COLLATE NOCASE");
    const QString meId = m_connection.queryText("SELECT value FROM meta WHERE key = 'me'");
    QList<AssigneeCounts> rows;
    while (select.step()) {
        const QString personId = select.columnText(0);
        if (rows.isEmpty() || rows.last().personId != personId) {
            const people::Person person {personId, select.columnText(1), select.columnText(2), 0};
            rows.append({personId,
                personId.isEmpty() ? QString() : people::PersonRepository::displayName(person, meId), {}});
        }
        count(rows.last().counts, select.columnText(3), static_cast<int>(select.columnInt64(4)));
    }
    return rows;
}

QList<WeekCounts> DashboardQueries::createdVsCompletedPerWeek(const QDate& today, int weeks)
{
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    QList<WeekCounts> result;
    storage::Statement select = m_connection.prepare(
        "SELECT (SELECT count(*) FROM tasks WHERE deleted_at IS NULL AND created_at >= ?1 AND created_at < "
        "?2), "
        "(SELECT count(*) FROM tasks WHERE deleted_at IS NULL AND completed_at >= ?1 AND completed_at < ?2)");
    for (int i = weeks - 1; i >= 0; --i) {
        const QDate monday = thisMonday.addDays(-7 * i);
        select.reset();
        select.bindAll(startOfDayMs(monday), startOfDayMs(monday.addDays(7)));
        select.step();
        result.append(
            {monday, static_cast<int>(select.columnInt64(0)), static_cast<int>(select.columnInt64(1))});
    }
    return result;
}

int DashboardQueries::overdue(const QDate& today)
{
    storage::Statement select = m_connection.prepare(
        "SELECT count(*) FROM tasks WHERE deleted_at IS NULL AND status != 'done' AND due_date < ?1");
    select.bind(1, today.toString(Qt::ISODate));
    select.step();
    return static_cast<int>(select.columnInt64(0));
}

std::optional<qint64> DashboardQueries::averageTimeToDoneMs()
{
    storage::Statement select = m_connection.prepare(
        "SELECT avg(completed_at - created_at) FROM tasks WHERE deleted_at IS NULL AND status = 'done' "
        "AND completed_at IS NOT NULL");
    if (!select.step() || select.isNull(0))
        return std::nullopt;
    return static_cast<qint64>(select.columnDouble(0));
}

QList<DayJobCounts> DashboardQueries::jobsPerDay(const QDate& today, int days)
{
    storage::Statement select = m_connection.prepare(
        "SELECT count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'failed') FROM jobs "
        "WHERE finished_at >= ?1 AND finished_at < ?2");
    QList<DayJobCounts> result;
    for (int i = days - 1; i >= 0; --i) {
        const QDate day = today.addDays(-i);
        select.reset();
        select.bindAll(startOfDayMs(day), startOfDayMs(day.addDays(1)));
        select.step();
        result.append(
            {day, static_cast<int>(select.columnInt64(0)), static_cast<int>(select.columnInt64(1))});
    }
    return result;
}

} // namespace voxnote::tasks
