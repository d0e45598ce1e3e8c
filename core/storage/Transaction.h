#pragma once

namespace voxnote::storage {

class Connection;

/// A write transaction that rolls back unless `commit()` is called (RAII).
/// The outermost one is `BEGIN IMMEDIATE`, so a writer takes the write lock at
/// the start and waits (busy timeout) instead of failing half-way; one opened
/// inside another becomes a savepoint, so repository methods can be called
/// alone or as part of a larger user action. Not copyable or movable; use it on
/// the connection's thread.
class Transaction
{
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Makes the changes permanent (or releases the savepoint). Throws
    /// `DatabaseError` if the commit fails, in which case nothing was written.
    void commit();

private:
    void rollback() noexcept;

    Connection& m_connection;
    bool m_nested = false;
    bool m_done = false;
    int m_savepoint = 0;
};

} // namespace voxnote::storage
