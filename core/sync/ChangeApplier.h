#pragma once

#include "storage/ChangeLog.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <string>

namespace voxnote::storage {
class Connection;
class Statement;
} // namespace voxnote::storage

namespace voxnote::sync {

/// What applying a batch of other devices' changes did.
struct ApplyResult
{
    int applied = 0; ///< changes new to this profile
    int duplicates = 0; ///< changes it already had
    int conflictCopies = 0; ///< notes made to keep a losing text
    QStringList blobHashes; ///< media the applied attachments refer to
    QStringList warnings;
};

/// The merge. Applies other devices' changes to this profile so that every
/// replica that has the same set of changes shows the same data, whatever
/// order they arrived in:
///
/// - A change is stored in `changes` under its own site and sequence number
///   (so it is relayed and applying it twice is a no-op) but never logged as
///   a local change.
/// - Each column holds the value of its newest change, newest by (hybrid
///   logical clock, site id): last writer wins per column.
/// - A row delete is a tombstone. The row exists if its newest change is not
///   a delete, so an edit made after (or unaware of) a delete brings the row
///   back whole, from the latest value of each column, rather than losing it.
///   Notes and tasks are trashed, not deleted, so their trash flag is just
///   another column.
/// - Rows of append-only tables (the task activity history, see
///   `isAppendOnly`) are only ever inserted, so every device keeps every
///   entry, and no peer can rewrite one: an entry holds the values its
///   author (the device whose insert of it came first) inserted; anything
///   else sent for it (an update, a delete, another value or another
///   device's insert) is kept in the change log as evidence, never applied,
///   and reported with the device that sent it.
/// - Two note-body edits of which neither was made on top of the other keep
///   the losing text as a conflict copy: a new note linked to the original in
///   `note_conflicts`, with an id made from the losing change, so devices that
///   find the same conflict make the same copy once.
/// - Changes of one site are applied only in sequence order without gaps;
///   a change after a gap is left for a later pull.
/// - Clocks: a change keeps the clock it was made with. One from a device
///   whose clock runs more than a day ahead (`hlc::kMaxForwardDriftMs`) is
///   reported as a warning but neither refused nor re-dated: refusing would
///   leave that device's edits in on some devices and out on others, and
///   re-dating by each receiver's own wall clock would make devices settle
///   the same conflict differently. Instead each device's clock absorbs the
///   largest clock it has seen (`hlc::next`), so an edit made after seeing a
///   far-future one is still later than it. A device set to 2099 therefore
///   cannot freeze anyone's edits; it wins only against edits made at the
///   same time as its own, without having seen them.
///
/// Writes happen in the caller's transaction; foreign keys must be off (a
/// child may arrive before its parent). Use on the connection's thread.
class ChangeApplier
{
public:
    explicit ChangeApplier(storage::Connection& connection);
    ~ChangeApplier();

    /// Applies `changes` (sorted by clock, each site's in sequence order).
    ApplyResult apply(const QList<storage::Change>& changes);

    /// Tables whose rows are written once and never changed or deleted.
    static bool isAppendOnly(const QString& table);

    /// The id of the conflict copy that keeps the text of change `seq` of `site`.
    static QString conflictCopyId(const QString& site, qint64 seq);

private:
    struct Key
    {
        qint64 hlc = -1;
        QString site;
        qint64 seq = 0;
        bool operator==(const Key& other) const { return site == other.site && seq == other.seq; }
    };
    static bool newer(const Key& a, const Key& b);

    void materialize(const QString& table, const QString& rowId);
    /// True if `change`, of an append-only table, is not part of its entry
    /// as first inserted: not an insert, a second value of a column, or an
    /// insert by a device other than the entry's author.
    bool altersEntry(const storage::Change& change);
    /// An append-only row from its author's inserts: made if missing, empty
    /// columns filled in (a batch may end inside an entry), nothing overwritten.
    void materializeEntry(const QString& table, const QString& rowId);
    /// Updates (if it `exists`) or inserts row `rowId` with the `wanted` values.
    void writeRow(const QString& table, const QString& rowId, bool exists,
        const QList<std::pair<QString, QVariant>>& wanted);
    Key bodyWinner(const QString& noteId);
    /// "site:seq" of every change that the winner or one of `candidates`
    /// was made on top of, directly or not.
    QSet<QString> replacedTexts(const QList<Key>& candidates, const Key& winner);
    void keepConflictCopy(const QString& noteId, const Key& loser, ApplyResult& result);
    const QStringList& columnsOf(const QString& table);
    /// A prepared statement kept for the applier's life, reset and ready to bind.
    storage::Statement& statement(const QString& sql);

    storage::Connection& m_connection;
    storage::ChangeLog m_log;
    QHash<QString, QStringList> m_columns;
    QStringList m_warnings;
    std::map<QString, std::unique_ptr<storage::Statement>> m_statements;
};

} // namespace voxnote::sync
