#include "worker/WorkerProcess.h"

#include "Error.h"
#include "jobs/EngineFailure.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace voxnote::worker {

namespace {

constexpr int kPollMs = 20;
constexpr qint64 kMemoryCheckMs = 100;
// The descriptor the worker finds its socket on.
constexpr int kWorkerFd = 3;

QString tr(const char* text)
{
    return QCoreApplication::translate("EngineWorkers", text);
}

/// Resident memory of `pid` in MB, or 0 if it cannot be read.
qint64 residentMb(pid_t pid)
{
    QFile statm(QStringLiteral("/proc/%1/statm").arg(pid));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE) / (1024 * 1024);
}

QString subjectOf(const WorkerRequest& request)
{
    return request.subject.isEmpty() ? request.op : request.subject;
}

jobs::EngineFailure memoryFailure(const QString& subject, int megabytes)
{
    return jobs::EngineFailure(tr("The engine needed more than %1 MB of memory for “%2” and was stopped. "
                                  "Try a smaller file, or close other programs and retry.")
                                   .arg(megabytes)
                                   .arg(subject));
}

} // namespace

WorkerProcess::WorkerProcess(const QString& program, const QStringList& arguments, const WorkerLimits& limits)
    : m_limits(limits)
    , m_program(program)
    , m_reader(limits.maxReplyBytes)
{
    const QFileInfo file(program);
    if (!file.exists())
        throw Error(tr("Voxnote cannot start its engine program %1: the file is missing. Reinstall Voxnote.")
                        .arg(program));
    if (!file.isExecutable() || file.isDir())
        throw Error(tr("Voxnote cannot start its engine program %1: it is not an executable file. Reinstall "
                       "Voxnote.")
                        .arg(program));

    // Everything the child needs is made before fork: after it, only
    // async-signal-safe calls.
    std::vector<QByteArray> words {QByteArrayLiteral("voxnote-worker")};
    for (const QString& argument : arguments)
        words.push_back(argument.toLocal8Bit());
    const QStringList options {QStringLiteral("--fd"), QString::number(kWorkerFd),
        QStringLiteral("--idle-ms"), QString::number(limits.idleExitMs), QStringLiteral("--memory-mb"),
        QString::number(limits.memoryMb), QStringLiteral("--open-files"), QString::number(limits.openFiles),
        QStringLiteral("--nice"), QString::number(limits.niceness), QStringLiteral("--locale"),
        QLocale().name()};
    for (const QString& option : options)
        words.push_back(option.toLatin1());
    std::vector<char*> argv;
    for (QByteArray& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    const QByteArray path = QFile::encodeName(program);

    int sockets[2];
    int execStatus[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0)
        throw Error(tr("Voxnote cannot start its engine program (%1).")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (::pipe2(execStatus, O_CLOEXEC) != 0) {
        ::close(sockets[0]);
        ::close(sockets[1]);
        throw Error(tr("Voxnote cannot start its engine program (%1).")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    sigset_t noSignals;
    sigemptyset(&noSignals);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int childSocket = ::fcntl(sockets[1], F_DUPFD_CLOEXEC, 10);
        const int childStatus = ::fcntl(execStatus[1], F_DUPFD_CLOEXEC, 10);
        ::dup2(childSocket, kWorkerFd); // the copy keeps no close-on-exec
        ::sigprocmask(SIG_SETMASK, &noSignals, nullptr);
        ::execv(path.constData(), argv.data());
        const int error = errno;
        [[maybe_unused]] const ssize_t written = ::write(childStatus, &error, sizeof error);
        ::_exit(127);
    }
    ::close(sockets[1]);
    ::close(execStatus[1]);
    if (pid < 0) {
        ::close(sockets[0]);
        ::close(execStatus[0]);
        throw Error(tr("Voxnote cannot start its engine program (%1).")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    m_pid = pid;
    m_fd = sockets[0];
    int execError = 0;
    ssize_t got = 0;
    do {
        got = ::read(execStatus[0], &execError, sizeof execError);
    } while (got < 0 && errno == EINTR);
    ::close(execStatus[0]);
    if (got == sizeof execError) {
        reap();
        throw Error(tr("Voxnote cannot start its engine program %1 (%2). Reinstall Voxnote.")
                        .arg(program, QString::fromLocal8Bit(std::strerror(execError))));
    }

    const qint64 deadline = protocol::monotonicMs() + limits.startTimeoutMs;
    while (true) {
        std::optional<QCborMap> hello;
        try {
            hello = m_reader.next();
        } catch (const protocol::ProtocolError& error) {
            stop();
            throw Error(tr("The engine program %1 does not speak Voxnote's protocol (it sent %2). Reinstall "
                           "Voxnote.")
                            .arg(program, error.reason()));
        }
        if (hello) {
            const qint64 version = hello->value(QStringLiteral("version")).toInteger();
            if (protocol::typeOf(*hello) != u"hello" || version != protocol::kVersion) {
                stop();
                throw Error(
                    tr("The engine program %1 speaks protocol version %2, but this Voxnote needs version "
                       "%3: it belongs to another Voxnote installation. Reinstall Voxnote.")
                        .arg(program)
                        .arg(version)
                        .arg(protocol::kVersion));
            }
            break;
        }
        if (protocol::monotonicMs() > deadline) {
            stop();
            throw jobs::EngineFailure(
                tr("The engine program %1 did not start within %2 seconds. Close other programs and retry.")
                    .arg(program)
                    .arg(limits.startTimeoutMs / 1000));
        }
        if (!receive(kPollMs)) {
            m_usable = false;
            const int status = reap();
            throw jobs::EngineFailure(
                tr("The engine program %1 stopped while starting (exit code %2). Retry; if it "
                   "happens again, reinstall Voxnote.")
                    .arg(program)
                    .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1));
        }
    }
    m_usable = true;
    m_idleSinceMs = protocol::monotonicMs();
    qCDebug(lcJobs) << "engine worker" << m_pid << "started";
}

WorkerProcess::~WorkerProcess()
{
    stop();
}

bool WorkerProcess::isUsable()
{
    if (!m_usable)
        return false;
    pollfd descriptor {m_fd, POLLIN, 0};
    if (::poll(&descriptor, 1, 0) > 0) {
        // Between requests a worker only ever says "bye" or ends.
        m_usable = false;
        stop();
    }
    return m_usable;
}

QCborMap WorkerProcess::call(const WorkerRequest& request, const ProgressCallback& progress,
    const PartialHandler& onPartial, const Cancellation& cancel)
{
    const QString subject = subjectOf(request);
    QCborMap message {{QStringLiteral("type"), QStringLiteral("request")}, {QStringLiteral("op"), request.op},
        {QStringLiteral("args"), request.args}, {QStringLiteral("cpuSeconds"), request.cpuSeconds}};
    if (!protocol::writeAll(m_fd, protocol::encode(message))) {
        m_usable = false;
        stop();
        throw Left();
    }
    qint64 silentSince = protocol::monotonicMs();
    qint64 cancelSentAt = -1;
    qint64 memoryCheckedAt = 0;
    while (true) {
        std::optional<QCborMap> reply;
        try {
            reply = m_reader.next();
        } catch (const protocol::ProtocolError& error) {
            m_usable = false;
            stop();
            if (error.declaredBytes() > 0)
                throw jobs::EngineFailure(tr("The engine's reply about “%1” was larger than Voxnote accepts "
                                             "(%2 MB). Split the file into smaller parts and retry.")
                                              .arg(subject)
                                              .arg(m_limits.maxReplyBytes / (1024 * 1024)));
            throw jobs::EngineFailure(
                tr("The engine sent a reply about “%1” that Voxnote cannot read (%2). Reinstall Voxnote.")
                    .arg(subject, error.reason()));
        }
        if (reply) {
            silentSince = protocol::monotonicMs();
            const QString type = protocol::typeOf(*reply);
            try {
                if (type == u"progress" && progress && cancelSentAt < 0)
                    progress(reply->value(QStringLiteral("fraction")).toDouble());
                else if (type == u"partial" && onPartial && cancelSentAt < 0)
                    onPartial(*reply);
            } catch (...) {
                // The caller stopped taking the result: the worker's state is unknown.
                m_usable = false;
                stop();
                throw;
            }
            if (type == u"result") {
                m_idleSinceMs = protocol::monotonicMs();
                return reply->value(QStringLiteral("value")).toMap();
            }
            if (type == u"error") {
                m_idleSinceMs = protocol::monotonicMs();
                const QString kind = reply->value(QStringLiteral("kind")).toString();
                if (kind == u"cancelled")
                    throw Cancelled();
                if (kind == u"memory") {
                    m_usable = false; // after bad_alloc its heap is not to be trusted
                    stop();
                    throw memoryFailure(subject, m_limits.memoryMb);
                }
                throw Error(reply->value(QStringLiteral("message")).toString());
            }
            if (type == u"bye") {
                m_usable = false;
                stop();
                throw Left();
            }
            continue;
        }
        const qint64 now = protocol::monotonicMs();
        if (cancel.requested() && cancelSentAt < 0) {
            protocol::writeAll(m_fd, protocol::encode({{QStringLiteral("type"), QStringLiteral("cancel")}}));
            cancelSentAt = now;
        }
        if (cancelSentAt >= 0 && now - cancelSentAt > m_limits.cancelGraceMs) {
            qCDebug(lcJobs) << "engine worker" << m_pid << "did not stop in time: killed";
            m_usable = false;
            abandon();
            throw Cancelled();
        }
        if (now - memoryCheckedAt >= kMemoryCheckMs) {
            memoryCheckedAt = now;
            if (residentMb(m_pid) > m_limits.memoryMb) {
                m_usable = false;
                stop();
                throw memoryFailure(subject, m_limits.memoryMb);
            }
        }
        if (now - silentSince > m_limits.silenceTimeoutMs) {
            m_usable = false;
            stop();
            throw jobs::EngineFailure(
                tr("The engine did not respond for %1 seconds while working on “%2” and "
                   "was stopped. Retry; if it happens again, the file may be damaged.")
                    .arg(m_limits.silenceTimeoutMs / 1000)
                    .arg(subject));
        }
        if (!receive(kPollMs))
            failDead(subject);
    }
}

bool WorkerProcess::receive(int timeoutMs)
{
    pollfd descriptor {m_fd, POLLIN, 0};
    const int ready = ::poll(&descriptor, 1, timeoutMs);
    if (ready <= 0)
        return true;
    char buffer[1 << 16];
    const ssize_t got = ::read(m_fd, buffer, sizeof buffer);
    if (got < 0)
        return errno == EINTR || errno == EAGAIN;
    if (got == 0)
        return false;
    m_reader.append(QByteArray(buffer, got));
    return true;
}

void WorkerProcess::failDead(const QString& subject)
{
    m_usable = false;
    const bool cutOff = m_reader.hasPartialFrame();
    const int status = reap();
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU) {
        throw jobs::EngineFailure(
            tr("The engine used up its processor time for “%1” and was stopped. Split the "
               "file into smaller parts and retry.")
                .arg(subject));
    }
    if (WIFSIGNALED(status)) {
        qCWarning(lcJobs) << "engine worker died of signal" << WTERMSIG(status) << "on" << subject;
        throw jobs::EngineFailure(
            tr("The engine stopped unexpectedly (%1) while working on “%2”. The file may "
               "be damaged: check it, then retry.")
                .arg(QString::fromLocal8Bit(::strsignal(WTERMSIG(status))), subject));
    }
    if (cutOff) {
        throw jobs::EngineFailure(
            tr("The engine's reply about “%1” was cut off. Retry; if it happens again, the "
               "file may be damaged.")
                .arg(subject));
    }
    throw jobs::EngineFailure(tr("The engine stopped unexpectedly (exit code %1) while working on “%2”. The "
                                 "file may be damaged: check it, then retry.")
                                  .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1)
                                  .arg(subject));
}

void WorkerProcess::abandon()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        // The kernel may take a while to free a large process: the caller
        // need not wait for it, so it is reaped on a thread of its own.
        std::thread([pid = m_pid] {
            while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) { }
        }).detach();
        m_pid = -1;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

int WorkerProcess::stop()
{
    if (m_pid > 0)
        ::kill(m_pid, SIGKILL);
    return reap();
}

int WorkerProcess::reap()
{
    int status = 0;
    if (m_pid > 0) {
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
        m_pid = -1;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    return status;
}

} // namespace voxnote::worker
