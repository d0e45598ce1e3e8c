#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::sync {

/// The remote a profile syncs with, as set up, and how the last sync went.
struct RemoteSettings
{
    QString kind; ///< "folder" or "postgres"
    QString location; ///< folder path or libpq connection string (may hold a password: never log it)
    QString remoteId;
    QString team;
    QByteArray secretKey; ///< folder encryption key, empty if unencrypted
    qint64 createdAtMs = 0;
    std::optional<qint64> lastSyncAtMs;
    QString lastError;
    bool stopped = false;
    QStringList warnings;
    qint64 pushedSeq = 0;
};

/// A conflict copy of a note, for the person to compare and merge by hand.
struct ConflictCopy
{
    QString copyNoteId;
    QString noteId;
    QString title;
    QString site;
    qint64 createdAtMs = 0;
};

/// Everything sync keeps in the profile's database about itself (tables of
/// schema part 6), and its secrets (the folder key, a connection string with
/// a password) in the secret store (`settings::SecretStore`), never in the
/// database. Use on the connection's thread; a secret store that fails
/// throws `Error`, and `save` then saves nothing.
class SyncSettings
{
public:
    explicit SyncSettings(storage::Connection& connection);

    std::optional<RemoteSettings> load();
    /// Replaces the remote (a fresh start: not stopped, nothing pushed yet).
    void save(const RemoteSettings& settings);
    void forget();

    void recordSuccess(qint64 atMs, const QStringList& warnings);
    /// Keeps `error` for the status; `stop` halts sync until set up again.
    void recordFailure(const QString& error, bool stop);
    void setPushedSequence(qint64 seq);

    QStringList pendingBlobs();
    void addPendingBlob(const QString& hash, const QString& error);
    void removePendingBlob(const QString& hash);

    /// Conflict copies still present (not trashed), newest first.
    QList<ConflictCopy> conflictCopies();

    /// The location for people to read: a connection string without its password.
    static QString displayLocation(const QString& kind, const QString& location);
    /// True if `location` carries a password (kept in the secret store then).
    static bool holdsPassword(const QString& kind, const QString& location);

private:
    storage::Connection& m_connection;
};

} // namespace voxnote::sync
