#include "cli/verbs/DashboardVerb.h"

#include "cli/CliContext.h"
#include "cli/Presenter.h"
#include "storage/Profile.h"
#include "tasks/DashboardQueries.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DashboardVerb", text);
}

QJsonObject countsJson(const tasks::StatusCounts& counts)
{
    return {{QStringLiteral("todo"), counts.todo}, {QStringLiteral("inProgress"), counts.inProgress},
        {QStringLiteral("done"), counts.done}};
}

QString countsText(const tasks::StatusCounts& counts)
{
    return tr("%1 to do, %2 in progress, %3 done").arg(counts.todo).arg(counts.inProgress).arg(counts.done);
}

} // namespace

QString DashboardVerb::name() const
{
    return QStringLiteral("dashboard");
}

QString DashboardVerb::summary() const
{
    return tr("Show how the team's tasks are moving.");
}

void DashboardVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("weeks"), tr("How many weeks of history."), tr("n"), QStringLiteral("8")});
}

int DashboardVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    tasks::DashboardQueries dashboard(context.profile().database());
    const QDate today = Clock::instance().now().toLocalTime().date();
    const int weeks = std::clamp(parser.value(QStringLiteral("weeks")).toInt(), 1, 104);
    const tasks::StatusCounts status = dashboard.byStatus();
    const QList<tasks::AssigneeCounts> people = dashboard.byAssignee();
    const QList<tasks::WeekCounts> history = dashboard.createdVsCompletedPerWeek(today, weeks);
    const int overdue = dashboard.overdue(today);
    const std::optional<qint64> average = dashboard.averageTimeToDoneMs();
    const QList<tasks::DayJobCounts> jobs = dashboard.jobsPerDay(QDateTime::currentDateTimeUtc().date(), 14);

    if (context.json()) {
        QJsonArray byPerson;
        for (const tasks::AssigneeCounts& row : people)
            byPerson.append(QJsonObject {{QStringLiteral("personId"), row.personId},
                {QStringLiteral("name"), row.name}, {QStringLiteral("counts"), countsJson(row.counts)}});
        QJsonArray perWeek;
        for (const tasks::WeekCounts& week : history)
            perWeek.append(QJsonObject {{QStringLiteral("week"), week.weekStart.toString(Qt::ISODate)},
                {QStringLiteral("created"), week.created}, {QStringLiteral("completed"), week.completed}});
        QJsonArray jobsPerDay;
        for (const tasks::DayJobCounts& day : jobs)
            jobsPerDay.append(QJsonObject {{QStringLiteral("day"), day.day.toString(Qt::ISODate)},
                {QStringLiteral("done"), day.done}, {QStringLiteral("failed"), day.failed}});
        context.printJson({{QStringLiteral("byStatus"), countsJson(status)},
            {QStringLiteral("byAssignee"), byPerson}, {QStringLiteral("perWeek"), perWeek},
            {QStringLiteral("overdue"), overdue}, {QStringLiteral("jobsPerDay"), jobsPerDay},
            {QStringLiteral("averageTimeToDoneMs"), average ? QJsonValue(*average) : QJsonValue()}});
        return 0;
    }
    QTextStream& out = context.out();
    out << tr("Tasks: %1").arg(countsText(status)) << Qt::endl;
    out << tr("Overdue: %1").arg(overdue) << Qt::endl;
    out << tr("Average time to done: %1")
               .arg(average ? Presenter::duration(*average) : tr("no task done yet"))
        << Qt::endl;
    for (const tasks::AssigneeCounts& row : people)
        out << QStringLiteral("  ") << (row.name.isEmpty() ? tr("(unassigned)") : row.name)
            << QStringLiteral(": ") << countsText(row.counts) << Qt::endl;
    for (const tasks::WeekCounts& week : history)
        out << QStringLiteral("  ")
            << tr("week of %1: %2 created, %3 done")
                   .arg(week.weekStart.toString(Qt::ISODate))
                   .arg(week.created)
                   .arg(week.completed)
            << Qt::endl;
    return 0;
}

} // namespace voxnote::cli
