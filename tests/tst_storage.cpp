#include "TestSupport.h"

#include "Error.h"
#include "notes/NoteRepository.h"
#include "storage/ChangeLog.h"
#include "storage/Connection.h"
#include "storage/DataDirectory.h"
#include "storage/Migration.h"
#include "storage/Profile.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/HybridLogicalClock.h"
#include "util/Uuid.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace voxnote;
using namespace voxnote::storage;

namespace {

int s_countingMigrationRuns = 0;

void countingMigration(Connection&)
{
    ++s_countingMigrationRuns;
}

std::vector<Migration> migrationsPlus(Migration extra)
{
    std::vector<Migration> migrations = schemaMigrations();
    extra.version = static_cast<int>(migrations.size()) + 1;
    migrations.push_back(extra);
    return migrations;
}

QString databaseOf(const QTemporaryDir& dir)
{
    return DataDirectory::databasePath(dir.path());
}

qint64 changeCount(Connection& db, const QString& table, const QString& rowId)
{
    Statement select = db.prepare("SELECT count(*) FROM changes WHERE tbl = ?1 AND row_id = ?2");
    select.bindAll(table, rowId);
    select.step();
    return select.columnInt64(0);
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freshDatabase();
    void privateFiles();
    void sharedFolderKeepsItsPermissions();
    void reopeningRunsNoMigrationTwice();
    void failedMigrationLeavesFileIdentical();
    void newerDatabaseIsRefusedUntouched();
    void notADatabaseIsRefusedUntouched();
    void corruptedDatabaseIsReported();
    void dataDirectoryThatIsAFile();
    void unwritableDataDirectory();
    void repositoryWritesAreLoggedInTheSameTransaction();
    void rolledBackWritesLeaveNoLog();
    void failedWriteLeavesNothing();
    void unchangedValuesAreNotLogged();
    void purgeLeavesTombstones();
    void clockNeverRunsBackwards();
    void concurrentWriters();
    void killedWriterLosesNoCommittedRow();

private:
    // Every test runs on a clock that only moves when told to.
    ManualClock m_clock {1'800'000'000'000};
};

void TestStorage::init()
{
    m_clock.set(1'800'000'000'000);
    Clock::setInstance(&m_clock);
}

void TestStorage::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestStorage::freshDatabase()
{
    QTemporaryDir dir;
    auto profile = Profile::open(dir.path());
    Connection& db = profile->database();
    QCOMPARE(profile->schemaVersion(), static_cast<int>(schemaMigrations().size()));
    QCOMPARE(db.queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(db.queryInt("PRAGMA foreign_keys"), 1);
    QCOMPARE(db.queryInt("PRAGMA synchronous"), 2); // FULL
    QVERIFY(db.queryInt("PRAGMA busy_timeout") > 0);
    QVERIFY(isUuid(profile->siteId()));
    for (const QString& table : syncedTables()) {
        Statement exists
            = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
        exists.bind(1, table);
        exists.step();
        QCOMPARE(exists.columnInt64(0), 1);
    }
    // The site id is stable across openings.
    const QString site = profile->siteId();
    profile.reset();
    QCOMPARE(Profile::open(dir.path())->siteId(), site);
}

void TestStorage::privateFiles()
{
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("profile"));
    auto profile = Profile::open(dir);
    NoteRepository(profile->database()).create(QStringLiteral("t"), QStringLiteral("b"));
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFileInfo(dir).permissions() & 0x7077, owner | QFileDevice::ExeOwner);
    for (const QString& name : QDir(dir).entryList(QDir::Files)) {
        const auto permissions = QFileInfo(QDir(dir).filePath(name)).permissions();
        QVERIFY2((permissions & 0x0077) == 0, qPrintable(name + u" is readable by others"));
    }
}

void TestStorage::sharedFolderKeepsItsPermissions()
{
    // --data-dir naming a folder of the user's (their home, a shared one)
    // leaves its permissions alone; Voxnote's own files in it are private.
    QTemporaryDir parent;
    const QString shared = parent.filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(shared));
    QFile mine(QDir(shared).filePath(QStringLiteral("holiday.txt")));
    QVERIFY(mine.open(QIODevice::WriteOnly) && mine.write("mine") == 4);
    mine.close();
    const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(shared, open));
    auto profile = Profile::open(shared);
    QCOMPARE(QFileInfo(shared).permissions() & 0x7077, open);
    QVERIFY((QFileInfo(profile->databasePath()).permissions() & 0x0077) == 0);
    // A folder Voxnote made, or one that already holds its database, is private.
    profile.reset();
    QVERIFY(QFile::setPermissions(shared, open));
    Profile::open(shared);
    QCOMPARE(QFileInfo(shared).permissions() & 0x7077,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestStorage::reopeningRunsNoMigrationTwice()
{
    QTemporaryDir dir;
    Profile::open(dir.path());
    QVERIFY(!QFileInfo::exists(DataDirectory::backupsPath(dir.path()))); // nothing to back up when new
    s_countingMigrationRuns = 0;
    const auto migrations = migrationsPlus({0, "count runs", nullptr, countingMigration});
    Profile::open(dir.path(), {.migrations = &migrations});
    Profile::open(dir.path(), {.migrations = &migrations});
    Profile::open(dir.path(), {.migrations = &migrations});
    QCOMPARE(s_countingMigrationRuns, 1);
    // Migrating the existing database took one backup; re-opening takes none.
    const QStringList backups = QDir(DataDirectory::backupsPath(dir.path())).entryList(QDir::Files);
    QCOMPARE(backups.size(), 1);
    auto backup = Connection::open(QDir(DataDirectory::backupsPath(dir.path())).filePath(backups.first()));
    QCOMPARE(backup.queryInt("PRAGMA user_version"), static_cast<qint64>(schemaMigrations().size()));
}

void TestStorage::failedMigrationLeavesFileIdentical()
{
    QTemporaryDir dir;
    {
        auto profile = Profile::open(dir.path());
        NoteRepository(profile->database()).create(QStringLiteral("Keep me"), QStringLiteral("body"));
    }
    const QByteArray before = test::fileHash(databaseOf(dir));
    const auto migrations = migrationsPlus({0, "broken step",
        "CREATE TABLE half_done (x); INSERT INTO half_done VALUES (1); INSERT INTO no_such_table VALUES (1);",
        nullptr});
    try {
        Profile::open(dir.path(), {.migrations = &migrations});
        QFAIL("a failing migration must be reported");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"version " + QString::number(migrations.size())),
            qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"no_such_table"), qPrintable(error.message()));
        QVERIFY(error.message().contains(u"left as it was"));
    }
    QCOMPARE(test::fileHash(databaseOf(dir)), before);
    auto profile = Profile::open(dir.path());
    QCOMPARE(profile->database().queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"), 0);
    QCOMPARE(NoteRepository(profile->database()).list().first().title, QStringLiteral("Keep me"));
}

void TestStorage::newerDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    {
        auto profile = Profile::open(dir.path());
        profile->database().exec("PRAGMA user_version = 999");
    }
    const QByteArray before = test::fileHash(databaseOf(dir));
    try {
        Profile::open(dir.path());
        QFAIL("a newer database must be refused");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"newer version of Voxnote"), qPrintable(error.message()));
        QVERIFY(error.message().contains(databaseOf(dir)));
    }
    QCOMPARE(test::fileHash(databaseOf(dir)), before);
    QVERIFY(!QFileInfo::exists(DataDirectory::backupsPath(dir.path())));
}

void TestStorage::notADatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    QFile file(databaseOf(dir));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("These are my meeting notes, not a database.\n").repeated(200));
    file.close();
    const QByteArray before = test::fileHash(file.fileName());
    try {
        Profile::open(dir.path());
        QFAIL("a file that is not SQLite must be refused");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"is not a Voxnote database"), qPrintable(error.message()));
        QVERIFY(error.message().contains(file.fileName()));
    }
    QCOMPARE(test::fileHash(file.fileName()), before);
}

void TestStorage::corruptedDatabaseIsReported()
{
    QTemporaryDir dir;
    {
        auto profile = Profile::open(dir.path());
        NoteRepository notes(profile->database());
        for (int i = 0; i < 50; ++i)
            notes.create(QStringLiteral("Note %1").arg(i), QString(500, u'y'));
    }
    // Page 1 holds the schema right after the 100-byte file header.
    test::damageFile(databaseOf(dir), 100, 3000);
    const QByteArray before = test::fileHash(databaseOf(dir));
    try {
        auto profile = Profile::open(dir.path());
        NoteRepository(profile->database()).list();
        QFAIL("a damaged database must be reported");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"damaged"), qPrintable(error.message()));
        QVERIFY(error.message().contains(databaseOf(dir)));
    }
    QCOMPARE(test::fileHash(databaseOf(dir)), before);
}

void TestStorage::dataDirectoryThatIsAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    QVERIFY_THROWS_EXCEPTION(Error, Profile::open(path));
    try {
        Profile::open(path);
    } catch (const Error& error) {
        QVERIFY(error.message().contains(u"is a file, not a folder"));
    }
    QCOMPARE(QFileInfo(path).size(), 1);
}

void TestStorage::unwritableDataDirectory()
{
    QTemporaryDir scratch;
    const QString folder = test::unwritableFolder(scratch.path());
    try {
        Profile::open(folder);
        QFAIL("an unwritable folder must be refused");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(u"cannot write to its data folder"), qPrintable(error.message()));
        QVERIFY(error.message().contains(folder));
    }
    const QString below = folder + QStringLiteral("/voxnote");
    try {
        Profile::open(below);
        QFAIL("a folder that cannot be created must be refused");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(below), qPrintable(error.message()));
    }
}

void TestStorage::repositoryWritesAreLoggedInTheSameTransaction()
{
    QTemporaryDir dir;
    auto profile = Profile::open(dir.path());
    Connection& db = profile->database();
    NoteRepository notes(db);
    ChangeLog log(db);

    const Note note = notes.create(QStringLiteral("Standup"), QStringLiteral("Agenda"));
    const QList<Change> created = log.since(profile->siteId(), 0);
    QCOMPARE(created.size(), 5); // title, body, pinned, created_at, updated_at
    for (const Change& change : created) {
        QCOMPARE(change.op, Change::Op::Insert);
        QCOMPARE(change.rowId, note.id);
        QCOMPARE(change.table, QStringLiteral("notes"));
    }
    QCOMPARE(created[0].seq, 1);
    QCOMPARE(created.last().seq, 5);

    m_clock.advance(1000);
    QVERIFY(notes.setTitleAndBody(note.id, QStringLiteral("Standup, Monday"), QStringLiteral("Agenda")));
    QList<Change> edited = log.since(profile->siteId(), 5);
    // The replaced text is kept as a revision (its own rows); the note itself logs two.
    edited.removeIf([](const Change& change) { return change.table != u"notes"; });
    QCOMPARE(edited.size(), 2); // the title, and updated_at; the unchanged body is not logged
    QCOMPARE(edited[0].column, QStringLiteral("title"));
    QCOMPARE(edited[0].value.toString(), QStringLiteral("Standup, Monday"));
    QCOMPARE(edited[0].op, Change::Op::Update);
    QCOMPARE(edited[1].column, QStringLiteral("updated_at"));

    const auto attachment = notes.attach(note.id, QString(64, u'a'), QStringLiteral("audio"),
        QStringLiteral("standup.flac"), QStringLiteral("audio/flac"), 1234);
    QCOMPARE(changeCount(db, QStringLiteral("attachments"), attachment.id), 7);

    QVERIFY(notes.moveToTrash(note.id));
    QVERIFY(notes.find(note.id)->deletedAtMs.has_value());
    QVERIFY(notes.restore(note.id));
    QVERIFY(!notes.find(note.id)->deletedAtMs.has_value());
    const QList<Change> all = log.since(profile->siteId(), 0);
    for (int i = 1; i < all.size(); ++i) {
        QCOMPARE(all[i].seq, all[i - 1].seq + 1);
        QVERIFY(all[i].hlc > all[i - 1].hlc);
    }
}

void TestStorage::rolledBackWritesLeaveNoLog()
{
    QTemporaryDir dir;
    auto profile = Profile::open(dir.path());
    Connection& db = profile->database();
    NoteRepository notes(db);
    {
        Transaction transaction(db);
        const Note note = notes.create(QStringLiteral("Draft"), QStringLiteral("never committed"));
        notes.setPinned(note.id, true);
        QCOMPARE(ChangeLog(db).count(), 6);
        // no commit: the transaction rolls back when it goes out of scope
    }
    QCOMPARE(notes.count(true), 0);
    QCOMPARE(ChangeLog(db).count(), 0);
}

void TestStorage::failedWriteLeavesNothing()
{
    QTemporaryDir dir;
    auto profile = Profile::open(dir.path());
    Connection& db = profile->database();
    NoteRepository notes(db);
    // An attachment of a note that does not exist breaks a foreign key at commit.
    QVERIFY_THROWS_EXCEPTION(Error,
        notes.attach(newUuidV7(), QString(64, u'b'), QStringLiteral("image"), QStringLiteral("page.png"),
            QStringLiteral("image/png"), 10));
    QCOMPARE(db.queryInt("SELECT count(*) FROM attachments"), 0);
    QCOMPARE(ChangeLog(db).count(), 0);
    QVERIFY(!db.inTransaction());
}

void TestStorage::unchangedValuesAreNotLogged()
{
    QTemporaryDir dir;
    auto profile = Profile::open(dir.path());
    NoteRepository notes(profile->database());
    const Note note = notes.create(QStringLiteral("Same"), QStringLiteral("Same"));
    const qint64 before = ChangeLog(profile->database()).count();
    QVERIFY(notes.setTitleAndBody(note.id, QStringLiteral("Same"), QStringLiteral("Same")));
    QVERIFY(notes.setPinned(note.id, false));
    QCOMPARE(ChangeLog(profile->database()).count(), before);
    QVERIFY(!notes.setPinned(newUuidV7(), true));
}

void TestStorage::purgeLeavesTombstones()
{
    QTemporaryDir dir;
    auto profile = Profile::open(dir.path());
    Connection& db = profile->database();
    NoteRepository notes(db);
    const Note note = notes.create(QStringLiteral("Old"), QString());
    const auto attachment = notes.attach(note.id, QString(64, u'c'), QStringLiteral("image"),
        QStringLiteral("a.png"), QStringLiteral("image/png"), 1);
    QVERIFY(notes.purge(note.id));
    QVERIFY(!notes.find(note.id));
    Statement tombstones = db.prepare("SELECT tbl, row_id FROM changes WHERE op = 'delete' ORDER BY seq");
    QVERIFY(tombstones.step());
    QCOMPARE(tombstones.columnText(1), attachment.id);
    QVERIFY(tombstones.step());
    QCOMPARE(tombstones.columnText(0), QStringLiteral("notes"));
    QCOMPARE(tombstones.columnText(1), note.id);
    QVERIFY(!notes.purge(note.id));
}

void TestStorage::clockNeverRunsBackwards()
{
    QTemporaryDir dir;
    auto profile = Profile::open(dir.path());
    NoteRepository notes(profile->database());
    const Note first = notes.create(QStringLiteral("a"), QString());
    m_clock.advance(-3'600'000); // the wall clock jumps an hour back
    notes.setPinned(first.id, true);

    const QList<Change> changes = ChangeLog(profile->database()).since(profile->siteId(), 0);
    QVERIFY(changes.last().hlc > changes.first().hlc);
    QCOMPARE(hlc::wallMs(changes.last().hlc), 1'800'000'000'000);
    // A received timestamp a year ahead is implausible; one a minute ahead is not.
    const qint64 now = m_clock.nowMs();
    QVERIFY(hlc::isImplausible(hlc::pack(now + 365LL * 86'400'000, 0), now));
    QVERIFY(!hlc::isImplausible(hlc::pack(now + 60'000, 0), now));
}

void TestStorage::concurrentWriters()
{
    QTemporaryDir dir;
    const QString path = Profile::open(dir.path())->databasePath();
    constexpr int kPerWriter = 150;
    QStringList errors;
    QMutex errorsMutex;
    auto writer = [&] {
        try {
            Connection db = Profile::openConnection(path);
            NoteRepository notes(db);
            for (int i = 0; i < kPerWriter; ++i) {
                Transaction transaction(db);
                const Note note = notes.create(QStringLiteral("n"), QStringLiteral("b"));
                notes.setPinned(note.id, true);
                transaction.commit();
            }
        } catch (const Error& error) {
            QMutexLocker lock(&errorsMutex);
            errors << error.message();
        }
    };
    std::unique_ptr<QThread> a(QThread::create(writer));
    std::unique_ptr<QThread> b(QThread::create(writer));
    a->start();
    b->start();
    QVERIFY(a->wait(120'000));
    QVERIFY(b->wait(120'000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

    auto profile = Profile::open(dir.path());
    QCOMPARE(NoteRepository(profile->database()).count(), 2 * kPerWriter);
    Connection& db = profile->database();
    QCOMPARE(db.queryInt("SELECT count(*) FROM changes WHERE op = 'insert'"), 2 * kPerWriter * 5);
    QCOMPARE(
        db.queryInt("SELECT count(*) FROM changes WHERE col = 'pinned' AND op = 'update'"), 2 * kPerWriter);
    const qint64 expectedChanges = db.queryInt("SELECT count(*) FROM changes");
    QCOMPARE(db.queryInt("SELECT max(seq) FROM changes"), expectedChanges);
    QCOMPARE(db.queryInt("SELECT count(DISTINCT hlc) FROM changes"), expectedChanges);
    QCOMPARE(
        db.queryInt("SELECT count(*) FROM changes c JOIN changes d ON d.site = c.site AND d.seq = c.seq + 1 "
                    "WHERE d.hlc <= c.hlc"),
        0);
}

void TestStorage::killedWriterLosesNoCommittedRow()
{
    for (int round = 0; round < 3; ++round) {
        QTemporaryDir dir;
        QProcess child;
        child.start(QStringLiteral(VOXNOTE_WRITE_LOOP), {dir.path()});
        QVERIFY(child.waitForStarted());
        QStringList committed;
        const int target = 40 + round * 60;
        while (committed.size() < target && child.waitForReadyRead(30'000)) {
            while (child.canReadLine())
                committed << QString::fromLatin1(child.readLine()).trimmed();
        }
        QVERIFY2(committed.size() >= target, qPrintable(QString::fromUtf8(child.readAllStandardError())));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        committed << QString::fromLatin1(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);

        auto profile = Profile::open(dir.path());
        QCOMPARE(profile->database().queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
        NoteRepository notes(profile->database());
        for (const QString& id : committed)
            QVERIFY2(notes.find(id).has_value(), qPrintable(u"committed note lost: " + id));
        // Every note that is there has all its change-log rows, and no log row
        // outlived a note that was rolled back.
        Connection& db = profile->database();
        QCOMPARE(db.queryInt("SELECT count(*) FROM notes n WHERE (SELECT count(*) FROM changes c "
                             "WHERE c.row_id = n.id AND c.op = 'insert') != 5"),
            0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM notes n WHERE NOT EXISTS (SELECT 1 FROM changes c "
                             "WHERE c.row_id = n.id AND c.col = 'pinned' AND c.op = 'update')"),
            0);
        QCOMPARE(db.queryInt("SELECT count(DISTINCT row_id) FROM changes"), notes.count());
    }
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
