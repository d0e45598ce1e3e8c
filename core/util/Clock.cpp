#include "util/Clock.h"

#include <atomic>

namespace voxnote {

namespace {

class SystemClock : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

const SystemClock s_systemClock;
std::atomic<const Clock*> s_clock {&s_systemClock};

} // namespace

const Clock& Clock::instance()
{
    return *s_clock.load(std::memory_order_acquire);
}

void Clock::setInstance(const Clock* clock)
{
    s_clock.store(clock ? clock : &s_systemClock, std::memory_order_release);
}

} // namespace voxnote
