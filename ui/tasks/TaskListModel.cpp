#include "tasks/TaskListModel.h"

#include "people/PersonRepository.h"
#include "tasks/TaskRepository.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace voxnote::ui {

TaskListModel::TaskListModel(storage::Connection& connection, QString meId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
    , m_meId(std::move(meId))
{
    m_filter.limit = 5000;
}

void TaskListModel::setFilter(const tasks::TaskFilter& filter)
{
    m_filter = filter;
    reload();
}

void TaskListModel::reload()
{
    beginResetModel();
    m_tasks = tasks::TaskRepository(m_connection, m_meId).list(m_filter, QDate::currentDate());
    m_names.clear();
    for (const people::Person& person : people::PersonRepository(m_connection).list())
        m_names.insert(person.id, people::PersonRepository::displayName(person, m_meId));
    endResetModel();
}

int TaskListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks[row].id == id)
            return row;
    }
    return -1;
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int TaskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const tasks::Task& task = m_tasks[index.row()];
    if (role == IdRole)
        return task.id;
    if (role == Qt::ForegroundRole && index.column() == Due && task.isOverdue(QDate::currentDate()))
        return QBrush(QColor(0xd9, 0x48, 0x3b));
    if (role == SortRole) {
        switch (index.column()) {
        case Status:
            return static_cast<int>(task.status);
        case Due:
            return task.dueDate.isValid() ? task.dueDate : QDate(9999, 12, 31);
        case Priority:
            return task.priority;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Title:
        return task.title;
    case Status:
        return tasks::statusLabel(task.status);
    case Assignee:
        return m_names.value(task.assigneeId);
    case Due:
        return task.dueDate.isValid() ? QLocale().toString(task.dueDate, QLocale::ShortFormat) : QString();
    case Priority:
        return task.priority > 0 ? tasks::priorityLabel(task.priority) : QString();
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Task");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assignee");
    case Due:
        return tr("Due");
    case Priority:
        return tr("Priority");
    default:
        return {};
    }
}

} // namespace voxnote::ui
