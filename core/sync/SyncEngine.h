#pragma once

#include "sync/Remote.h"
#include "sync/SyncSettings.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace voxnote::storage {
class BlobStore;
class Connection;
} // namespace voxnote::storage

namespace voxnote::sync {

/// What one sync did.
struct SyncReport
{
    int pushed = 0; ///< this device's changes sent
    int pulled = 0; ///< other devices' changes received
    int applied = 0; ///< of those, new here
    int conflictCopies = 0;
    int blobsSent = 0;
    int blobsReceived = 0;
    int pendingBlobs = 0; ///< media still missing here
    QStringList warnings; ///< skipped files, odd clocks, missing media
};

/// Where sync stands, for `voxnote sync status` and the window.
struct SyncStatus
{
    bool configured = false;
    QString kind;
    QString location; ///< without password
    QString team;
    bool encrypted = false;
    std::optional<qint64> lastSyncAtMs;
    QString lastError;
    bool stopped = false;
    QStringList warnings;
    qint64 pendingChanges = 0; ///< local changes not yet on the remote
    int pendingBlobs = 0;
    QList<ConflictCopy> conflictCopies;
};

/// Reports progress: a stage ("push", "pull", "media") and how far it is.
using SyncProgress = std::function<void(const QString& stage, qint64 done, qint64 total)>;

/// One sync of a profile with its remote: check the remote is still the one
/// set up, publish media, push this device's changes, pull and merge the
/// others' (see `ChangeApplier`), fetch the media they refer to. Every step
/// commits as it goes, so a sync killed at any point resumes where it was.
/// Runs of the same profile in several processes take turns (a lock file in
/// the data directory — never in the remote). Use on the connection's
/// thread; failures throw `Error` (any other exception, such as running out
/// of memory, is turned into one) and are kept for the status.
class SyncEngine
{
public:
    SyncEngine(storage::Connection& connection, storage::BlobStore& blobs, QString dataDir);

    /// Makes `path` (new, or already a sync folder) this profile's remote. A
    /// new folder is encrypted if `passphrase` is given; joining an encrypted
    /// one needs its passphrase. Throws `Error` on a wrong passphrase, and on
    /// a passphrase for a folder that is not encrypted (never a silent
    /// downgrade).
    void setupFolder(const QString& path, const QString& passphrase);
    /// Makes the team `team` on the server at `connectionString` this
    /// profile's remote. Throws `Error` if the server refuses.
    void setupPostgres(const QString& connectionString, const QString& team);

    /// The remote as set up. Throws `Error` if sync is not set up.
    std::unique_ptr<Remote> openRemote();

    /// Syncs once with `remote` (or the one set up).
    SyncReport run(
        Remote& remote, const SyncProgress& progress = {}, const std::atomic_bool* cancel = nullptr);
    SyncReport run(const SyncProgress& progress = {}, const std::atomic_bool* cancel = nullptr);

    SyncStatus status();

    /// Changes sent per batch (one file on a folder remote), taken from the
    /// remote per pull, and applied per transaction. Tests make them small.
    void setBatchSizes(int push, int pull, int apply);

    /// The largest media file sync downloads (as large as an import accepts).
    static constexpr qint64 kMaxBlobBytes = 4LL << 30;

private:
    SyncReport runLocked(Remote& remote, const RemoteSettings& settings, const SyncProgress& progress,
        const std::atomic_bool* cancel);
    void publishBlobs(Remote& remote, const QList<storage::Change>& changes, SyncReport& report);
    void fetchBlobs(Remote& remote, const QStringList& hashes, SyncReport& report);
    /// The most bytes blob `hash` can have, from the attachments that refer to it.
    qint64 expectedSize(const QString& hash);

    storage::Connection& m_connection;
    storage::BlobStore& m_blobs;
    QString m_dataDir;
    int m_pushBatch = 5000;
    int m_pullLimit = 20000;
    int m_applyBatch = 5000;
};

} // namespace voxnote::sync
