// Three devices syncing through a PostgreSQL server that the test starts on
// loopback, and row-level security keeping teams apart.

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "sync/PgConnection.h"
#include "sync/PostgresAdmin.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

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
        if (!PostgresServer::available())
            QSKIP("The PostgreSQL server binaries are not installed (package postgresql).");
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
