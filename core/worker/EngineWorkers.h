#pragma once

#include "engines/EngineRegistry.h"
#include "util/Progress.h"
#include "worker/WorkerLimits.h"
#include "worker/WorkerRequest.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace voxnote::worker {

class WorkerProcess;

/// The engine workers of this process and the one CPU budget they share:
/// at most `slotCount` requests run at once (one per core by default), each in
/// a worker process of its own; interactive requests are served before
/// background ones, and background work never takes the last slot, so
/// reading aloud or the image just pasted never waits behind a long
/// transcription. Workers stay warm between requests (their models loaded),
/// are started again when they died, and leave by themselves when idle.
///
/// `call` may be called from any thread except the GUI thread (it blocks);
/// calls from several threads run side by side up to the budget.
class EngineWorkers
{
public:
    struct Options
    {
        QString program; ///< the `voxnote` binary, or a test's worker host
        QStringList arguments {QStringLiteral("worker")};
        WorkerLimits limits;
        int slotCount = 0; ///< engine slots; 0: one per core
    };

    explicit EngineWorkers(Options options);
    ~EngineWorkers();
    EngineWorkers(const EngineWorkers&) = delete;
    EngineWorkers& operator=(const EngineWorkers&) = delete;

    /// The workers of this process: the program is $VOXNOTE_WORKER_PROGRAM if
    /// set, else this very binary (`voxnote worker`), or from another program
    /// (a test, a bench) the `voxnote` beside it or on the PATH.
    static std::shared_ptr<EngineWorkers> shared();

    /// Runs `request` in a worker; see `WorkerProcess::call` for what it
    /// throws. A worker that left while idle is replaced and the request sent
    /// again; a worker that failed is not reused.
    QCborMap call(const WorkerRequest& request, const ProgressCallback& progress = {},
        const PartialHandler& onPartial = {}, const Cancellation& cancel = Cancellation());

    /// Which engines of `kind` ("ocr", "recognizers", "synthesizers") the
    /// workers have: the one called `name`, or the default for an empty
    /// name. Asked of a worker once, then remembered. Throws `Error` if there
    /// is no such engine, and what `call` throws.
    engines::EngineInfo engineInfo(const QString& kind, const QString& name);

    /// The process ids of the workers now running (for tests and `ps`).
    QList<qint64> processIds() const;
    int slotCount() const { return m_slots; }

private:
    std::unique_ptr<WorkerProcess> acquire(Priority priority);
    void release(std::unique_ptr<WorkerProcess> worker);
    void forget(qint64 pid);

    Options m_options;
    int m_slots;
    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    std::vector<std::unique_ptr<WorkerProcess>> m_idle; ///< warm, waiting for work
    QList<qint64> m_busyPids;
    int m_running = 0; ///< requests in progress
    int m_interactiveWaiting = 0;
    std::optional<QCborMap> m_engines; ///< the "engines" reply, once known
};

} // namespace voxnote::worker
