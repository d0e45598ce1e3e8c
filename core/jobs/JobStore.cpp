#include "jobs/JobStore.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <csignal>

#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace voxnote::jobs {

namespace {

constexpr const char* kJobColumns = "SELECT id, kind, input_hash, params, state, stage, stage_name, "
                                    "progress, attempts, coalesce(error, ''), "
                                    "results, created_at, updated_at, finished_at FROM jobs ";

QString toJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

JobStatus statusFrom(const storage::Statement& row)
{
    JobStatus status;
    status.id = row.columnText(0);
    status.kind = row.columnText(1);
    status.inputHash = row.columnText(2);
    status.params = QJsonDocument::fromJson(row.columnText(3).toUtf8()).object();
    status.state = stateFromKey(row.columnText(4));
    status.stage = static_cast<int>(row.columnInt64(5));
    status.stageName = row.columnText(6);
    status.progress = row.columnDouble(7);
    status.attempts = static_cast<int>(row.columnInt64(8));
    status.error = row.columnText(9);
    status.results = QJsonDocument::fromJson(row.columnText(10).toUtf8()).array();
    status.createdAtMs = row.columnInt64(11);
    status.updatedAtMs = row.columnInt64(12);
    if (!row.isNull(13))
        status.finishedAtMs = row.columnInt64(13);
    return status;
}

} // namespace

JobStore::JobStore(storage::Connection& connection)
    : m_connection(connection)
{
}

JobStore::Enqueued JobStore::enqueue(const QString& kind, const QString& inputHash, const QJsonObject& params)
{
    const QString dedupKey = QString::fromLatin1(QCryptographicHash::hash(
        (kind + u'\n' + inputHash + u'\n' + toJson(params)).toUtf8(), QCryptographicHash::Sha256)
                                                     .toHex());
    storage::Transaction transaction(m_connection);
    storage::Statement active = m_connection.prepare("SELECT id FROM jobs WHERE dedup_key = ?1 AND state IN "
                                                     "('queued', 'running') ORDER BY created_at LIMIT 1");
    active.bind(1, dedupKey);
    if (active.step()) {
        const QString id = active.columnText(0);
        active.reset();
        transaction.commit();
        return {id, true};
    }
    const QString id = newUuidV7();
    const qint64 now = Clock::instance().nowMs();
    storage::Statement insert = m_connection.prepare(
        "INSERT INTO jobs (id, kind, input_hash, params, dedup_key, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    insert.bindAll(id, kind, inputHash, toJson(params), dedupKey, now);
    insert.run();
    transaction.commit();
    return {id, false};
}

std::optional<JobStatus> JobStore::find(const QString& id)
{
    storage::Statement select = m_connection.prepare(std::string(kJobColumns) + "WHERE id = ?1");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return statusFrom(select);
}

QList<JobStatus> JobStore::list(int limit)
{
    storage::Statement select
        = m_connection.prepare(std::string(kJobColumns) + "ORDER BY created_at DESC LIMIT ?1");
    select.bind(1, limit);
    QList<JobStatus> jobs;
    while (select.step())
        jobs << statusFrom(select);
    return jobs;
}

std::optional<JobStatus> JobStore::claimNext(qint64 nowMs)
{
    storage::Transaction transaction(m_connection);
    storage::Statement select = m_connection.prepare(std::string(kJobColumns)
        + "WHERE state = 'queued' AND next_attempt_at <= ?1 ORDER BY created_at LIMIT 1");
    select.bind(1, nowMs);
    if (!select.step())
        return std::nullopt;
    JobStatus status = statusFrom(select);
    select.reset();
    setState(status.id, JobState::Running);
    storage::Statement own = m_connection.prepare("UPDATE jobs SET owner = ?2 WHERE id = ?1");
    own.bindAll(status.id, processIdentity());
    own.run();
    transaction.commit();
    status.state = JobState::Running;
    return status;
}

std::optional<qint64> JobStore::nextDueAt()
{
    storage::Statement select
        = m_connection.prepare("SELECT min(next_attempt_at) FROM jobs WHERE state = 'queued'");
    if (!select.step() || select.isNull(0))
        return std::nullopt;
    return select.columnInt64(0);
}

bool JobStore::hasActiveJobs()
{
    return m_connection.queryInt("SELECT count(*) FROM jobs WHERE state IN ('queued', 'running')") > 0;
}

int JobStore::requeueInterrupted(int maxAttempts)
{
    storage::Transaction transaction(m_connection);
    storage::Statement running
        = m_connection.prepare("SELECT id, coalesce(owner, ''), attempts FROM jobs WHERE state = 'running'");
    QList<std::pair<QString, int>> orphans;
    while (running.step()) {
        if (!processIsAlive(running.columnText(1)))
            orphans.append({running.columnText(0), static_cast<int>(running.columnInt64(2)) + 1});
    }
    storage::Statement count = m_connection.prepare("UPDATE jobs SET attempts = attempts + 1 WHERE id = ?1");
    storage::Statement requeue = m_connection.prepare(
        "UPDATE jobs SET state = 'queued', owner = NULL, updated_at = ?2 WHERE id = ?1");
    int requeued = 0;
    for (const auto& [id, attempts] : std::as_const(orphans)) {
        count.reset();
        count.bind(1, id);
        count.run();
        if (attempts >= maxAttempts) {
            setState(id, JobState::Failed,
                QCoreApplication::translate("JobStore",
                    "Voxnote stopped unexpectedly during this job %1 times, so the job was not started "
                    "again. "
                    "The file may be damaged: check it, then retry the job.")
                    .arg(attempts));
            continue;
        }
        requeue.reset();
        requeue.bindAll(id, Clock::instance().nowMs());
        requeue.run();
        ++requeued;
    }
    transaction.commit();
    return requeued;
}

void JobStore::release(const QString& id)
{
    storage::Statement update = m_connection.prepare("UPDATE jobs SET state = 'queued', owner = NULL, "
                                                     "updated_at = ?2 WHERE id = ?1 AND state = 'running'");
    update.bindAll(id, Clock::instance().nowMs());
    update.run();
}

QString JobStore::processIdentity()
{
    static const QString s_identity = []() -> QString {
        QFile bootId(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        const QString boot
            = bootId.open(QIODevice::ReadOnly) ? QString::fromLatin1(bootId.readAll().trimmed()) : QString();
        return boot + u':' + QString::number(QCoreApplication::applicationPid());
    }();
    return s_identity;
}

bool JobStore::processIsAlive(const QString& identity)
{
    const qsizetype colon = identity.lastIndexOf(u':');
    if (colon < 0 || identity.left(colon) != processIdentity().left(processIdentity().lastIndexOf(u':')))
        return false; // unknown, or from before the last boot
    bool ok = false;
    const qint64 pid = identity.mid(colon + 1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return false; // this process is only starting: what it "runs" is left over
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

void JobStore::setState(const QString& id, JobState state, const QString& error)
{
    const bool finished
        = state == JobState::Done || state == JobState::Failed || state == JobState::Cancelled;
    storage::Statement update = m_connection.prepare(
        "UPDATE jobs SET state = ?2, error = ?3, updated_at = ?4, finished_at = ?5, cancel_requested = "
        "CASE WHEN ?2 = 'queued' THEN 0 ELSE cancel_requested END WHERE id = ?1");
    const qint64 now = Clock::instance().nowMs();
    update.bindAll(id, stateKey(state), error.isEmpty() ? QVariant() : QVariant(error), now,
        finished ? QVariant(now) : QVariant());
    update.run();
}

void JobStore::saveProgress(const QString& id, int stage, const QString& stageName, double progress)
{
    storage::Statement update = m_connection.prepare(
        "UPDATE jobs SET stage = ?2, stage_name = ?3, progress = ?4, updated_at = ?5 WHERE id = ?1");
    update.bindAll(id, stage, stageName, progress, Clock::instance().nowMs());
    update.run();
}

void JobStore::finishStage(const QString& id, int stage, const QJsonObject& result, double progress)
{
    storage::Transaction transaction(m_connection);
    const std::optional<JobStatus> status = find(id);
    if (!status)
        return;
    QJsonArray results = status->results;
    while (results.size() > stage)
        results.removeLast();
    results.append(result);
    storage::Statement update = m_connection.prepare(
        "UPDATE jobs SET stage = ?2, results = ?3, progress = ?4, updated_at = ?5 WHERE id = ?1");
    update.bindAll(id, stage + 1, QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact)),
        progress, Clock::instance().nowMs());
    update.run();
    transaction.commit();
}

void JobStore::markDone(const QString& id)
{
    storage::Statement update = m_connection.prepare("UPDATE jobs SET progress = 1 WHERE id = ?1");
    update.bind(1, id);
    update.run();
    setState(id, JobState::Done);
}

void JobStore::markFailed(const QString& id, const QString& error)
{
    storage::Transaction transaction(m_connection);
    storage::Statement count = m_connection.prepare("UPDATE jobs SET attempts = attempts + 1 WHERE id = ?1");
    count.bind(1, id);
    count.run();
    setState(id, JobState::Failed, error);
    transaction.commit();
}

void JobStore::markCancelled(const QString& id)
{
    setState(id, JobState::Cancelled);
}

void JobStore::scheduleRetry(const QString& id, const QString& error, qint64 atMs)
{
    storage::Transaction transaction(m_connection);
    setState(id, JobState::Queued, error);
    storage::Statement update
        = m_connection.prepare("UPDATE jobs SET attempts = attempts + 1, next_attempt_at = ?2 WHERE id = ?1");
    update.bindAll(id, atMs);
    update.run();
    transaction.commit();
}

bool JobStore::requestCancel(const QString& id)
{
    storage::Transaction transaction(m_connection);
    const std::optional<JobStatus> status = find(id);
    if (!status || !status->isActive())
        return false;
    if (status->state == JobState::Queued) {
        setState(id, JobState::Cancelled);
    } else {
        storage::Statement update
            = m_connection.prepare("UPDATE jobs SET cancel_requested = 1 WHERE id = ?1");
        update.bind(1, id);
        update.run();
    }
    transaction.commit();
    return true;
}

bool JobStore::cancelRequested(const QString& id)
{
    storage::Statement select = m_connection.prepare("SELECT cancel_requested FROM jobs WHERE id = ?1");
    select.bind(1, id);
    return select.step() && select.columnInt64(0) != 0;
}

bool JobStore::retry(const QString& id)
{
    storage::Transaction transaction(m_connection);
    const std::optional<JobStatus> status = find(id);
    if (!status || (status->state != JobState::Failed && status->state != JobState::Cancelled))
        return false;
    setState(id, JobState::Queued);
    storage::Statement update
        = m_connection.prepare("UPDATE jobs SET attempts = 0, next_attempt_at = 0 WHERE id = ?1");
    update.bind(1, id);
    update.run();
    transaction.commit();
    return true;
}

std::optional<QJsonObject> JobStore::cachedResult(const QByteArray& key)
{
    storage::Statement select = m_connection.prepare("SELECT result FROM stage_results WHERE key = ?1");
    select.bind(1, QString::fromLatin1(key.toHex()));
    if (!select.step())
        return std::nullopt;
    return QJsonDocument::fromJson(select.columnText(0).toUtf8()).object();
}

void JobStore::storeResult(const QByteArray& key, const QString& stage, const QJsonObject& result)
{
    storage::Statement insert = m_connection.prepare(
        "INSERT OR REPLACE INTO stage_results (key, stage, result, created_at) VALUES (?1, ?2, ?3, ?4)");
    insert.bindAll(QString::fromLatin1(key.toHex()), stage, toJson(result), Clock::instance().nowMs());
    insert.run();
}

} // namespace voxnote::jobs
