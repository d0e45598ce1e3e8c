#include "cli/Presenter.h"

#include "notes/NoteRepository.h"
#include "notes/TagRepository.h"
#include "notify/NotificationRepository.h"
#include "people/PersonRepository.h"
#include "search/SearchService.h"
#include "storage/Connection.h"
#include "tasks/Task.h"
#include "tasks/TaskEventText.h"
#include "tasks/TaskRepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Presenter", text);
}

QJsonValue optionalTime(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(Presenter::time(*ms)) : QJsonValue();
}

} // namespace

Presenter::Presenter(storage::Connection& connection)
    : m_connection(connection)
    , m_meId(people::PersonRepository(connection).me().id)
{
}

QString Presenter::time(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString Presenter::duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString Presenter::personName(const QString& personId)
{
    if (personId.isEmpty())
        return {};
    const auto person = people::PersonRepository(m_connection).find(personId);
    return person ? people::PersonRepository::displayName(*person, m_meId) : personId;
}

QJsonObject Presenter::note(const notes::Note& note)
{
    QJsonArray attachments;
    for (const notes::Attachment& attachment : notes::NoteRepository(m_connection).attachments(note.id)) {
        attachments.append(QJsonObject {{QStringLiteral("id"), attachment.id},
            {QStringLiteral("kind"), attachment.kind}, {QStringLiteral("fileName"), attachment.fileName},
            {QStringLiteral("mimeType"), attachment.mimeType}, {QStringLiteral("bytes"), attachment.byteSize},
            {QStringLiteral("sha256"), attachment.blobHash}});
    }
    return {{QStringLiteral("id"), note.id}, {QStringLiteral("title"), note.title},
        {QStringLiteral("body"), note.body}, {QStringLiteral("pinned"), note.pinned},
        {QStringLiteral("tags"),
            QJsonArray::fromStringList(notes::TagRepository(m_connection).tagsOf(note.id))},
        {QStringLiteral("attachments"), attachments}, {QStringLiteral("createdAt"), time(note.createdAtMs)},
        {QStringLiteral("updatedAt"), time(note.updatedAtMs)},
        {QStringLiteral("deletedAt"), optionalTime(note.deletedAtMs)}};
}

QJsonObject Presenter::task(const tasks::Task& task)
{
    const auto personValue = [this](const QString& id) -> QJsonValue {
        if (id.isEmpty())
            return QJsonValue();
        return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), personName(id)}};
    };
    QJsonArray links;
    for (const tasks::TaskLink& link : tasks::TaskRepository(m_connection, m_meId).links(task.id)) {
        links.append(QJsonObject {{QStringLiteral("noteId"), link.noteId},
            {QStringLiteral("timeMs"), link.timeMs ? QJsonValue(*link.timeMs) : QJsonValue()}});
    }
    return {{QStringLiteral("id"), task.id}, {QStringLiteral("title"), task.title},
        {QStringLiteral("description"), task.description},
        {QStringLiteral("status"), tasks::statusKey(task.status)},
        {QStringLiteral("statusLabel"), tasks::statusLabel(task.status)},
        {QStringLiteral("priority"), task.priority},
        {QStringLiteral("due"),
            task.dueDate.isValid() ? QJsonValue(task.dueDate.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("assignee"), personValue(task.assigneeId)},
        {QStringLiteral("creator"), personValue(task.creatorId)}, {QStringLiteral("links"), links},
        {QStringLiteral("createdAt"), time(task.createdAtMs)},
        {QStringLiteral("updatedAt"), time(task.updatedAtMs)},
        {QStringLiteral("completedAt"), optionalTime(task.completedAtMs)},
        {QStringLiteral("deletedAt"), optionalTime(task.deletedAtMs)}};
}

QJsonObject Presenter::event(const tasks::TaskEvent& event)
{
    return {{QStringLiteral("id"), event.id}, {QStringLiteral("at"), time(event.atMs)},
        {QStringLiteral("actor"), personName(event.actorId)}, {QStringLiteral("kind"), event.kind},
        {QStringLiteral("field"), event.field}, {QStringLiteral("old"), event.oldValue},
        {QStringLiteral("new"), event.newValue}};
}

QJsonObject Presenter::person(const people::Person& person)
{
    return {{QStringLiteral("id"), person.id}, {QStringLiteral("name"), person.name},
        {QStringLiteral("email"), person.email}, {QStringLiteral("me"), person.id == m_meId}};
}

QJsonObject Presenter::revision(const notes::NoteRevision& revision)
{
    return {{QStringLiteral("id"), revision.id}, {QStringLiteral("title"), revision.title},
        {QStringLiteral("body"), revision.body}, {QStringLiteral("replacedAt"), time(revision.createdAtMs)}};
}

QJsonObject Presenter::hit(const search::SearchHit& hit)
{
    return {{QStringLiteral("kind"), hit.kind}, {QStringLiteral("id"), hit.refId},
        {QStringLiteral("noteId"), hit.noteId.isEmpty() ? QJsonValue() : QJsonValue(hit.noteId)},
        {QStringLiteral("title"), hit.title},
        {QStringLiteral("snippet"), search::SearchService::markedSnippet(hit.snippet, QString(), QString())},
        {QStringLiteral("snippetHtml"), search::SearchService::htmlSnippet(hit.snippet)},
        {QStringLiteral("timeMs"), hit.timeMs ? QJsonValue(*hit.timeMs) : QJsonValue()},
        {QStringLiteral("page"), hit.page ? QJsonValue(*hit.page) : QJsonValue()},
        {QStringLiteral("rank"), hit.rank}, {QStringLiteral("createdAt"), time(hit.createdAtMs)}};
}

QJsonObject Presenter::notification(const notify::Notification& notification)
{
    return {{QStringLiteral("id"), notification.id}, {QStringLiteral("taskId"), notification.taskId},
        {QStringLiteral("kind"), notification.kind}, {QStringLiteral("message"), notification.message},
        {QStringLiteral("createdAt"), time(notification.createdAtMs)},
        {QStringLiteral("read"), notification.readAtMs.has_value()}};
}

QString Presenter::noteLine(const notes::Note& note)
{
    const QString title = note.title.isEmpty() ? tr("(untitled)") : note.title;
    const QStringList tags = notes::TagRepository(m_connection).tagsOf(note.id);
    QString line = note.id + u"  " + (note.pinned ? QStringLiteral("📌 ") : QString()) + title;
    if (!tags.isEmpty())
        line += u"  #" + tags.join(QStringLiteral(" #"));
    return line;
}

QString Presenter::taskLine(const tasks::Task& task)
{
    QString line = task.id + u"  [" + tasks::statusLabel(task.status) + u"]  " + task.title;
    if (!task.assigneeId.isEmpty())
        line += u"  @" + personName(task.assigneeId);
    if (task.dueDate.isValid())
        line += u"  " + tr("due %1").arg(task.dueDate.toString(Qt::ISODate));
    if (task.priority > 0)
        line += u"  " + tr("priority %1").arg(tasks::priorityLabel(task.priority));
    return line;
}

QString Presenter::eventLine(const tasks::TaskEvent& event)
{
    const QString when
        = QDateTime::fromMSecsSinceEpoch(event.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString what
        = tasks::describeTaskEvent(event, [this](const QString& id) { return personName(id); });
    return when + u"  " + personName(event.actorId) + u"  " + what;
}

QString Presenter::hitLine(const search::SearchHit& hit)
{
    QString where = hit.kind;
    if (hit.timeMs)
        where += u' ' + duration(*hit.timeMs);
    if (hit.page)
        where += u' ' + tr("page %1").arg(*hit.page + 1);
    const QString snippet
        = search::SearchService::markedSnippet(hit.snippet, QStringLiteral("["), QStringLiteral("]"))
              .simplified();
    return u'[' + where + u"] " + (hit.title.isEmpty() ? QString() : hit.title + u" — ") + snippet + u"  ("
        + hit.refId + u')';
}

} // namespace voxnote::cli
