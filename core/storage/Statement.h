#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <string_view>

struct sqlite3_stmt;

namespace voxnote::storage {

class Connection;

/// A prepared statement (RAII over `sqlite3_stmt*`). Parameters are bound by
/// 1-based index; columns are read by 0-based index. Move-only; use it on the
/// connection's thread. Failures throw `DatabaseError`.
class Statement
{
public:
    Statement(Connection& connection, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64 {value}); }
    Statement& bind(int index, bool value) { return bind(index, qint64 {value ? 1 : 0}); }
    Statement& bind(int index, double value);
    /// Binds text; a null QString is bound as '' (bind nullptr for SQL NULL).
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    /// Binds by the variant's type: null, integer, real, blob or text.
    Statement& bind(int index, const QVariant& value);

    /// Binds every argument in order, starting at parameter 1.
    template<typename... Args>
    Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    /// Advances to the next row. Returns false when the statement is done.
    bool step();
    /// Steps through to the end, for statements that return no rows.
    void run();
    /// Makes the statement ready to step again; bindings are kept.
    void reset();

    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    /// The column as a variant of its stored type (null, qint64, double, QString, QByteArray).
    QVariant columnValue(int column) const;

private:
    void check(int rc);

    Connection& m_connection;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace voxnote::storage
