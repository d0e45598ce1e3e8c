#include "sync/PgConnection.h"

#include "Error.h"
#include "sync/SyncSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace voxnote::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PgConnection", text);
}

/// True for a host on this computer: a socket directory or a loopback name.
bool isLocalHost(const QString& host)
{
    return host.startsWith(u'/') || host.startsWith(u'@') || host == u"localhost" || host == u"127.0.0.1"
        || host == u"::1";
}

/// The settings Voxnote adds to a connection string, each unless the string
/// (or the matching PG* environment variable) sets it.
struct Defaults
{
    std::vector<QByteArray> keywords;
    std::vector<QByteArray> values;
    bool verifiesTls = false; ///< sslmode=verify-full was added here
};

Defaults defaultsFor(const QString& connectionString)
{
    QHash<QString, QString> given;
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(connectionString.toUtf8().constData(), &error);
    if (!options) {
        const QString reason = error ? QString::fromUtf8(error).trimmed() : QString();
        PQfreemem(error);
        throw Error(tr("The sync server address is not one Voxnote can use: %1").arg(reason));
    }
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (option->val && *option->val)
            given.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);

    Defaults defaults;
    auto add = [&](const char* keyword, const char* environment, const char* value) {
        if (!given.contains(QString::fromLatin1(keyword)) && qEnvironmentVariableIsEmpty(environment)) {
            defaults.keywords.emplace_back(keyword);
            defaults.values.emplace_back(value);
            return true;
        }
        return false;
    };
    // A server that does not answer ends the attempt instead of hanging sync.
    add("connect_timeout", "PGCONNECT_TIMEOUT", "10");
    add("keepalives", "PGKEEPALIVES", "1");
    add("keepalives_idle", "PGKEEPALIVESIDLE", "30");
    add("keepalives_interval", "PGKEEPALIVESINTERVAL", "10");
    add("keepalives_count", "PGKEEPALIVESCOUNT", "3");
    add("tcp_user_timeout", "PGTCPUSERTIMEOUT", "60000");
    add("options", "PGOPTIONS", "-c statement_timeout=300000");
    // Over the network only a verified certificate keeps a man in the middle
    // out (libpq's own default, prefer, falls back to plain text silently).
    // On this computer there is no network to protect.
    const QStringList hosts
        = given.value(QStringLiteral("host"), qEnvironmentVariable("PGHOST")).split(u',', Qt::SkipEmptyParts);
    const QStringList addresses = given.value(QStringLiteral("hostaddr"), qEnvironmentVariable("PGHOSTADDR"))
                                      .split(u',', Qt::SkipEmptyParts);
    const bool local = std::all_of(hosts.cbegin(), hosts.cend(), isLocalHost)
        && std::all_of(addresses.cbegin(), addresses.cend(), isLocalHost);
    if (!local)
        defaults.verifiesTls = add("sslmode", "PGSSLMODE", "verify-full");
    return defaults;
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
    Defaults defaults = defaultsFor(connectionString);
    // The connection string comes last, so whatever it says wins.
    const QByteArray expanded = connectionString.toUtf8();
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (std::size_t i = 0; i < defaults.keywords.size(); ++i) {
        keywords.push_back(defaults.keywords[i].constData());
        values.push_back(defaults.values[i].constData());
    }
    keywords.push_back("dbname");
    values.push_back(expanded.constData());
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_connection = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (PQstatus(m_connection) != CONNECTION_OK) {
        const QString reason = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        PQfinish(m_connection);
        m_connection = nullptr;
        if (defaults.verifiesTls)
            throw Error(
                tr("Could not connect to the sync server %1 over a verified encrypted connection "
                   "(sslmode=verify-full, which Voxnote uses for a server on another computer): %2. "
                   "Give the server a certificate and put its authority in ~/.postgresql/root.crt, "
                   "or add sslmode=require (encrypted, not verified) or sslmode=disable (a network you "
                   "trust) to the address.")
                    .arg(m_description, reason));
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

std::function<void()> PgConnection::canceller() const
{
    std::shared_ptr<pg_cancel> cancel(PQgetCancel(m_connection), PQfreeCancel);
    return [cancel] {
        char error[256];
        if (cancel)
            PQcancel(cancel.get(), error, sizeof error);
    };
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
