#pragma once

#include "worker/WorkerProtocol.h"

#include <QtGlobal>

namespace voxnote::worker {

/// What an engine worker may use. A worker over a limit is stopped and its
/// request fails with a sentence that names the limit.
struct WorkerLimits
{
    int memoryMb = 3072; ///< resident memory (and address space, outside sanitizer builds)
    int openFiles = 256;
    int niceness = 10; ///< below the window, so the window stays responsive
    qint64 idleExitMs = 60'000; ///< a worker with nothing to do leaves after this
    qint64 silenceTimeoutMs = 180'000; ///< a request that sends nothing for this long is stopped
    qint64 startTimeoutMs = 30'000; ///< until the worker says hello
    qint64 cancelGraceMs = 120; ///< after a cancel, before the worker is killed
    qint64 maxReplyBytes = protocol::kMaxFrameBytes;
};

/// Processor seconds a request may use: `baseSeconds` plus `perUnit` for
/// each unit of input (megabytes, seconds of audio …), four times that in
/// sanitizer builds, which run engines several times slower.
inline qint64 cpuSecondsFor(qint64 baseSeconds, double perUnit, double units)
{
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 kSlowdown = 4;
#else
    constexpr qint64 kSlowdown = 1;
#endif
    return kSlowdown * (baseSeconds + static_cast<qint64>(perUnit * units));
}

} // namespace voxnote::worker
