#include "sync/PostgresRemote.h"

#include "sync/ChangeCodec.h"
#include "util/Log.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileDevice>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace voxnote::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PostgresRemote", text);
}

/// Rows per site and pull at the least, however many sites there are.
constexpr qint64 kMinRowsPerSite = 100;

} // namespace

PostgresRemote::PostgresRemote(const QString& connectionString, QString team)
    : m_connection(connectionString)
    , m_team(std::move(team))
{
}

PostgresRemote::~PostgresRemote() = default;

QString PostgresRemote::description() const
{
    return tr("%1 (team %2)").arg(m_connection.description(), m_team);
}

void PostgresRemote::checkMembership()
{
    const PgResult member = m_connection.exec(
        QStringLiteral("SELECT 1 FROM voxnote.members WHERE team_id = $1 AND role_name = current_user"),
        {m_team});
    if (member.rows() == 0)
        throw Error(tr("You are not a member of team %1 on %2. Ask the server's administrator to add you "
                       "(voxnote sync admin add-member).")
                        .arg(m_team, m_connection.description()));
}

QString PostgresRemote::remoteId()
{
    PgResult tables = m_connection.exec(QStringLiteral("SELECT to_regclass('voxnote.remote') IS NOT NULL"));
    if (tables.text(0, 0) != u"t")
        throw RemoteChangedError(
            tr("The database %1 holds no Voxnote sync data (voxnote.remote is missing). Sync "
               "has stopped and nothing was deleted here; ask the administrator to run "
               "voxnote sync admin init.")
                .arg(m_connection.description()));
    const PgResult id = m_connection.exec(QStringLiteral("SELECT remote_id FROM voxnote.remote LIMIT 1"));
    if (id.rows() == 0)
        throw RemoteChangedError(
            tr("The database %1 lost its Voxnote identity. Sync has stopped and nothing was "
               "deleted here.")
                .arg(m_connection.description()));
    return id.text(0, 0);
}

qint64 PostgresRemote::pushedSequence(const QString& site)
{
    const PgResult result = m_connection.exec(
        QStringLiteral("SELECT coalesce(max(seq), 0), count(*) FROM voxnote.changes WHERE site = $1"),
        {site});
    // Pushes are all-or-nothing and consecutive, so the rows are 1..max.
    return result.integer(0, 0) == result.integer(0, 1) ? result.integer(0, 0) : 0;
}

void PostgresRemote::push(const QString& site, const QList<storage::Change>& changes)
{
    if (changes.isEmpty())
        return;
    // Row-level security rules out COPY, so rows go in multi-row INSERTs,
    // all of a batch in one transaction.
    constexpr int kRowsPerStatement = 1000;
    constexpr int kColumns = 8;
    m_connection.exec(QStringLiteral("BEGIN"));
    try {
        // The first push registers this device as this login's; the server
        // then takes its changes from this login only.
        m_connection.exec(QStringLiteral("INSERT INTO voxnote.sites (site, team_id) VALUES ($1, $2) "
                                         "ON CONFLICT DO NOTHING"),
            {site, m_team});
        for (qsizetype start = 0; start < changes.size(); start += kRowsPerStatement) {
            const qsizetype count = std::min<qsizetype>(kRowsPerStatement, changes.size() - start);
            QString sql = QStringLiteral("INSERT INTO voxnote.changes (team_id, site, seq, hlc, tbl, row_id, "
                                         "col, value, op, base) VALUES ");
            QList<QVariant> parameters {m_team, site};
            parameters.reserve(2 + count * kColumns);
            for (qsizetype i = 0; i < count; ++i) {
                const storage::Change& change = changes[start + i];
                const int p = static_cast<int>(3 + i * kColumns);
                sql += QStringLiteral("%1($1, $2, $%2::bigint, $%3::bigint, $%4, $%5, $%6, $%7, $%8, $%9)")
                           .arg(i == 0 ? QString() : QStringLiteral(", "))
                           .arg(p)
                           .arg(p + 1)
                           .arg(p + 2)
                           .arg(p + 3)
                           .arg(p + 4)
                           .arg(p + 5)
                           .arg(p + 6)
                           .arg(p + 7);
                parameters << QString::number(change.seq) << QString::number(change.hlc) << change.table
                           << change.rowId
                           << (change.op == storage::Change::Op::Delete ? QVariant()
                                                                        : QVariant(change.column))
                           << QVariant(ChangeCodec::encodeValue(change.value))
                           << storage::ChangeLog::opName(change.op)
                           << (change.base.isEmpty() ? QVariant() : QVariant(change.base));
            }
            m_connection.exec(sql, parameters);
        }
        m_connection.exec(QStringLiteral("COMMIT"));
    } catch (const PgError& error) {
        try {
            m_connection.exec(QStringLiteral("ROLLBACK"));
        } catch (const Error&) {
        }
        if (error.sqlState() == u"42501")
            throw Error(
                tr("%1 refused this device's changes: device %2 is registered there by another login, "
                   "or you are no longer a member of the team. Nothing was lost here; ask the "
                   "server's administrator.")
                    .arg(description(), site));
        throw;
    } catch (...) {
        try {
            m_connection.exec(QStringLiteral("ROLLBACK"));
        } catch (const Error&) {
        }
        throw;
    }
}

PullResult PostgresRemote::pull(
    const QString& mySite, const std::function<qint64(const QString& site)>& cursor, int limit)
{
    // Every team member can write rows under any site name, so nothing here
    // trusts them: names must be device ids, each site gets its own share of
    // the pull (a run that starts after a gap takes nobody's place), and a
    // damaged row holds up only its own site.
    PullResult result;
    const PgResult sites = m_connection.exec(
        QStringLiteral("SELECT site, string_agg(DISTINCT author, ', ') FROM voxnote.changes "
                       "WHERE team_id = $1 AND site <> $2 GROUP BY site ORDER BY site"),
        {m_team, mySite});
    QJsonArray wanted;
    for (int i = 0; i < sites.rows(); ++i) {
        const QString site = sites.text(i, 0);
        if (!isUuid(site)) {
            result.warnings << tr("Ignored changes on %1 under the device name “%2”, which is not a Voxnote "
                                  "device id (written by %3).")
                                   .arg(description(), site.left(80), sites.text(i, 1));
            continue;
        }
        wanted.append(QJsonObject {{QStringLiteral("site"), site}, {QStringLiteral("seq"), cursor(site)}});
    }
    if (wanted.isEmpty())
        return result;
    const qint64 perSite = std::max<qint64>(kMinRowsPerSite, limit / wanted.size());
    const PgResult rows = m_connection.exec(
        QStringLiteral("SELECT c.site, c.seq, c.hlc, c.tbl, c.row_id, c.col, c.value, c.op, c.base, c.author "
                       "FROM json_to_recordset($2::json) AS k (site text, seq bigint) "
                       "JOIN voxnote.changes c ON c.team_id = $1 AND c.site = k.site "
                       "AND c.seq > k.seq AND c.seq <= k.seq + $3::bigint ORDER BY c.site, c.seq"),
        {m_team, QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact)),
            QString::number(perSite)});
    result.changes.reserve(rows.rows());
    QSet<QString> damaged;
    for (int i = 0; i < rows.rows(); ++i) {
        storage::Change change;
        change.site = rows.text(i, 0);
        if (damaged.contains(change.site))
            continue;
        change.seq = rows.integer(i, 1);
        change.hlc = rows.integer(i, 2);
        change.table = rows.text(i, 3);
        change.rowId = rows.text(i, 4);
        change.column = rows.text(i, 5);
        try {
            change.value = ChangeCodec::decodeValue(rows.bytes(i, 6));
        } catch (const Error& error) {
            result.warnings << tr("Change %1 of device %2 is damaged on the server (written by %3): %4 That "
                                  "device's later changes wait; the others' are applied.")
                                   .arg(change.seq)
                                   .arg(change.site, rows.text(i, 9), error.message());
            damaged.insert(change.site);
            continue;
        }
        change.op = storage::ChangeLog::opFromName(rows.text(i, 7));
        change.base = rows.text(i, 8);
        result.changes.append(change);
    }
    return result;
}

bool PostgresRemote::hasBlob(const QString& hash)
{
    // Only this login's own copy counts: another member's may hold anything.
    return m_connection
               .exec(QStringLiteral("SELECT 1 FROM voxnote.blobs WHERE team_id = $1 AND hash = $2 "
                                    "AND author = current_user"),
                   {m_team, hash})
               .rows()
        > 0;
}

void PostgresRemote::putBlob(const QString& hash, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Could not read %1 (%2).").arg(path, file.errorString()));
    m_connection.exec(QStringLiteral("BEGIN"));
    try {
        int part = 0;
        QByteArray chunk;
        while (!(chunk = file.read(kBlobPartBytes)).isEmpty()) {
            m_connection.exec(QStringLiteral("INSERT INTO voxnote.blob_parts (team_id, hash, part, data) "
                                             "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"),
                {m_team, hash, QString::number(part++), chunk});
        }
        m_connection.exec(
            QStringLiteral("INSERT INTO voxnote.blobs (team_id, hash, size) VALUES ($1, $2, $3) "
                           "ON CONFLICT DO NOTHING"),
            {m_team, hash, QString::number(file.size())});
        m_connection.exec(QStringLiteral("COMMIT"));
    } catch (...) {
        try {
            m_connection.exec(QStringLiteral("ROLLBACK"));
        } catch (const Error&) {
        }
        throw;
    }
}

bool PostgresRemote::getBlob(const QString& hash, QIODevice& target, qint64 maxBytes)
{
    const PgResult copies = m_connection.exec(
        QStringLiteral("SELECT author FROM voxnote.blobs WHERE team_id = $1 AND hash = $2 ORDER BY author"),
        {m_team, hash});
    if (copies.rows() == 0)
        return false;
    // Each member's copy in turn, until one matches its hash.
    QStringList rejected;
    for (int copy = 0; copy < copies.rows(); ++copy) {
        const QString author = copies.text(copy, 0);
        if (auto* file = qobject_cast<QFileDevice*>(&target))
            file->resize(0);
        target.seek(0);
        QCryptographicHash digest(QCryptographicHash::Sha256);
        qint64 total = 0;
        bool whole = true;
        for (int part = 0;; ++part) {
            const PgResult row = m_connection.exec(
                QStringLiteral("SELECT data FROM voxnote.blob_parts WHERE team_id = $1 AND hash = $2 "
                               "AND author = $3 AND part = $4"),
                {m_team, hash, author, QString::number(part)});
            if (row.rows() == 0)
                break;
            const QByteArray data = row.bytes(0, 0);
            total += data.size();
            if (total > maxBytes) {
                whole = false; // larger than the attachment says: not worth reading on
                break;
            }
            digest.addData(data);
            if (target.write(data) != data.size())
                throw Error(
                    tr("Could not write the media file %1 here (%2).").arg(hash, target.errorString()));
        }
        if (whole && QString::fromLatin1(digest.result().toHex()) == hash)
            return true;
        rejected << author;
    }
    throw Error(tr("No copy of the media file %1 on %2 matches its hash (copies published by %3); it stays "
                   "pending until a member publishes a whole one.")
                    .arg(hash.left(12), description(), rejected.join(QStringLiteral(", "))));
}

bool PostgresRemote::waitForWakeUp(int timeoutMs)
{
    if (!m_listening) {
        m_connection.exec(QStringLiteral("LISTEN voxnote_changes"));
        m_listening = true;
    }
    return m_connection.waitForNotification(timeoutMs);
}

} // namespace voxnote::sync
