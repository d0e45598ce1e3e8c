#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace voxnote::tasks {

enum class TaskStatus { Todo, InProgress, Done };

/// "todo", "in_progress", "done": the stored and JSON form.
QString statusKey(TaskStatus status);
/// "To do", "In progress", "Done", translated.
QString statusLabel(TaskStatus status);
/// Accepts the key, the label and common spellings ("to do", "doing", "in progress").
std::optional<TaskStatus> parseStatus(const QString& text);
/// Like parseStatus, but throws `Error` with the accepted values.
TaskStatus statusFromUser(const QString& text);

/// 0 none, 1 low, 2 medium, 3 high.
QString priorityLabel(int priority);
/// Accepts none/low/medium/high or 0–3; throws `Error` otherwise.
int priorityFromUser(const QString& text);

/// Accepts YYYY-MM-DD, "today" and "tomorrow"; throws `Error` otherwise.
QDate dueDateFromUser(const QString& text, const QDate& today);

struct Task
{
    QString id;
    QString title;
    QString description;
    TaskStatus status = TaskStatus::Todo;
    int priority = 0;
    QDate dueDate; ///< null when there is none
    QString assigneeId;
    QString creatorId;
    double sortKey = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    std::optional<qint64> completedAtMs;
    std::optional<qint64> deletedAtMs;

    bool isOverdue(const QDate& today) const
    {
        return dueDate.isValid() && dueDate < today && status != TaskStatus::Done;
    }
};

/// A task to create.
struct TaskDraft
{
    QString title;
    QString description;
    TaskStatus status = TaskStatus::Todo;
    int priority = 0;
    QDate dueDate;
    QString assigneeId;
    QString noteId; ///< a note the task came from, if any
    std::optional<qint64> noteTimeMs; ///< the moment in that note's recording
};

/// What to change in a task; unset fields stay as they are.
struct TaskChanges
{
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<TaskStatus> status;
    std::optional<int> priority;
    std::optional<QDate> dueDate; ///< a null QDate clears the due date
    std::optional<QString> assigneeId; ///< an empty id unassigns
};

/// Which tasks to list.
struct TaskFilter
{
    std::optional<TaskStatus> status;
    QString assigneeId; ///< only tasks assigned to this person
    bool unassigned = false;
    bool overdue = false;
    bool dueThisWeek = false;
    QString text; ///< words in the title or description
    int limit = 500;
};

/// One entry of a task's activity log.
struct TaskEvent
{
    QString id;
    QString taskId;
    QString actorId;
    qint64 atMs = 0;
    QString kind; ///< created, changed, comment, deleted, restored
    QString field;
    QString oldValue;
    QString newValue;
};

struct TaskLink
{
    QString taskId;
    QString noteId;
    std::optional<qint64> timeMs;
};

} // namespace voxnote::tasks
