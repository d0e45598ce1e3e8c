#pragma once

#include "util/Progress.h"
#include "worker/WorkerLimits.h"
#include "worker/WorkerRequest.h"

#include <QCborMap>
#include <QString>

#include <sys/types.h>

namespace voxnote::worker {

/// One running `voxnote worker` process and the socket to it, seen from the
/// client. Not thread-safe: one request at a time, from one thread at a time.
class WorkerProcess
{
public:
    /// Starts `program` with `arguments` (e.g. {"worker"}) and waits for its
    /// hello. Throws `Error` if the program is missing, not executable or
    /// speaks another protocol version, and `jobs::EngineFailure` if it dies
    /// or stays silent on start.
    WorkerProcess(const QString& program, const QStringList& arguments, const WorkerLimits& limits);
    /// Kills the process if it still runs.
    ~WorkerProcess();
    WorkerProcess(const WorkerProcess&) = delete;
    WorkerProcess& operator=(const WorkerProcess&) = delete;

    /// Raised by `call` when the worker had left because it was idle and did
    /// not take the request: start another and send it again.
    class Left
    {
    };

    /// Sends `request` and waits for its result, passing progress and
    /// partial messages on as they arrive. Throws the worker's `Error` as it
    /// is, `Cancelled` within `cancelGraceMs` of a cancel (killing the worker
    /// if it does not stop by then), `jobs::EngineFailure` with a sentence
    /// when the worker crashes, hits a limit, stays silent too long or sends
    /// a broken reply, and `Left`.
    QCborMap call(const WorkerRequest& request, const ProgressCallback& progress,
        const PartialHandler& onPartial, const Cancellation& cancel);

    /// False once the process has ended or must not be used again.
    bool isUsable();
    pid_t pid() const { return m_pid; }
    /// When the last request ended (monotonic ms).
    qint64 idleSinceMs() const { return m_idleSinceMs; }

private:
    /// Reads what has arrived within `timeoutMs`; false on end of stream.
    bool receive(int timeoutMs);
    /// Kills the process (if it runs) and reaps it; returns its wait status.
    int stop();
    /// Kills the process and lets it be reaped in the background.
    void abandon();
    /// Reaps the ended process; returns its wait status.
    int reap();
    [[noreturn]] void failDead(const QString& subject);

    WorkerLimits m_limits;
    QString m_program;
    pid_t m_pid = -1;
    int m_fd = -1;
    bool m_usable = false;
    qint64 m_idleSinceMs = 0;
    protocol::FrameReader m_reader;
};

} // namespace voxnote::worker
