#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace voxnote::storage {

class Connection;

/// One row of the change log: "site S, in its change number SEQ at clock HLC,
/// set column COL of row ROW in table TBL to VALUE" (or deleted the row).
struct Change
{
    enum class Op { Insert, Update, Delete };

    QString site;
    qint64 seq = 0;
    qint64 hlc = 0;
    QString table;
    QString rowId;
    QString column; ///< empty for Op::Delete
    QVariant value;
    Op op = Op::Update;
    /// For a note body (see `ChangeLog::keepsConflictCopies`): "site:seq" of the
    /// change whose text this one replaced on its device; empty otherwise.
    QString base;
};

/// The append-only log of every change to a synced row, the only thing sync
/// reads. Appends happen inside the caller's write transaction (through
/// `SyncedWriter`), so a change and its log rows commit or vanish together.
/// Use on the connection's thread.
class ChangeLog
{
public:
    explicit ChangeLog(Connection& connection);

    /// This database's stable site id, made once when the database is created.
    QString siteId();

    /// Appends one entry with the next sequence number of this site and the
    /// next hybrid-logical-clock value. Must be called inside a transaction.
    void append(const QString& table, const QString& rowId, const QString& column, const QVariant& value,
        Change::Op op);

    /// Stores a change another device made, keeping its site, sequence number,
    /// clock and base, so it can be relayed and so local clocks advance past
    /// it. Returns false (and changes nothing) if it is already here. Does not
    /// touch the synced row itself: that is the merge's job. Must be called
    /// inside a transaction.
    bool appendRemote(const Change& change);

    /// True for columns whose concurrent edits keep the losing text as a
    /// conflict copy rather than dropping it (note bodies).
    static bool keepsConflictCopies(const QString& table, const QString& column);

    /// Entries of `site` with a sequence number above `afterSeq`, in order.
    QList<Change> since(const QString& site, qint64 afterSeq, int limit = 1000);
    /// The highest sequence number of `site` (0 if it has none).
    qint64 lastSequence(const QString& site);
    qint64 count();

    /// Creates the site id if the database has none yet.
    static void ensureSiteId(Connection& connection);

    static QString opName(Change::Op op);
    static Change::Op opFromName(const QString& name);

private:
    Connection& m_connection;
    QString m_siteId;
};

} // namespace voxnote::storage
