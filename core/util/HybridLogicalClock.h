#pragma once

#include <QtGlobal>

namespace voxnote::hlc {

// A hybrid logical clock timestamp packed in one integer that sorts like the
// clock: the top 48 bits are wall-clock milliseconds, the low 16 bits a
// counter that orders events within one millisecond (or while the wall clock
// lags behind a timestamp already seen). Ties between devices are broken by
// site id, outside this value.

constexpr int kCounterBits = 16;

constexpr qint64 pack(qint64 wallMs, qint64 counter)
{
    return (wallMs << kCounterBits) | (counter & 0xFFFF);
}
constexpr qint64 wallMs(qint64 hlc)
{
    return hlc >> kCounterBits;
}
constexpr qint64 counter(qint64 hlc)
{
    return hlc & 0xFFFF;
}

/// The timestamp for a new local event, given the greatest timestamp this
/// database has seen (`last`, local or received) and the wall clock now.
/// Greater than `last`, unless `last` is already the largest value there is.
qint64 next(qint64 last, qint64 nowMs);

/// The largest wall-clock part a received timestamp may have: the start of
/// the year 3000. Anything later, and anything negative, cannot come from a
/// working clock, and would leave no room for the clock to advance past it.
constexpr qint64 kMaxWallMs = 32'503'680'000'000;

/// True if `value` is a timestamp a device can have made: not negative and
/// not past `kMaxWallMs`. Received changes with any other value are refused.
constexpr bool isValid(qint64 value)
{
    return value >= 0 && wallMs(value) < kMaxWallMs;
}

/// How far ahead of our wall clock a received timestamp may be before it is
/// treated as a broken clock. Such a timestamp is still stored and compared
/// as it is, but local events keep advancing from it by the counter, so one
/// device with a clock set to next year cannot stop everybody else's edits
/// from winning later.
constexpr qint64 kMaxForwardDriftMs = 24LL * 3600 * 1000;

/// True if `received` is further in the future than `kMaxForwardDriftMs`.
bool isImplausible(qint64 received, qint64 nowMs);

} // namespace voxnote::hlc
