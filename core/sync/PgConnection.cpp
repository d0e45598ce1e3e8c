#include "sync/PgConnection.h"

#include "Error.h"
#include "sync/SyncSettings.h"

#include <QCoreApplication>

#include <libpq-fe.h>
#include <poll.h>

#include <vector>

namespace voxnote::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PgConnection", text);
}

} // namespace

PgResult::PgResult(pg_result* result)
    : m_result(result)
{
}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

QByteArray PgResult::bytes(int row, int column) const
{
    size_t length = 0;
    unsigned char* data
        = PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(m_result, row, column)), &length);
    if (!data)
        return {};
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    PQfreemem(data);
    return bytes;
}

PgConnection::PgConnection(const QString& connectionString)
    : m_description(SyncSettings::displayLocation(QStringLiteral("postgres"), connectionString))
{
    m_connection = PQconnectdb(connectionString.toUtf8().constData());
    if (PQstatus(m_connection) != CONNECTION_OK) {
        const QString reason = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        PQfinish(m_connection);
        m_connection = nullptr;
        throw Error(tr("Could not connect to the sync server %1: %2").arg(m_description, reason));
    }
    PQsetNoticeProcessor(
        m_connection, [](void*, const char*) {}, nullptr);
}

PgConnection::~PgConnection()
{
    if (m_connection)
        PQfinish(m_connection);
}

void PgConnection::fail(const QString& what) const
{
    throw Error(tr("The sync server %1 refused %2: %3")
                    .arg(m_description, what, QString::fromUtf8(PQerrorMessage(m_connection)).trimmed()));
}

PgResult PgConnection::exec(const QString& sql, const QList<QVariant>& parameters)
{
    std::vector<QByteArray> values;
    std::vector<const char*> pointers;
    std::vector<int> lengths;
    std::vector<int> formats;
    values.reserve(static_cast<size_t>(parameters.size()));
    for (const QVariant& parameter : parameters) {
        const bool binary = parameter.typeId() == QMetaType::QByteArray;
        values.push_back(binary ? parameter.toByteArray() : parameter.toString().toUtf8());
        pointers.push_back(parameter.isNull() ? nullptr : values.back().constData());
        lengths.push_back(static_cast<int>(values.back().size()));
        formats.push_back(binary ? 1 : 0);
    }
    PGresult* raw = PQexecParams(m_connection, sql.toUtf8().constData(), static_cast<int>(parameters.size()),
        nullptr, pointers.data(), lengths.data(), formats.data(), 0);
    PgResult result(raw);
    const ExecStatusType status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
        throw PgError(tr("The sync server %1 refused a request: %2")
                          .arg(m_description, QString::fromUtf8(PQresultErrorMessage(raw)).trimmed()),
            QString::fromLatin1(state ? state : ""));
    }
    return result;
}

void PgConnection::execScript(const QString& sql)
{
    PGresult* raw = PQexec(m_connection, sql.toUtf8().constData());
    PgResult result(raw);
    const ExecStatusType status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
        throw PgError(tr("The sync server %1 refused a request: %2")
                          .arg(m_description, QString::fromUtf8(PQresultErrorMessage(raw)).trimmed()),
            QString::fromLatin1(state ? state : ""));
    }
}

void PgConnection::copyIn(const QString& sql, const QByteArray& data)
{
    {
        PGresult* start = PQexec(m_connection, sql.toUtf8().constData());
        const bool ready = PQresultStatus(start) == PGRES_COPY_IN;
        PQclear(start);
        if (!ready)
            fail(tr("the upload of changes"));
    }
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype offset = 0; offset < data.size(); offset += kChunk) {
        const qsizetype length = std::min(kChunk, data.size() - offset);
        if (PQputCopyData(m_connection, data.constData() + offset, static_cast<int>(length)) != 1)
            fail(tr("the upload of changes"));
    }
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        fail(tr("the upload of changes"));
    PGresult* end = PQgetResult(m_connection);
    const bool ok = PQresultStatus(end) == PGRES_COMMAND_OK;
    const char* state = PQresultErrorField(end, PG_DIAG_SQLSTATE);
    const QString sqlState = QString::fromLatin1(state ? state : "");
    const QString message = QString::fromUtf8(PQresultErrorMessage(end)).trimmed();
    PQclear(end);
    while (PGresult* rest = PQgetResult(m_connection))
        PQclear(rest);
    if (!ok)
        throw PgError(
            tr("The sync server %1 refused the upload of changes: %2").arg(m_description, message), sqlState);
}

QString PgConnection::identifier(const QString& name) const
{
    const QByteArray utf8 = name.toUtf8();
    char* quoted = PQescapeIdentifier(m_connection, utf8.constData(), static_cast<size_t>(utf8.size()));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString PgConnection::literal(const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    char* quoted = PQescapeLiteral(m_connection, utf8.constData(), static_cast<size_t>(utf8.size()));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

bool PgConnection::waitForNotification(int timeoutMs)
{
    auto take = [this] {
        PQconsumeInput(m_connection);
        bool any = false;
        while (PGnotify* notify = PQnotifies(m_connection)) {
            any = true;
            PQfreemem(notify);
        }
        return any;
    };
    if (take())
        return true;
    pollfd descriptor {PQsocket(m_connection), POLLIN, 0};
    if (::poll(&descriptor, 1, timeoutMs) <= 0)
        return false;
    return take();
}

} // namespace voxnote::sync
