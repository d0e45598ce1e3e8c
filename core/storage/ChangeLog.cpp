#include "storage/ChangeLog.h"

#include "storage/Connection.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "util/HybridLogicalClock.h"
#include "util/Uuid.h"

namespace voxnote::storage {

ChangeLog::ChangeLog(Connection& connection)
    : m_connection(connection)
{
}

void ChangeLog::ensureSiteId(Connection& connection)
{
    Statement insert = connection.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('site_id', ?1)");
    insert.bind(1, newUuidV7());
    insert.run();
}

QString ChangeLog::siteId()
{
    if (m_siteId.isEmpty())
        m_siteId = m_connection.queryText("SELECT value FROM meta WHERE key = 'site_id'");
    Q_ASSERT(!m_siteId.isEmpty());
    return m_siteId;
}

void ChangeLog::append(
    const QString& table, const QString& rowId, const QString& column, const QVariant& value, Change::Op op)
{
    Q_ASSERT(m_connection.inTransaction());
    // Both numbers are read inside the write transaction, which holds the
    // database's write lock, so two connections (a window and a CLI command)
    // can never hand out the same sequence number or a smaller clock value.
    const QString site = siteId();
    const qint64 seq = lastSequence(site) + 1;
    const qint64 lastHlc = m_connection.queryInt("SELECT coalesce(max(hlc), 0) FROM changes");
    const qint64 hlc = hlc::next(lastHlc, Clock::instance().nowMs());

    // A note body edit remembers which version it replaced, so that sync can
    // tell an edit made on top of another device's text from one made at the
    // same time (see sync/ChangeApplier).
    QVariant base;
    if (op == Change::Op::Update && keepsConflictCopies(table, column)) {
        Statement winner = m_connection.prepare(
            "SELECT site || ':' || seq FROM changes WHERE tbl = ?1 AND row_id = ?2 AND col = ?3 "
            "ORDER BY hlc DESC, site DESC LIMIT 1");
        winner.bindAll(table, rowId, column);
        if (winner.step())
            base = winner.columnText(0);
    }

    Statement insert = m_connection.prepare("INSERT INTO changes (site, seq, hlc, tbl, row_id, col, value, "
                                            "op, base) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bindAll(site, seq, hlc, table, rowId, column, value, opName(op), base);
    insert.run();
}

bool ChangeLog::appendRemote(const Change& change)
{
    Q_ASSERT(m_connection.inTransaction());
    Statement insert = m_connection.prepare(
        "INSERT OR IGNORE INTO changes (site, seq, hlc, tbl, row_id, col, value, op, base) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bindAll(change.site, change.seq, change.hlc, change.table, change.rowId,
        change.op == Change::Op::Delete ? QString() : change.column, change.value, opName(change.op),
        change.base.isEmpty() ? QVariant() : QVariant(change.base));
    insert.run();
    return m_connection.changes() > 0;
}

bool ChangeLog::keepsConflictCopies(const QString& table, const QString& column)
{
    return table == u"notes" && column == u"body";
}

QList<Change> ChangeLog::since(const QString& site, qint64 afterSeq, int limit)
{
    Statement select = m_connection.prepare(
        "SELECT seq, hlc, tbl, row_id, col, value, op, base FROM changes WHERE site = ?1 AND seq > ?2 "
        "ORDER BY seq LIMIT ?3");
    select.bindAll(site, afterSeq, limit);
    QList<Change> changes;
    while (select.step()) {
        Change change;
        change.site = site;
        change.seq = select.columnInt64(0);
        change.hlc = select.columnInt64(1);
        change.table = select.columnText(2);
        change.rowId = select.columnText(3);
        change.column = select.columnText(4);
        change.value = select.columnValue(5);
        change.op = opFromName(select.columnText(6));
        change.base = select.columnText(7);
        changes.append(change);
    }
    return changes;
}

qint64 ChangeLog::lastSequence(const QString& site)
{
    Statement select = m_connection.prepare("SELECT coalesce(max(seq), 0) FROM changes WHERE site = ?1");
    select.bind(1, site);
    return select.step() ? select.columnInt64(0) : 0;
}

qint64 ChangeLog::count()
{
    return m_connection.queryInt("SELECT count(*) FROM changes");
}

QString ChangeLog::opName(Change::Op op)
{
    switch (op) {
    case Change::Op::Insert:
        return QStringLiteral("insert");
    case Change::Op::Update:
        return QStringLiteral("update");
    case Change::Op::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

Change::Op ChangeLog::opFromName(const QString& name)
{
    if (name == u"insert")
        return Change::Op::Insert;
    if (name == u"delete")
        return Change::Op::Delete;
    return Change::Op::Update;
}

} // namespace voxnote::storage
