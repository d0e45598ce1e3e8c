#include "cli/verbs/TaskVerb.h"

#include "cli/CliContext.h"
#include "cli/Presenter.h"
#include "notify/EmailOutbox.h"
#include "notify/SmtpSender.h"
#include "people/PersonRepository.h"
#include "storage/Profile.h"
#include "tasks/TaskRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace voxnote::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("TaskVerb", text, nullptr, n);
}

QString needWord(const QStringList& words, int index, const char* what)
{
    if (words.size() <= index)
        throw UsageError(tr("Missing %1.").arg(tr(what)));
    return words[index];
}

bool isNone(const QString& value)
{
    return value.trimmed().compare(u"none", Qt::CaseInsensitive) == 0 || value.trimmed().isEmpty();
}

// "none" clears; anything else is a person.
QString assigneeFrom(people::PersonRepository& people, const QString& value)
{
    return isNone(value) ? QString() : people.resolve(value).id;
}

QDate today()
{
    return Clock::instance().now().toLocalTime().date();
}

// E-mails for the notifications a change made go out now if the server
// answers; those that fail stay queued and are retried later.
void sendQueuedEmails(CliContext& context)
{
    storage::Connection& db = context.profile().database();
    notify::EmailOutbox outbox(db);
    if (!notify::EmailOutbox::settingsWithoutPassword(db).isConfigured() || outbox.pending().isEmpty())
        return;
    notify::SmtpSender sender;
    outbox.sendDue(sender);
    const qsizetype waiting = outbox.pending().size();
    if (waiting > 0)
        context.err() << tr(
            "%n e-mail(s) could not be sent yet and will be retried; see 'voxnote notifications --outbox'.",
            static_cast<int>(waiting))
                      << Qt::endl;
}

} // namespace

QString TaskVerb::name() const
{
    return QStringLiteral("task");
}

QString TaskVerb::summary() const
{
    return tr("Tasks: add, list, show, set, assign, done, rm, restore, log, comment.");
}

void TaskVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("command"),
        tr("add TITLE | list | show ID | set ID | assign ID WHO | done ID | rm ID | restore ID | log ID | "
           "comment ID TEXT"));
    parser.addOption({QStringLiteral("title"), tr("A new title (set)."), tr("title")});
    parser.addOption({QStringLiteral("description"), tr("The task's description."), tr("text")});
    parser.addOption({QStringLiteral("status"), tr("todo, in_progress or done."), tr("status")});
    parser.addOption({QStringLiteral("priority"), tr("none, low, medium or high."), tr("priority")});
    parser.addOption(
        {QStringLiteral("due"), tr("Due date YYYY-MM-DD, today, tomorrow, or none."), tr("date")});
    parser.addOption(
        {QStringLiteral("assignee"), tr("Who does it: a name, an e-mail, me, or none."), tr("who")});
    parser.addOption({QStringLiteral("note"), tr("Link the task to this note (add)."), tr("id")});
    parser.addOption(
        {QStringLiteral("at"), tr("The moment in the note's recording, in seconds (add)."), tr("seconds")});
    parser.addOption({QStringLiteral("mine"), tr("Only tasks assigned to me (list).")});
    parser.addOption({QStringLiteral("overdue"), tr("Only overdue tasks (list).")});
    parser.addOption({QStringLiteral("due-this-week"), tr("Only tasks due this week (list).")});
    parser.addOption({QStringLiteral("text"), tr("Only tasks with this text (list)."), tr("text")});
}

int TaskVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList args = words(parser);
    const QString command = needWord(args, 0, "the command (add, list, show …)");
    storage::Connection& db = context.profile().database();
    people::PersonRepository people(db);
    tasks::TaskRepository tasks(db, people.me().id);
    Presenter present(db);
    QTextStream& out = context.out();

    const auto printTask = [&](const tasks::Task& task) {
        if (context.json())
            context.printJson(present.task(task));
        else
            out << present.taskLine(task) << Qt::endl;
    };
    const auto option = [&parser](const char* name) {
        return parser.value(QString::fromLatin1(name));
    };
    const auto isSet = [&parser](const char* name) {
        return parser.isSet(QString::fromLatin1(name));
    };

    if (command == u"add") {
        tasks::TaskDraft draft;
        draft.title = needWord(args, 1, "the task's title");
        draft.description = option("description");
        if (isSet("status"))
            draft.status = tasks::statusFromUser(option("status"));
        if (isSet("priority"))
            draft.priority = tasks::priorityFromUser(option("priority"));
        if (isSet("due") && !isNone(option("due")))
            draft.dueDate = tasks::dueDateFromUser(option("due"), today());
        if (isSet("assignee"))
            draft.assigneeId = assigneeFrom(people, option("assignee"));
        draft.noteId = option("note");
        if (isSet("at")) {
            bool ok = false;
            const double seconds = option("at").toDouble(&ok);
            if (!ok || seconds < 0)
                throw Error(tr("“%1” is not a number of seconds.").arg(option("at")));
            draft.noteTimeMs = static_cast<qint64>(seconds * 1000);
        }
        printTask(tasks.create(draft));
        sendQueuedEmails(context);
    } else if (command == u"list") {
        tasks::TaskFilter filter;
        if (isSet("status"))
            filter.status = tasks::statusFromUser(option("status"));
        if (isSet("mine"))
            filter.assigneeId = people.me().id;
        else if (isSet("assignee") && isNone(option("assignee")))
            filter.unassigned = true;
        else if (isSet("assignee"))
            filter.assigneeId = people.resolve(option("assignee")).id;
        filter.overdue = isSet("overdue");
        filter.dueThisWeek = isSet("due-this-week");
        filter.text = option("text");
        const QList<tasks::Task> list = tasks.list(filter, today());
        QJsonArray json;
        for (const tasks::Task& task : list) {
            if (context.json())
                json.append(present.task(task));
            else
                out << present.taskLine(task) << Qt::endl;
        }
        if (context.json())
            context.printJson({{QStringLiteral("tasks"), json}});
        else if (list.isEmpty())
            out << tr("No tasks.") << Qt::endl;
    } else if (command == u"show") {
        const tasks::Task task = tasks.get(needWord(args, 1, "the task id"));
        if (context.json()) {
            QJsonObject json = present.task(task);
            QJsonArray history;
            for (const tasks::TaskEvent& event : tasks.history(task.id))
                history.append(present.event(event));
            json.insert(QStringLiteral("history"), history);
            context.printJson(json);
        } else {
            out << present.taskLine(task) << Qt::endl;
            if (!task.description.isEmpty())
                out << Qt::endl << task.description << Qt::endl;
        }
    } else if (command == u"set" || command == u"assign" || command == u"done") {
        const QString id = needWord(args, 1, "the task id");
        tasks::TaskChanges changes;
        if (command == u"done") {
            changes.status = tasks::TaskStatus::Done;
        } else if (command == u"assign") {
            changes.assigneeId
                = assigneeFrom(people, needWord(args, 2, "who to assign it to (a name, e-mail, me or none)"));
        } else {
            if (isSet("title"))
                changes.title = option("title");
            if (isSet("description"))
                changes.description = option("description");
            if (isSet("status"))
                changes.status = tasks::statusFromUser(option("status"));
            if (isSet("priority"))
                changes.priority = tasks::priorityFromUser(option("priority"));
            if (isSet("due"))
                changes.dueDate
                    = isNone(option("due")) ? QDate() : tasks::dueDateFromUser(option("due"), today());
            if (isSet("assignee"))
                changes.assigneeId = assigneeFrom(people, option("assignee"));
        }
        printTask(tasks.update(id, changes));
        sendQueuedEmails(context);
    } else if (command == u"rm") {
        const tasks::Task task = tasks.get(needWord(args, 1, "the task id"));
        tasks.remove(task.id);
        if (context.json())
            context.printJson({{QStringLiteral("id"), task.id}, {QStringLiteral("deleted"), true}});
        else
            out << tr("Deleted “%1”; 'voxnote task restore %2' brings it back.").arg(task.title, task.id)
                << Qt::endl;
    } else if (command == u"restore") {
        printTask(tasks.restore(needWord(args, 1, "the task id")));
    } else if (command == u"log") {
        const QList<tasks::TaskEvent> events = tasks.history(needWord(args, 1, "the task id"));
        QJsonArray json;
        for (const tasks::TaskEvent& event : events) {
            json.append(present.event(event));
            if (!context.json())
                out << present.eventLine(event) << Qt::endl;
        }
        if (context.json())
            context.printJson({{QStringLiteral("events"), json}});
    } else if (command == u"comment") {
        const tasks::TaskEvent event
            = tasks.comment(needWord(args, 1, "the task id"), args.mid(2).join(u' '));
        if (context.json())
            context.printJson(present.event(event));
        else
            out << present.eventLine(event) << Qt::endl;
    } else {
        throw UsageError(tr("'%1' is not a task command.").arg(command));
    }
    return 0;
}

} // namespace voxnote::cli
