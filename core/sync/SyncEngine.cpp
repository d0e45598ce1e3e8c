#include "sync/SyncEngine.h"

#include "storage/BlobStore.h"
#include "storage/ChangeLog.h"
#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/ChangeApplier.h"
#include "sync/FolderRemote.h"
#include "sync/PostgresRemote.h"
#include "util/Clock.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>

namespace voxnote::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncEngine", text);
}

/// Sync writes rows whose parents may not have arrived yet (a child from one
/// device, its parent from another): foreign keys are off while it applies.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(storage::Connection& connection)
        : m_connection(connection)
    {
        m_connection.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff()
    {
        try {
            m_connection.exec("PRAGMA foreign_keys = ON");
        } catch (const std::exception& error) {
            qCWarning(lcSync) << "could not switch foreign keys back on:" << error.what();
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

private:
    storage::Connection& m_connection;
};

void checkCancel(const std::atomic_bool* cancel)
{
    if (cancel && cancel->load())
        throw Error(tr("Sync was cancelled; it continues where it stopped next time."));
}

} // namespace

SyncEngine::SyncEngine(storage::Connection& connection, storage::BlobStore& blobs, QString dataDir)
    : m_connection(connection)
    , m_blobs(blobs)
    , m_dataDir(std::move(dataDir))
{
}

void SyncEngine::setBatchSizes(int push, int pull, int apply)
{
    m_pushBatch = std::max(1, push);
    m_pullLimit = std::max(1, pull);
    m_applyBatch = std::max(1, apply);
}

void SyncEngine::setupFolder(const QString& path, const QString& passphrase)
{
    const QString root = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(root).exists() && !QFileInfo(root).isDir())
        throw Error(tr("%1 is a file; a sync folder must be a folder.").arg(root));
    FolderIdentity identity;
    QByteArray key;
    if (FolderRemote::isUnclaimed(root)) {
        identity = FolderRemote::create(root, passphrase);
        if (identity.encrypted)
            key = FolderRemote::unlock(root, identity, passphrase);
    } else {
        identity = FolderRemote::identify(root);
        // A passphrase means the person expects encryption. Joining a plain
        // folder with it would quietly send everything in the clear, and
        // whoever can write to the folder could arrange that by removing the
        // encryption from remote.json before this device joins.
        if (!identity.encrypted && !passphrase.isEmpty())
            throw Error(
                tr("The sync folder %1 is not encrypted, but you asked for encryption: this device did "
                   "not join it, and nothing was written to it. To encrypt, set up an empty folder "
                   "with a passphrase and let every device join that one; to share this folder as it "
                   "is, set it up without a passphrase.")
                    .arg(root));
        key = FolderRemote::unlock(root, identity, passphrase);
    }
    RemoteSettings settings;
    settings.kind = QStringLiteral("folder");
    settings.location = root;
    settings.remoteId = identity.remoteId;
    settings.secretKey = key;
    SyncSettings(m_connection).save(settings);
    qCInfo(lcSync) << "syncing through folder" << root << (identity.encrypted ? "(encrypted)" : "");
}

void SyncEngine::setupPostgres(const QString& connectionString, const QString& team)
{
    if (team.trimmed().isEmpty())
        throw Error(tr("Name the team whose notes and tasks this profile shares (--team)."));
    PostgresRemote remote(connectionString, team);
    RemoteSettings settings;
    settings.kind = QStringLiteral("postgres");
    settings.location = connectionString;
    settings.team = team;
    settings.remoteId = remote.remoteId();
    remote.checkMembership();
    SyncSettings(m_connection).save(settings);
    qCInfo(lcSync) << "syncing through" << SyncSettings::displayLocation(settings.kind, connectionString)
                   << "team" << team;
}

std::unique_ptr<Remote> SyncEngine::openRemote()
{
    const std::optional<RemoteSettings> settings = SyncSettings(m_connection).load();
    if (!settings)
        throw Error(
            tr("Sync is not set up. Use voxnote sync setup folder PATH or voxnote sync setup postgres URL."));
    if (settings->kind == u"postgres")
        return std::make_unique<PostgresRemote>(settings->location, settings->team);
    return std::make_unique<FolderRemote>(settings->location, settings->secretKey,
        std::make_unique<DeviceKeys>(
            m_connection, storage::ChangeLog(m_connection).siteId(), settings->pushedSeq));
}

SyncReport SyncEngine::run(const SyncProgress& progress, const std::atomic_bool* cancel)
{
    std::unique_ptr<Remote> remote;
    try {
        remote = openRemote();
    } catch (const Error& error) {
        if (SyncSettings(m_connection).load())
            SyncSettings(m_connection).recordFailure(error.message(), false);
        throw;
    }
    return run(*remote, progress, cancel);
}

SyncReport SyncEngine::run(Remote& remote, const SyncProgress& progress, const std::atomic_bool* cancel)
{
    SyncSettings state(m_connection);
    const std::optional<RemoteSettings> settings = state.load();
    if (!settings)
        throw Error(
            tr("Sync is not set up. Use voxnote sync setup folder PATH or voxnote sync setup postgres URL."));
    if (settings->stopped)
        throw Error(settings->lastError.isEmpty() ? tr("Sync is stopped; set the remote up again.")
                                                  : settings->lastError);

    QLockFile lock(QDir(m_dataDir).filePath(QStringLiteral("sync.lock")));
    lock.setStaleLockTime(0); // only a dead process's lock is stale
    if (!lock.tryLock(60000))
        throw Error(tr("Another Voxnote is syncing this profile right now; try again in a moment."));
    try {
        SyncReport report = runLocked(remote, *settings, progress, cancel);
        state.recordSuccess(Clock::instance().nowMs(), report.warnings);
        return report;
    } catch (const RemoteChangedError& error) {
        state.recordFailure(error.message(), true);
        throw;
    } catch (const Error& error) {
        state.recordFailure(error.message(), false);
        throw;
    } catch (const std::bad_alloc&) {
        const QString message = tr("Sync ran out of memory with %1 and stopped for now; nothing was lost. "
                                   "Close other programs and try again.")
                                    .arg(remote.description());
        state.recordFailure(message, false);
        throw Error(message);
    } catch (const std::exception& error) {
        const QString message
            = tr("Sync with %1 failed unexpectedly (%2) and stopped for now; nothing was lost.")
                  .arg(remote.description(), QString::fromLocal8Bit(error.what()));
        state.recordFailure(message, false);
        throw Error(message);
    }
}

qint64 SyncEngine::expectedSize(const QString& hash)
{
    // The attachments that refer to the blob say how large it is; it may be
    // checked against them only once it has arrived, but nothing larger than
    // they say is worth downloading.
    storage::Statement size
        = m_connection.prepare("SELECT max(byte_size) FROM attachments WHERE blob_hash = ?1");
    size.bind(1, hash);
    if (!size.step() || size.isNull(0))
        return kMaxBlobBytes;
    return std::clamp<qint64>(size.columnInt64(0), 0, kMaxBlobBytes);
}

SyncReport SyncEngine::runLocked(Remote& remote, const RemoteSettings& settings, const SyncProgress& progress,
    const std::atomic_bool* cancel)
{
    SyncReport report;
    SyncSettings state(m_connection);
    storage::ChangeLog log(m_connection);
    const QString site = log.siteId();

    const QString remoteId = remote.remoteId();
    if (remoteId != settings.remoteId)
        throw RemoteChangedError(
            tr("%1 is now a different sync remote than the one this device was set up with. "
               "Sync has stopped and nothing was deleted here. If the change is intended, set "
               "the remote up again.")
                .arg(remote.description()));

    // Push.
    qint64 pushed = remote.pushedSequence(site);
    const qint64 local = log.lastSequence(site);
    if (pushed < settings.pushedSeq)
        throw RemoteChangedError(
            tr("%1 no longer holds changes this device sent to it (it has %2 of %3). Sync has "
               "stopped and nothing was deleted here. Restore the remote, or set it up again "
               "to send everything anew.")
                .arg(remote.description())
                .arg(pushed)
                .arg(settings.pushedSeq));
    if (pushed > local)
        throw RemoteChangedError(
            tr("%1 holds more changes of this device than the device itself (%2 of %3): was "
               "this profile restored from an old backup or copied? Sync has stopped and "
               "nothing was deleted.")
                .arg(remote.description())
                .arg(pushed)
                .arg(local));
    report.warnings += remote.takeWarnings();
    if (pushed > settings.pushedSeq)
        state.setPushedSequence(pushed);
    while (pushed < local) {
        checkCancel(cancel);
        const QList<storage::Change> batch = log.since(site, pushed, m_pushBatch);
        if (batch.isEmpty())
            break;
        publishBlobs(remote, batch, report);
        remote.push(site, batch);
        pushed = batch.last().seq;
        state.setPushedSequence(pushed);
        report.pushed += static_cast<int>(batch.size());
        if (progress)
            progress(QStringLiteral("push"), report.pushed, local - settings.pushedSeq);
    }

    // Pull and merge.
    QSet<QString> blobs;
    ChangeApplier applier(m_connection);
    for (;;) {
        checkCancel(cancel);
        PullResult pulled = remote.pull(
            site, [&log](const QString& other) { return log.lastSequence(other); }, m_pullLimit);
        report.warnings += pulled.warnings;
        if (pulled.changes.isEmpty())
            break;
        std::stable_sort(pulled.changes.begin(), pulled.changes.end(),
            [](const storage::Change& a, const storage::Change& b) {
                if (a.hlc != b.hlc)
                    return a.hlc < b.hlc;
                if (a.site != b.site)
                    return a.site < b.site;
                return a.seq < b.seq;
            });
        report.pulled += static_cast<int>(pulled.changes.size());
        int appliedThisRound = 0;
        for (qsizetype start = 0; start < pulled.changes.size(); start += m_applyBatch) {
            checkCancel(cancel);
            const QList<storage::Change> chunk = pulled.changes.mid(start, m_applyBatch);
            ForeignKeysOff foreignKeysOff(m_connection);
            storage::Transaction transaction(m_connection);
            const ApplyResult result = applier.apply(chunk);
            transaction.commit();
            appliedThisRound += result.applied;
            report.applied += result.applied;
            report.conflictCopies += result.conflictCopies;
            report.warnings += result.warnings;
            for (const QString& hash : result.blobHashes)
                blobs.insert(hash);
            if (progress)
                progress(QStringLiteral("pull"), report.pulled, report.pulled);
        }
        if (appliedThisRound == 0)
            break;
    }
    // Conflict copies made while merging are local changes: send them now, so
    // the other devices do not have to wait for the next sync to see them.
    if (report.conflictCopies > 0) {
        const qint64 newest = log.lastSequence(site);
        while (pushed < newest) {
            const QList<storage::Change> batch = log.since(site, pushed, m_pushBatch);
            remote.push(site, batch);
            pushed = batch.last().seq;
            state.setPushedSequence(pushed);
            report.pushed += static_cast<int>(batch.size());
        }
    }

    // Media.
    const QStringList pending = state.pendingBlobs();
    for (const QString& hash : pending)
        blobs.insert(hash);
    fetchBlobs(remote, QStringList(blobs.cbegin(), blobs.cend()), report);
    report.pendingBlobs = static_cast<int>(state.pendingBlobs().size());
    report.warnings.removeDuplicates();
    return report;
}

void SyncEngine::publishBlobs(Remote& remote, const QList<storage::Change>& changes, SyncReport& report)
{
    // Media go first: a device that sees an attachment can then fetch its file.
    for (const storage::Change& change : changes) {
        if (change.table != u"attachments" || change.column != u"blob_hash" || change.value.isNull())
            continue;
        const QString hash = change.value.toString();
        if (!storage::BlobStore::isHash(hash) || !m_blobs.contains(hash) || remote.hasBlob(hash))
            continue;
        remote.putBlob(hash, m_blobs.pathOf(hash));
        ++report.blobsSent;
    }
    report.warnings += remote.takeWarnings();
}

void SyncEngine::fetchBlobs(Remote& remote, const QStringList& hashes, SyncReport& report)
{
    SyncSettings state(m_connection);
    for (const QString& hash : hashes) {
        if (!storage::BlobStore::isHash(hash))
            continue;
        if (m_blobs.contains(hash)) {
            state.removePendingBlob(hash);
            continue;
        }
        QString error;
        try {
            QTemporaryFile download(QDir(m_dataDir).filePath(QStringLiteral("sync-download-XXXXXX")));
            if (!download.open())
                throw Error(tr("Could not write a temporary file in %1.").arg(m_dataDir));
            if (!remote.getBlob(hash, download, expectedSize(hash))) {
                error = tr("not on the remote yet");
            } else {
                download.flush();
                // Hashed before it goes near the store: a copy whose bytes are
                // another blob's must not be mistaken for that blob, let alone
                // replace or remove it.
                download.seek(0);
                QCryptographicHash digest(QCryptographicHash::Sha256);
                digest.addData(&download);
                if (QString::fromLatin1(digest.result().toHex()) != hash)
                    error = tr("the copy on the remote is damaged (its hash does not match)");
                else if (m_blobs.putFile(download.fileName()) != hash)
                    error = tr("the copy changed while it was being stored");
            }
        } catch (const Error& failure) {
            error = failure.message();
        }
        if (error.isEmpty()) {
            state.removePendingBlob(hash);
            ++report.blobsReceived;
        } else {
            state.addPendingBlob(hash, error);
            report.warnings << tr("Media %1 is pending: %2.").arg(hash.left(12), error);
        }
    }
}

SyncStatus SyncEngine::status()
{
    SyncSettings state(m_connection);
    SyncStatus status;
    const std::optional<RemoteSettings> settings = state.load();
    if (!settings)
        return status;
    storage::ChangeLog log(m_connection);
    status.configured = true;
    status.kind = settings->kind;
    status.location = SyncSettings::displayLocation(settings->kind, settings->location);
    status.team = settings->team;
    status.encrypted = !settings->secretKey.isEmpty();
    status.lastSyncAtMs = settings->lastSyncAtMs;
    status.lastError = settings->lastError;
    status.stopped = settings->stopped;
    status.warnings = settings->warnings;
    status.pendingChanges = std::max<qint64>(0, log.lastSequence(log.siteId()) - settings->pushedSeq);
    status.pendingBlobs = static_cast<int>(state.pendingBlobs().size());
    status.conflictCopies = state.conflictCopies();
    return status;
}

} // namespace voxnote::sync
