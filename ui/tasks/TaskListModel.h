#pragma once

#include "tasks/Task.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::ui {

/// The tasks matching a filter, as a table: title, status, assignee, due
/// date, priority. Lives on the GUI thread.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Status, Assignee, Due, Priority, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    TaskListModel(storage::Connection& connection, QString meId, QObject* parent = nullptr);

    void setFilter(const tasks::TaskFilter& filter);
    const tasks::TaskFilter& filter() const { return m_filter; }
    void reload();
    int rowOf(const QString& id) const;
    const tasks::Task& taskAt(int row) const { return m_tasks[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    storage::Connection& m_connection;
    QString m_meId;
    tasks::TaskFilter m_filter;
    QList<tasks::Task> m_tasks;
    QHash<QString, QString> m_names; ///< person id -> name shown
};

} // namespace voxnote::ui
