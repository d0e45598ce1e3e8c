// Three devices, each a data directory used by processes of its own, syncing
// through a shared folder.

#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "sync/FolderRemote.h"
#include "util/HybridLogicalClock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <signal.h>

using namespace voxnote;
using namespace voxnote::test;

namespace {

QStringList changeFiles(const QString& folder, const QString& site)
{
    QDir dir(folder + QStringLiteral("/devices/") + site);
    QStringList files;
    const QStringList names = dir.entryList({QStringLiteral("*.chg")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        files << dir.filePath(name);
    return files;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(data);
}

/// A device that does not play by the rules: it writes well-formed change
/// files into its own folder of the sync folder, holding whatever it likes.
const QString kForger = QStringLiteral("01900000-0000-7000-8000-0000000000f1");

storage::Change forged(qint64 seq, qint64 hlc, const QString& table, const QString& row,
    const QString& column, const QVariant& value, storage::Change::Op op = storage::Change::Op::Update)
{
    return test::changeFrom(kForger, seq, hlc, table, row, column, value, op);
}

qint64 hlcNow()
{
    return hlc::pack(QDateTime::currentMSecsSinceEpoch(), 0);
}

QString joinedWarnings(const QJsonObject& report)
{
    QStringList warnings;
    for (const QJsonValue& warning : report[u"warnings"].toArray())
        warnings << warning.toString();
    return warnings.join(u'\n');
}

} // namespace

class TestSyncFolder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_folder;
    std::unique_ptr<Replica> m_a, m_b, m_c;

    void setUpThree(const QString& passphrase = {})
    {
        m_folder = m_scratch.filePath(QStringLiteral("remote"));
        m_a->ok({QStringLiteral("setup-folder"), m_folder, passphrase});
        m_b->ok({QStringLiteral("setup-folder"), m_folder, passphrase});
        m_c->ok({QStringLiteral("setup-folder"), m_folder, passphrase});
    }

private Q_SLOTS:
    void init()
    {
        m_scratch.~QTemporaryDir();
        new (&m_scratch) QTemporaryDir();
        QVERIFY(m_scratch.isValid());
        m_a = std::make_unique<Replica>(m_scratch.filePath(QStringLiteral("a")));
        m_b = std::make_unique<Replica>(m_scratch.filePath(QStringLiteral("b")));
        m_c = std::make_unique<Replica>(m_scratch.filePath(QStringLiteral("c")));
    }

    void randomEditsConverge()
    {
        setUpThree();
        scenarios::randomEditsConverge(*m_a, *m_b, *m_c, 20261122, 6);
    }

    void sameTaskFieldEdited()
    {
        setUpThree();
        scenarios::sameTaskFieldEdited(*m_a, *m_b);
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
    }

    void sameNoteBodyEdited()
    {
        setUpThree();
        scenarios::sameNoteBodyEdited(*m_a, *m_b);
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
        // The third device, which saw neither edit, ends with the same single copy.
        QCOMPARE(m_c->ok({QStringLiteral("query"), QStringLiteral("SELECT count(*) FROM note_conflicts")}),
            QStringLiteral("1"));
    }

    void editRacingDelete()
    {
        setUpThree();
        scenarios::editRacingDelete(*m_a, *m_b);
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
    }

    void outOfOrderAndDuplicateFiles()
    {
        setUpThree();
        m_a->batch = 5;
        m_a->ok({QStringLiteral("bulk"), QStringLiteral("4")}); // 20 changes: 4 files
        m_a->sync();
        const QString site = m_a->ok({QStringLiteral("site")});
        const QStringList files = changeFiles(m_folder, site);
        QVERIFY(files.size() >= 4);
        // The second file has not arrived yet (a file-sync tool delivers in any order).
        const QByteArray second = readAll(files[1]);
        QVERIFY(QFile::remove(files[1]));
        QCOMPARE(m_b->sync()[u"applied"].toInt(), 5);
        writeAll(files[1], second);
        QCOMPARE(m_b->sync()[u"applied"].toInt(), 15);
        // The same changes delivered again, in one file overlapping all four
        // (as a device that crashed and re-sent would write): nothing changes.
        const QString before = m_b->ok({QStringLiteral("dump")});
        sync::FolderRemote remote(m_folder, {});
        const QList<storage::Change> sent = remote
                                                .pull(
                                                    QString(), [](const QString&) { return 0; }, 1000)
                                                .changes;
        QCOMPARE(sent.size(), 20);
        remote.push(site, sent);
        QVERIFY(QFile::exists(remote.changeFilePath(site, 1, 20)));
        QCOMPARE(m_b->sync()[u"applied"].toInt(), 0);
        QCOMPARE(m_b->ok({QStringLiteral("dump")}), before);
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
    }

    void damagedFilesAreSkippedAndRetried()
    {
        setUpThree();
        m_a->batch = 5;
        m_a->ok({QStringLiteral("bulk"), QStringLiteral("4")});
        m_a->sync();
        const QStringList files = changeFiles(m_folder, m_a->ok({QStringLiteral("site")}));
        const QByteArray first = readAll(files[0]);
        const QByteArray second = readAll(files[1]);
        writeAll(files[0], first.left(first.size() / 2)); // cut short
        QByteArray flipped = second;
        flipped[flipped.size() - 3] = static_cast<char>(flipped[flipped.size() - 3] ^ 0x10); // one bit
        writeAll(files[1], flipped);

        QJsonObject report = m_b->sync();
        QCOMPARE(report[u"applied"].toInt(), 0);
        QVERIFY(report[u"warnings"].toArray().first().toString().contains(QStringLiteral("incomplete")));
        writeAll(files[0], first);
        report = m_b->sync();
        QCOMPARE(report[u"applied"].toInt(), 5);
        QVERIFY(report[u"warnings"].toArray().first().toString().contains(QStringLiteral("checksum")));
        writeAll(files[1], second);
        QCOMPARE(m_b->sync()[u"applied"].toInt(), 15);
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
    }

    void clocksAheadCannotFreezeEdits()
    {
        setUpThree();
        m_b->clockOffsetMs = 3600 * 1000; // an hour ahead
        m_c->clockOffsetMs = QDateTime(QDate(2099, 6, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()
            - QDateTime::currentMSecsSinceEpoch();
        const QString task = m_a->ok({QStringLiteral("task-create"), QStringLiteral("Shared")});
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);

        m_c->ok({QStringLiteral("task-title"), task, QStringLiteral("Set in 2099")});
        m_c->sync();
        const QJsonObject report = m_a->sync();
        QVERIFY(report[u"warnings"].toArray().first().toString().contains(QStringLiteral("clock")));
        QCOMPARE(m_a->ok({QStringLiteral("task-get"), task}), QStringLiteral("Set in 2099"));
        // Edits made after seeing the far-future one still win, everywhere.
        m_a->ok({QStringLiteral("task-title"), task, QStringLiteral("Fixed on A")});
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
        QCOMPARE(m_c->ok({QStringLiteral("task-get"), task}), QStringLiteral("Fixed on A"));
        m_b->ok({QStringLiteral("task-title"), task, QStringLiteral("Then B")});
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
        m_a->ok({QStringLiteral("task-title"), task, QStringLiteral("Then A again")});
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
        QCOMPARE(m_b->ok({QStringLiteral("task-get"), task}), QStringLiteral("Then A again"));
        QCOMPARE(m_c->ok({QStringLiteral("task-get"), task}), QStringLiteral("Then A again"));
    }

    void killedDuringPushThenRestarted()
    {
        setUpThree();
        m_a->ok({QStringLiteral("bulk"), QStringLiteral("400")}); // 2000 changes
        m_a->batch = 10;
        const QString site = m_a->ok({QStringLiteral("site")});
        auto push = m_a->start({QStringLiteral("sync")});
        QTRY_VERIFY_WITH_TIMEOUT(
            changeFiles(m_folder, site).size() >= 3 || push->state() == QProcess::NotRunning, 30000);
        ::kill(static_cast<pid_t>(push->processId()), SIGKILL);
        push->waitForFinished();
        const qsizetype written = changeFiles(m_folder, site).size();
        QVERIFY2(written < 200, "killed before the push finished");
        // What was written is whole: another device applies it.
        QVERIFY(m_b->sync()[u"applied"].toInt() >= 30);
        m_a->sync();
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
        QCOMPARE(m_c->ok({QStringLiteral("query"), QStringLiteral("SELECT count(*) FROM notes")}),
            QStringLiteral("400"));
    }

    void killedDuringPullThenRestarted()
    {
        setUpThree();
        m_a->ok({QStringLiteral("bulk"), QStringLiteral("400")});
        m_a->sync();
        const QString site = m_a->ok({QStringLiteral("site")});
        m_b->batch = 10;
        auto pull = m_b->start({QStringLiteral("sync")});
        const QString applied = QStringLiteral("SELECT count(*) FROM changes WHERE site = '%1'").arg(site);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_b->ok({QStringLiteral("query"), applied}).toInt() > 0 || pull->state() == QProcess::NotRunning,
            30000);
        ::kill(static_cast<pid_t>(pull->processId()), SIGKILL);
        pull->waitForFinished();
        QVERIFY2(
            m_b->ok({QStringLiteral("query"), applied}).toInt() < 2000, "killed before the pull finished");
        m_b->batch = 0;
        m_b->sync();
        QCOMPARE(m_b->ok({QStringLiteral("query"), applied}), QStringLiteral("2000"));
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
    }

    void remoteIdentityVanishedOrSwapped_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("remote.json deleted") << QStringLiteral("deleted");
        QTest::newRow("remote.json emptied") << QStringLiteral("emptied");
        QTest::newRow("folder emptied") << QStringLiteral("folder");
        QTest::newRow("swapped for another remote") << QStringLiteral("swapped");
    }

    void remoteIdentityVanishedOrSwapped()
    {
        QFETCH(QString, how);
        setUpThree();
        m_a->ok({QStringLiteral("bulk"), QStringLiteral("3")});
        m_a->sync();
        const QString json = m_folder + QStringLiteral("/remote.json");
        if (how == u"deleted") {
            QVERIFY(QFile::remove(json));
        } else if (how == u"emptied") {
            writeAll(json, QByteArray());
        } else if (how == u"folder") {
            QVERIFY(QDir(m_folder).removeRecursively());
            QVERIFY(QDir().mkpath(m_folder));
        } else {
            const QString other = m_scratch.filePath(QStringLiteral("other"));
            Replica stranger(m_scratch.filePath(QStringLiteral("stranger")));
            stranger.ok({QStringLiteral("setup-folder"), other});
            QVERIFY(QDir(m_folder).removeRecursively());
            QVERIFY(QDir().rename(other, m_folder));
        }
        m_a->ok({QStringLiteral("bulk"), QStringLiteral("1")});
        const Replica::Result refused = m_a->run({QStringLiteral("sync")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("nothing was deleted")), qPrintable(refused.err));
        // Stopped: it asks again next time instead of carrying on, and keeps all data.
        QCOMPARE(m_a->run({QStringLiteral("sync")}).exitCode, 1);
        QVERIFY(m_a->ok({QStringLiteral("status")}).contains(QStringLiteral("\"stopped\":true")));
        QCOMPARE(m_a->ok({QStringLiteral("query"), QStringLiteral("SELECT count(*) FROM notes")}),
            QStringLiteral("4"));
        // Set up again: everything is sent anew and reaches a device that joins.
        if (how == u"swapped" || how == u"emptied")
            QVERIFY(QDir(m_folder).removeRecursively());
        m_a->ok({QStringLiteral("setup-folder"), m_folder});
        m_a->sync();
        Replica fresh(m_scratch.filePath(QStringLiteral("fresh")));
        fresh.ok({QStringLiteral("setup-folder"), m_folder});
        fresh.sync();
        QCOMPARE(fresh.ok({QStringLiteral("query"), QStringLiteral("SELECT count(*) FROM notes")}),
            QStringLiteral("4"));
    }

    void encryptedFolder()
    {
        m_folder = m_scratch.filePath(QStringLiteral("remote"));
        m_a->ok({QStringLiteral("setup-folder"), m_folder, QStringLiteral("correct horse battery")});
        const Replica::Result wrong
            = m_b->run({QStringLiteral("setup-folder"), m_folder, QStringLiteral("wrong passphrase")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("passphrase does not open")), qPrintable(wrong.err));
        const Replica::Result none = m_b->run({QStringLiteral("setup-folder"), m_folder});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QStringLiteral("encrypted")));
        m_b->ok({QStringLiteral("setup-folder"), m_folder, QStringLiteral("correct horse battery")});

        const QString note = m_a->ok({QStringLiteral("note-create"), QStringLiteral("Secret plan"),
            QStringLiteral("meet at the lighthouse")});
        QTemporaryDir media;
        const QString file = media.filePath(QStringLiteral("scan.bin"));
        writeAll(file, QByteArray(100000, 'L') + QByteArrayLiteral("lighthouse photo"));
        const QString hash = m_a->ok({QStringLiteral("attach"), note, file});
        m_a->sync();
        QCOMPARE(m_b->sync()[u"blobsReceived"].toInt(), 1);
        QCOMPARE(m_b->ok({QStringLiteral("note-body"), note}), QStringLiteral("meet at the lighthouse"));
        QCOMPARE(m_b->ok({QStringLiteral("has-blob"), hash}), QStringLiteral("yes"));
        // Nothing readable lies in the folder.
        QDirIterator files(m_folder, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QByteArray data = readAll(files.next());
            QVERIFY2(!data.contains("lighthouse"), qPrintable(files.filePath()));
        }
    }

    void mediaPendingUntilPublishedAndVerified()
    {
        setUpThree();
        const QString note = m_a->ok({QStringLiteral("note-create"), QStringLiteral("Recording"), QString()});
        QTemporaryDir media;
        const QString file = media.filePath(QStringLiteral("talk.bin"));
        QByteArray content(300000, '\0');
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = static_cast<char>((i * 7919) % 251);
        writeAll(file, content);
        const QString hash = m_a->ok({QStringLiteral("attach"), note, file});
        QCOMPARE(m_a->sync()[u"blobsSent"].toInt(), 1);
        const QString blob = m_folder + QStringLiteral("/blobs/") + hash.left(2) + u'/' + hash;
        QVERIFY(QFile::exists(blob));

        // Not there yet (still syncing): the attachment arrives, its media is pending.
        const QByteArray published = readAll(blob);
        QVERIFY(QFile::remove(blob));
        QJsonObject report = m_b->sync();
        QCOMPARE(report[u"pendingBlobs"].toInt(), 1);
        QCOMPARE(m_b->ok({QStringLiteral("has-blob"), hash}), QStringLiteral("no"));
        // Damaged on the way: refused by its hash, still pending.
        QByteArray damaged = published;
        damaged[1000] = static_cast<char>(damaged[1000] ^ 1);
        writeAll(blob, damaged);
        report = m_b->sync();
        QCOMPARE(report[u"pendingBlobs"].toInt(), 1);
        QVERIFY(report[u"warnings"].toArray().last().toString().contains(QStringLiteral("damaged")));
        QCOMPARE(m_b->ok({QStringLiteral("has-blob"), hash}), QStringLiteral("no"));
        // Whole at last: fetched.
        writeAll(blob, published);
        report = m_b->sync();
        QCOMPARE(report[u"pendingBlobs"].toInt(), 0);
        QCOMPARE(m_b->ok({QStringLiteral("has-blob"), hash}), QStringLiteral("yes"));
    }

    void hostileClockCannotFreezeEdits()
    {
        setUpThree();
        const QString task = m_a->ok({QStringLiteral("task-create"), QStringLiteral("Shared")});
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
        // A peer gives its rename the largest clock there is, which would win
        // every comparison for ever and leave no room above it.
        sync::FolderRemote(m_folder, {})
            .push(kForger,
                {forged(1, std::numeric_limits<qint64>::max(), QStringLiteral("tasks"), task,
                     QStringLiteral("title"), QStringLiteral("Frozen by the forger")),
                    forged(2, hlcNow(), QStringLiteral("tasks"), task, QStringLiteral("title"),
                        QStringLiteral("Renamed by the forger"))});
        const QString note = m_c->ok({QStringLiteral("note-create"), QStringLiteral("From C"), QString()});
        m_c->sync();

        const QJsonObject report = m_a->sync();
        const QString warnings = joinedWarnings(report);
        QVERIFY2(
            warnings.contains(kForger) && warnings.contains(QStringLiteral("clock")), qPrintable(warnings));
        QCOMPARE(m_a->ok({QStringLiteral("task-get"), task}), QStringLiteral("Shared"));
        // C's note came through all the same.
        QCOMPARE(m_a->ok({QStringLiteral("query"),
                     QStringLiteral("SELECT count(*) FROM notes WHERE id = '%1'").arg(note)}),
            QStringLiteral("1"));
        // Edits made now still win, everywhere, and clocks keep moving.
        m_a->ok({QStringLiteral("task-title"), task, QStringLiteral("Fixed on A")});
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
        QCOMPARE(m_b->ok({QStringLiteral("task-get"), task}), QStringLiteral("Fixed on A"));
        m_b->ok({QStringLiteral("task-title"), task, QStringLiteral("Then B")});
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
        QCOMPARE(m_a->ok({QStringLiteral("task-get"), task}), QStringLiteral("Then B"));
        QCOMPARE(m_a->ok({QStringLiteral("query"),
                     QStringLiteral("SELECT count(*) FROM changes WHERE hlc = %1")
                         .arg(std::numeric_limits<qint64>::max())}),
            QStringLiteral("0"));
    }

    void forgedBlobCannotDeleteLocalMedia()
    {
        setUpThree();
        const QString note
            = m_a->ok({QStringLiteral("note-create"), QStringLiteral("Team recording"), QString()});
        QTemporaryDir media;
        const QString file = media.filePath(QStringLiteral("meeting.bin"));
        const QByteArray content = QByteArray(200000, 'm') + QByteArrayLiteral("the team's recording");
        writeAll(file, content);
        const QString kept = m_a->ok({QStringLiteral("attach"), note, file});
        m_a->sync();
        m_b->sync();
        QCOMPARE(m_b->ok({QStringLiteral("has-blob"), kept}), QStringLiteral("yes"));

        // The forger publishes that recording's bytes under another hash and
        // refers to it from an attachment of its own.
        const QString other = QString::fromLatin1(
            QCryptographicHash::hash("not the recording", QCryptographicHash::Sha256).toHex());
        const QString blob = m_folder + QStringLiteral("/blobs/") + other.left(2) + u'/' + other;
        QVERIFY(QDir().mkpath(QFileInfo(blob).absolutePath()));
        writeAll(blob, content);
        sync::FolderRemote(m_folder, {})
            .push(kForger,
                {forged(1, hlcNow(), QStringLiteral("attachments"),
                    QStringLiteral("01900000-0000-7000-8000-0000000000a1"), QStringLiteral("blob_hash"),
                    other, storage::Change::Op::Insert)});

        const QJsonObject report = m_b->sync();
        QVERIFY2(
            joinedWarnings(report).contains(QStringLiteral("damaged")), qPrintable(joinedWarnings(report)));
        QCOMPARE(m_b->ok({QStringLiteral("has-blob"), kept}), QStringLiteral("yes"));
        QCOMPARE(m_b->ok({QStringLiteral("has-blob"), other}), QStringLiteral("no"));
        QCOMPARE(report[u"pendingBlobs"].toInt(), 1);
    }

    void junkFilesCannotStopOrStrandMyChanges()
    {
        setUpThree();
        m_a->batch = 5;
        const QString site = m_a->ok({QStringLiteral("site")});
        m_a->ok({QStringLiteral("bulk"), QStringLiteral("2")}); // changes 1–10
        m_a->sync();
        // A name that claims changes 11–15 were published, with nothing in it.
        sync::FolderRemote remote(m_folder, {});
        const QString strander = remote.changeFilePath(site, 11, 15);
        writeAll(strander, QByteArrayLiteral("junk"));
        m_a->ok({QStringLiteral("bulk"), QStringLiteral("2")}); // 11–20
        QJsonObject report = m_a->sync();
        QCOMPARE(report[u"pushed"].toInt(), 10);
        QCOMPARE(m_b->sync()[u"applied"].toInt(), 20);

        // A name that claims more changes than the device ever made.
        const QString stopper = remote.changeFilePath(site, 1, 999999999999);
        writeAll(stopper, QByteArray());
        m_a->ok({QStringLiteral("bulk"), QStringLiteral("1")}); // 21–25
        const Replica::Result result = m_a->run({QStringLiteral("sync")});
        QCOMPARE(result.exitCode, 0);
        report = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(report[u"pushed"].toInt(), 5);
        QVERIFY2(joinedWarnings(report).contains(QFileInfo(stopper).fileName()), qPrintable(result.out));
        QCOMPARE(m_b->sync()[u"applied"].toInt(), 5);
        QCOMPARE(m_c->sync()[u"applied"].toInt(), 25);
        QCOMPARE(m_c->ok({QStringLiteral("query"), QStringLiteral("SELECT count(*) FROM notes")}),
            QStringLiteral("5"));
    }

    void hugeFilesAreRefusedAndTheRestSyncs()
    {
        setUpThree();
        const QString note = m_a->ok({QStringLiteral("note-create"), QStringLiteral("Ordinary"), QString()});
        m_a->sync();
        // A terabyte (sparse) where a change file should be.
        const QString huge = sync::FolderRemote(m_folder, {}).changeFilePath(kForger, 1, 1);
        QVERIFY(QDir().mkpath(QFileInfo(huge).absolutePath()));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64 {1} << 40));
        file.close();

        const Replica::Result result = m_b->run({QStringLiteral("sync")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QVERIFY2(
            joinedWarnings(report).contains(huge) && joinedWarnings(report).contains(QStringLiteral("large")),
            qPrintable(result.out));
        QCOMPARE(m_b->ok({QStringLiteral("query"),
                     QStringLiteral("SELECT count(*) FROM notes WHERE id = '%1'").arg(note)}),
            QStringLiteral("1"));
        QFile::remove(huge);
    }

    void encryptionIsNeverDroppedSilently()
    {
        m_folder = m_scratch.filePath(QStringLiteral("remote"));
        m_a->ok({QStringLiteral("setup-folder"), m_folder}); // not encrypted
        m_a->ok({QStringLiteral("note-create"), QStringLiteral("Plain"), QString()});
        m_a->sync();
        // B asks for encryption: it must not join the plain folder and write in the clear.
        const Replica::Result refused
            = m_b->run({QStringLiteral("setup-folder"), m_folder, QStringLiteral("a passphrase")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("not encrypted")), qPrintable(refused.err));
        QCOMPARE(
            QDir(m_folder + QStringLiteral("/devices")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(),
            1);

        const QString cli = m_scratch.filePath(QStringLiteral("cli"));
        qputenv("VOXNOTE_SYNC_PASSPHRASE", "open sesame");
        const ProcessResult result = runVoxnote({QStringLiteral("--data-dir"), cli, QStringLiteral("sync"),
            QStringLiteral("setup"), QStringLiteral("folder"), m_folder, QStringLiteral("--encrypt")});
        qunsetenv("VOXNOTE_SYNC_PASSPHRASE");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("not encrypted")), qPrintable(result.err));
        const ProcessResult status = runVoxnote(
            {QStringLiteral("--data-dir"), cli, QStringLiteral("sync"), QStringLiteral("status")});
        QVERIFY2(status.out.contains(QStringLiteral("not set up")), qPrintable(status.out));
    }

    void poisonedBlobIsPublishedAnyway()
    {
        setUpThree();
        const QString note = m_a->ok({QStringLiteral("note-create"), QStringLiteral("Talk"), QString()});
        QTemporaryDir media;
        const QString file = media.filePath(QStringLiteral("talk.bin"));
        const QByteArray content = QByteArray(150000, 't') + QByteArrayLiteral("the talk");
        writeAll(file, content);
        // Someone who can guess what A will publish puts junk under its name first.
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const QString blob = m_folder + QStringLiteral("/blobs/") + hash.left(2) + u'/' + hash;
        QVERIFY(QDir().mkpath(QFileInfo(blob).absolutePath()));
        writeAll(blob, QByteArrayLiteral("junk that got there first"));
        QCOMPARE(m_a->ok({QStringLiteral("attach"), note, file}), hash);

        const QJsonObject report = m_a->sync();
        QCOMPARE(report[u"blobsSent"].toInt(), 1);
        QVERIFY2(joinedWarnings(report).contains(blob), qPrintable(joinedWarnings(report)));
        QCOMPARE(readAll(blob), content);
        QCOMPARE(m_b->sync()[u"pendingBlobs"].toInt(), 0);
        QCOMPARE(m_b->ok({QStringLiteral("has-blob"), hash}), QStringLiteral("yes"));
    }

    void linksInTheFolderAreNotFollowed()
    {
        setUpThree();
        // A well-formed change file of the forger's, kept outside the folder
        // and linked in; and a link where a blob is expected, to a local file.
        const QString outside = m_scratch.filePath(QStringLiteral("outside"));
        sync::FolderRemote(outside, {})
            .push(kForger,
                {forged(1, hlcNow(), QStringLiteral("notes"),
                    QStringLiteral("01900000-0000-7000-8000-0000000000b1"), QStringLiteral("title"),
                    QStringLiteral("Through a link"), storage::Change::Op::Insert)});
        const QString linked = sync::FolderRemote(m_folder, {}).changeFilePath(kForger, 1, 1);
        QVERIFY(QDir().mkpath(QFileInfo(linked).absolutePath()));
        QVERIFY(QFile::link(sync::FolderRemote(outside, {}).changeFilePath(kForger, 1, 1), linked));
        const QString secret = m_scratch.filePath(QStringLiteral("private.txt"));
        writeAll(secret, QByteArrayLiteral("not for the sync folder"));
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash("not for the sync folder", QCryptographicHash::Sha256).toHex());
        const QString blob = m_folder + QStringLiteral("/blobs/") + hash.left(2) + u'/' + hash;
        QVERIFY(QDir().mkpath(QFileInfo(blob).absolutePath()));
        QVERIFY(QFile::link(secret, blob));
        const QString note = m_a->ok({QStringLiteral("note-create"), QStringLiteral("Real"), QString()});
        m_a->sync();

        const QJsonObject report = m_b->sync();
        QVERIFY2(joinedWarnings(report).contains(linked), qPrintable(joinedWarnings(report)));
        QCOMPARE(m_b->ok({QStringLiteral("query"),
                     QStringLiteral("SELECT count(*) FROM changes WHERE site = '%1'").arg(kForger)}),
            QStringLiteral("0"));
        QCOMPARE(m_b->ok({QStringLiteral("query"),
                     QStringLiteral("SELECT count(*) FROM notes WHERE id = '%1'").arg(note)}),
            QStringLiteral("1"));
        // A device publishing that blob writes a file of its own, never through the link.
        const QString attached
            = m_a->ok({QStringLiteral("note-create"), QStringLiteral("Attached"), QString()});
        QCOMPARE(m_a->ok({QStringLiteral("attach"), attached, secret}), hash);
        QCOMPARE(m_a->sync()[u"blobsSent"].toInt(), 1);
        QVERIFY(!QFileInfo(blob).isSymLink());
        QCOMPARE(readAll(secret), QByteArrayLiteral("not for the sync folder"));
    }

    void forgedChangesOfAnotherDeviceAreRefused()
    {
        setUpThree();
        const QString task = m_a->ok({QStringLiteral("task-create"), QStringLiteral("Alice's task")});
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c); // everyone now knows A's key
        const QString site = m_a->ok({QStringLiteral("site")});
        const qint64 next
            = m_a->ok({QStringLiteral("query"),
                          QStringLiteral("SELECT max(seq) FROM changes WHERE site = '%1'").arg(site)})
                  .toLongLong()
            + 1;
        // Someone with access to the folder writes A's next change, well
        // formed, and spoils A's key file.
        storage::Change forgery = forged(next, hlcNow() + (qint64 {60'000} << 16), QStringLiteral("tasks"),
            task, QStringLiteral("title"), QStringLiteral("Forged in A's name"));
        forgery.site = site;
        sync::FolderRemote(m_folder, {}).push(site, {forgery});
        const QString keyFile
            = m_folder + QStringLiteral("/devices/") + site + QStringLiteral("/device.json");
        QVERIFY(QFile::exists(keyFile));
        writeAll(keyFile, QByteArrayLiteral("{}"));

        const QJsonObject report = m_b->sync();
        QVERIFY2(
            joinedWarnings(report).contains(site) && joinedWarnings(report).contains(QStringLiteral("sign")),
            qPrintable(joinedWarnings(report)));
        QCOMPARE(m_b->ok({QStringLiteral("task-get"), task}), QStringLiteral("Alice's task"));
        m_c->sync();
        QCOMPARE(m_c->ok({QStringLiteral("task-get"), task}), QStringLiteral("Alice's task"));
        QCOMPARE(m_b->ok({QStringLiteral("query"),
                     QStringLiteral("SELECT count(*) FROM changes WHERE seq = %1 AND "
                                    "site = '%2'")
                         .arg(next)
                         .arg(site)}),
            QStringLiteral("0"));
        // A is not fooled by the file in its own folder: its next changes go out and arrive.
        m_a->ok({QStringLiteral("task-title"), task, QStringLiteral("Renamed by Alice")});
        QVERIFY(m_a->sync()[u"pushed"].toInt() > 0);
        QVERIFY(QFile::exists(keyFile) && readAll(keyFile) != QByteArrayLiteral("{}"));
        scenarios::syncUntilQuiet(*m_a, *m_b, *m_c);
        QCOMPARE(m_b->ok({QStringLiteral("task-get"), task}), QStringLiteral("Renamed by Alice"));
    }

    void commandLine()
    {
        const QString folder = m_scratch.filePath(QStringLiteral("remote"));
        const QString a = m_scratch.filePath(QStringLiteral("cli-a"));
        const QString b = m_scratch.filePath(QStringLiteral("cli-b"));
        QCOMPARE(runVoxnote({QStringLiteral("--data-dir"), a, QStringLiteral("note"), QStringLiteral("add"),
                                QStringLiteral("From the CLI"), QStringLiteral("typed on A")})
                     .exitCode,
            0);
        qputenv("VOXNOTE_SYNC_PASSPHRASE", "open sesame");
        ProcessResult result = runVoxnote({QStringLiteral("--data-dir"), a, QStringLiteral("sync"),
            QStringLiteral("setup"), QStringLiteral("folder"), folder, QStringLiteral("--encrypt")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("encrypted")), qPrintable(result.out));
        result = runVoxnote({QStringLiteral("--data-dir"), a, QStringLiteral("sync"), QStringLiteral("now")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Sent ")), qPrintable(result.out));

        qputenv("VOXNOTE_SYNC_PASSPHRASE", "not the passphrase");
        result = runVoxnote({QStringLiteral("--data-dir"), b, QStringLiteral("sync"), QStringLiteral("setup"),
            QStringLiteral("folder"), folder});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("passphrase does not open")), qPrintable(result.err));
        qputenv("VOXNOTE_SYNC_PASSPHRASE", "open sesame");
        QCOMPARE(runVoxnote({QStringLiteral("--data-dir"), b, QStringLiteral("sync"), QStringLiteral("setup"),
                                QStringLiteral("folder"), folder})
                     .exitCode,
            0);
        qunsetenv("VOXNOTE_SYNC_PASSPHRASE");
        result = runVoxnote({QStringLiteral("--data-dir"), b, QStringLiteral("--json"),
            QStringLiteral("sync"), QStringLiteral("now")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("\"received\": 8")), qPrintable(result.out));
        result
            = runVoxnote({QStringLiteral("--data-dir"), b, QStringLiteral("sync"), QStringLiteral("status")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Waiting to send: 0")), qPrintable(result.out));

        result
            = runVoxnote({QStringLiteral("--data-dir"), b, QStringLiteral("note"), QStringLiteral("list")});
        QVERIFY2(result.out.contains(QStringLiteral("From the CLI")), qPrintable(result.out));
        // A verb error is one sentence, exit code 2 for wrong words.
        QCOMPARE(runVoxnote(
                     {QStringLiteral("--data-dir"), b, QStringLiteral("sync"), QStringLiteral("frobnicate")})
                     .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestSyncFolder)
#include "tst_syncfolder.moc"
