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
#include "sync/FolderRemote.h"
#include "sync/SyncSettings.h"
#include "tasks/TaskActivityLog.h"
#include "tasks/TaskRepository.h"
#include "util/Clock.h"
#include "util/HybridLogicalClock.h"

#include <QCborArray>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
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

    void activityHistoryCannotBeRewrittenByAPeer()
    {
        QTemporaryDir dir;
        auto profile = storage::Profile::open(dir.path());
        tasks::TaskRepository tasks(profile->database(), QString());
        tasks::TaskDraft draft;
        draft.title = QStringLiteral("Send the minutes");
        const tasks::Task task = tasks.create(draft);
        tasks.comment(task.id, QStringLiteral("Sent to the team"));
        const QList<tasks::TaskEvent> before = tasks.history(task.id);
        QCOMPARE(before.size(), 2);
        const tasks::TaskEvent& comment = before[1];

        // A hostile peer rewrites the comment, forges who wrote it, deletes
        // the first entry, and sends a whole new entry under an existing id.
        const QString events = QStringLiteral("task_events");
        const qint64 future = hlc::pack(Clock::instance().nowMs() + 60'000, 0);
        QList<Change> hostile {change(1, future, comment.id, QStringLiteral("new_value"),
                                   QStringLiteral("Never sent"), Change::Op::Update, events),
            change(2, future + 1, comment.id, QStringLiteral("actor_id"),
                QStringLiteral("01900000-0000-7000-8000-0000000000ff"), Change::Op::Update, events),
            change(3, future + 2, before[0].id, QString(), QVariant(), Change::Op::Delete, events),
            change(4, future + 3, comment.id, QStringLiteral("kind"), QStringLiteral("deleted"),
                Change::Op::Insert, events)};
        // …and, in between, appends an entry of its own, which is its right.
        const QString added = QStringLiteral("01900000-0000-7000-8000-0000000000e1");
        qint64 seq = 5;
        for (const auto& [column, value] :
            QList<std::pair<QString, QVariant>> {{QStringLiteral("task_id"), task.id},
                {QStringLiteral("at"), Clock::instance().nowMs() + 1000},
                {QStringLiteral("kind"), QStringLiteral("comment")},
                {QStringLiteral("new_value"), QStringLiteral("Seen it")}}) {
            hostile << change(seq, future + seq, added, column, value, Change::Op::Insert, events);
            ++seq;
        }
        // Its later, ordinary changes still apply.
        hostile << change(seq, future + seq, task.id, QStringLiteral("title"), QStringLiteral("Minutes sent"),
            Change::Op::Update, QStringLiteral("tasks"));
        const sync::ApplyResult result = applyAll(profile->database(), hostile);

        const QList<tasks::TaskEvent> after = tasks.history(task.id);
        QCOMPARE(after.size(), 3);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after[i].id, before[i].id);
            QCOMPARE(after[i].kind, before[i].kind);
            QCOMPARE(after[i].actorId, before[i].actorId);
            QCOMPARE(after[i].newValue, before[i].newValue);
        }
        QCOMPARE(after[2].id, added);
        QCOMPARE(after[2].newValue, QStringLiteral("Seen it"));
        QCOMPARE(tasks.get(task.id).title, QStringLiteral("Minutes sent"));
        // Each attempt is named, with the device that made it.
        const QString warnings = result.warnings.join(u'\n');
        QCOMPARE(result.warnings.filter(QStringLiteral("activity")).size(), 2); // one per entry
        QVERIFY2(
            warnings.contains(kRemote) && warnings.contains(comment.id) && warnings.contains(before[0].id),
            qPrintable(warnings));
        // The attempts stay in the change log as evidence, and the device's sequence goes on.
        QCOMPARE(storage::ChangeLog(profile->database()).lastSequence(kRemote), seq);
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

    void changeFileWithAnotherBodyUnderItsSignatureIsRefused()
    {
        // Someone who can write the folder keeps a signed file's header and
        // signature but puts other changes in it, with a checksum to match:
        // only the signature can tell (the mutation check found no test of it).
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("folder"));
        sync::FolderRemote::create(folder, QString());
        auto writer = storage::Profile::open(dir.filePath(QStringLiteral("writer")));
        const QString row = QStringLiteral("01900000-0000-7000-8000-000000000009");
        const qint64 t = hlc::pack(1'700'000'000'000, 0);
        sync::FolderRemote(folder, {}, std::make_unique<sync::DeviceKeys>(writer->database(), kRemote, 0))
            .push(kRemote, newNote(row, 1, t));
        sync::FolderRemote reader(folder, {});
        QFile file(reader.changeFilePath(kRemote, 1, 4));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDataStream in(file.readAll());
        file.close();
        QByteArray magic(8, '\0');
        in.readRawData(magic.data(), 8);
        quint32 version = 0;
        quint32 flags = 0;
        QByteArray site;
        qint64 first = 0;
        qint64 last = 0;
        qint64 length = 0;
        QByteArray checksum;
        QByteArray signature;
        in >> version >> flags >> site >> first >> last >> length >> checksum >> signature;
        QCOMPARE(version, 2u); // signed
        QList<Change> forged = newNote(row, 1, t);
        forged[1].value = QStringLiteral("forged body");
        const QByteArray body = sync::ChangeCodec::encode(forged);
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.writeRawData(magic.constData(), 8);
        out << version << flags << site << first << last << qint64 {body.size()}
            << QCryptographicHash::hash(body, QCryptographicHash::Sha256) << signature;
        bytes.append(body);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        auto profile = storage::Profile::open(dir.filePath(QStringLiteral("reader")));
        sync::FolderRemote checking(folder, {},
            std::make_unique<sync::DeviceKeys>(
                profile->database(), QStringLiteral("01900000-0000-7000-8000-0000000000aa"), 0));
        const sync::PullResult pulled = checking.pull(
            QStringLiteral("01900000-0000-7000-8000-0000000000aa"), [](const QString&) { return qint64 {0}; },
            1000);
        QVERIFY(pulled.changes.isEmpty());
        QVERIFY2(pulled.warnings.join(u' ').contains(QStringLiteral("not signed with device ") + kRemote),
            qPrintable(pulled.warnings.join(u' ')));
    }

    void passwordsAreNotShown()
    {
        QCOMPARE(sync::SyncSettings::displayLocation(QStringLiteral("postgres"),
                     QStringLiteral("postgresql://ann:s3cret@db.example/voxnote")),
            QStringLiteral("postgresql://ann:***@db.example/voxnote"));
        QCOMPARE(sync::SyncSettings::displayLocation(
                     QStringLiteral("postgres"), QStringLiteral("host=db user=ann password=s3cret dbname=v")),
            QStringLiteral("host=db user=ann password=*** dbname=v"));
        // A password holding @ (or /) is masked whole, up to the host.
        QCOMPARE(sync::SyncSettings::displayLocation(QStringLiteral("postgres"),
                     QStringLiteral("postgresql://ann:p@ss/w@rd@db.example/voxnote")),
            QStringLiteral("postgresql://ann:***@db.example/voxnote"));
    }
};

QTEST_GUILESS_MAIN(TestSyncMerge)
#include "tst_syncmerge.moc"
