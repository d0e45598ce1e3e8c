#include "jobs/Job.h"

namespace voxnote::jobs {

QString stateKey(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Done:
        return QStringLiteral("done");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

JobState stateFromKey(const QString& key)
{
    for (JobState state :
        {JobState::Queued, JobState::Running, JobState::Done, JobState::Failed, JobState::Cancelled}) {
        if (stateKey(state) == key)
            return state;
    }
    return JobState::Failed;
}

} // namespace voxnote::jobs
