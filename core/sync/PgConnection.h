#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

struct pg_cancel;
struct pg_conn;
struct pg_result;

#include "Error.h"

namespace voxnote::sync {

/// A statement the server refused; `sqlState` is its SQLSTATE code (42501:
/// insufficient privilege or a row-level-security violation).
class PgError : public Error
{
public:
    PgError(QString message, QString sqlState)
        : Error(std::move(message))
        , m_sqlState(std::move(sqlState))
    {
    }
    const QString& sqlState() const { return m_sqlState; }

private:
    QString m_sqlState;
};

/// The rows a query returned (RAII over `PGresult*`), in text form.
class PgResult
{
public:
    explicit PgResult(pg_result* result);
    PgResult(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    PgResult& operator=(PgResult&&) = delete;
    ~PgResult();

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    /// A bytea column, decoded.
    QByteArray bytes(int row, int column) const;

private:
    pg_result* m_result = nullptr;
};

/// One libpq connection (RAII over `PGconn*`). Unless the connection string
/// (or the PG* environment) says otherwise, a server on another computer
/// must present a certificate that verifies (`sslmode=verify-full`); a
/// connection attempt gives up after 10 s, a dead connection is noticed by
/// TCP keepalives within about a minute, and a statement stops after 5 min.
/// Messages name the server without its password. Failures throw `Error`.
/// Use on one thread.
class PgConnection
{
public:
    explicit PgConnection(const QString& connectionString);
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection();

    /// Runs `sql` with `$1`… bound to `parameters`: QByteArray as bytea
    /// (binary), a null variant as NULL, anything else as text. Throws
    /// `PgError` if the server refuses it.
    PgResult exec(const QString& sql, const QList<QVariant>& parameters = {});
    /// Runs several statements without parameters (a schema script).
    void execScript(const QString& sql);
    /// Runs `COPY … FROM STDIN` feeding it `data` (text format).
    void copyIn(const QString& sql, const QByteArray& data);

    /// `name` quoted as an SQL identifier / `text` as a literal.
    QString identifier(const QString& name) const;
    QString literal(const QString& text) const;

    /// Waits up to `timeoutMs` for a NOTIFY; true if one came.
    bool waitForNotification(int timeoutMs);

    /// A function that asks the server to cancel the statement this
    /// connection is waiting on (which then throws `PgError`). Call it from
    /// any thread, even after the connection is gone.
    std::function<void()> canceller() const;

    const QString& description() const { return m_description; }

private:
    [[noreturn]] void fail(const QString& what) const;

    pg_conn* m_connection = nullptr;
    QString m_description;
};

} // namespace voxnote::sync
