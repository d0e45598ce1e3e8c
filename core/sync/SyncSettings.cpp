#include "sync/SyncSettings.h"

#include "settings/SecretStore.h"
#include "storage/Connection.h"
#include "storage/Statement.h"
#include "util/Clock.h"

namespace voxnote::sync {

namespace {
const QString kFolderKeySecret = QStringLiteral("sync.folderKey");
const QString kLocationSecret = QStringLiteral("sync.postgresLocation");
} // namespace

SyncSettings::SyncSettings(storage::Connection& connection)
    : m_connection(connection)
{
}

bool SyncSettings::holdsPassword(const QString& kind, const QString& location)
{
    return displayLocation(kind, location) != location;
}

std::optional<RemoteSettings> SyncSettings::load()
{
    storage::Statement select = m_connection.prepare(
        "SELECT kind, location, remote_id, team, secret_key, created_at, last_sync_at, last_error, stopped, "
        "warnings, pushed_seq FROM sync_remote WHERE id = 1");
    if (!select.step())
        return std::nullopt;
    RemoteSettings settings;
    settings.kind = select.columnText(0);
    settings.location = select.columnText(1);
    settings.remoteId = select.columnText(2);
    settings.team = select.columnText(3);
    settings.secretKey = select.columnBlob(4);
    // Kept out of the database (the column is empty since schema 9).
    const settings::SecretStore secrets = settings::SecretStore::forDatabase(m_connection.path());
    if (settings.secretKey.isEmpty())
        settings.secretKey = secrets.read(kFolderKeySecret);
    if (const QByteArray location = secrets.read(kLocationSecret); !location.isEmpty())
        settings.location = QString::fromUtf8(location);
    settings.createdAtMs = select.columnInt64(5);
    if (!select.isNull(6))
        settings.lastSyncAtMs = select.columnInt64(6);
    settings.lastError = select.columnText(7);
    settings.stopped = select.columnInt64(8) != 0;
    settings.warnings = select.columnText(9).split(u'\n', Qt::SkipEmptyParts);
    settings.pushedSeq = select.columnInt64(10);
    return settings;
}

void SyncSettings::save(const RemoteSettings& settings)
{
    // The secrets first: if the secret store refuses them, nothing is saved.
    // The database keeps the location without its password, for display.
    const settings::SecretStore secrets = settings::SecretStore::forDatabase(m_connection.path());
    const bool password = holdsPassword(settings.kind, settings.location);
    secrets.write(kFolderKeySecret, settings.secretKey);
    secrets.write(kLocationSecret, password ? settings.location.toUtf8() : QByteArray());
    storage::Statement insert = m_connection.prepare(
        "INSERT OR REPLACE INTO sync_remote (id, kind, location, remote_id, team, secret_key, created_at) "
        "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bindAll(settings.kind, displayLocation(settings.kind, settings.location), settings.remoteId,
        settings.team.isEmpty() ? QVariant() : QVariant(settings.team), QVariant(),
        Clock::instance().nowMs());
    insert.run();
}

void SyncSettings::forget()
{
    const settings::SecretStore secrets = settings::SecretStore::forDatabase(m_connection.path());
    secrets.remove(kFolderKeySecret);
    secrets.remove(kLocationSecret);
    m_connection.exec("DELETE FROM sync_remote");
}

void SyncSettings::recordSuccess(qint64 atMs, const QStringList& warnings)
{
    storage::Statement update = m_connection.prepare(
        "UPDATE sync_remote SET last_sync_at = ?1, last_error = NULL, warnings = ?2 WHERE id = 1");
    update.bindAll(atMs, warnings.join(u'\n'));
    update.run();
}

void SyncSettings::recordFailure(const QString& error, bool stop)
{
    storage::Statement update = m_connection.prepare(
        "UPDATE sync_remote SET last_error = ?1, stopped = max(stopped, ?2) WHERE id = 1");
    update.bindAll(error, stop);
    update.run();
}

void SyncSettings::setPushedSequence(qint64 seq)
{
    storage::Statement update = m_connection.prepare("UPDATE sync_remote SET pushed_seq = ?1 WHERE id = 1");
    update.bind(1, seq);
    update.run();
}

QStringList SyncSettings::pendingBlobs()
{
    storage::Statement select
        = m_connection.prepare("SELECT hash FROM sync_pending_blobs ORDER BY first_seen_at");
    QStringList hashes;
    while (select.step())
        hashes << select.columnText(0);
    return hashes;
}

void SyncSettings::addPendingBlob(const QString& hash, const QString& error)
{
    storage::Statement upsert = m_connection.prepare(
        "INSERT INTO sync_pending_blobs (hash, first_seen_at, attempts, last_error) VALUES (?1, ?2, 1, ?3) "
        "ON CONFLICT (hash) DO UPDATE SET attempts = attempts + 1, last_error = excluded.last_error");
    upsert.bindAll(hash, Clock::instance().nowMs(), error);
    upsert.run();
}

void SyncSettings::removePendingBlob(const QString& hash)
{
    storage::Statement erase = m_connection.prepare("DELETE FROM sync_pending_blobs WHERE hash = ?1");
    erase.bind(1, hash);
    erase.run();
}

QList<ConflictCopy> SyncSettings::conflictCopies()
{
    storage::Statement select = m_connection.prepare("SELECT c.id, c.note_id, n.title, c.site, c.created_at "
                                                     "FROM note_conflicts c JOIN notes n ON n.id = c.id "
                                                     "WHERE n.deleted_at IS NULL ORDER BY c.created_at DESC");
    QList<ConflictCopy> copies;
    while (select.step()) {
        copies.append({select.columnText(0), select.columnText(1), select.columnText(2), select.columnText(3),
            select.columnInt64(4)});
    }
    return copies;
}

QString SyncSettings::displayLocation(const QString& kind, const QString& location)
{
    return kind == u"postgres" ? settings::SecretStore::withoutPassword(location) : location;
}

} // namespace voxnote::sync
