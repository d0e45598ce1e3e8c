#pragma once

#include "Error.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace voxnote {

/// Thrown by long work that noticed `Cancellation::requested()`. Callers treat
/// it as "stopped on request", not as a failure to report.
class Cancelled : public Error
{
public:
    Cancelled()
        : Error(QCoreApplication::translate("Cancelled", "Stopped on request."))
    {
    }
};

/// A cancel flag shared between the thread that asks and the worker that
/// checks it between chunks of work. `request()` from any thread.
class Cancellation
{
public:
    void request() { m_requested.store(true, std::memory_order_relaxed); }
    bool requested() const { return m_requested.load(std::memory_order_relaxed); }
    /// Throws `Cancelled` if a cancel was requested.
    void check() const
    {
        if (requested())
            throw Cancelled();
    }

private:
    std::atomic_bool m_requested {false};
};

/// Receives the fraction of the work done, 0.0 … 1.0. Called on the worker
/// thread; callers that update a UI rate-limit and forward it themselves.
using ProgressCallback = std::function<void(double fraction)>;

} // namespace voxnote
