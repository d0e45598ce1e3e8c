#pragma once

#include "storage/SyncedWriter.h"
#include "tasks/Task.h"

#include <QList>

namespace voxnote::tasks {

/// The append-only history of every task: who changed which field when, from
/// what to what, and comments. Entries are inserted and never updated or
/// deleted, so sync keeps every device's entries. Use on the connection's
/// thread, inside the transaction of the change it records.
class TaskActivityLog
{
public:
    explicit TaskActivityLog(storage::Connection& connection);

    TaskEvent append(const QString& taskId, const QString& actorId, const QString& kind,
        const QString& field = {}, const QString& oldValue = {}, const QString& newValue = {});

    /// The task's events, oldest first.
    QList<TaskEvent> history(const QString& taskId);

private:
    storage::Connection& m_connection;
    storage::SyncedWriter m_writer;
};

} // namespace voxnote::tasks
