#include "storage/Connection.h"

#include "storage/DatabaseError.h"
#include "storage/Statement.h"
#include "util/Log.h"

#include <sqlite3.h>

#include <utility>

namespace voxnote::storage {

namespace {
constexpr int kBusyTimeoutMs = 10'000;
}

struct Connection::ChangeWatch
{
    std::function<void(const QSet<QString>&)> committed;
    QSet<QString> tables;
    std::string lastTable; ///< most writes touch one table many times: skip the set then

    static void onUpdate(void* context, int, const char*, const char* table, sqlite3_int64)
    {
        auto* watch = static_cast<ChangeWatch*>(context);
        if (watch->lastTable == table)
            return;
        watch->lastTable = table;
        watch->tables.insert(QString::fromUtf8(table));
    }

    static int onCommit(void* context)
    {
        auto* watch = static_cast<ChangeWatch*>(context);
        if (!watch->tables.isEmpty())
            watch->committed(std::exchange(watch->tables, {}));
        watch->lastTable.clear();
        return 0; // go on with the commit
    }

    static void onRollback(void* context)
    {
        auto* watch = static_cast<ChangeWatch*>(context);
        watch->tables.clear();
        watch->lastTable.clear();
    }
};

Connection Connection::open(const QString& path, Mode mode)
{
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        | (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        DatabaseError error = DatabaseError::fromSqlite(rc, db, path);
        sqlite3_close_v2(db);
        throw error;
    }
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    sqlite3_extended_result_codes(db, 1);
    qCDebug(lcStorage) << "opened" << path;
    return Connection(db, path);
}

Connection::Connection(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Connection::Connection(Connection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_watch(std::move(other.m_watch))
{
}

Connection& Connection::operator=(Connection&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_watch = std::move(other.m_watch);
    }
    return *this;
}

Connection::~Connection()
{
    close();
}

void Connection::close() noexcept
{
    if (!m_db)
        return;
    if (m_watch) {
        sqlite3_update_hook(m_db, nullptr, nullptr);
        sqlite3_commit_hook(m_db, nullptr, nullptr);
        sqlite3_rollback_hook(m_db, nullptr, nullptr);
        m_watch.reset();
    }
    // close_v2 defers the close until every statement is finalized, so a
    // Statement that outlives its Connection cannot touch freed memory.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Connection::watchChanges(std::function<void(const QSet<QString>& tables)> committed)
{
    auto watch = std::make_unique<ChangeWatch>();
    watch->committed = std::move(committed);
    sqlite3_update_hook(m_db, &ChangeWatch::onUpdate, watch.get());
    sqlite3_commit_hook(m_db, &ChangeWatch::onCommit, watch.get());
    sqlite3_rollback_hook(m_db, &ChangeWatch::onRollback, watch.get());
    m_watch = std::move(watch); // the old one after the hooks point at the new
}

void Connection::exec(std::string_view sql)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

Statement Connection::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

qint64 Connection::queryInt(std::string_view sql)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.columnInt64(0) : 0;
}

QString Connection::queryText(std::string_view sql)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.columnText(0) : QString();
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 Connection::changes() const
{
    return sqlite3_changes64(m_db);
}

void Connection::fail(int code) const
{
    throw DatabaseError::fromSqlite(code, m_db, m_path);
}

} // namespace voxnote::storage
