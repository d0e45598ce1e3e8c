#pragma once

#include "jobs/Job.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::jobs {

/// The `jobs` and `stage_results` tables. Each state change is one
/// transaction, so a crash leaves every job in a state it can resume from.
/// Use on the connection's thread; one store per connection.
class JobStore
{
public:
    explicit JobStore(storage::Connection& connection);

    struct Enqueued
    {
        QString id;
        bool attached = false; ///< an identical job was already queued or running
    };
    /// Queues a job, or returns the identical one still queued or running.
    Enqueued enqueue(const QString& kind, const QString& inputHash, const QJsonObject& params);

    std::optional<JobStatus> find(const QString& id);
    QList<JobStatus> list(int limit = 100);
    /// Marks the oldest queued job whose time has come as running and returns it.
    std::optional<JobStatus> claimNext(qint64 nowMs);
    /// When the next queued job becomes due, if any is waiting.
    std::optional<qint64> nextDueAt();
    bool hasActiveJobs();
    /// Jobs left running by a process that is gone (a crash) go back to the
    /// queue; returns how many. The interruption counts as an attempt: a job
    /// that has now been interrupted `maxAttempts` times is marked failed with
    /// a sentence instead, so an input that crashes the process cannot crash
    /// it again on every start. Jobs another live process runs are left alone.
    int requeueInterrupted(int maxAttempts = 2);
    /// Puts a running job back in the queue, to resume at its first
    /// unfinished stage (the queue is closing).
    void release(const QString& id);

    /// "<boot id>:<pid>" of this process, stored with the jobs it runs.
    static QString processIdentity();
    /// Whether the process stored as a job's owner still runs.
    static bool processIsAlive(const QString& identity);

    void saveProgress(const QString& id, int stage, const QString& stageName, double progress);
    /// Stores a finished stage's result and moves the job to the next stage.
    void finishStage(const QString& id, int stage, const QJsonObject& result, double progress);
    void markDone(const QString& id);
    void markFailed(const QString& id, const QString& error);
    void markCancelled(const QString& id);
    /// Counts an attempt that failed for now and queues the job again at `atMs`.
    void scheduleRetry(const QString& id, const QString& error, qint64 atMs);

    /// Cancels a queued job at once, or asks a running one to stop. Returns
    /// false if the job is not active.
    bool requestCancel(const QString& id);
    bool cancelRequested(const QString& id);
    /// Queues a failed or cancelled job again; it resumes at its first
    /// unfinished stage. Returns false if the job is not failed or cancelled.
    bool retry(const QString& id);

    std::optional<QJsonObject> cachedResult(const QByteArray& key);
    void storeResult(const QByteArray& key, const QString& stage, const QJsonObject& result);

private:
    void setState(const QString& id, JobState state, const QString& error = {});

    storage::Connection& m_connection;
};

} // namespace voxnote::jobs
