#include "storage/Transaction.h"

#include "storage/Connection.h"
#include "util/Log.h"

#include <string>

namespace voxnote::storage {

namespace {

std::string savepointName(int number)
{
    return "vx_sp_" + std::to_string(number);
}

thread_local int t_savepointCounter = 0;

} // namespace

Transaction::Transaction(Connection& connection)
    : m_connection(connection)
    , m_nested(connection.inTransaction())
{
    if (m_nested) {
        m_savepoint = ++t_savepointCounter;
        m_connection.exec("SAVEPOINT " + savepointName(m_savepoint));
    } else {
        m_connection.exec("BEGIN IMMEDIATE");
    }
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

void Transaction::commit()
{
    m_connection.exec(m_nested ? "RELEASE " + savepointName(m_savepoint) : std::string("COMMIT"));
    m_done = true;
}

void Transaction::rollback() noexcept
{
    m_done = true;
    try {
        if (m_nested) {
            const std::string name = savepointName(m_savepoint);
            m_connection.exec("ROLLBACK TO " + name + "; RELEASE " + name);
        } else if (m_connection.inTransaction()) {
            m_connection.exec("ROLLBACK");
        }
    } catch (const std::exception& error) {
        // SQLite may already have rolled back by itself (after SQLITE_FULL, for
        // instance); nothing is left to undo then.
        qCWarning(lcStorage) << "rollback:" << error.what();
    }
}

} // namespace voxnote::storage
