#pragma once

#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <string_view>

struct sqlite3;

namespace voxnote::storage {

class Statement;

/// One SQLite connection (RAII over `sqlite3*`). Move-only. A connection
/// belongs to one thread at a time: open one per thread rather than sharing.
/// Every failing call throws `DatabaseError`.
class Connection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// Opens (creating it if `mode` is ReadWrite) the database at `path`.
    /// Sets a busy timeout so concurrent writers wait instead of failing.
    /// Does not read or write the file yet.
    static Connection open(const QString& path, Mode mode = Mode::ReadWrite);

    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    /// Runs one or more SQL statements that return no rows.
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);

    /// The single integer a `PRAGMA name` (or any one-value query) returns.
    qint64 queryInt(std::string_view sql);
    QString queryText(std::string_view sql);

    bool inTransaction() const;
    qint64 changes() const;
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    /// Calls `committed` with the names of the tables whose rows this
    /// connection inserted, updated or deleted, each time a transaction (or a
    /// statement outside one) commits. Rolled-back changes are not reported.
    /// It runs on the connection's thread from inside SQLite's commit, so it
    /// must not use the connection. Replaces an earlier watcher.
    void watchChanges(std::function<void(const QSet<QString>& tables)> committed);

    /// Throws the DatabaseError that describes SQLite result `code`.
    [[noreturn]] void fail(int code) const;

private:
    Connection(sqlite3* db, QString path);
    void close() noexcept;

    struct ChangeWatch;

    sqlite3* m_db = nullptr;
    QString m_path;
    std::unique_ptr<ChangeWatch> m_watch;
};

} // namespace voxnote::storage
