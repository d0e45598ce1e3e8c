#pragma once

#include "Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace voxnote::jobs {

enum class JobState { Queued, Running, Done, Failed, Cancelled };

QString stateKey(JobState state);
JobState stateFromKey(const QString& key);

/// A failure that may go away by itself (a busy database, a device that is
/// momentarily unavailable): the queue retries the stage with growing delays
/// up to `JobQueue::Options::maxAttempts` before giving up.
class TransientError : public Error
{
public:
    using Error::Error;
};

/// What any caller can know about a job.
struct JobStatus
{
    QString id;
    QString kind;
    QString inputHash;
    QJsonObject params;
    JobState state = JobState::Queued;
    int stage = 0; ///< index of the first unfinished stage
    QString stageName;
    double progress = 0; ///< 0 … 1 over the whole job
    int attempts = 0;
    QString error; ///< a sentence, when failed
    QJsonArray results; ///< one object per finished stage
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    std::optional<qint64> finishedAtMs;

    bool isActive() const { return state == JobState::Queued || state == JobState::Running; }
};

} // namespace voxnote::jobs
