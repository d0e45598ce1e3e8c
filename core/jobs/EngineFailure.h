#pragma once

#include "jobs/Job.h"

namespace voxnote::jobs {

/// An engine worker crashed, hit a resource limit, stopped answering or sent
/// a broken reply. The stage fails with this sentence; the queue counts the
/// attempt and retries the job once, in a fresh worker, before marking it
/// failed — so a file that kills the engine never becomes a loop.
class EngineFailure : public TransientError
{
public:
    using TransientError::TransientError;

    /// Attempts a job gets when its engine fails: the first and one retry.
    static constexpr int kMaxAttempts = 2;
};

} // namespace voxnote::jobs
