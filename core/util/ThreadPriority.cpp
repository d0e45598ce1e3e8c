#include "util/ThreadPriority.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace voxnote {

void lowerCurrentThreadPriority()
{
#ifdef SYS_gettid
    constexpr int kBackgroundNice = 10;
    // On Linux the nice value belongs to each thread, named by its thread id.
    const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
    if (::getpriority(PRIO_PROCESS, thread) < kBackgroundNice)
        ::setpriority(PRIO_PROCESS, thread, kBackgroundNice);
#endif
}

} // namespace voxnote
