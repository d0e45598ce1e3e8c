#include "worker/EngineWorkers.h"

#include "jobs/EngineFailure.h"
#include "worker/WorkerProcess.h"

#include "Error.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace voxnote::worker {

namespace {

// A request sent to a worker that left at that very moment is sent again;
// more than this means something else is wrong.
constexpr int kMaxResends = 3;

/// $VOXNOTE_WORKER_PROGRAM, else this binary when it is `voxnote`, else the
/// `voxnote` beside it or on the PATH: never another program, which would
/// start itself over and over as its own "worker".
QString defaultProgram()
{
    const QString configured = qEnvironmentVariable("VOXNOTE_WORKER_PROGRAM");
    if (!configured.isEmpty())
        return configured;
    const QFileInfo self(QCoreApplication::applicationFilePath());
    if (self.fileName() == u"voxnote")
        return self.filePath();
    const QString beside = self.dir().filePath(QStringLiteral("voxnote"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("voxnote"));
    return onPath.isEmpty() ? beside : onPath;
}

} // namespace

EngineWorkers::EngineWorkers(Options options)
    : m_options(std::move(options))
    , m_slots(m_options.slotCount > 0 ? m_options.slotCount : std::max(1, QThread::idealThreadCount()))
{
}

EngineWorkers::~EngineWorkers() = default;

std::shared_ptr<EngineWorkers> EngineWorkers::shared()
{
    static std::mutex s_mutex;
    static std::weak_ptr<EngineWorkers> s_workers;
    const std::lock_guard lock(s_mutex);
    std::shared_ptr<EngineWorkers> workers = s_workers.lock();
    if (!workers) {
        Options options;
        options.program = defaultProgram();
        workers = std::make_shared<EngineWorkers>(options);
        s_workers = workers;
    }
    return workers;
}

QCborMap EngineWorkers::call(const WorkerRequest& request, const ProgressCallback& progress,
    const PartialHandler& onPartial, const Cancellation& cancel)
{
    for (int attempt = 1;; ++attempt) {
        cancel.check();
        std::unique_ptr<WorkerProcess> worker = acquire(request.priority);
        const qint64 pid = worker->pid();
        try {
            QCborMap result = worker->call(request, progress, onPartial, cancel);
            release(std::move(worker));
            return result;
        } catch (const WorkerProcess::Left&) {
            worker.reset();
            forget(pid);
            if (attempt >= kMaxResends)
                throw jobs::EngineFailure(QCoreApplication::translate(
                    "EngineWorkers", "The engine program kept quitting before it started on “%1”. Retry.")
                                              .arg(request.subject));
        } catch (...) {
            // Still usable after an engine's own error (a file it cannot read);
            // not after a crash, a limit or a cancel that had to kill it.
            release(std::move(worker));
            throw;
        }
    }
}

std::unique_ptr<WorkerProcess> EngineWorkers::acquire(Priority priority)
{
    const bool interactive = priority == Priority::Interactive;
    std::unique_lock lock(m_mutex);
    if (interactive)
        ++m_interactiveWaiting;
    // Background work leaves the last slot to interactive work, and waits
    // while any interactive request does.
    const int backgroundSlots = m_slots > 1 ? m_slots - 1 : m_slots;
    m_freed.wait(lock, [&] {
        return interactive ? m_running < m_slots : m_interactiveWaiting == 0 && m_running < backgroundSlots;
    });
    if (interactive)
        --m_interactiveWaiting;
    ++m_running;
    while (!m_idle.empty()) {
        std::unique_ptr<WorkerProcess> worker = std::move(m_idle.back());
        m_idle.pop_back();
        if (worker->isUsable()) {
            m_busyPids.append(worker->pid());
            return worker;
        }
    }
    lock.unlock();
    try {
        auto worker
            = std::make_unique<WorkerProcess>(m_options.program, m_options.arguments, m_options.limits);
        lock.lock();
        m_busyPids.append(worker->pid());
        return worker;
    } catch (...) {
        lock.lock();
        --m_running;
        m_freed.notify_all();
        throw;
    }
}

void EngineWorkers::release(std::unique_ptr<WorkerProcess> worker)
{
    const qint64 pid = worker->pid();
    const bool usable = worker->isUsable();
    if (!usable)
        worker.reset(); // reaped outside the lock
    const std::lock_guard lock(m_mutex);
    m_busyPids.removeOne(pid);
    --m_running;
    if (usable)
        m_idle.push_back(std::move(worker));
    m_freed.notify_all();
}

void EngineWorkers::forget(qint64 pid)
{
    const std::lock_guard lock(m_mutex);
    m_busyPids.removeOne(pid);
    --m_running;
    m_freed.notify_all();
}

engines::EngineInfo EngineWorkers::engineInfo(const QString& kind, const QString& name)
{
    std::optional<QCborMap> known;
    {
        const std::lock_guard lock(m_mutex);
        known = m_engines;
    }
    if (!known) {
        known = call({QStringLiteral("engines"), {}, QStringLiteral("engines"), 60, Priority::Interactive});
        const std::lock_guard lock(m_mutex);
        m_engines = known;
    }
    const QCborArray entries = known->value(kind).toArray();
    for (const QCborValue& entry : entries) {
        const QCborMap info = entry.toMap();
        if (name.isEmpty() || info.value(QStringLiteral("name")).toString() == name)
            return {info.value(QStringLiteral("name")).toString(),
                info.value(QStringLiteral("version")).toString(),
                info.value(QStringLiteral("model")).toString(),
                info.value(QStringLiteral("language")).toString()};
    }
    throw Error(QCoreApplication::translate("EngineWorkers", "Voxnote has no engine called “%1”.").arg(name));
}

QList<qint64> EngineWorkers::processIds() const
{
    const std::lock_guard lock(m_mutex);
    QList<qint64> pids = m_busyPids;
    for (const auto& worker : m_idle)
        pids.append(worker->pid());
    return pids;
}

} // namespace voxnote::worker
