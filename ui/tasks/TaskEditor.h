#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace voxnote::storage {
class Connection;
}
namespace voxnote::tasks {
struct TaskChanges;
}

namespace voxnote::ui {

/// Edits one task: every field is applied as soon as it changes (each
/// change becomes an entry of the task's activity history, shown below, and
/// notifies the people concerned); comments are added to the history.
/// Lives on the GUI thread.
class TaskEditor : public QWidget
{
    Q_OBJECT

public:
    TaskEditor(storage::Connection& connection, QString meId, QWidget* parent = nullptr);

    /// Shows `id` (empty: nothing), after applying pending edits of the open task.
    void openTask(const QString& id);
    const QString& taskId() const { return m_taskId; }
    /// Reloads the people a task can be assigned to.
    void reloadPeople();

signals:
    void taskChanged(const QString& id);
    void errorOccurred(const QString& message);

private:
    void load();
    void apply(const tasks::TaskChanges& changes);
    void applyDescription();
    void addComment();
    void deleteTask();

    storage::Connection& m_connection;
    QString m_meId;
    QString m_taskId;
    bool m_loading = false;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_status;
    QComboBox* m_priority;
    QComboBox* m_assignee;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QLabel* m_links;
    QListWidget* m_history;
    QLineEdit* m_comment;
    QTimer* m_descriptionTimer;
};

} // namespace voxnote::ui
