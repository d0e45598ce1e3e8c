#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace voxnote::storage {
class DataChanges;
class Connection;
} // namespace voxnote::storage

namespace voxnote::ui {

class TaskEditor;
class TaskListModel;

/// The Tasks section: a quick-add field, filters (status, assignee, mine,
/// overdue, due this week, text), the sortable list, and the editor with the
/// selected task's history. Lives on the GUI thread.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    TasksPage(storage::Connection& connection, storage::DataChanges& changes, QWidget* parent = nullptr);

    /// Creates a task with `title` and selects it.
    void addTask(const QString& title);
    void select(const QString& taskId);
    /// Reloads tasks and people (after a change elsewhere, e.g. the board).
    void reload();
    TaskListModel* model() const { return m_model; }
    TaskEditor* editor() const { return m_editor; }

signals:
    void errorOccurred(const QString& message);
    void tasksChanged();

private:
    void applyFilter();
    void onTaskChanged(const QString& id);

    storage::Connection& m_connection;
    QString m_meId;
    TaskListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QLineEdit* m_quickAdd;
    QComboBox* m_status;
    QComboBox* m_assignee;
    QCheckBox* m_overdue;
    QCheckBox* m_thisWeek;
    QLineEdit* m_text;
    QTreeView* m_list;
    TaskEditor* m_editor;
};

} // namespace voxnote::ui
