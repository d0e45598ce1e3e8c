// The merge, in process: idempotence, gaps, deletes and conflict copies
// decided from the change log alone.

#include "Error.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"
#include "notes/NoteRepository.h"
#include "storage/ChangeLog.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"
#include "sync/ChangeApplier.h"
#include "sync/ChangeCodec.h"
#include "sync/DeviceKeys.h"
#include "sync/FolderCipher.h"
#include "sync/SyncSettings.h"
#include "util/Clock.h"
#include "util/HybridLogicalClock.h"

#include <QCborArray>
#include <QCborValue>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace voxnote;
using storage::Change;

namespace {

const QString kRemote = QStringLiteral("01900000-0000-7000-8000-00000000000b");

Change change(qint64 seq, qint64 hlc, const QString& row, const QString& column, const QVariant& value,
    Change::Op op = Change::Op::Update, const QString& table = QStringLiteral("notes"))
{
    return test::changeFrom(kRemote, seq, hlc, table, row, column, value, op);
}

QList<Change> newNote(const QString& id, qint64 firstSeq, qint64 hlc)
{
    return {change(firstSeq, hlc, id, QStringLiteral("title"), QStringLiteral("Remote"), Change::Op::Insert),
        change(firstSeq + 1, hlc + 1, id, QStringLiteral("body"), QStringLiteral("remote body"),
            Change::Op::Insert),
        change(firstSeq + 2, hlc + 2, id, QStringLiteral("created_at"), qint64 {1}, Change::Op::Insert),
        change(firstSeq + 3, hlc + 3, id, QStringLiteral("updated_at"), qint64 {1}, Change::Op::Insert)};
}

sync::ApplyResult applyAll(storage::Connection& db, const QList<Change>& changes)
{
    db.exec("PRAGMA foreign_keys = OFF");
    storage::Transaction transaction(db);
    sync::ApplyResult result = sync::ChangeApplier(db).apply(changes);
    transaction.commit();
    db.exec("PRAGMA foreign_keys = ON");
    return result;
}

} // namespace

class TestSyncMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyingTwiceIsANoOp()
    {
        QTemporaryDir dir;
        auto profile = storage::Profile::open(dir.path());
        const QString id = QStringLiteral("01900000-0000-7000-8000-000000000001");
        const qint64 t = hlc::pack(1'700'000'000'000, 0);
        QCOMPARE(applyAll(profile->database(), newNote(id, 1, t)).applied, 4);
        const sync::ApplyResult again = applyAll(profile->database(), newNote(id, 1, t));
        QCOMPARE(again.applied, 0);
        QCOMPARE(again.duplicates, 4);
        QCOMPARE(notes::NoteRepository(profile->database()).find(id)->body, QStringLiteral("remote body"));
        // Remote changes are kept under their own site, not logged as local ones.
        storage::ChangeLog log(profile->database());
        QCOMPARE(log.lastSequence(kRemote), 4);
        QCOMPARE(log.lastSequence(log.siteId()), 0);
    }

    void aGapWaitsForTheMissingChanges()
    {
        QTemporaryDir dir;
        auto profile = storage::Profile::open(dir.path());
        const QString id = QStringLiteral("01900000-0000-7000-8000-000000000002");
        const QList<Change> all = newNote(id, 1, hlc::pack(1'700'000'000'000, 0));
        QCOMPARE(applyAll(profile->database(), all.mid(2)).applied, 0);
        QVERIFY(!notes::NoteRepository(profile->database()).find(id));
        QCOMPARE(applyAll(profile->database(), all).applied, 4);
        QVERIFY(notes::NoteRepository(profile->database()).find(id));
    }

    void lastWriterWinsPerColumnAndDeleteIsATombstone()
    {
        QTemporaryDir dir;
        auto profile = storage::Profile::open(dir.path());
        notes::NoteRepository notes(profile->database());
        const auto local = notes.create(QStringLiteral("Local"), QStringLiteral("local body"));
        const qint64 past = hlc::pack(1'000'000'000'000, 0); // older than the local edit: loses
        QCOMPARE(applyAll(profile->database(),
                     {change(1, past, local.id, QStringLiteral("title"), QStringLiteral("Old"))})
                     .applied,
            1);
        QCOMPARE(notes.find(local.id)->title, QStringLiteral("Local"));
        const qint64 future = hlc::pack(Clock::instance().nowMs() + 1000, 0);
        applyAll(profile->database(),
            {change(2, future, local.id, QStringLiteral("title"), QStringLiteral("Newer"))});
        QCOMPARE(notes.find(local.id)->title, QStringLiteral("Newer"));
        applyAll(profile->database(),
            {change(3, future + 5, local.id, QString(), QVariant(), Change::Op::Delete)});
        QVERIFY(!notes.find(local.id));
        // An edit newer than the delete brings the whole row back.
        applyAll(
            profile->database(), {change(4, future + 9, local.id, QStringLiteral("pinned"), qint64 {1})});
        const auto back = notes.find(local.id);
        QVERIFY(back);
        QCOMPARE(back->title, QStringLiteral("Newer"));
        QCOMPARE(back->body, QStringLiteral("local body"));
        QVERIFY(back->pinned);
    }

    void concurrentBodyEditKeepsAConflictCopy()
    {
        QTemporaryDir dir;
        auto profile = storage::Profile::open(dir.path());
        notes::NoteRepository notes(profile->database());
        const QString id = QStringLiteral("01900000-0000-7000-8000-000000000003");
        const qint64 t = hlc::pack(1'700'000'000'000, 0);
        applyAll(profile->database(), newNote(id, 1, t));
        notes.setTitleAndBody(id, QStringLiteral("Remote"), QStringLiteral("local edit"));
        // The remote device edited the same body, based on the version both had.
        Change remoteEdit = change(5, hlc::pack(Clock::instance().nowMs() + 1000, 0), id,
            QStringLiteral("body"), QStringLiteral("remote edit"));
        remoteEdit.base = kRemote + QStringLiteral(":2");
        const sync::ApplyResult result = applyAll(profile->database(), {remoteEdit});
        QCOMPARE(result.conflictCopies, 1);
        QCOMPARE(notes.find(id)->body, QStringLiteral("remote edit"));
        const QList<sync::ConflictCopy> copies = sync::SyncSettings(profile->database()).conflictCopies();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().noteId, id);
        QCOMPARE(notes.find(copies.first().copyNoteId)->body, QStringLiteral("local edit"));
        // A later remote edit on top of the winner is not a conflict.
        Change next
            = change(6, remoteEdit.hlc + 1, id, QStringLiteral("body"), QStringLiteral("remote again"));
        next.base = kRemote + QStringLiteral(":5");
        QCOMPARE(applyAll(profile->database(), {next}).conflictCopies, 0);
    }

    void clocksOutOfRangeAreRefused()
    {
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        const qint64 now = 1'700'000'000'000;
        // The clock never overflows, whatever it has seen.
        QCOMPARE(hlc::next(kMax, now), kMax);
        QVERIFY(hlc::next(hlc::pack(now, 0xFFFF), now) > hlc::pack(now, 0xFFFF));
        QVERIFY(hlc::isValid(hlc::pack(now, 7)));
        QVERIFY(!hlc::isValid(-1));
        QVERIFY(!hlc::isValid(kMax));

        QTemporaryDir dir;
        auto profile = storage::Profile::open(dir.path());
        notes::NoteRepository notes(profile->database());
        const auto local = notes.create(QStringLiteral("Local"), QStringLiteral("local body"));
        const sync::ApplyResult result = applyAll(profile->database(),
            {change(1, kMax, local.id, QStringLiteral("title"), QStringLiteral("Frozen")),
                change(2, hlc::pack(Clock::instance().nowMs() + 1000, 0), local.id, QStringLiteral("title"),
                    QStringLiteral("After the frozen one"))});
        QCOMPARE(result.applied, 0);
        QVERIFY2(result.warnings.join(u' ').contains(kRemote), qPrintable(result.warnings.join(u' ')));
        QCOMPARE(notes.find(local.id)->title, QStringLiteral("Local"));
        storage::ChangeLog log(profile->database());
        QCOMPARE(log.lastSequence(kRemote), 0);
        QCOMPARE(applyAll(profile->database(),
                     {change(1, -5, local.id, QStringLiteral("title"), QStringLiteral("Negative"))})
                     .applied,
            0);
        // A later local edit is still later than everything stored.
        notes.setTitleAndBody(local.id, QStringLiteral("Edited"), QStringLiteral("local body"));
        QCOMPARE(notes.find(local.id)->title, QStringLiteral("Edited"));
    }

    void cyclicEditChainsEndQuickly()
    {
        QTemporaryDir dir;
        auto profile = storage::Profile::open(dir.path());
        const QString id = QStringLiteral("01900000-0000-7000-8000-000000000004");
        const qint64 t = hlc::pack(1'700'000'000'000, 0);
        QList<Change> changes = newNote(id, 1, t);
        // Body edits whose bases point at each other in a ring: no edit is
        // really made on top of another, and following them never ends.
        constexpr int kEdits = 120;
        for (int i = 0; i < kEdits; ++i) {
            Change edit
                = change(5 + i, t + 10 + i, id, QStringLiteral("body"), QStringLiteral("edit %1").arg(i));
            edit.base = kRemote + u':' + QString::number(i + 1 < kEdits ? 6 + i : 5);
            changes << edit;
        }
        const sync::ApplyResult result = applyAll(profile->database(), changes);
        QCOMPARE(result.applied, 4 + kEdits);
        QCOMPARE(notes::NoteRepository(profile->database()).find(id)->body,
            QStringLiteral("edit %1").arg(kEdits - 1));
        // The ring's last edit names the first as its base, which is older:
        // that one is kept by it; every other text is kept as a copy.
        QCOMPARE(result.conflictCopies, kEdits - 1);
    }

    void codecKeepsTypesAndRejectsDamage()
    {
        QList<Change> changes = newNote(QStringLiteral("n"), 1, 42);
        changes.append(change(5, 50, QStringLiteral("n"), QStringLiteral("pinned"), 2.5));
        changes.append(change(6, 51, QStringLiteral("n"), QString(), QVariant(), Change::Op::Delete));
        const QByteArray data = sync::ChangeCodec::encode(changes);
        const QList<Change> back = sync::ChangeCodec::decode(data, kRemote);
        QCOMPARE(back.size(), changes.size());
        QCOMPARE(back[2].value.typeId(), QMetaType::LongLong);
        QCOMPARE(back[4].value.toDouble(), 2.5);
        QCOMPARE(back[5].op, Change::Op::Delete);
        QVERIFY_THROWS_EXCEPTION(Error, sync::ChangeCodec::decode(data.left(data.size() / 2), kRemote));
        // A base that is not text (only text names another change) is damage too.
        QCborArray item {1, 42, QStringLiteral("notes"), QStringLiteral("n"), QStringLiteral("body"),
            QStringLiteral("x"), QStringLiteral("update"), 12345};
        QVERIFY_THROWS_EXCEPTION(
            Error, sync::ChangeCodec::decode(QCborValue(QCborArray {item}).toCbor(), kRemote));
    }

    void cipherBindsAssociatedData()
    {
        const QByteArray salt = sync::FolderCipher::newSalt();
        const sync::FolderCipher cipher(sync::FolderCipher::deriveKey(QStringLiteral("pass"), salt));
        const QByteArray sealed = cipher.seal("hello", "site:1-2");
        QCOMPARE(cipher.open(sealed, "site:1-2").value(), QByteArray("hello"));
        QVERIFY(!cipher.open(sealed, "site:3-4")); // moved to another range
        const sync::FolderCipher wrong(sync::FolderCipher::deriveKey(QStringLiteral("other"), salt));
        QVERIFY(!wrong.open(sealed, "site:1-2"));
    }

    void deviceKeysSignAndPinOnce()
    {
        QTemporaryDir dir;
        auto profile = storage::Profile::open(dir.path());
        sync::DeviceKeys keys(profile->database(), QStringLiteral("mine"), 7);
        QCOMPARE(keys.identity().signedFrom, 7);
        const QByteArray message = sync::DeviceKeys::changeFileMessage(QStringLiteral("mine"), 8, 9, "sum");
        const QByteArray signature = keys.sign(message);
        QVERIFY(sync::DeviceKeys::verify(keys.identity().publicKey, message, signature));
        QVERIFY(!sync::DeviceKeys::verify(keys.identity().publicKey,
            sync::DeviceKeys::changeFileMessage(QStringLiteral("mine"), 8, 10, "sum"), signature));
        // The key is made once and kept.
        sync::DeviceKeys again(profile->database(), QStringLiteral("mine"), 99);
        QCOMPARE(again.identity(), keys.identity());
        // Another device's key is pinned the first time; a later one does not replace it.
        QTemporaryDir otherDir;
        auto other = storage::Profile::open(otherDir.path());
        sync::DeviceKeys theirs(other->database(), QStringLiteral("theirs"), 0);
        keys.pin(QStringLiteral("theirs"), theirs.identity());
        keys.pin(QStringLiteral("theirs"), keys.identity());
        QCOMPARE(keys.pinned(QStringLiteral("theirs")).value(), theirs.identity());
        QVERIFY(!sync::DeviceKeys::verify(theirs.identity().publicKey, message, signature));
    }

    void passwordsAreNotShown()
    {
        QCOMPARE(sync::SyncSettings::displayLocation(QStringLiteral("postgres"),
                     QStringLiteral("postgresql://ann:s3cret@db.example/voxnote")),
            QStringLiteral("postgresql://ann:***@db.example/voxnote"));
        QCOMPARE(sync::SyncSettings::displayLocation(
                     QStringLiteral("postgres"), QStringLiteral("host=db user=ann password=s3cret dbname=v")),
            QStringLiteral("host=db user=ann password=*** dbname=v"));
    }
};

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
