#pragma once

#include "util/Progress.h"

#include <QCborMap>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <mutex>

namespace voxnote::worker {

/// What an operation running in a worker sends back while it works. Call
/// from the operation's thread.
class WorkerReplies
{
public:
    explicit WorkerReplies(int fd, std::mutex& writeMutex)
        : m_fd(fd)
        , m_writeMutex(writeMutex)
    {
    }

    /// The fraction done, 0 … 1; sent at most every 50 ms.
    void progress(double fraction);
    /// A piece of the result (audio, a word …), sent at once.
    void partial(const QCborMap& message);

private:
    int m_fd;
    std::mutex& m_writeMutex;
    qint64 m_lastProgressMs = 0;
};

/// Does one kind of request in the worker: reads `args`, reports through
/// `replies`, returns the result, and throws `Error` (its sentence reaches
/// the user), `Cancelled` once `cancel` is requested, or `std::bad_alloc`.
using WorkerOperation
    = std::function<QCborMap(const QCborMap& args, WorkerReplies& replies, const Cancellation& cancel)>;

/// The worker side of `voxnote worker`: serves one request at a time from
/// the client at the other end of a socket, each on a thread of its own so
/// that a cancel is heard while it runs. Leaves when the client closes the
/// socket (at once, even in the middle of a request) or after being idle
/// for the given time (saying "bye").
class WorkerServer
{
public:
    /// `version`: the protocol version announced (tests give a wrong one).
    explicit WorkerServer(int fd, int version);

    void add(const QString& op, WorkerOperation operation);

    /// Serves requests; returns the process exit code.
    int run(qint64 idleExitMs);

    /// The whole `voxnote worker` process: reads --fd, --idle-ms,
    /// --memory-mb, --open-files, --nice and --protocol from `arguments`,
    /// names the process "voxnote-worker", lowers its priority, sets its
    /// limits, lets `addOperations` register what it serves, and runs.
    static int main(const QStringList& arguments, const std::function<void(WorkerServer&)>& addOperations);

private:
    /// Runs one request on the calling thread and sends its result or error.
    void serve(const QCborMap& request, const Cancellation& cancel);
    bool send(const QCborMap& reply);

    int m_fd;
    int m_version;
    QHash<QString, WorkerOperation> m_operations;
    std::mutex m_writeMutex;
};

} // namespace voxnote::worker
