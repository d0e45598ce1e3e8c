#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace voxnote {

/// The wall clock as core code sees it. Tests install a `ManualClock` so that
/// time-dependent logic (hybrid logical clocks, throttling, due dates) is
/// checked without sleeping. `Clock::instance()` may be called from any
/// thread; `setInstance` only from tests, before threads start.
class Clock
{
public:
    virtual ~Clock() = default;

    /// Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    static const Clock& instance();
    /// Replaces the process clock; pass nullptr to restore the system clock.
    static void setInstance(const Clock* clock);
};

/// A clock that only moves when told to.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 nowMs)
        : m_nowMs(nowMs)
    {
    }
    qint64 nowMs() const override { return m_nowMs; }
    void set(qint64 nowMs) { m_nowMs = nowMs; }
    void advance(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace voxnote
