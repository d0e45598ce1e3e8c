#pragma once

#include "util/Progress.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::jobs {

/// What a stage sees of its job while it runs on a worker thread.
struct JobContext
{
    QString jobId;
    QString kind;
    QString inputHash;
    QJsonObject params;
    QJsonArray previousResults; ///< results of the stages before this one
    QString dataDir;
    storage::Connection* database = nullptr; ///< this worker's own connection
    const Cancellation* cancellation = nullptr;
    ProgressCallback progress; ///< fraction of this stage, 0 … 1
};

/// One step of a pipeline (decode, recognise, synthesize …). Runs on a
/// worker thread; must check `context.cancellation` between chunks of work
/// and throw `Cancelled`, throw `TransientError` for failures worth retrying
/// and `Error` for the rest.
class JobStage
{
public:
    virtual ~JobStage() = default;

    virtual QString name() const = 0;

    /// Identifies the result: a hash of the input bytes, the engine, its
    /// version and the parameters. A stored result with the same key is used
    /// instead of running the stage. Empty: never reuse.
    virtual QByteArray cacheKey(const JobContext& context) const = 0;

    virtual QJsonObject run(JobContext& context) = 0;

    /// Stages naming the same resource never run at the same time (an
    /// engine with global state, such as espeak-ng). Empty: no limit.
    virtual QString exclusiveResource() const { return {}; }
};

/// The stages of one kind of job, in order.
using Pipeline = std::vector<std::unique_ptr<JobStage>>;
/// Makes a fresh pipeline for each run of a job of some kind.
using PipelineFactory = std::function<Pipeline()>;

} // namespace voxnote::jobs
