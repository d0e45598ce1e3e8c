#pragma once

#include "storage/ChangeLog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace voxnote::storage {

class Connection;

/// Column name and new value.
using Fields = QList<std::pair<QString, QVariant>>;

/// The one way rows of synced tables (see `syncedTables()`) are written. Each
/// call changes the row and appends its change-log entries in one
/// transaction (a savepoint inside the caller's, if there is one), so no
/// code path can change synced data without logging it, and a rollback takes
/// the log entries with it. Table and column names are checked against the
/// schema registry. Use on the connection's thread; failures throw `Error`.
class SyncedWriter
{
public:
    explicit SyncedWriter(Connection& connection);

    /// Inserts row `id`; every given field is logged.
    void insert(const QString& table, const QString& id, const Fields& fields);

    /// Sets the given fields of row `id`, logging only those whose value
    /// actually changes. Returns how many changed. Throws if there is no such row.
    int update(const QString& table, const QString& id, const Fields& fields);

    /// Deletes row `id` for good and logs a tombstone. Returns false if there
    /// was no such row.
    bool remove(const QString& table, const QString& id);

    /// Removes every row of `table` whose `column` equals `value`, each with
    /// its tombstone. Returns how many were removed.
    int removeWhere(const QString& table, const QString& column, const QString& value);

    ChangeLog& changeLog() { return m_log; }

private:
    void checkColumns(const QString& table, const Fields& fields);

    Connection& m_connection;
    ChangeLog m_log;
    QHash<QString, QStringList> m_columns; // synced table -> its columns, read from the schema
};

} // namespace voxnote::storage
