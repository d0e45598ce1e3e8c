#pragma once

#include "storage/SyncedWriter.h"
#include "tasks/Task.h"

#include <QDate>
#include <QList>

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::tasks {

/// Tasks for a small team. Every change is one transaction that writes the
/// task through SyncedWriter, appends its activity-log events and creates
/// the notifications it calls for. `actorId` is the person making the
/// changes (normally "me"). Bad input (an empty title, a person or note that
/// does not exist) throws `Error` with a sentence and changes nothing. Use
/// on the connection's thread.
class TaskRepository
{
public:
    TaskRepository(storage::Connection& connection, QString actorId);

    Task create(const TaskDraft& draft);
    /// Applies the changes that differ from the task as it is; returns the task after.
    Task update(const QString& id, const TaskChanges& changes);
    /// Moves the task to `status`, placed just before `beforeTaskId` in that
    /// column (at its end if empty), as a drag on the board does.
    Task move(const QString& id, TaskStatus status, const QString& beforeTaskId = {});
    /// Deletes the task (it stays recoverable with `restore`, and its history is kept).
    void remove(const QString& id);
    Task restore(const QString& id);
    TaskEvent comment(const QString& id, const QString& text);

    void linkNote(const QString& taskId, const QString& noteId, std::optional<qint64> timeMs = std::nullopt);
    QList<TaskLink> links(const QString& taskId);

    std::optional<Task> find(const QString& id);
    /// Like find, but throws `Error` when there is no such task (or it was deleted).
    Task get(const QString& id);
    /// Tasks that are not deleted, by status column and board order.
    QList<Task> list(const TaskFilter& filter, const QDate& today);
    QList<TaskEvent> history(const QString& id);

private:
    double endOfColumn(TaskStatus status);
    void checkPerson(const QString& personId);
    void checkNote(const QString& noteId);

    storage::Connection& m_connection;
    QString m_actorId;
    storage::SyncedWriter m_writer;
};

} // namespace voxnote::tasks
