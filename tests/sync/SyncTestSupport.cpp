#include "SyncTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

#include <stdexcept>

#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace voxnote::test {

storage::Change changeFrom(const QString& site, qint64 seq, qint64 hlc, const QString& table,
    const QString& row, const QString& column, const QVariant& value, storage::Change::Op op)
{
    storage::Change change;
    change.site = site;
    change.seq = seq;
    change.hlc = hlc;
    change.table = table;
    change.rowId = row;
    change.column = column;
    change.value = value;
    change.op = op;
    return change;
}

namespace {

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    const int port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QString bin(const QString& program)
{
    return QStringLiteral(VOXNOTE_PG_BINDIR "/") + program;
}

} // namespace

Replica::Replica(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

QProcessEnvironment Replica::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VOXNOTE_CLOCK_OFFSET_MS"), QString::number(clockOffsetMs));
    environment.insert(QStringLiteral("VOXNOTE_SYNC_BATCH"), QString::number(batch));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("voxnote.*.info=false"));
    return environment;
}

Replica::Result Replica::run(const QStringList& arguments) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(VOXNOTE_SYNC_REPLICA), QStringList {m_dataDir} + arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QString Replica::ok(const QStringList& arguments) const
{
    const Result result = run(arguments);
    if (result.exitCode != 0) {
        // QtTest ends the whole run on an exception: record the failure instead.
        const QByteArray message
            = QString(u"vx_sync_replica " + arguments.join(u' ') + u" failed: " + result.err).toUtf8();
        QTest::qFail(message.constData(), __FILE__, __LINE__);
        return {};
    }
    return result.out.trimmed();
}

QJsonObject Replica::sync() const
{
    return QJsonDocument::fromJson(ok({QStringLiteral("sync")}).toUtf8()).object();
}

std::unique_ptr<QProcess> Replica::start(const QStringList& arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment());
    process->start(QStringLiteral(VOXNOTE_SYNC_REPLICA), QStringList {m_dataDir} + arguments);
    process->waitForStarted();
    return process;
}

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    if (m_running) {
        QProcess stop;
        const QStringList command = asServerUser(bin(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("stop")});
        stop.start(command.first(), command.mid(1));
        stop.waitForFinished(30000);
    }
}

bool PostgresServer::available()
{
    return QFileInfo(bin(QStringLiteral("initdb"))).isExecutable()
        && QFileInfo(bin(QStringLiteral("pg_ctl"))).isExecutable();
}

QStringList PostgresServer::asServerUser(const QString& program, const QStringList& arguments) const
{
    // initdb and postgres refuse to run as root.
    if (::geteuid() == 0)
        return QStringList {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                   QStringLiteral("--"), program}
        + arguments;
    return QStringList {program} + arguments;
}

void PostgresServer::runOrThrow(const QString& program, const QStringList& arguments) const
{
    const QStringList command = asServerUser(program, arguments);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        throw std::runtime_error(
            QString(command.join(u' ') + u" failed: " + QString::fromUtf8(process.readAll())).toStdString());
}

void PostgresServer::start()
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary directory");
    if (::geteuid() == 0) {
        const passwd* user = ::getpwnam("postgres");
        if (!user)
            throw std::runtime_error("there is no postgres user to run the server as");
        if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0)
            throw std::runtime_error("cannot hand the temporary directory to postgres");
    }
    m_port = freePort();
    const QString data = m_dir.filePath(QStringLiteral("data"));
    runOrThrow(bin(QStringLiteral("initdb")),
        {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
            QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
            QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"),
            QStringLiteral("--locale=C")});
    runOrThrow(bin(QStringLiteral("pg_ctl")),
        {QStringLiteral("-D"), data, QStringLiteral("-w"), QStringLiteral("-l"),
            m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
            QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -c fsync=off -c listen_addresses=127.0.0.1")
                .arg(m_port)
                .arg(m_dir.path()),
            QStringLiteral("start")});
    m_running = true;
}

QString PostgresServer::adminConnection() const
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres").arg(m_dir.path()).arg(m_port);
}

QString PostgresServer::memberConnection(const QString& role, const QString& password) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/postgres").arg(role, password).arg(m_port);
}

} // namespace voxnote::test

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

namespace voxnote::test::scenarios {

void syncUntilQuiet(const Replica& a, const Replica& b, const Replica& c)
{
    const Replica* all[] = {&a, &b, &c};
    for (int round = 0; round < 5; ++round) {
        int moved = 0;
        for (const Replica* replica : all) {
            const QJsonObject report = replica->sync();
            moved += report[u"pushed"].toInt() + report[u"applied"].toInt();
        }
        if (moved == 0)
            break;
    }
    const QString first = a.ok({QStringLiteral("dump")});
    QCOMPARE(b.ok({QStringLiteral("dump")}), first);
    QCOMPARE(c.ok({QStringLiteral("dump")}), first);
}

void randomEditsConverge(const Replica& a, const Replica& b, const Replica& c, quint32 seed, int rounds)
{
    QRandomGenerator random(seed);
    const Replica* all[] = {&a, &b, &c};
    for (int round = 0; round < rounds; ++round) {
        for (const Replica* replica : all)
            replica->ok({QStringLiteral("random"), QString::number(random.generate()), QStringLiteral("12")});
        // Some devices sync, in a random order; others stay offline this round.
        for (int i = 0; i < 3; ++i) {
            const Replica* replica = all[random.bounded(3)];
            if (random.bounded(3) != 0)
                replica->sync();
        }
    }
    syncUntilQuiet(a, b, c);
    const QJsonObject state = QJsonDocument::fromJson(a.ok({QStringLiteral("dump")}).toUtf8()).object();
    QVERIFY2(state[u"notes"].toArray().size() > 3, "the random edits made notes");
    QVERIFY2(!state[u"task_events"].toArray().isEmpty(), "the random edits made task activity");
}

void sameTaskFieldEdited(const Replica& a, const Replica& b)
{
    const QString task = a.ok({QStringLiteral("task-create"), QStringLiteral("Original")});
    a.sync();
    b.sync();
    QCOMPARE(b.ok({QStringLiteral("task-get"), task}), QStringLiteral("Original"));
    a.ok({QStringLiteral("task-title"), task, QStringLiteral("Renamed on A")});
    QTest::qWait(5);
    b.ok({QStringLiteral("task-title"), task, QStringLiteral("Renamed on B")});
    a.sync();
    b.sync();
    a.sync();
    // The later edit wins on both; the activity log keeps both renames.
    QCOMPARE(a.ok({QStringLiteral("task-get"), task}), QStringLiteral("Renamed on B"));
    QCOMPARE(b.ok({QStringLiteral("task-get"), task}), QStringLiteral("Renamed on B"));
    const QString events
        = QStringLiteral("SELECT group_concat(new_value, '|') FROM (SELECT new_value FROM task_events "
                         "WHERE task_id = '%1' AND field = 'title' ORDER BY new_value)")
              .arg(task);
    QCOMPARE(a.ok({QStringLiteral("query"), events}), QStringLiteral("Renamed on A|Renamed on B"));
    QCOMPARE(b.ok({QStringLiteral("query"), events}), QStringLiteral("Renamed on A|Renamed on B"));
}

void sameNoteBodyEdited(const Replica& a, const Replica& b)
{
    const QString note
        = a.ok({QStringLiteral("note-create"), QStringLiteral("Plan"), QStringLiteral("first draft")});
    a.sync();
    b.sync();
    a.ok({QStringLiteral("note-edit"), note, QStringLiteral("text written on A")});
    QTest::qWait(5);
    b.ok({QStringLiteral("note-edit"), note, QStringLiteral("text written on B")});
    a.sync();
    b.sync();
    a.sync();
    QCOMPARE(a.ok({QStringLiteral("note-body"), note}), QStringLiteral("text written on B"));
    QCOMPARE(b.ok({QStringLiteral("note-body"), note}), QStringLiteral("text written on B"));
    // A's text lives on in one conflict copy, linked to the note, on both.
    const QString copies
        = QStringLiteral("SELECT count(*) || ':' || group_concat(n.body) FROM note_conflicts c "
                         "JOIN notes n ON n.id = c.id WHERE c.note_id = '%1'")
              .arg(note);
    QCOMPARE(a.ok({QStringLiteral("query"), copies}), QStringLiteral("1:text written on A"));
    QCOMPARE(b.ok({QStringLiteral("query"), copies}), QStringLiteral("1:text written on A"));
    // Search finds both texts: the index follows rows that sync writes.
    const QString found
        = QStringLiteral("SELECT count(*) FROM search_words WHERE search_words MATCH 'written'");
    QCOMPARE(a.ok({QStringLiteral("query"), found}), QStringLiteral("2"));
    QCOMPARE(b.ok({QStringLiteral("query"), found}), QStringLiteral("2"));
    // A later edit on top of the winner is an ordinary edit: no new copy.
    a.ok({QStringLiteral("note-edit"), note, QStringLiteral("merged by hand")});
    a.sync();
    b.sync();
    QCOMPARE(b.ok({QStringLiteral("note-body"), note}), QStringLiteral("merged by hand"));
    QCOMPARE(b.ok({QStringLiteral("query"), copies}), QStringLiteral("1:text written on A"));
    QCOMPARE(b.ok({QStringLiteral("query"), found}), QStringLiteral("1"));
}

void editRacingDelete(const Replica& a, const Replica& b)
{
    const QString note
        = a.ok({QStringLiteral("note-create"), QStringLiteral("Doomed"), QStringLiteral("v1")});
    a.sync();
    b.sync();
    a.ok({QStringLiteral("note-purge"), note});
    QTest::qWait(5);
    b.ok({QStringLiteral("note-edit"), note, QStringLiteral("edited while A deleted it")});
    a.sync();
    b.sync();
    a.sync();
    QCOMPARE(a.ok({QStringLiteral("note-body"), note}), QStringLiteral("edited while A deleted it"));
    QCOMPARE(b.ok({QStringLiteral("note-body"), note}), QStringLiteral("edited while A deleted it"));
    const QString title = QStringLiteral("SELECT title FROM notes WHERE id = '%1'").arg(note);
    QCOMPARE(a.ok({QStringLiteral("query"), title}), QStringLiteral("Doomed"));
}

} // namespace voxnote::test::scenarios
