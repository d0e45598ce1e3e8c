#include "jobs/JobQueue.h"

#include "jobs/EngineFailure.h"
#include "jobs/JobStore.h"
#include "notify/NotificationRepository.h"
#include "people/PersonRepository.h"
#include "storage/DataDirectory.h"
#include "storage/Profile.h"
#include "util/Clock.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutex>
#include <QPointer>
#include <QRunnable>
#include <QThreadPool>
#include <QTimer>

#include <map>

namespace voxnote::jobs {

namespace {

/// Runs the event loop (the workers' signals arrive) until one of `queue`'s
/// jobs ends or 50 ms pass, whichever is first. Asleep meanwhile: a CLI
/// waiting for its transcription must not spin on a core its decoders need.
void waitAWhile(JobQueue& queue, const QDeadlineTimer& deadline)
{
    constexpr qint64 kPollMs = 50;
    const qint64 wait
        = deadline.isForever() ? kPollMs : std::clamp<qint64>(deadline.remainingTime(), 0, kPollMs);
    QEventLoop loop;
    QTimer::singleShot(std::chrono::milliseconds(wait), &loop, &QEventLoop::quit);
    QObject::connect(&queue, &JobQueue::jobFinished, &loop, &QEventLoop::quit);
    QObject::connect(&queue, &JobQueue::jobFailed, &loop, &QEventLoop::quit);
    QObject::connect(&queue, &JobQueue::jobCancelled, &loop, &QEventLoop::quit);
    loop.exec();
}

QString tr(const char* text)
{
    return QCoreApplication::translate("JobQueue", text);
}

// One mutex per exclusive resource (an engine with global state).
QMutex& resourceMutex(const QString& resource)
{
    static QMutex s_guard;
    static std::map<QString, std::unique_ptr<QMutex>> s_mutexes;
    QMutexLocker lock(&s_guard);
    auto& mutex = s_mutexes[resource];
    if (!mutex)
        mutex = std::make_unique<QMutex>();
    return *mutex;
}

enum class Outcome { Done, Failed, Retry, Cancelled };

} // namespace

/// Runs one job's unfinished stages on a pool thread.
class JobRunner : public QRunnable
{
public:
    JobRunner(QPointer<JobQueue> queue, JobStatus job, Pipeline pipeline,
        std::shared_ptr<Cancellation> cancellation, QString dataDir, const JobQueue::Options& options,
        std::shared_ptr<std::atomic_bool> shuttingDown)
        : m_queue(std::move(queue))
        , m_job(std::move(job))
        , m_pipeline(std::move(pipeline))
        , m_cancellation(std::move(cancellation))
        , m_dataDir(std::move(dataDir))
        , m_options(options)
        , m_shuttingDown(std::move(shuttingDown))
    {
    }

    void run() override
    {
        try {
            storage::Connection db
                = storage::Profile::openConnection(storage::DataDirectory::databasePath(m_dataDir));
            JobStore store(db);
            const Outcome outcome = runStages(db, store);
            record(db, store, outcome);
        } catch (const std::exception& error) {
            qCWarning(lcJobs) << "job" << m_job.id << "could not record its outcome:" << error.what();
        }
        // Back on the queue's thread, if the queue still exists.
        QMetaObject::invokeMethod(
            m_queue.data(),
            [queue = m_queue, id = m_job.id] {
                if (queue)
                    queue->onRunnerEnded(id);
            },
            Qt::QueuedConnection);
    }

private:
    Outcome runStages(storage::Connection& db, JobStore& store)
    {
        const int count = static_cast<int>(m_pipeline.size());
        try {
            for (int index = m_job.stage; index < count; ++index) {
                JobStage& stage = *m_pipeline[static_cast<std::size_t>(index)];
                store.saveProgress(m_job.id, index, stage.name(), double(index) / count);
                JobContext context {m_job.id, m_job.kind, m_job.inputHash, m_job.params, m_job.results,
                    m_dataDir, &db, m_cancellation.get(), {}};
                context.progress = [this, &store, index, count, name = stage.name()](double fraction) {
                    reportProgress(store, index, count, name, fraction);
                };
                const QJsonObject result = runStage(stage, context, store);
                store.finishStage(m_job.id, index, result, double(index + 1) / count);
                m_job.results.append(result);
            }
            return Outcome::Done;
        } catch (const Cancelled&) {
            return Outcome::Cancelled;
        } catch (const EngineFailure& error) {
            // Once more in a fresh worker, then never again: no crash loop.
            m_error = error.message();
            return m_job.attempts + 1 < std::min(EngineFailure::kMaxAttempts, m_options.maxAttempts)
                ? Outcome::Retry
                : Outcome::Failed;
        } catch (const TransientError& error) {
            m_error = error.message();
            return m_job.attempts + 1 < m_options.maxAttempts ? Outcome::Retry : Outcome::Failed;
        } catch (const Error& error) {
            m_error = error.message();
            return Outcome::Failed;
        } catch (const std::exception& error) {
            m_error = tr("An unexpected error stopped the work (%1).").arg(QString::fromUtf8(error.what()));
            return Outcome::Failed;
        }
    }

    QJsonObject runStage(JobStage& stage, JobContext& context, JobStore& store)
    {
        const QByteArray key = stage.cacheKey(context);
        if (!key.isEmpty()) {
            if (std::optional<QJsonObject> cached = store.cachedResult(key)) {
                qCDebug(lcJobs) << "job" << m_job.id << "reuses the stored result of" << stage.name();
                return *cached;
            }
        }
        m_cancellation->check();
        QJsonObject result;
        const QString resource = stage.exclusiveResource();
        if (resource.isEmpty()) {
            result = stage.run(context);
        } else {
            QMutexLocker lock(&resourceMutex(resource));
            result = stage.run(context);
        }
        if (!key.isEmpty())
            store.storeResult(key, stage.name(), result);
        return result;
    }

    void reportProgress(JobStore& store, int index, int count, const QString& name, double fraction)
    {
        // A cancel asked for from another process arrives through the database.
        if (m_sinceDatabase.isValid() && m_sinceDatabase.elapsed() < 500)
            return emitProgress(index, count, name, fraction);
        m_sinceDatabase.start();
        if (store.cancelRequested(m_job.id))
            m_cancellation->request();
        store.saveProgress(m_job.id, index, name, (index + std::clamp(fraction, 0.0, 1.0)) / count);
        emitProgress(index, count, name, fraction);
    }

    void emitProgress(int index, int count, const QString& name, double fraction)
    {
        if (m_sinceSignal.isValid() && m_sinceSignal.elapsed() < m_options.progressIntervalMs)
            return;
        m_sinceSignal.start();
        const double total = (index + std::clamp(fraction, 0.0, 1.0)) / count;
        if (m_queue)
            QMetaObject::invokeMethod(m_queue.data(), "progressChanged", Qt::QueuedConnection,
                Q_ARG(QString, m_job.id), Q_ARG(QString, name), Q_ARG(double, total));
    }

    void record(storage::Connection& db, JobStore& store, Outcome outcome)
    {
        const QString title = m_job.params.value(QStringLiteral("title")).toString(m_job.kind);
        switch (outcome) {
        case Outcome::Done:
            store.markDone(m_job.id);
            notify(db, QStringLiteral("job_done"), tr("“%1” is ready.").arg(title));
            break;
        case Outcome::Failed:
            store.markFailed(m_job.id, m_error);
            notify(db, QStringLiteral("job_failed"), tr("“%1” failed: %2").arg(title, m_error));
            break;
        case Outcome::Retry: {
            const qint64 delay = m_options.retryDelayMs << std::min(m_job.attempts, 10);
            qCInfo(lcJobs) << "job" << m_job.id << "will be retried in" << delay << "ms:" << m_error;
            store.scheduleRetry(m_job.id, m_error, Clock::instance().nowMs() + delay);
            break;
        }
        case Outcome::Cancelled:
            // A queue closing stops its jobs; they resume when one starts again.
            if (m_shuttingDown->load() && !store.cancelRequested(m_job.id))
                store.release(m_job.id);
            else
                store.markCancelled(m_job.id);
            break;
        }
    }

    static void notify(storage::Connection& db, const QString& kind, const QString& message)
    {
        notify::NotificationRepository(db).create(
            people::PersonRepository(db).me().id, QString(), kind, message);
    }

    QPointer<JobQueue> m_queue;
    JobStatus m_job;
    Pipeline m_pipeline;
    std::shared_ptr<Cancellation> m_cancellation;
    QString m_dataDir;
    JobQueue::Options m_options;
    std::shared_ptr<std::atomic_bool> m_shuttingDown; ///< the queue is closing
    QString m_error;
    QElapsedTimer m_sinceSignal;
    QElapsedTimer m_sinceDatabase;
};

JobQueue::JobQueue(QString dataDir, const Options& options, QObject* parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_options(options)
    , m_connection(std::make_unique<storage::Connection>(
          storage::Profile::openConnection(storage::DataDirectory::databasePath(m_dataDir))))
    , m_store(std::make_unique<JobStore>(*m_connection))
    , m_pool(new QThreadPool(this))
    , m_retryTimer(new QTimer(this))
{
    m_pool->setMaxThreadCount(std::max(1, m_options.workers));
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &JobQueue::dispatch);
}

JobQueue::~JobQueue()
{
    m_shuttingDown->store(true);
    for (const auto& cancellation : std::as_const(m_running))
        cancellation->request();
    m_pool->waitForDone();
}

void JobQueue::registerPipeline(const QString& kind, PipelineFactory factory)
{
    m_pipelines.insert(kind, std::move(factory));
}

QString JobQueue::enqueue(const QString& kind, const QString& inputHash, const QJsonObject& params)
{
    if (!m_pipelines.contains(kind))
        throw Error(tr("Voxnote does not know how to do “%1”.").arg(kind));
    const JobStore::Enqueued enqueued = m_store->enqueue(kind, inputHash, params);
    if (m_started)
        QMetaObject::invokeMethod(this, &JobQueue::dispatch, Qt::QueuedConnection);
    return enqueued.id;
}

void JobQueue::start()
{
    const int requeued = m_store->requeueInterrupted();
    if (requeued > 0)
        qCInfo(lcJobs) << requeued << "interrupted job(s) queued again";
    m_started = true;
    dispatch();
}

void JobQueue::dispatch()
{
    while (m_running.size() < m_pool->maxThreadCount()) {
        const std::optional<JobStatus> job = m_store->claimNext(Clock::instance().nowMs());
        if (!job)
            break;
        const auto factory = m_pipelines.constFind(job->kind);
        if (factory == m_pipelines.cend()) {
            m_store->markFailed(job->id, tr("Voxnote does not know how to do “%1”.").arg(job->kind));
            emit jobFailed(job->id, job->kind);
            continue;
        }
        auto cancellation = std::make_shared<Cancellation>();
        m_running.insert(job->id, cancellation);
        auto* runner
            = new JobRunner(this, *job, (*factory)(), cancellation, m_dataDir, m_options, m_shuttingDown);
        m_pool->start(runner);
    }
    if (const std::optional<qint64> due = m_store->nextDueAt())
        m_retryTimer->start(
            static_cast<int>(std::clamp<qint64>(*due - Clock::instance().nowMs(), 0, 60'000)));
}

void JobQueue::onRunnerEnded(const QString& id)
{
    m_running.remove(id);
    const std::optional<JobStatus> job = m_store->find(id);
    if (job) {
        switch (job->state) {
        case JobState::Done:
            emit jobFinished(id);
            break;
        case JobState::Failed:
            emit jobFailed(id, job->error);
            break;
        case JobState::Cancelled:
            emit jobCancelled(id);
            break;
        default:
            break; // queued again for a retry
        }
    }
    dispatch();
}

bool JobQueue::cancel(const QString& id)
{
    if (auto running = m_running.value(id))
        running->request();
    const bool wasActive = m_store->requestCancel(id);
    if (wasActive && !m_running.contains(id))
        emit jobCancelled(id);
    return wasActive;
}

bool JobQueue::retry(const QString& id)
{
    const bool queued = m_store->retry(id);
    if (queued && m_started)
        dispatch();
    return queued;
}

std::optional<JobStatus> JobQueue::status(const QString& id)
{
    return m_store->find(id);
}

QList<JobStatus> JobQueue::jobs(int limit)
{
    return m_store->list(limit);
}

bool JobQueue::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_running.isEmpty() && !m_store->hasActiveJobs())
            return true;
        waitAWhile(*this, deadline);
    }
    return false;
}

std::optional<JobStatus> JobQueue::waitForJob(const QString& id, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    std::optional<JobStatus> status = m_store->find(id);
    while (status && status->isActive() && !deadline.hasExpired()) {
        waitAWhile(*this, deadline);
        status = m_store->find(id);
    }
    return status;
}

} // namespace voxnote::jobs
