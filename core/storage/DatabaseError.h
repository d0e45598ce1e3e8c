#pragma once

#include "Error.h"

struct sqlite3;

namespace voxnote::storage {

/// A failure of the database, phrased for the person using Voxnote: it names
/// the database file and says what to do (free disk space, restore a backup,
/// choose another data directory). `sqliteCode()` keeps the primary SQLite
/// result code for callers that react to a specific failure (busy, full).
class DatabaseError : public Error
{
public:
    DatabaseError(QString message, int sqliteCode);

    int sqliteCode() const noexcept { return m_sqliteCode; }

    /// Builds the error for SQLite result `code` on the connection `db`
    /// (which may be null) whose file is `path`.
    static DatabaseError fromSqlite(int code, sqlite3* db, const QString& path);

private:
    int m_sqliteCode;
};

} // namespace voxnote::storage
