#include "util/HybridLogicalClock.h"

#include <algorithm>
#include <limits>

namespace voxnote::hlc {

qint64 next(qint64 last, qint64 nowMs)
{
    // Saturates instead of overflowing: a database that stored a clock at the
    // very top (received before clocks were checked) keeps new events at the
    // top rather than wrapping them below everything.
    const qint64 afterLast = last < std::numeric_limits<qint64>::max() ? last + 1 : last;
    return std::max(pack(nowMs, 0), afterLast);
}

bool isImplausible(qint64 received, qint64 nowMs)
{
    return wallMs(received) > nowMs + kMaxForwardDriftMs;
}

} // namespace voxnote::hlc
