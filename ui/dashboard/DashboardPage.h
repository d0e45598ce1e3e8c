#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTimer;

namespace voxnote::storage {
class DataChanges;
class Connection;
} // namespace voxnote::storage

namespace voxnote::ui {

/// The Dashboard section: tasks by status and by person, tasks created and
/// completed per week, how many are overdue, and background jobs per day,
/// drawn with Qt Charts from `tasks::DashboardQueries`. Redraws each time
/// it is shown, and while shown when the data changed (`markChanged`).
/// Lives on the GUI thread.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(storage::Connection& connection, storage::DataChanges& changes, QWidget* parent = nullptr);

    /// Re-reads the numbers and redraws the charts now.
    void refresh();
    /// Tasks or jobs changed: redraw soon if visible, else on the next show.
    void markChanged();
    /// The charts, in order: status, assignee, weeks, jobs.
    QList<QChart*> charts() const;
    int overdueShown() const { return m_overdue; }
    bool isShowingEmptyState() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillStatus(QChart* chart);
    void fillAssignees(QChart* chart);
    void fillWeeks(QChart* chart);
    void fillJobs(QChart* chart);
    QChartView* addChart(QGridLayout* grid, int row, int column, const QString& title, int columnSpan = 1);
    QWidget* addFigure(const QString& caption, QLabel** value);
    void styleChart(QChart* chart);
    void styleAxes(QChart* chart);
    QString duration(qint64 ms) const;

    storage::Connection& m_connection;
    QStackedWidget* m_stack;
    QList<QChartView*> m_views;
    QLabel* m_open = nullptr;
    QLabel* m_overdueLabel = nullptr;
    QLabel* m_done = nullptr;
    QLabel* m_average = nullptr;
    QTimer* m_redraw;
    int m_overdue = 0;
    bool m_dirty = true;
};

} // namespace voxnote::ui
