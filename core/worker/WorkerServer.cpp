#include "worker/WorkerServer.h"

#include "Error.h"
#include "worker/WorkerProtocol.h"

#include <QCoreApplication>

#include <atomic>
#include <cerrno>
#include <new>
#include <optional>
#include <thread>

#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace voxnote::worker {

namespace {

constexpr qint64 kProgressIntervalMs = 50;
constexpr int kBusyPollMs = 50;

QCborMap message(const QString& type)
{
    return QCborMap {{QStringLiteral("type"), type}};
}

/// Processor seconds this process has used so far.
rlim_t cpuSecondsUsed()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<rlim_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + 1);
}

/// Lets the kernel stop this process (SIGXCPU) once the request has used
/// `seconds` of processor time, on top of what earlier requests used.
void limitCpu(qint64 seconds)
{
    if (seconds <= 0)
        return;
    const rlimit limit {cpuSecondsUsed() + static_cast<rlim_t>(seconds), RLIM_INFINITY};
    ::setrlimit(RLIMIT_CPU, &limit);
}

template<typename Resource> // an enum with glibc's _GNU_SOURCE, an int without
void setLimit(Resource resource, rlim_t value)
{
    const rlimit limit {value, value};
    ::setrlimit(resource, &limit);
}

int intArgument(const QStringList& arguments, const QString& name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    if (at < 0 || at + 1 >= arguments.size())
        return fallback;
    bool ok = false;
    const int value = arguments.at(at + 1).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

void WorkerReplies::progress(double fraction)
{
    const qint64 now = protocol::monotonicMs();
    if (now - m_lastProgressMs < kProgressIntervalMs && fraction < 1.0)
        return;
    m_lastProgressMs = now;
    QCborMap reply = message(QStringLiteral("progress"));
    reply.insert(QStringLiteral("fraction"), fraction);
    const std::lock_guard lock(m_writeMutex);
    protocol::writeAll(m_fd, protocol::encode(reply));
}

void WorkerReplies::partial(const QCborMap& part)
{
    QCborMap reply = part;
    reply.insert(QStringLiteral("type"), QStringLiteral("partial"));
    const std::lock_guard lock(m_writeMutex);
    protocol::writeAll(m_fd, protocol::encode(reply));
}

WorkerServer::WorkerServer(int fd, int version)
    : m_fd(fd)
    , m_version(version)
{
}

void WorkerServer::add(const QString& op, WorkerOperation operation)
{
    m_operations.insert(op, std::move(operation));
}

int WorkerServer::run(qint64 idleExitMs)
{
    QCborMap hello = message(QStringLiteral("hello"));
    hello.insert(QStringLiteral("version"), m_version);
    hello.insert(QStringLiteral("pid"), static_cast<qint64>(::getpid()));
    if (!send(hello))
        return 1;
    protocol::FrameReader reader;
    std::atomic_bool busy {false};
    std::thread running;
    std::shared_ptr<Cancellation> cancel;
    // A request that arrived while the last one was still sending its result.
    std::optional<QCborMap> pending;
    qint64 idleSinceMs = protocol::monotonicMs();
    while (true) {
        if (!busy && running.joinable()) {
            running.join();
            idleSinceMs = protocol::monotonicMs();
        }
        if (!busy && pending) {
            cancel = std::make_shared<Cancellation>();
            busy = true;
            running = std::thread([this, request = *pending, cancel, &busy] {
                serve(request, *cancel);
                busy = false;
            });
            pending.reset();
        }
        pollfd descriptor {m_fd, POLLIN, 0};
        const int ready = ::poll(&descriptor, 1, kBusyPollMs);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0) {
            if (!busy && !pending && protocol::monotonicMs() - idleSinceMs > idleExitMs) {
                send(message(QStringLiteral("bye")));
                break;
            }
            continue;
        }
        char buffer[65536];
        const ssize_t got = ::read(m_fd, buffer, sizeof buffer);
        if (got <= 0) {
            // The client is gone: nobody wants the result of what runs now.
            if (busy)
                ::_exit(0);
            break;
        }
        reader.append(QByteArray(buffer, got));
        try {
            while (std::optional<QCborMap> incoming = reader.next()) {
                const QString type = protocol::typeOf(*incoming);
                if (type == u"request") {
                    pending = std::move(incoming);
                } else if (type == u"cancel" && pending) {
                    pending.reset();
                    QCborMap reply = message(QStringLiteral("error"));
                    reply.insert(QStringLiteral("kind"), QStringLiteral("cancelled"));
                    send(reply);
                } else if (type == u"cancel" && cancel) {
                    cancel->request();
                }
            }
        } catch (const protocol::ProtocolError&) {
            ::_exit(2); // the client speaks nonsense: nothing it sends can be trusted now
        }
    }
    if (running.joinable())
        running.join();
    return 0;
}

bool WorkerServer::send(const QCborMap& reply)
{
    const std::lock_guard lock(m_writeMutex);
    return protocol::writeAll(m_fd, protocol::encode(reply));
}

void WorkerServer::serve(const QCborMap& request, const Cancellation& cancel)
{
    const QString op = request.value(QStringLiteral("op")).toString();
    limitCpu(request.value(QStringLiteral("cpuSeconds")).toInteger());
    QCborMap reply;
    const auto fail = [&reply](const QString& kind, const QString& text) {
        reply = message(QStringLiteral("error"));
        reply.insert(QStringLiteral("kind"), kind);
        reply.insert(QStringLiteral("message"), text);
    };
    try {
        const auto operation = m_operations.constFind(op);
        if (operation == m_operations.cend())
            throw Error(
                QCoreApplication::translate("WorkerServer", "The engine program cannot do “%1”.").arg(op));
        WorkerReplies replies(m_fd, m_writeMutex);
        const QCborMap value = (*operation)(request.value(QStringLiteral("args")).toMap(), replies, cancel);
        reply = message(QStringLiteral("result"));
        reply.insert(QStringLiteral("value"), value);
    } catch (const Cancelled& stopped) {
        fail(QStringLiteral("cancelled"), stopped.message());
    } catch (const Error& error) {
        fail(QStringLiteral("error"), error.message());
    } catch (const std::bad_alloc&) {
        fail(QStringLiteral("memory"), QString());
    } catch (const std::exception& error) {
        fail(QStringLiteral("error"), QString::fromLocal8Bit(error.what()));
    }
    send(reply);
}

int WorkerServer::main(const QStringList& arguments, const std::function<void(WorkerServer&)>& addOperations)
{
    ::prctl(PR_SET_NAME, "voxnote-worker", 0, 0, 0);
    // Below the window and the command line, so they stay responsive.
    ::setpriority(PRIO_PROCESS, 0, intArgument(arguments, QStringLiteral("--nice"), 10));
    setLimit(RLIMIT_CORE, 0); // a crash on a hostile file leaves no core file
    setLimit(RLIMIT_NOFILE, static_cast<rlim_t>(intArgument(arguments, QStringLiteral("--open-files"), 256)));
#if !defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer reserves terabytes of address space; under it the
    // client watches the resident memory instead (it does so always).
    const int memoryMb = intArgument(arguments, QStringLiteral("--memory-mb"), 0);
    if (memoryMb > 0)
        setLimit(RLIMIT_AS, static_cast<rlim_t>(memoryMb) * 1024 * 1024);
#endif
    const int fd = intArgument(arguments, QStringLiteral("--fd"), -1);
    if (fd < 0)
        return 2;
    WorkerServer server(fd, intArgument(arguments, QStringLiteral("--protocol"), protocol::kVersion));
    addOperations(server);
    return server.run(intArgument(arguments, QStringLiteral("--idle-ms"), 60'000));
}

} // namespace voxnote::worker
