#pragma once

#include "jobs/Job.h"
#include "jobs/JobStage.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class QThreadPool;
class QTimer;

namespace voxnote::storage {
class Connection;
}

namespace voxnote::jobs {

class JobRunner;
class JobStore;

/// Runs queued jobs on a pool of worker threads. Jobs live in the database:
/// each finished stage stores its result, so a retry, or a restart after a
/// crash, resumes at the first unfinished stage; a stage whose cache key has
/// a stored result is not run again; an identical request attaches to the
/// job already queued or running. Transient failures are retried with
/// growing delays; when a job ends, a notification is recorded.
///
/// Lives on the thread that creates it (the GUI thread, or the CLI's main
/// thread), which must run an event loop; signals arrive there. Workers
/// open their own database connections.
class JobQueue : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int workers = QThread::idealThreadCount();
        int maxAttempts = 3; ///< per job, transient failures included
        qint64 retryDelayMs = 2000; ///< doubled after each transient failure
        int progressIntervalMs = 60; ///< at most one progress signal per job this often
    };

    JobQueue(QString dataDir, const Options& options, QObject* parent = nullptr);
    explicit JobQueue(QString dataDir, QObject* parent = nullptr)
        : JobQueue(std::move(dataDir), Options {}, parent)
    {
    }
    /// Stops the running jobs and waits for the workers; the jobs go back to
    /// the queue and resume at their unfinished stage when a queue starts.
    ~JobQueue() override;

    void registerPipeline(const QString& kind, PipelineFactory factory);

    /// Queues a job (or attaches to the identical active one) and returns its
    /// id. Throws `Error` for a kind with no pipeline.
    QString enqueue(const QString& kind, const QString& inputHash, const QJsonObject& params = {});
    /// Re-queues jobs a crash left running, then starts dispatching.
    void start();

    bool cancel(const QString& id);
    bool retry(const QString& id);
    std::optional<JobStatus> status(const QString& id);
    QList<JobStatus> jobs(int limit = 100);

    /// Runs the event loop until no job is queued or running, or the timeout
    /// passes. Returns true if the queue became idle. For the CLI and tests.
    bool waitForIdle(int timeoutMs);

    /// Runs the event loop until job `id` has ended (done, failed or
    /// cancelled) or the timeout passes, and returns its status then. Other
    /// jobs run meanwhile as usual. For the CLI and tests.
    std::optional<JobStatus> waitForJob(const QString& id, int timeoutMs);

    /// How many stages run now (for tests of the worker limit).
    int runningCount() const { return static_cast<int>(m_running.size()); }

signals:
    void progressChanged(const QString& id, const QString& stage, double progress);
    void jobFinished(const QString& id);
    void jobFailed(const QString& id, const QString& error);
    void jobCancelled(const QString& id);

private:
    friend class JobRunner;

    void dispatch();
    void onRunnerEnded(const QString& id);

    QString m_dataDir;
    Options m_options;
    std::unique_ptr<storage::Connection> m_connection;
    std::unique_ptr<JobStore> m_store;
    QHash<QString, PipelineFactory> m_pipelines;
    QHash<QString, std::shared_ptr<Cancellation>> m_running;
    QThreadPool* m_pool;
    QTimer* m_retryTimer;
    bool m_started = false;
    std::shared_ptr<std::atomic_bool> m_shuttingDown = std::make_shared<std::atomic_bool>(false);
};

} // namespace voxnote::jobs
