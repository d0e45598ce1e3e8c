#pragma once

#include "sync/PgConnection.h"
#include "sync/Remote.h"

#include <memory>

namespace voxnote::sync {

/// The team server: a PostgreSQL database prepared by `PostgresAdmin`.
/// Changes go to the insert-only table `voxnote.changes` (UNIQUE (site,
/// seq)), media to `voxnote.blobs`/`voxnote.blob_parts`; row-level security
/// lets each login role see and add only the rows of the teams it belongs
/// to. A device (site) belongs to the login that first pushed from it
/// (`voxnote.sites`), and the server takes its changes from that login only.
/// LISTEN/NOTIFY only wakes clients up; they always catch up by cursor.
class PostgresRemote : public Remote
{
public:
    /// Connects at once; throws `Error` if the server cannot be reached.
    PostgresRemote(const QString& connectionString, QString team);
    ~PostgresRemote() override;

    /// Throws `Error` unless the login role is a member of the team.
    void checkMembership();

    QString description() const override;
    QString remoteId() override;
    qint64 pushedSequence(const QString& site) override;
    void push(const QString& site, const QList<storage::Change>& changes) override;
    PullResult pull(
        const QString& mySite, const std::function<qint64(const QString& site)>& cursor, int limit) override;
    bool hasBlob(const QString& hash) override;
    void putBlob(const QString& hash, const QString& path) override;
    bool getBlob(const QString& hash, QIODevice& target, qint64 maxBytes) override;
    bool waitForWakeUp(int timeoutMs) override;
    std::function<void()> interrupter() override { return m_connection.canceller(); }

    /// Media are stored in parts of this many bytes.
    static constexpr qint64 kBlobPartBytes = 8 << 20;

private:
    PgConnection m_connection;
    QString m_team;
    bool m_listening = false;
};

} // namespace voxnote::sync
