#include "tasks/Task.h"

#include "Error.h"

#include <QCoreApplication>

namespace voxnote::tasks {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Task", text);
}

} // namespace

QString statusKey(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        return QStringLiteral("todo");
    case TaskStatus::InProgress:
        return QStringLiteral("in_progress");
    case TaskStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString statusLabel(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        return tr("To do");
    case TaskStatus::InProgress:
        return tr("In progress");
    case TaskStatus::Done:
        return tr("Done");
    }
    return {};
}

std::optional<TaskStatus> parseStatus(const QString& text)
{
    const QString key = text.trimmed().toLower().replace(u' ', u'_').replace(u'-', u'_');
    if (key == u"todo" || key == u"to_do" || key == u"open")
        return TaskStatus::Todo;
    if (key == u"in_progress" || key == u"inprogress" || key == u"doing" || key == u"started")
        return TaskStatus::InProgress;
    if (key == u"done" || key == u"finished" || key == u"closed")
        return TaskStatus::Done;
    return std::nullopt;
}

TaskStatus statusFromUser(const QString& text)
{
    if (auto status = parseStatus(text))
        return *status;
    throw Error(tr("“%1” is not a task status; use todo, in_progress or done.").arg(text));
}

QString priorityLabel(int priority)
{
    switch (priority) {
    case 1:
        return tr("Low");
    case 2:
        return tr("Medium");
    case 3:
        return tr("High");
    default:
        return tr("None");
    }
}

int priorityFromUser(const QString& text)
{
    const QString key = text.trimmed().toLower();
    static const QStringList s_names {
        QStringLiteral("none"), QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    if (const qsizetype index = s_names.indexOf(key); index >= 0)
        return static_cast<int>(index);
    bool ok = false;
    const int number = key.toInt(&ok);
    if (ok && number >= 0 && number <= 3)
        return number;
    throw Error(tr("“%1” is not a priority; use none, low, medium or high.").arg(text));
}

QDate dueDateFromUser(const QString& text, const QDate& today)
{
    const QString key = text.trimmed().toLower();
    if (key == u"today")
        return today;
    if (key == u"tomorrow")
        return today.addDays(1);
    const QDate date = QDate::fromString(key, Qt::ISODate);
    if (!date.isValid())
        throw Error(tr("“%1” is not a date; write it as YYYY-MM-DD, for example 2026-12-01.").arg(text));
    return date;
}

} // namespace voxnote::tasks
