#include "storage/SyncedWriter.h"

#include "Error.h"
#include "storage/Connection.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace voxnote::storage {

namespace {

QVariant normalized(const QVariant& value)
{
    // Compare what SQLite will store: booleans become integers.
    if (value.typeId() == QMetaType::Bool)
        return qint64 {value.toBool() ? 1 : 0};
    return value;
}

bool sameValue(const QVariant& stored, const QVariant& wanted)
{
    const QVariant a = normalized(stored);
    const QVariant b = normalized(wanted);
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

} // namespace

SyncedWriter::SyncedWriter(Connection& connection)
    : m_connection(connection)
    , m_log(connection)
{
}

void SyncedWriter::checkColumns(const QString& table, const Fields& fields)
{
    if (!syncedTables().contains(table))
        throw Error(QStringLiteral("Internal error: %1 is not a synced table.").arg(table));
    QStringList& columns = m_columns[table];
    if (columns.isEmpty()) {
        Statement info = m_connection.prepare("SELECT name FROM pragma_table_info(?1) WHERE name != 'id'");
        info.bind(1, table);
        while (info.step())
            columns << info.columnText(0);
    }
    for (const auto& [column, value] : fields) {
        if (!columns.contains(column))
            throw Error(QStringLiteral("Internal error: %1 has no synced column %2.").arg(table, column));
    }
}

void SyncedWriter::insert(const QString& table, const QString& id, const Fields& fields)
{
    checkColumns(table, fields);
    QString columns = QStringLiteral("id");
    QString placeholders = QStringLiteral("?1");
    for (int i = 0; i < fields.size(); ++i) {
        columns += u", " + fields[i].first;
        placeholders += QStringLiteral(", ?%1").arg(i + 2);
    }
    Transaction transaction(m_connection);
    Statement insert = m_connection.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, placeholders).toStdString());
    insert.bind(1, id);
    for (int i = 0; i < fields.size(); ++i)
        insert.bind(i + 2, fields[i].second);
    insert.run();
    for (const auto& [column, value] : fields)
        m_log.append(table, id, column, normalized(value), Change::Op::Insert);
    transaction.commit();
}

int SyncedWriter::update(const QString& table, const QString& id, const Fields& fields)
{
    checkColumns(table, fields);
    Transaction transaction(m_connection);

    QStringList names;
    for (const auto& field : fields)
        names << field.first;
    Statement select = m_connection.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(names.join(u", "), table).toStdString());
    select.bind(1, id);
    if (!select.step())
        throw Error(QStringLiteral("Internal error: there is no row %1 in %2.").arg(id, table));

    Fields changed;
    for (int i = 0; i < fields.size(); ++i) {
        if (!sameValue(select.columnValue(i), fields[i].second))
            changed.append(fields[i]);
    }
    select.reset();
    if (!changed.isEmpty()) {
        QStringList assignments;
        for (int i = 0; i < changed.size(); ++i)
            assignments << QStringLiteral("%1 = ?%2").arg(changed[i].first).arg(i + 2);
        Statement set = m_connection.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1")
                                                 .arg(table, assignments.join(u", "))
                                                 .toStdString());
        set.bind(1, id);
        for (int i = 0; i < changed.size(); ++i)
            set.bind(i + 2, changed[i].second);
        set.run();
    }
    for (const auto& [column, value] : changed)
        m_log.append(table, id, column, normalized(value), Change::Op::Update);
    transaction.commit();
    return static_cast<int>(changed.size());
}

bool SyncedWriter::remove(const QString& table, const QString& id)
{
    checkColumns(table, {});
    Transaction transaction(m_connection);
    Statement erase
        = m_connection.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(table).toStdString());
    erase.bind(1, id);
    erase.run();
    if (m_connection.changes() == 0)
        return false;
    m_log.append(table, id, QString(), QVariant(), Change::Op::Delete);
    transaction.commit();
    return true;
}

int SyncedWriter::removeWhere(const QString& table, const QString& column, const QString& value)
{
    checkColumns(table, {{column, QVariant()}});
    Transaction transaction(m_connection);
    Statement select = m_connection.prepare(
        QStringLiteral("SELECT id FROM %1 WHERE %2 = ?1").arg(table, column).toStdString());
    select.bind(1, value);
    QStringList ids;
    while (select.step())
        ids << select.columnText(0);
    for (const QString& id : ids)
        remove(table, id);
    transaction.commit();
    return static_cast<int>(ids.size());
}

} // namespace voxnote::storage
