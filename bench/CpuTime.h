#pragma once

#include <sys/resource.h>

namespace voxnote::bench {

/// CPU seconds used so far by this process (`who` RUSAGE_SELF) or by its
/// finished children (RUSAGE_CHILDREN): unlike wall time, not inflated by
/// other work on a shared machine.
inline double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace voxnote::bench
