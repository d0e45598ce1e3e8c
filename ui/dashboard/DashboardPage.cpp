#include "dashboard/DashboardPage.h"

#include "EmptyStatePage.h"
#include "Error.h"
#include "Theme.h"
#include "storage/DataChanges.h"
#include "tasks/DashboardQueries.h"
#include "tasks/Task.h"
#include "util/Clock.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace voxnote::ui {

namespace {

const QColor kTodo(0x8a, 0x94, 0xa6);
const QColor kInProgress(0xf0, 0xa2, 0x02);
const QColor kDone(0x2f, 0xa8, 0x6b);
const QColor kCreated(0x5b, 0x8c, 0xff);
const QColor kFailed(0xe0, 0x4f, 0x5f);

QDate today()
{
    return Clock::instance().now().date();
}

/// A count axis whose ticks fall on whole numbers.
QValueAxis* countAxis(int maximum)
{
    int step = 1;
    while ((maximum + step) / step > 5)
        step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
    const int top = std::max(4, (maximum / step + 1) * step);
    auto* axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickCount(top / step + 1);
    return axis;
}

/// Adds a bar `series` to `chart` with its category `labels` along one edge
/// (`categoriesAt`) and a count axis up to `most` along the other.
void addWithAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& labels, int most,
    Qt::Alignment categoriesAt)
{
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, categoriesAt);
    series->attachAxis(categories);
    QValueAxis* counts = countAxis(most);
    chart->addAxis(counts, categoriesAt == Qt::AlignLeft ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(counts);
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

DashboardPage::DashboardPage(storage::Connection& connection, storage::DataChanges& changes, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_stack(new QStackedWidget(this))
    , m_redraw(new QTimer(this))
{
    // Follows the data, whoever changed it.
    connect(&changes, &storage::DataChanges::notesChanged, this, &DashboardPage::markChanged);
    connect(&changes, &storage::DataChanges::tasksChanged, this, &DashboardPage::markChanged);
    connect(&changes, &storage::DataChanges::peopleChanged, this, &DashboardPage::markChanged);
    connect(&changes, &storage::DataChanges::jobsChanged, this, &DashboardPage::markChanged);
    m_stack->addWidget(new EmptyStatePage(QStringLiteral(":/icons/dashboard.svg"), tr("Nothing to chart yet"),
        tr("Once there are tasks, this shows how the work is moving: by status, by person and by week."),
        m_stack));

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("dashboardContent"));
    auto* figures = new QHBoxLayout;
    figures->setSpacing(12);
    figures->addWidget(addFigure(tr("Open tasks"), &m_open));
    figures->addWidget(addFigure(tr("Overdue"), &m_overdueLabel));
    figures->addWidget(addFigure(tr("Done"), &m_done));
    figures->addWidget(addFigure(tr("Average time to done"), &m_average));
    m_overdueLabel->setObjectName(QStringLiteral("overdueCount"));
    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    addChart(grid, 0, 0, tr("Tasks by status"));
    addChart(grid, 0, 1, tr("Tasks by person"));
    // The charts over time get the whole width: eight weeks' and fourteen
    // days' dates side by side are cut to "10/…" in half of it.
    addChart(grid, 1, 0, tr("Created and completed per week"), 2);
    addChart(grid, 2, 0, tr("Background jobs per day"), 2);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addLayout(figures);
    layout->addLayout(grid, 1);
    auto* scroll = new QScrollArea(m_stack);
    scroll->setAccessibleName(tr("Dashboard"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_redraw->setSingleShot(true);
    m_redraw->setInterval(300); // one redraw for a burst of changes
    connect(m_redraw, &QTimer::timeout, this, &DashboardPage::refresh);
}

QWidget* DashboardPage::addFigure(const QString& caption, QLabel** value)
{
    auto* box = new QFrame;
    box->setFrameShape(QFrame::StyledPanel);
    box->setAutoFillBackground(true);
    box->setBackgroundRole(QPalette::Base);
    *value = new QLabel(QStringLiteral("–"), box);
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setWeight(QFont::DemiBold);
    (*value)->setFont(big);
    auto* label = new QLabel(caption, box);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(*value);
    layout->addWidget(label);
    return box;
}

QChartView* DashboardPage::addChart(
    QGridLayout* grid, int row, int column, const QString& title, int columnSpan)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    view->setAccessibleName(title);
    grid->addWidget(view, row, column, 1, columnSpan);
    m_views << view;
    return view;
}

void DashboardPage::styleChart(QChart* chart)
{
    chart->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setBackgroundRoundness(6);
    chart->setTitleBrush(palette().color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setWeight(QFont::DemiBold);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6));
}

void DashboardPage::styleAxes(QChart* chart)
{
    // The themes' grid is too loud beside the window; quiet it to the palette.
    const QColor grid = palette().color(QPalette::Mid);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setMinorGridLineVisible(false);
    }
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                set->setBorderColor(set->color());
}

QList<QChart*> DashboardPage::charts() const
{
    QList<QChart*> charts;
    for (QChartView* view : m_views)
        charts << view->chart();
    return charts;
}

bool DashboardPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void DashboardPage::markChanged()
{
    m_dirty = true;
    if (isVisible())
        m_redraw->start();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // cheap, and catches changes no signal told of (sync, the command line)
}

void DashboardPage::refresh()
{
    m_dirty = false;
    m_redraw->stop();
    try {
        tasks::DashboardQueries queries(m_connection);
        const tasks::StatusCounts counts = queries.byStatus();
        int jobs = 0;
        for (const tasks::DayJobCounts& day : queries.jobsPerDay(today()))
            jobs += day.done + day.failed;
        if (counts.total() == 0 && jobs == 0) {
            m_stack->setCurrentIndex(0);
            return;
        }
        m_stack->setCurrentIndex(1);
        const QLocale locale;
        m_overdue = queries.overdue(today());
        m_open->setText(locale.toString(counts.todo + counts.inProgress));
        m_overdueLabel->setText(locale.toString(m_overdue));
        m_overdueLabel->setStyleSheet(m_overdue > 0 ? QStringLiteral("color: #e04f5f;") : QString());
        m_done->setText(locale.toString(counts.done));
        const std::optional<qint64> average = queries.averageTimeToDoneMs();
        m_average->setText(average ? duration(*average) : QStringLiteral("–"));
        const QList<QChart*> all = charts();
        for (QChart* chart : all) {
            clear(chart);
            styleChart(chart);
        }
        fillStatus(all.at(0));
        fillAssignees(all.at(1));
        fillWeeks(all.at(2));
        fillJobs(all.at(3));
        for (QChart* chart : all)
            styleAxes(chart);
    } catch (const Error& error) {
        m_stack->setCurrentIndex(0);
        qWarning("dashboard: %s", error.what());
    }
}

QString DashboardPage::duration(qint64 ms) const
{
    const QLocale locale;
    if (ms >= 86'400'000)
        return tr("%1 days").arg(locale.toString(double(ms) / 86'400'000.0, 'f', 1));
    if (ms >= 3'600'000)
        return tr("%1 h").arg(locale.toString(double(ms) / 3'600'000.0, 'f', 1));
    return tr("%1 min").arg(locale.toString(std::max<qint64>(1, ms / 60'000)));
}

void DashboardPage::fillStatus(QChart* chart)
{
    const tasks::StatusCounts counts = tasks::DashboardQueries(m_connection).byStatus();
    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    const QList<std::tuple<tasks::TaskStatus, int, QColor>> slices {
        {tasks::TaskStatus::Todo, counts.todo, kTodo},
        {tasks::TaskStatus::InProgress, counts.inProgress, kInProgress},
        {tasks::TaskStatus::Done, counts.done, kDone}};
    for (const auto& [status, count, color] : slices) {
        QPieSlice* slice
            = series->append(QStringLiteral("%1 (%2)").arg(tasks::statusLabel(status)).arg(count), count);
        slice->setColor(color);
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setBorderWidth(2);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void DashboardPage::fillAssignees(QChart* chart)
{
    const QList<tasks::AssigneeCounts> people = tasks::DashboardQueries(m_connection).byAssignee();
    auto* todo = new QBarSet(tasks::statusLabel(tasks::TaskStatus::Todo));
    auto* inProgress = new QBarSet(tasks::statusLabel(tasks::TaskStatus::InProgress));
    auto* done = new QBarSet(tasks::statusLabel(tasks::TaskStatus::Done));
    todo->setColor(kTodo);
    inProgress->setColor(kInProgress);
    done->setColor(kDone);
    QStringList names;
    int most = 0;
    for (const tasks::AssigneeCounts& person : people) {
        names << (person.personId.isEmpty() ? tr("Unassigned")
                : person.name.isEmpty()     ? tr("Me")
                                            : person.name);
        *todo << person.counts.todo;
        *inProgress << person.counts.inProgress;
        *done << person.counts.done;
        most = std::max(most, person.counts.total());
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append({todo, inProgress, done});
    addWithAxes(chart, series, names, most, Qt::AlignLeft);
}

void DashboardPage::fillWeeks(QChart* chart)
{
    const QList<tasks::WeekCounts> weeks
        = tasks::DashboardQueries(m_connection).createdVsCompletedPerWeek(today());
    auto* created = new QBarSet(tr("Created"));
    auto* completed = new QBarSet(tr("Completed"));
    created->setColor(kCreated);
    completed->setColor(kDone);
    QStringList labels;
    int most = 0;
    const QLocale locale;
    for (const tasks::WeekCounts& week : weeks) {
        labels << locale.toString(week.weekStart, QStringLiteral("M/d"));
        *created << week.created;
        *completed << week.completed;
        most = std::max({most, week.created, week.completed});
    }
    auto* series = new QBarSeries;
    series->append({created, completed});
    addWithAxes(chart, series, labels, most, Qt::AlignBottom);
}

void DashboardPage::fillJobs(QChart* chart)
{
    const QList<tasks::DayJobCounts> days = tasks::DashboardQueries(m_connection).jobsPerDay(today());
    auto* done = new QBarSet(tr("Finished"));
    auto* failed = new QBarSet(tr("Failed"));
    done->setColor(kDone);
    failed->setColor(kFailed);
    QStringList labels;
    int most = 0;
    const QLocale locale;
    for (const tasks::DayJobCounts& day : days) {
        labels << locale.toString(day.day, QStringLiteral("d")); // day of the month: 14 fit under the chart
        *done << day.done;
        *failed << day.failed;
        most = std::max(most, day.done + day.failed);
    }
    auto* series = new QStackedBarSeries;
    series->append({done, failed});
    addWithAxes(chart, series, labels, most, Qt::AlignBottom);
}

} // namespace voxnote::ui
