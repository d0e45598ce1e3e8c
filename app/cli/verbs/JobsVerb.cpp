#include "cli/verbs/JobsVerb.h"

#include "cli/CliContext.h"
#include "cli/Presenter.h"
#include "jobs/JobQueue.h"
#include "jobs/JobStore.h"
#include "services/Services.h"
#include "storage/Profile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("JobsVerb", text);
}

QJsonObject jobJson(const jobs::JobStatus& job)
{
    return {{QStringLiteral("id"), job.id}, {QStringLiteral("kind"), job.kind},
        {QStringLiteral("state"), jobs::stateKey(job.state)}, {QStringLiteral("stage"), job.stageName},
        {QStringLiteral("progress"), job.progress}, {QStringLiteral("attempts"), job.attempts},
        {QStringLiteral("error"), job.error.isEmpty() ? QJsonValue() : QJsonValue(job.error)},
        {QStringLiteral("results"), job.results},
        {QStringLiteral("createdAt"), Presenter::time(job.createdAtMs)},
        {QStringLiteral("finishedAt"),
            job.finishedAtMs ? QJsonValue(Presenter::time(*job.finishedAtMs)) : QJsonValue()}};
}

QString jobLine(const jobs::JobStatus& job)
{
    QString line
        = job.id + QStringLiteral("  ") + job.kind + QStringLiteral("  ") + jobs::stateKey(job.state);
    if (job.state == jobs::JobState::Running)
        line += QStringLiteral("  %1 %2%").arg(job.stageName).arg(qRound(job.progress * 100));
    if (!job.error.isEmpty())
        line += QStringLiteral("  ") + job.error;
    return line;
}

} // namespace

QString JobsVerb::name() const
{
    return QStringLiteral("jobs");
}

QString JobsVerb::summary() const
{
    return tr("List the background work, show one job, retry or cancel it, or run what is waiting.");
}

void JobsVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("list | show ID | retry ID | cancel ID | resume"));
}

int JobsVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList args = words(parser);
    const QString command = args.value(0, QStringLiteral("list"));
    jobs::JobStore store(context.profile().database());
    if (command == u"list") {
        const QList<jobs::JobStatus> list = store.list(100);
        QJsonArray json;
        for (const jobs::JobStatus& job : list) {
            json.append(jobJson(job));
            if (!context.json())
                context.out() << jobLine(job) << Qt::endl;
        }
        if (context.json())
            context.printJson({{QStringLiteral("jobs"), json}});
        else if (list.isEmpty())
            context.out() << tr("No jobs.") << Qt::endl;
        return 0;
    }
    if (command == u"resume") {
        // Runs what a crash or a closed window left queued.
        jobs::JobQueue& queue = context.services().jobQueue();
        queue.start();
        queue.waitForIdle(std::numeric_limits<int>::max());
        context.out() << tr("No work is waiting any more.") << Qt::endl;
        return 0;
    }
    if (args.size() < 2)
        throw UsageError(tr("Missing the job id."));
    const QString id = args[1];
    const std::optional<jobs::JobStatus> job = store.find(id);
    if (!job)
        throw Error(tr("There is no job with the id %1.").arg(id));
    if (command == u"retry") {
        if (!store.retry(id))
            throw Error(tr("Job %1 is %2; only a failed or cancelled job can be retried.")
                            .arg(id, jobs::stateKey(job->state)));
        // Runs it here, resuming at its first unfinished stage.
        jobs::JobQueue& queue = context.services().jobQueue();
        queue.start();
        queue.waitForJob(id, std::numeric_limits<int>::max());
    } else if (command == u"cancel") {
        if (!store.requestCancel(id))
            throw Error(tr("Job %1 is %2; only a queued or running job can be cancelled.")
                            .arg(id, jobs::stateKey(job->state)));
    } else if (command != u"show") {
        throw UsageError(tr("'%1' is not a jobs command.").arg(command));
    }
    const jobs::JobStatus now = *store.find(id);
    if (context.json())
        context.printJson(jobJson(now));
    else
        context.out() << jobLine(now) << Qt::endl;
    return 0;
}

} // namespace voxnote::cli
