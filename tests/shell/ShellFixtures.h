#pragma once

// Data and helpers shared by the shell tests and the screenshot program.

#include "Error.h"
#include "jobs/Job.h"
#include "jobs/JobQueue.h"
#include "jobs/JobStage.h"

#include <QCryptographicHash>

#include <atomic>

namespace voxnote::test {

/// A stage that fails with a sentence while `failures` is above zero, then
/// succeeds: a job that fails and then works when retried.
class FlakyStage : public jobs::JobStage
{
public:
    static inline std::atomic_int failures {0};

    QString name() const override { return QStringLiteral("checking"); }
    QByteArray cacheKey(const jobs::JobContext&) const override { return {}; }
    QJsonObject run(jobs::JobContext& context) override
    {
        context.progress(0.5);
        if (failures.fetch_sub(1) > 0)
            throw Error(QStringLiteral("“%1” is not an image Voxnote can read (truncated PNG data).")
                            .arg(context.params.value(QStringLiteral("fileName")).toString()));
        return {{QStringLiteral("ok"), true}};
    }
};

inline void registerFlaky(jobs::JobQueue& queue, const QString& kind)
{
    queue.registerPipeline(kind, [] {
        jobs::Pipeline pipeline;
        pipeline.push_back(std::make_unique<FlakyStage>());
        return pipeline;
    });
}

} // namespace voxnote::test
