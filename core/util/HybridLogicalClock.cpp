#include "util/HybridLogicalClock.h"

#include <algorithm>

namespace voxnote::hlc {

qint64 next(qint64 last, qint64 nowMs)
{
    return std::max(pack(nowMs, 0), last + 1);
}

bool isImplausible(qint64 received, qint64 nowMs)
{
    return wallMs(received) > nowMs + kMaxForwardDriftMs;
}

} // namespace voxnote::hlc
