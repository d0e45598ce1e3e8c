#include "tasks/TaskNotifier.h"

#include "notify/NotificationRepository.h"
#include "people/PersonRepository.h"

#include <QCoreApplication>

namespace voxnote::tasks {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TaskNotifier", text);
}

QString fieldLabel(const QString& field)
{
    if (field == u"title")
        return tr("the title");
    if (field == u"description")
        return tr("the description");
    if (field == u"priority")
        return tr("the priority");
    if (field == u"due_date")
        return tr("the due date");
    return field;
}

} // namespace

TaskNotifier::TaskNotifier(storage::Connection& connection, QString actorId)
    : m_connection(connection)
    , m_actorId(std::move(actorId))
{
}

QString TaskNotifier::actorName()
{
    people::PersonRepository people(m_connection);
    const auto actor = people.find(m_actorId);
    return actor ? people::PersonRepository::displayName(*actor, QString()) : tr("Someone");
}

void TaskNotifier::notify(
    const QStringList& personIds, const Task& task, const QString& kind, const QString& message)
{
    notify::NotificationRepository notifications(m_connection);
    QStringList done;
    for (const QString& personId : personIds) {
        if (personId.isEmpty() || personId == m_actorId || done.contains(personId))
            continue;
        notifications.create(personId, task.id, kind, message);
        done << personId;
    }
}

void TaskNotifier::taskCreated(const Task& task)
{
    if (!task.assigneeId.isEmpty())
        notify({task.assigneeId}, task, QStringLiteral("assigned"),
            tr("%1 assigned you “%2”.").arg(actorName(), task.title));
}

void TaskNotifier::taskChanged(const Task& before, const Task& after, const QStringList& fields)
{
    if (fields.contains(QStringLiteral("assignee_id")) && !after.assigneeId.isEmpty())
        notify({after.assigneeId}, after, QStringLiteral("assigned"),
            tr("%1 assigned you “%2”.").arg(actorName(), after.title));
    if (fields.contains(QStringLiteral("status")))
        notify({after.assigneeId, after.creatorId}, after, QStringLiteral("status"),
            tr("%1 moved “%2” from %3 to %4.")
                .arg(actorName(), after.title, statusLabel(before.status), statusLabel(after.status)));

    QStringList edited;
    for (const QString& field : fields) {
        if (field != u"status" && field != u"assignee_id")
            edited << fieldLabel(field);
    }
    // The new assignee already heard about the task as a whole.
    if (!edited.isEmpty() && !fields.contains(QStringLiteral("assignee_id")))
        notify({after.assigneeId}, after, QStringLiteral("edited"),
            tr("%1 changed %2 of “%3”.").arg(actorName(), edited.join(tr(", ")), after.title));
}

} // namespace voxnote::tasks
