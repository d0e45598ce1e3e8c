#include "sync/ChangeApplier.h"

#include "Error.h"
#include "people/EmailAddress.h"
#include "storage/Connection.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/SyncedWriter.h"
#include "util/Clock.h"
#include "util/HybridLogicalClock.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace voxnote::sync {

namespace {

constexpr int kMaxAncestry = 100000;

/// `text` with control characters shown as escapes, shortened, for a message.
QString visible(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() < 32 || text[i].unicode() == 127) {
            const QString escape = QStringLiteral("\\x%1").arg(text[i].unicode(), 2, 16, QLatin1Char('0'));
            text.replace(i, 1, escape);
            i += escape.size() - 1;
        }
    }
    return text.size() > 80 ? text.left(80) + u'…' : text;
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

} // namespace

ChangeApplier::ChangeApplier(storage::Connection& connection)
    : m_connection(connection)
    , m_log(connection)
{
}

ChangeApplier::~ChangeApplier() = default;

storage::Statement& ChangeApplier::statement(const QString& sql)
{
    // Preparing costs more than running these small statements, and a
    // catch-up runs them hundreds of thousands of times.
    std::unique_ptr<storage::Statement>& cached = m_statements[sql];
    if (!cached)
        cached = std::make_unique<storage::Statement>(m_connection, sql.toStdString());
    cached->reset();
    return *cached;
}

bool ChangeApplier::newer(const Key& a, const Key& b)
{
    if (a.hlc != b.hlc)
        return a.hlc > b.hlc;
    if (a.site != b.site)
        return a.site > b.site;
    return a.seq > b.seq;
}

QString ChangeApplier::conflictCopyId(const QString& site, qint64 seq)
{
    // A name-based id (UUID version 8 layout) so every device that keeps the
    // same losing text makes the very same note.
    QByteArray hash = QCryptographicHash::hash(
        (QStringLiteral("voxnote conflict copy ") + site + u':' + QString::number(seq)).toUtf8(),
        QCryptographicHash::Sha256)
                          .left(16);
    hash[6] = static_cast<char>((hash[6] & 0x0F) | 0x80);
    hash[8] = static_cast<char>((hash[8] & 0x3F) | 0x80);
    const QString hex = QString::fromLatin1(hash.toHex());
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
        + hex.mid(20);
}

const QStringList& ChangeApplier::columnsOf(const QString& table)
{
    QStringList& columns = m_columns[table];
    if (columns.isEmpty()) {
        storage::Statement info
            = m_connection.prepare("SELECT name FROM pragma_table_info(?1) WHERE name != 'id'");
        info.bind(1, table);
        while (info.step())
            columns << info.columnText(0);
    }
    return columns;
}

bool ChangeApplier::isAppendOnly(const QString& table)
{
    return table == u"task_events";
}

ApplyResult ChangeApplier::apply(const QList<storage::Change>& changes)
{
    Q_ASSERT(m_connection.inTransaction());
    ApplyResult result;
    QHash<QString, qint64> nextSeq; // site -> the sequence number it must continue with
    QList<std::pair<QString, QString>> touched;
    QSet<QString> touchedKeys;
    QHash<QString, QList<Key>> bodyEdits; // note -> its body changes in this batch, the earlier winner first
    QSet<QString> blobs;
    const qint64 nowMs = Clock::instance().nowMs();
    QSet<QString> oddClocks;
    QHash<QString, storage::Change> refused; // site -> its first change with an impossible clock
    QList<std::pair<QString, QString>> alterations; // (site, entry) that tried to rewrite history

    for (const storage::Change& change : changes) {
        auto next = nextSeq.find(change.site);
        if (next == nextSeq.end())
            next = nextSeq.insert(change.site, m_log.lastSequence(change.site) + 1);
        if (change.seq < *next) {
            ++result.duplicates;
            continue;
        }
        if (change.seq > *next)
            continue; // a gap: wait for the missing changes
        if (!hlc::isValid(change.hlc)) {
            // Stored, it would win every comparison for ever and stop every
            // device's clock. Refused; the site's later changes wait behind it.
            if (!refused.contains(change.site))
                refused.insert(change.site, change);
            continue;
        }
        const bool body = storage::ChangeLog::keepsConflictCopies(change.table, change.column)
            && change.op != storage::Change::Op::Delete;
        if (body && !bodyEdits.contains(change.rowId)) {
            const Key before = bodyWinner(change.rowId);
            bodyEdits[change.rowId] = before.hlc >= 0 ? QList<Key> {before} : QList<Key> {};
        }
        const bool altering = isAppendOnly(change.table) && altersEntry(change);
        if (!m_log.appendRemote(change)) {
            ++result.duplicates;
            ++*next;
            continue;
        }
        ++*next;
        ++result.applied;
        if (altering && !alterations.contains({change.site, change.rowId}))
            alterations.append({change.site, change.rowId});
        if (hlc::isImplausible(change.hlc, nowMs))
            oddClocks.insert(change.site);
        if (body)
            bodyEdits[change.rowId].append(Key {change.hlc, change.site, change.seq});
        if (change.table == u"attachments" && change.column == u"blob_hash" && !change.value.isNull())
            blobs.insert(change.value.toString());
        if (!storage::syncedTables().contains(change.table))
            continue; // from a newer Voxnote: kept and relayed, applied once this version knows the table
        const QString key = change.table + u'/' + change.rowId;
        if (!touchedKeys.contains(key)) {
            touchedKeys.insert(key);
            touched.append({change.table, change.rowId});
        }
    }

    m_warnings.clear();
    for (const auto& [table, rowId] : touched)
        materialize(table, rowId);
    result.warnings += m_warnings;

    for (auto it = bodyEdits.cbegin(); it != bodyEdits.cend(); ++it) {
        const Key winner = bodyWinner(it.key());
        const QList<Key>& candidates = it.value();
        // A text is kept as a copy unless the winner or another candidate
        // was made on top of it.
        const QSet<QString> replaced = replacedTexts(candidates, winner);
        for (const Key& candidate : candidates) {
            if (!(candidate == winner)
                && !replaced.contains(candidate.site + u':' + QString::number(candidate.seq)))
                keepConflictCopy(it.key(), candidate, result);
        }
    }

    for (const QString& site : std::as_const(oddClocks))
        result.warnings << QCoreApplication::translate("ChangeApplier",
            "Device %1 has a clock more than a day ahead of this one; its changes were kept and later edits "
            "still take their place.")
                               .arg(site);
    for (const auto& [site, entry] : std::as_const(alterations))
        result.warnings << QCoreApplication::translate("ChangeApplier",
            "Device %1 tried to change or remove entry %2 of a task's activity history. The history is "
            "append-only: the entry stays as it was written, and what that device sent is kept only as a "
            "record of the attempt.")
                               .arg(site, entry);
    for (const storage::Change& change : std::as_const(refused))
        result.warnings << QCoreApplication::translate("ChangeApplier",
            "Device %1 sent change %2 with an impossible clock value (%3): it was refused, and that device's "
            "later changes are not applied either. Its clock or its copy of Voxnote is broken, or someone "
            "forged its changes; check that device.")
                               .arg(change.site)
                               .arg(change.seq)
                               .arg(change.hlc);
    result.blobHashes = QStringList(blobs.cbegin(), blobs.cend());
    for (auto& [sql, cached] : m_statements)
        cached->reset(); // no statement stays open past the caller's commit
    return result;
}

bool ChangeApplier::altersEntry(const storage::Change& change)
{
    if (change.op != storage::Change::Op::Insert)
        return true;
    storage::Statement& earlier
        = statement(QStringLiteral("SELECT count(*) FILTER (WHERE col IS ?3), count(*) "
                                   "FILTER (WHERE op = 'insert' AND site != ?4) "
                                   "FROM changes WHERE tbl = ?1 AND row_id = ?2"));
    earlier.bindAll(change.table, change.rowId, change.column, change.site);
    earlier.step();
    const bool altering = earlier.columnInt64(0) > 0 || earlier.columnInt64(1) > 0;
    earlier.reset();
    return altering;
}

void ChangeApplier::materializeEntry(const QString& table, const QString& rowId)
{
    storage::Statement& select
        = statement(QStringLiteral("SELECT col, value, site, op FROM changes WHERE tbl = ?1 "
                                   "AND row_id = ?2 ORDER BY hlc, site, seq"));
    select.bindAll(table, rowId);
    const QStringList& columns = columnsOf(table);
    QString author;
    QList<std::pair<QString, QVariant>> values;
    while (select.step()) {
        if (select.columnText(3) != u"insert")
            continue;
        const QString site = select.columnText(2);
        if (author.isEmpty())
            author = site;
        const QString column = select.columnText(0);
        if (site != author || !columns.contains(column)
            || std::any_of(values.cbegin(), values.cend(), [&](const auto& v) { return v.first == column; }))
            continue;
        values.append({column, select.columnValue(1)});
    }
    select.reset();
    if (values.isEmpty())
        return;
    QStringList names;
    for (const auto& [column, value] : std::as_const(values))
        names << column;
    storage::Statement& current
        = statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(names.join(u", "), table));
    current.bind(1, rowId);
    const bool exists = current.step();
    QList<std::pair<QString, QVariant>> wanted;
    for (int i = 0; i < values.size(); ++i) {
        if (!exists || (current.columnValue(i).isNull() && !values[i].second.isNull()))
            wanted.append(values[i]);
    }
    current.reset();
    if (wanted.isEmpty())
        return;
    writeRow(table, rowId, exists, wanted);
}

void ChangeApplier::materialize(const QString& table, const QString& rowId)
{
    if (isAppendOnly(table)) {
        materializeEntry(table, rowId);
        return;
    }
    // The keys only (covered by the changes_by_row index), then the values of
    // the winners: a note edited a thousand times is not read a thousand times.
    storage::Statement& keys
        = statement(QStringLiteral("SELECT col, hlc, site, seq FROM changes WHERE tbl = ?1 AND row_id = ?2"));
    keys.bindAll(table, rowId);
    QHash<QString, Key> winners;
    Key newest;
    bool newestIsDelete = false;
    while (keys.step()) {
        const QString column = keys.columnText(0);
        const Key key {keys.columnInt64(1), keys.columnText(2), keys.columnInt64(3)};
        const bool isDelete = column.isEmpty();
        if (newer(key, newest)) {
            newest = key;
            newestIsDelete = isDelete;
        }
        if (!isDelete) {
            auto it = winners.find(column);
            if (it == winners.end() || newer(key, *it))
                winners.insert(column, key);
        }
    }

    const QStringList& columns = columnsOf(table);
    QStringList present;
    for (const QString& column : columns) {
        if (winners.contains(column))
            present << column;
    }
    storage::Statement& current
        = statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1")
                        .arg(present.isEmpty() ? QStringLiteral("1") : present.join(u", "), table));
    current.bind(1, rowId);
    const bool exists = current.step();

    if (newestIsDelete || winners.isEmpty()) {
        if (exists) {
            current.reset();
            storage::Statement& erase = statement(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(table));
            erase.bind(1, rowId);
            erase.run();
        }
        return;
    }

    storage::Statement& value
        = statement(QStringLiteral("SELECT value FROM changes WHERE site = ?1 AND seq = ?2"));
    QList<std::pair<QString, QVariant>> wanted;
    for (int i = 0; i < present.size(); ++i) {
        const Key& key = winners[present[i]];
        value.bindAll(key.site, key.seq);
        value.step();
        QVariant newValue = value.columnValue(0);
        value.reset();
        if (table == u"people" && present[i] == u"email" && !newValue.toString().isEmpty()
            && !people::isValidEmailAddress(newValue.toString())) {
            // Mail goes to this address from this device's account: a line
            // break in it would add commands and headers of the sender's choosing.
            m_warnings << QCoreApplication::translate("ChangeApplier",
                "Device %1 gave person %2 the e-mail address “%3”, which is not one Voxnote can send to; "
                "the address is left empty here until that device sets a proper one.")
                              .arg(key.site, rowId, visible(newValue.toString()));
            newValue = QString();
        }
        if (!exists || !sameValue(current.columnValue(i), newValue))
            wanted.append({present[i], newValue});
    }
    current.reset();
    if (wanted.isEmpty())
        return;

    writeRow(table, rowId, exists, wanted);
}

void ChangeApplier::writeRow(const QString& table, const QString& rowId, bool exists,
    const QList<std::pair<QString, QVariant>>& wanted)
{
    QStringList names;
    QStringList placeholders;
    for (int i = 0; i < wanted.size(); ++i) {
        names << wanted[i].first;
        placeholders << (exists ? QStringLiteral("%1 = ?%2").arg(wanted[i].first).arg(i + 2)
                                : QStringLiteral("?%1").arg(i + 2));
    }
    const QString sql = exists
        ? QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1").arg(table, placeholders.join(u", "))
        : QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?1, %3)")
              .arg(table, names.join(u", "), placeholders.join(u", "));
    storage::Statement& write = statement(sql);
    write.bind(1, rowId);
    for (int i = 0; i < wanted.size(); ++i)
        write.bind(i + 2, wanted[i].second);
    try {
        write.run();
    } catch (const Error& error) {
        // A row this version cannot hold (say a required column whose change
        // has not arrived): the changes stay in the log, and the row appears
        // when a later change of it makes it whole.
        m_warnings << QCoreApplication::translate("ChangeApplier", "Row %1 of %2 is not complete yet (%3).")
                          .arg(rowId, table, error.message());
    }
}

ChangeApplier::Key ChangeApplier::bodyWinner(const QString& noteId)
{
    storage::Statement& select = statement(
        QStringLiteral("SELECT hlc, site, seq FROM changes WHERE tbl = 'notes' AND row_id = ?1 AND "
                       "col = 'body' ORDER BY hlc DESC, site DESC LIMIT 1"));
    select.bind(1, noteId);
    if (!select.step())
        return {};
    Key key {select.columnInt64(0), select.columnText(1), select.columnInt64(2)};
    select.reset();
    return key;
}

QSet<QString> ChangeApplier::replacedTexts(const QList<Key>& candidates, const Key& winner)
{
    // Walks back from each candidate (and the winner) through the bases,
    // marking every change passed. A base counts only if it is older than
    // the change naming it: the chain then always ends, even one another
    // device made into a ring. A walk stops at a change already marked (the
    // rest of its chain is marked already), below the oldest candidate (no
    // candidate lies further back), or after kMaxAncestry steps in all.
    qint64 oldest = winner.hlc;
    for (const Key& candidate : candidates)
        oldest = std::min(oldest, candidate.hlc);
    storage::Statement& lookup
        = statement(QStringLiteral("SELECT base FROM changes WHERE site = ?1 AND seq = ?2"));
    storage::Statement& clock
        = statement(QStringLiteral("SELECT hlc FROM changes WHERE site = ?1 AND seq = ?2"));
    QSet<QString> marked;
    int steps = 0;
    QList<Key> starts = candidates;
    starts.append(winner);
    for (const Key& start : std::as_const(starts)) {
        Key current = start;
        while (steps++ < kMaxAncestry) {
            lookup.reset();
            lookup.bindAll(current.site, current.seq);
            if (!lookup.step() || lookup.isNull(0))
                break;
            const QString base = lookup.columnText(0);
            lookup.reset();
            const qsizetype colon = base.lastIndexOf(u':');
            if (colon < 0)
                break;
            Key older {-1, base.left(colon), base.mid(colon + 1).toLongLong()};
            clock.reset();
            clock.bindAll(older.site, older.seq);
            if (!clock.step())
                break;
            older.hlc = clock.columnInt64(0);
            clock.reset();
            if (!newer(current, older) || older.hlc < oldest)
                break;
            const QString name = older.site + u':' + QString::number(older.seq);
            if (marked.contains(name))
                break;
            marked.insert(name);
            current = older;
        }
    }
    lookup.reset();
    clock.reset();
    return marked;
}

void ChangeApplier::keepConflictCopy(const QString& noteId, const Key& loser, ApplyResult& result)
{
    const QString copyId = conflictCopyId(loser.site, loser.seq);
    storage::Statement known
        = m_connection.prepare("SELECT 1 FROM changes WHERE tbl = 'notes' AND row_id = ?1 LIMIT 1");
    known.bind(1, copyId);
    if (known.step())
        return; // made already, here or on another device (and perhaps deleted since: leave it so)

    storage::Statement text = m_connection.prepare("SELECT value FROM changes WHERE site = ?1 AND seq = ?2");
    text.bindAll(loser.site, loser.seq);
    if (!text.step())
        return;
    const QVariant body = text.columnValue(0);
    storage::Statement title = m_connection.prepare("SELECT title FROM notes WHERE id = ?1");
    title.bind(1, noteId);
    const QString originalTitle = title.step() ? title.columnText(0) : QString();

    const qint64 nowMs = Clock::instance().nowMs();
    storage::SyncedWriter writer(m_connection);
    writer.insert(QStringLiteral("notes"), copyId,
        {{QStringLiteral("title"),
             QCoreApplication::translate("ChangeApplier", "%1 (conflict copy)").arg(originalTitle)},
            {QStringLiteral("body"), body}, {QStringLiteral("pinned"), 0},
            {QStringLiteral("created_at"), nowMs}, {QStringLiteral("updated_at"), nowMs}});
    writer.insert(QStringLiteral("note_conflicts"), copyId,
        {{QStringLiteral("note_id"), noteId}, {QStringLiteral("site"), loser.site},
            {QStringLiteral("created_at"), nowMs}});
    ++result.conflictCopies;
}

} // namespace voxnote::sync
