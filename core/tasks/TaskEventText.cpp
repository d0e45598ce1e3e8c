#include "tasks/TaskEventText.h"

#include "tasks/Task.h"

#include <QCoreApplication>

namespace voxnote::tasks {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TaskEventText", text);
}

QString fieldName(const QString& field)
{
    if (field == u"assignee_id")
        return tr("assignee");
    if (field == u"due_date")
        return tr("due date");
    if (field == u"status")
        return tr("status");
    if (field == u"priority")
        return tr("priority");
    if (field == u"title")
        return tr("title");
    if (field == u"description")
        return tr("description");
    return field;
}

} // namespace

QString describeTaskEvent(const TaskEvent& event, const std::function<QString(const QString&)>& personName)
{
    if (event.kind == u"changed") {
        const auto shown = [&](const QString& value) {
            if (value.isEmpty())
                return tr("(none)");
            if (event.field == u"assignee_id")
                return personName(value);
            if (event.field == u"status")
                return statusLabel(parseStatus(value).value_or(TaskStatus::Todo));
            if (event.field == u"priority")
                return priorityLabel(value.toInt());
            return value;
        };
        return tr("changed %1: %2 → %3").arg(fieldName(event.field), shown(event.oldValue), shown(event.newValue));
    }
    if (event.kind == u"comment")
        return tr("commented: %1").arg(event.newValue);
    if (event.kind == u"created")
        return tr("created the task");
    if (event.kind == u"deleted")
        return tr("deleted the task");
    if (event.kind == u"restored")
        return tr("restored the task");
    return event.kind;
}

} // namespace voxnote::tasks
