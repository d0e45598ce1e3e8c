#pragma once

#include "tasks/Task.h"

#include <QStringList>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::tasks {

/// Decides who hears about a task change and creates their notifications:
/// the new assignee when a task is assigned, the assignee and the creator
/// when its status changes, the assignee when anything else is edited —
/// never the person who made the change. Call inside the change's transaction.
class TaskNotifier
{
public:
    TaskNotifier(storage::Connection& connection, QString actorId);

    void taskCreated(const Task& task);
    /// `fields` are the names of the columns that changed.
    void taskChanged(const Task& before, const Task& after, const QStringList& fields);

private:
    void notify(const QStringList& personIds, const Task& task, const QString& kind, const QString& message);
    QString actorName();

    storage::Connection& m_connection;
    QString m_actorId;
};

} // namespace voxnote::tasks
