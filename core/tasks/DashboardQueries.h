#pragma once

#include "tasks/Task.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::tasks {

struct StatusCounts
{
    int todo = 0;
    int inProgress = 0;
    int done = 0;
    int total() const { return todo + inProgress + done; }
};

struct AssigneeCounts
{
    QString personId; ///< empty for unassigned tasks
    QString name;
    StatusCounts counts;
};

struct DayJobCounts
{
    QDate day;
    int done = 0;
    int failed = 0;
};

struct WeekCounts
{
    QDate weekStart; ///< a Monday
    int created = 0;
    int completed = 0;
};

/// The numbers behind the dashboard; the UI draws them. Deleted tasks are
/// left out. Use on the connection's thread.
class DashboardQueries
{
public:
    explicit DashboardQueries(storage::Connection& connection);

    StatusCounts byStatus();
    QList<AssigneeCounts> byAssignee();
    /// The last `weeks` weeks up to the one holding `today`, oldest first.
    QList<WeekCounts> createdVsCompletedPerWeek(const QDate& today, int weeks = 8);
    int overdue(const QDate& today);
    /// Mean time from creation to Done over finished tasks; none if no task is done.
    std::optional<qint64> averageTimeToDoneMs();
    /// Jobs that finished or failed on each of the last `days` days up to `today` (UTC), oldest first.
    QList<DayJobCounts> jobsPerDay(const QDate& today, int days = 14);

private:
    storage::Connection& m_connection;
};

} // namespace voxnote::tasks
