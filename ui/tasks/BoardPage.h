#pragma once

#include <QWidget>

namespace voxnote::storage {
class DataChanges;
class Connection;
} // namespace voxnote::storage

namespace voxnote::ui {

class BoardColumn;

/// The Board section: To do, In progress and Done columns of task cards.
/// Dragging a card to another column changes the task's status (logged in
/// its history, notifying the people concerned); dragging within a column
/// reorders it. Lives on the GUI thread.
class BoardPage : public QWidget
{
    Q_OBJECT

public:
    BoardPage(storage::Connection& connection, storage::DataChanges& changes, QWidget* parent = nullptr);

    void reload();
    BoardColumn* column(int index) const { return m_columns[index]; }

signals:
    void errorOccurred(const QString& message);
    void tasksChanged();

private:
    void moveTask(const QString& taskId, int statusIndex, const QString& beforeTaskId);

    storage::Connection& m_connection;
    QString m_meId;
    BoardColumn* m_columns[3];
};

} // namespace voxnote::ui
