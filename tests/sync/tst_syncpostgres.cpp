// Three devices syncing through a PostgreSQL server that the test starts on
// loopback, and row-level security keeping teams apart.

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "sync/ChangeCodec.h"
#include "sync/PgConnection.h"
#include "sync/PostgresAdmin.h"
#include "sync/SyncService.h"
#include "util/HybridLogicalClock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace voxnote;
using namespace voxnote::test;

class TestSyncPostgres : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_scratch;
    int m_run = 0;

    struct Three
    {
        std::unique_ptr<Replica> a, b, c;
    };

    Three setUpThree()
    {
        ++m_run;
        Three three;
        three.a = std::make_unique<Replica>(m_scratch.filePath(QStringLiteral("a%1").arg(m_run)));
        three.b = std::make_unique<Replica>(m_scratch.filePath(QStringLiteral("b%1").arg(m_run)));
        three.c = std::make_unique<Replica>(m_scratch.filePath(QStringLiteral("c%1").arg(m_run)));
        const QString team = QStringLiteral("team-a-%1").arg(m_run);
        sync::PostgresAdmin admin(m_server->adminConnection());
        admin.addMember(team, QStringLiteral("alice"), QStringLiteral("alice-pw"));
        admin.addMember(team, QStringLiteral("bob"), QStringLiteral("bob-pw"));
        admin.addMember(team, QStringLiteral("carol"), QStringLiteral("carol-pw"));
        three.a->ok({QStringLiteral("setup-postgres"),
            m_server->memberConnection(QStringLiteral("alice"), QStringLiteral("alice-pw")), team});
        three.b->ok({QStringLiteral("setup-postgres"),
            m_server->memberConnection(QStringLiteral("bob"), QStringLiteral("bob-pw")), team});
        three.c->ok({QStringLiteral("setup-postgres"),
            m_server->memberConnection(QStringLiteral("carol"), QStringLiteral("carol-pw")), team});
        return three;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // postgresql is in packaging/debian-packages.txt: without it this fails, not skips.
        QVERIFY2(PostgresServer::available(),
            "The PostgreSQL server binaries are not installed (package postgresql).");
        m_server = std::make_unique<PostgresServer>();
        m_server->start();
        sync::PostgresAdmin admin(m_server->adminConnection());
        admin.init();
        admin.init(); // running it again is harmless
    }

    void cleanupTestCase() { m_server.reset(); }

    void randomEditsConverge()
    {
        Three three = setUpThree();
        scenarios::randomEditsConverge(*three.a, *three.b, *three.c, 424242, 5);
    }

    void sameTaskFieldEdited()
    {
        Three three = setUpThree();
        scenarios::sameTaskFieldEdited(*three.a, *three.b);
        scenarios::syncUntilQuiet(*three.a, *three.b, *three.c);
    }

    void sameNoteBodyEdited()
    {
        Three three = setUpThree();
        scenarios::sameNoteBodyEdited(*three.a, *three.b);
        scenarios::syncUntilQuiet(*three.a, *three.b, *three.c);
    }

    void editRacingDelete()
    {
        Three three = setUpThree();
        scenarios::editRacingDelete(*three.a, *three.b);
        scenarios::syncUntilQuiet(*three.a, *three.b, *three.c);
    }

    void mediaThroughTheServer()
    {
        Three three = setUpThree();
        const QString note = three.a->ok({QStringLiteral("note-create"), QStringLiteral("Photo"), QString()});
        QTemporaryDir media;
        QFile file(media.filePath(QStringLiteral("photo.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray content(9 << 20, 'p'); // two parts
        content[5] = 'x';
        file.write(content);
        file.close();
        const QString hash = three.a->ok({QStringLiteral("attach"), note, file.fileName()});
        QCOMPARE(three.a->sync()[u"blobsSent"].toInt(), 1);
        QCOMPARE(three.b->sync()[u"blobsReceived"].toInt(), 1);
        QCOMPARE(three.b->ok({QStringLiteral("has-blob"), hash}), QStringLiteral("yes"));
    }

    void killedDuringPushAndPullThenRestarted()
    {
        Three three = setUpThree();
        three.a->ok({QStringLiteral("bulk"), QStringLiteral("400")}); // 2000 changes
        const QString site = three.a->ok({QStringLiteral("site")});
        sync::PgConnection admin(m_server->adminConnection());
        const QString onServer = QStringLiteral("SELECT count(*) FROM voxnote.changes WHERE site = $1");
        three.a->batch = 10;
        auto push = three.a->start({QStringLiteral("sync")});
        QTRY_VERIFY_WITH_TIMEOUT(
            admin.exec(onServer, {site}).integer(0, 0) >= 30 || push->state() == QProcess::NotRunning, 30000);
        ::kill(static_cast<pid_t>(push->processId()), SIGKILL);
        push->waitForFinished();
        const qint64 sent = admin.exec(onServer, {site}).integer(0, 0);
        QVERIFY2(sent < 2000, "killed before the push finished");
        QCOMPARE(sent % 10, 0); // whole batches only
        three.a->batch = 0;
        three.a->sync();
        QCOMPARE(admin.exec(onServer, {site}).integer(0, 0), 2000);

        three.b->batch = 10;
        auto pull = three.b->start({QStringLiteral("sync")});
        const QString applied = QStringLiteral("SELECT count(*) FROM changes WHERE site = '%1'").arg(site);
        QTRY_VERIFY_WITH_TIMEOUT(three.b->ok({QStringLiteral("query"), applied}).toInt() > 0
                || pull->state() == QProcess::NotRunning,
            30000);
        ::kill(static_cast<pid_t>(pull->processId()), SIGKILL);
        pull->waitForFinished();
        QVERIFY2(three.b->ok({QStringLiteral("query"), applied}).toInt() < 2000,
            "killed before the pull finished");
        three.b->batch = 0;
        three.b->sync();
        QCOMPARE(three.b->ok({QStringLiteral("query"), applied}), QStringLiteral("2000"));
        scenarios::syncUntilQuiet(*three.a, *three.b, *three.c);
    }

    void adminCommandsAndLostIdentity()
    {
        // The administrator's commands, run again on the prepared server.
        ProcessResult result = runVoxnote({QStringLiteral("sync"), QStringLiteral("admin"),
            QStringLiteral("init"), m_server->adminConnection()});
        QCOMPARE(result.exitCode, 0);
        qputenv("VOXNOTE_MEMBER_PASSWORD", "dave-pw");
        result = runVoxnote({QStringLiteral("sync"), QStringLiteral("admin"), QStringLiteral("add-member"),
            m_server->adminConnection(), QStringLiteral("team-d"), QStringLiteral("dave")});
        qunsetenv("VOXNOTE_MEMBER_PASSWORD");
        QCOMPARE(result.exitCode, 0);
        Replica dave(m_scratch.filePath(QStringLiteral("dave")));
        dave.ok({QStringLiteral("setup-postgres"),
            m_server->memberConnection(QStringLiteral("dave"), QStringLiteral("dave-pw")),
            QStringLiteral("team-d")});
        dave.ok({QStringLiteral("bulk"), QStringLiteral("2")});
        QCOMPARE(dave.sync()[u"pushed"].toInt(), 10);
        // A wrong password is refused with a sentence that does not repeat it.
        const Replica::Result wrong = dave.run({QStringLiteral("setup-postgres"),
            m_server->memberConnection(QStringLiteral("dave"), QStringLiteral("guess-pw")),
            QStringLiteral("team-d")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("Could not connect")), qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(QStringLiteral("guess-pw")));

        // The server lost its identity (restored from elsewhere, re-initialised):
        // stop and ask, keep everything here.
        sync::PgConnection admin(m_server->adminConnection());
        const QString remoteId
            = admin.exec(QStringLiteral("SELECT remote_id FROM voxnote.remote")).text(0, 0);
        admin.exec(QStringLiteral("UPDATE voxnote.remote SET remote_id = 'another-server'"));
        const Replica::Result refused = dave.run({QStringLiteral("sync")});
        admin.exec(QStringLiteral("UPDATE voxnote.remote SET remote_id = $1"), {remoteId});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("nothing was deleted")), qPrintable(refused.err));
        QVERIFY(dave.ok({QStringLiteral("status")}).contains(QStringLiteral("\"stopped\":true")));
        QCOMPARE(dave.ok({QStringLiteral("query"), QStringLiteral("SELECT count(*) FROM notes")}),
            QStringLiteral("2"));
    }

    void hostileMemberCannotFreezePulls()
    {
        Three three = setUpThree();
        const QString team = QStringLiteral("team-a-%1").arg(m_run);
        // Carol is a member of the team and writes rows by hand: device names
        // that are not device ids (and would break an array literal), a
        // damaged row and a run that starts after a gap, for ids that sort first.
        sync::PgConnection carol(
            m_server->memberConnection(QStringLiteral("carol"), QStringLiteral("carol-pw")));
        const QString insert = QStringLiteral(
            "INSERT INTO voxnote.changes (team_id, site, seq, hlc, tbl, row_id, col, value, op) "
            "VALUES ($1, $2, 1, 1, 'notes', 'x', 'title', '\\xf6'::bytea, 'update')");
        const QString device = QStringLiteral("INSERT INTO voxnote.sites (site, team_id) VALUES ($2, $1)");
        for (const QString& name : {QStringLiteral("x}"), QStringLiteral("a,b"), QStringLiteral("NULL"),
                 QStringLiteral("\"quoted\""), QStringLiteral("00000000-0000-7000-8000-000000000000"),
                 QStringLiteral("00000000-0000-7000-8000-000000000001")})
            carol.exec(device, {team, name}); // any name not taken yet can be a device of hers
        for (const QString& name : {QStringLiteral("x}"), QStringLiteral("a,b"), QStringLiteral("NULL"),
                 QStringLiteral("\"quoted\"")})
            carol.exec(insert, {team, name});
        carol.exec(QStringLiteral(
                       "INSERT INTO voxnote.changes (team_id, site, seq, hlc, tbl, row_id, col, value, op) "
                       "VALUES ($1, '00000000-0000-7000-8000-000000000000', 1, 1, 'notes', 'x', 'title', "
                       "'\\xff'::bytea, 'update')"),
            {team});
        carol.exec(QStringLiteral(
                       "INSERT INTO voxnote.changes (team_id, site, seq, hlc, tbl, row_id, col, value, op) "
                       "SELECT $1, '00000000-0000-7000-8000-000000000001', g, 1, 'notes', 'x', 'title', "
                       "'\\xf6'::bytea, 'update' FROM generate_series(2, 25001) AS g"),
            {team});

        const QString note
            = three.a->ok({QStringLiteral("note-create"), QStringLiteral("From Alice"), QString()});
        three.a->sync();
        const Replica::Result result = three.b->run({QStringLiteral("sync")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("x}")) && result.out.contains(QStringLiteral("carol"))
                && result.out.contains(QStringLiteral("00000000-0000-7000-8000-000000000000")),
            qPrintable(result.out));
        QCOMPARE(three.b->ok({QStringLiteral("query"),
                     QStringLiteral("SELECT count(*) FROM notes WHERE id = '%1'").arg(note)}),
            QStringLiteral("1"));
        // The honest devices still agree with each other.
        three.b->ok({QStringLiteral("note-edit"), note, QStringLiteral("edited by Bob")});
        three.b->sync();
        three.a->sync();
        QCOMPARE(three.a->ok({QStringLiteral("note-body"), note}), QStringLiteral("edited by Bob"));
    }

    void nobodyCanWriteAsAnotherDevice()
    {
        Three three = setUpThree();
        const QString team = QStringLiteral("team-a-%1").arg(m_run);
        const QString task = three.a->ok({QStringLiteral("task-create"), QStringLiteral("Alice's task")});
        three.a->sync();
        three.b->sync();
        const QString site = three.a->ok({QStringLiteral("site")});
        sync::PgConnection admin(m_server->adminConnection());
        const qint64 next
            = admin.exec(QStringLiteral("SELECT max(seq) FROM voxnote.changes WHERE site = $1"), {site})
                  .integer(0, 0)
            + 1;
        // Carol, a member of the team, writes the next change of Alice's device.
        sync::PgConnection carol(
            m_server->memberConnection(QStringLiteral("carol"), QStringLiteral("carol-pw")));
        auto refused = [&carol](const QString& sql, const QList<QVariant>& parameters) {
            try {
                carol.exec(sql, parameters);
            } catch (const sync::PgError& error) {
                return error.sqlState();
            }
            return QStringLiteral("accepted");
        };
        const QString forge = QStringLiteral(
            "INSERT INTO voxnote.changes (team_id, site, seq, hlc, tbl, row_id, col, value, op) "
            "VALUES ($1, $2, $3, $4, 'tasks', $5, 'title', $6, 'update')");
        const QList<QVariant> forgery {team, site, QString::number(next),
            QString::number(hlc::pack(QDateTime::currentMSecsSinceEpoch() + 60'000, 0)), task,
            sync::ChangeCodec::encodeValue(QStringLiteral("Forged by Carol"))};
        QCOMPARE(refused(forge, forgery), QStringLiteral("42501"));
        // Nor can she register Alice's device as one of hers.
        carol.exec(QStringLiteral(
                       "INSERT INTO voxnote.sites (site, team_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"),
            {site, team});
        QCOMPARE(refused(forge, forgery), QStringLiteral("42501"));

        three.b->sync();
        QCOMPARE(three.b->ok({QStringLiteral("task-get"), task}), QStringLiteral("Alice's task"));
        // Alice's device carries on with its own numbers.
        three.a->ok({QStringLiteral("task-title"), task, QStringLiteral("Renamed by Alice")});
        three.a->sync();
        three.b->sync();
        QCOMPARE(three.b->ok({QStringLiteral("task-get"), task}), QStringLiteral("Renamed by Alice"));
    }

    void poisonedBlobIsDeliveredAnyway()
    {
        Three three = setUpThree();
        const QString team = QStringLiteral("team-a-%1").arg(m_run);
        QTemporaryDir media;
        QFile file(media.filePath(QStringLiteral("scan.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray content = QByteArray(300000, 's') + QByteArrayLiteral("the scan");
        file.write(content);
        file.close();
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        // Carol, a member, publishes junk under the hash Alice is about to publish.
        sync::PgConnection carol(
            m_server->memberConnection(QStringLiteral("carol"), QStringLiteral("carol-pw")));
        carol.exec(QStringLiteral(
                       "INSERT INTO voxnote.blob_parts (team_id, hash, part, data) VALUES ($1, $2, 0, $3)"),
            {team, hash, QByteArray("junk")});
        carol.exec(QStringLiteral(
                       "INSERT INTO voxnote.blob_parts (team_id, hash, part, data) VALUES ($1, $2, 1, $3)"),
            {team, hash, QByteArray("more junk")});
        carol.exec(QStringLiteral("INSERT INTO voxnote.blobs (team_id, hash, size) VALUES ($1, $2, 4)"),
            {team, hash});
        // Nor can she add parts to someone else's copy.
        QVERIFY_THROWS_EXCEPTION(sync::PgError,
            carol.exec(QStringLiteral("INSERT INTO voxnote.blob_parts (team_id, hash, part, data, author) "
                                      "VALUES ($1, $2, 9, $3, 'alice')"),
                {team, hash, QByteArray("junk")}));

        const QString note = three.a->ok({QStringLiteral("note-create"), QStringLiteral("Scan"), QString()});
        QCOMPARE(three.a->ok({QStringLiteral("attach"), note, file.fileName()}), hash);
        QCOMPARE(three.a->sync()[u"blobsSent"].toInt(), 1);
        const QJsonObject report = three.b->sync();
        QCOMPARE(report[u"blobsReceived"].toInt(), 1);
        QCOMPARE(report[u"pendingBlobs"].toInt(), 0);
        QCOMPARE(three.b->ok({QStringLiteral("has-blob"), hash}), QStringLiteral("yes"));
    }

    void unverifiedOrSilentServersAreRefused()
    {
        const QString team = QStringLiteral("team-tls");
        sync::PostgresAdmin(m_server->adminConnection())
            .addMember(team, QStringLiteral("erin"), QStringLiteral("erin-pw"));
        // The server as seen from another computer: this one offers no TLS,
        // so it cannot show a certificate.
        const QString remote
            = QStringLiteral("host=db.example.org hostaddr=127.0.0.1 port=%1 user=erin password=erin-pw "
                             "dbname=postgres")
                  .arg(m_server->port());
        Replica erin(m_scratch.filePath(QStringLiteral("erin")));
        const Replica::Result refused = erin.run({QStringLiteral("setup-postgres"), remote, team});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("sslmode")), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QStringLiteral("erin-pw")));
        // Saying otherwise is the person's choice.
        erin.ok({QStringLiteral("setup-postgres"), remote + QStringLiteral(" sslmode=disable"), team});

        // A server that takes the connection and then never answers.
        const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(silent, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        QCOMPARE(::listen(silent, 8), 0);
        socklen_t length = sizeof address;
        ::getsockname(silent, reinterpret_cast<sockaddr*>(&address), &length);
        Replica waiting(m_scratch.filePath(QStringLiteral("waiting")));
        const Replica::Result stalled = waiting.run({QStringLiteral("setup-postgres"),
            QStringLiteral("postgresql://erin:erin-pw@127.0.0.1:%1/postgres").arg(ntohs(address.sin_port)),
            team});
        ::close(silent);
        QCOMPARE(stalled.exitCode, 1);
        QVERIFY2(stalled.err.contains(QStringLiteral("Could not connect")), qPrintable(stalled.err));
    }

    void stoppingDoesNotWaitForAStuckServer()
    {
        Three three = setUpThree();
        // The server holds every statement on the changes table for as long as
        // this transaction lasts.
        sync::PgConnection admin(m_server->adminConnection());
        admin.exec(QStringLiteral("BEGIN"));
        admin.exec(QStringLiteral("LOCK TABLE voxnote.changes IN ACCESS EXCLUSIVE MODE"));
        QStringList failures;
        {
            sync::SyncService service(three.a->dataDir());
            QObject::connect(
                &service, &sync::SyncService::syncFailed, &service,
                [&failures](const QString& message) { failures << message; }, Qt::DirectConnection);
            service.start();
            // Watched from a connection of its own: one inside a transaction
            // keeps seeing the server's activity as it was when it first looked.
            sync::PgConnection watcher(m_server->adminConnection());
            QTRY_VERIFY_WITH_TIMEOUT(
                watcher.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'alice' "
                                            "AND wait_event_type = 'Lock'"))
                        .integer(0, 0)
                    > 0,
                30'000);
            service.stop(); // cancels the statement instead of waiting for the server
        }
        const qint64 stillLocked
            = admin
                  .exec(QStringLiteral(
                      "SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND granted "
                      "AND pid = pg_backend_pid()"))
                  .integer(0, 0);
        admin.exec(QStringLiteral("ROLLBACK"));
        QVERIFY(stillLocked > 0);
        QVERIFY2(
            failures.join(u' ').contains(QStringLiteral("user request")), qPrintable(failures.join(u' ')));
    }

    void otherTeamIsRefused()
    {
        Three three = setUpThree();
        three.a->ok(
            {QStringLiteral("note-create"), QStringLiteral("Team A only"), QStringLiteral("confidential")});
        three.a->sync();
        const QString teamA = QStringLiteral("team-a-%1").arg(m_run);
        sync::PostgresAdmin(m_server->adminConnection())
            .addMember(QStringLiteral("team-b"), QStringLiteral("mallory"), QStringLiteral("mallory-pw"));
        sync::PgConnection mallory(
            m_server->memberConnection(QStringLiteral("mallory"), QStringLiteral("mallory-pw")));

        // Reading: team A's rows are invisible, even asked for by name.
        QCOMPARE(mallory.exec(QStringLiteral("SELECT count(*) FROM voxnote.changes")).text(0, 0),
            QStringLiteral("0"));
        QCOMPARE(
            mallory.exec(QStringLiteral("SELECT count(*) FROM voxnote.changes WHERE team_id = $1"), {teamA})
                .text(0, 0),
            QStringLiteral("0"));
        QCOMPARE(mallory.exec(QStringLiteral("SELECT count(*) FROM voxnote.members")).text(0, 0),
            QStringLiteral("1"));

        // Writing into team A, changing or deleting its rows, or switching the
        // protection off: all refused.
        auto refused = [&mallory](const QString& sql, const QList<QVariant>& parameters) {
            try {
                mallory.exec(sql, parameters);
            } catch (const sync::PgError& error) {
                return error.sqlState();
            }
            return QStringLiteral("accepted");
        };
        QCOMPARE(refused(QStringLiteral(
                             "INSERT INTO voxnote.changes (team_id, site, seq, hlc, tbl, row_id, col, value, "
                             "op) VALUES ($1, 'forged-site', 1, 1, 'notes', 'x', 'title', NULL, 'update')"),
                     {teamA}),
            QStringLiteral("42501"));
        QCOMPARE(
            refused(QStringLiteral("UPDATE voxnote.changes SET value = NULL WHERE team_id = $1"), {teamA}),
            QStringLiteral("42501"));
        QCOMPARE(refused(QStringLiteral("DELETE FROM voxnote.changes WHERE team_id = $1"), {teamA}),
            QStringLiteral("42501"));
        QCOMPARE(
            refused(QStringLiteral("INSERT INTO voxnote.members (team_id, role_name) VALUES ($1, 'mallory')"),
                {teamA}),
            QStringLiteral("42501"));
        QCOMPARE(refused(QStringLiteral("ALTER TABLE voxnote.changes DISABLE ROW LEVEL SECURITY"), {}),
            QStringLiteral("42501"));
        QCOMPARE(refused(QStringLiteral("SET row_security = off"), {}), QStringLiteral("accepted"));
        QCOMPARE(
            refused(QStringLiteral("SELECT count(*) FROM voxnote.changes"), {}), QStringLiteral("42501"));

        // A team-B device sees nothing of team A.
        Replica outsider(m_scratch.filePath(QStringLiteral("outsider")));
        outsider.ok({QStringLiteral("setup-postgres"),
            m_server->memberConnection(QStringLiteral("mallory"), QStringLiteral("mallory-pw")),
            QStringLiteral("team-b")});
        QCOMPARE(outsider.sync()[u"applied"].toInt(), 0);
        // Nor can it join team A.
        const Replica::Result join = outsider.run({QStringLiteral("setup-postgres"),
            m_server->memberConnection(QStringLiteral("mallory"), QStringLiteral("mallory-pw")), teamA});
        QCOMPARE(join.exitCode, 1);
        QVERIFY2(join.err.contains(QStringLiteral("not a member")), qPrintable(join.err));
        QVERIFY2(!join.err.contains(QStringLiteral("mallory-pw")), "no password in messages");
    }
};

QTEST_GUILESS_MAIN(TestSyncPostgres)
#include "tst_syncpostgres.moc"
