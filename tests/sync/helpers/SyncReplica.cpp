// vx_sync_replica DATA_DIR COMMAND [ARGUMENTS…]: one device of the sync
// tests, in a process of its own. Prints results on stdout (ids, JSON) and
// errors on stderr with exit code 1.
//
// Environment: VOXNOTE_CLOCK_OFFSET_MS shifts this device's clock;
// VOXNOTE_SYNC_BATCH sets the push/pull/apply batch size.

#include "Error.h"
#include "notes/NoteRepository.h"
#include "notes/TagRepository.h"
#include "people/PersonRepository.h"
#include "storage/ChangeLog.h"
#include "storage/Profile.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/SyncEngine.h"
#include "tasks/TaskRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

using namespace voxnote;

namespace {

class OffsetClock : public Clock
{
public:
    explicit OffsetClock(qint64 offsetMs)
        : m_offsetMs(offsetMs)
    {
    }
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }

private:
    qint64 m_offsetMs;
};

void print(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printJson(const QJsonObject& object)
{
    print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QJsonValue jsonOf(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toBase64());
    if (value.typeId() == QMetaType::Double)
        return value.toDouble();
    if (value.typeId() == QMetaType::LongLong)
        return value.toLongLong();
    return value.toString();
}

// Every synced table, every row, sorted: what the person can see.
QJsonObject dump(storage::Connection& connection)
{
    QJsonObject tables;
    for (const QString& table : storage::syncedTables()) {
        storage::Statement info = connection.prepare("SELECT name FROM pragma_table_info(?1)");
        info.bind(1, table);
        QStringList columns;
        while (info.step())
            columns << info.columnText(0);
        storage::Statement select = connection.prepare(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(u", "), table).toStdString());
        QJsonArray rows;
        while (select.step()) {
            QJsonArray row;
            for (int column = 0; column < columns.size(); ++column)
                row.append(jsonOf(select.columnValue(column)));
            rows.append(row);
        }
        tables.insert(table, rows);
    }
    return tables;
}

QJsonObject reportJson(const sync::SyncReport& report)
{
    return {{QStringLiteral("pushed"), report.pushed}, {QStringLiteral("pulled"), report.pulled},
        {QStringLiteral("applied"), report.applied},
        {QStringLiteral("conflictCopies"), report.conflictCopies},
        {QStringLiteral("blobsSent"), report.blobsSent},
        {QStringLiteral("blobsReceived"), report.blobsReceived},
        {QStringLiteral("pendingBlobs"), report.pendingBlobs},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
}

QStringList ids(storage::Connection& connection, const char* sql)
{
    storage::Statement select = connection.prepare(sql);
    QStringList result;
    while (select.step())
        result << select.columnText(0);
    return result;
}

void randomEdits(storage::Profile& profile, quint32 seed, int count)
{
    storage::Connection& db = profile.database();
    QRandomGenerator random(seed);
    notes::NoteRepository notes(db);
    notes::TagRepository tags(db);
    const QString me = people::PersonRepository(db).me().id;
    tasks::TaskRepository taskRepository(db, me);
    auto pick = [&random](const QStringList& list) {
        return list.at(random.bounded(list.size()));
    };
    for (int i = 0; i < count; ++i) {
        const QStringList noteIds = ids(db, "SELECT id FROM notes");
        const QStringList taskIds = ids(db, "SELECT id FROM tasks");
        const QString word = QStringLiteral("w%1").arg(random.bounded(1000));
        try {
            storage::Transaction transaction(db);
            switch (noteIds.isEmpty() ? 0 : random.bounded(10)) {
            case 0:
                notes.create(QStringLiteral("Note ") + word, QStringLiteral("Body ") + word);
                break;
            case 1:
            case 2: {
                const QString id = pick(noteIds);
                const auto note = notes.find(id);
                if (note)
                    notes.setTitleAndBody(id, note->title, note->body + u' ' + word);
                break;
            }
            case 3:
                if (random.bounded(2))
                    notes.moveToTrash(pick(noteIds));
                else
                    notes.restore(pick(noteIds));
                break;
            case 4:
                if (random.bounded(4) == 0)
                    notes.purge(pick(noteIds));
                else
                    notes.setPinned(pick(noteIds), random.bounded(2) == 1);
                break;
            case 5:
                tags.addTag(pick(noteIds), QStringLiteral("tag%1").arg(random.bounded(5)));
                break;
            case 6:
                tags.removeTag(pick(noteIds), QStringLiteral("tag%1").arg(random.bounded(5)));
                break;
            case 7:
                taskRepository.create({QStringLiteral("Task ") + word});
                break;
            case 8:
                if (!taskIds.isEmpty()) {
                    tasks::TaskChanges changes;
                    if (random.bounded(2))
                        changes.status = static_cast<tasks::TaskStatus>(random.bounded(3));
                    else
                        changes.title = QStringLiteral("Task ") + word;
                    taskRepository.update(pick(taskIds), changes);
                }
                break;
            default:
                if (!taskIds.isEmpty()) {
                    if (random.bounded(3) == 0)
                        taskRepository.remove(pick(taskIds));
                    else
                        taskRepository.comment(pick(taskIds), QStringLiteral("Comment ") + word);
                }
                break;
            }
            transaction.commit();
        } catch (const Error&) {
            // An edit the data does not allow right now (a task in the trash…): skip it.
        }
    }
}

int run(const QStringList& args)
{
    if (args.size() < 2) {
        std::fputs("usage: vx_sync_replica DATA_DIR COMMAND [ARGUMENTS…]\n", stderr);
        return 2;
    }
    auto profile = storage::Profile::open(args[0]);
    storage::Connection& db = profile->database();
    sync::SyncEngine engine(db, profile->blobs(), profile->dataDir());
    const int batch = qEnvironmentVariableIntValue("VOXNOTE_SYNC_BATCH");
    if (batch > 0)
        engine.setBatchSizes(batch, batch * 4, batch);
    const QString& command = args[1];
    const QStringList rest = args.mid(2);
    auto arg = [&rest](int i) {
        return i < rest.size() ? rest[i] : QString();
    };

    if (command == u"setup-folder") {
        engine.setupFolder(arg(0), arg(1));
    } else if (command == u"setup-postgres") {
        engine.setupPostgres(arg(0), arg(1));
    } else if (command == u"sync") {
        printJson(reportJson(engine.run()));
    } else if (command == u"status") {
        const sync::SyncStatus status = engine.status();
        printJson(
            {{QStringLiteral("stopped"), status.stopped}, {QStringLiteral("lastError"), status.lastError},
                {QStringLiteral("pendingChanges"), status.pendingChanges},
                {QStringLiteral("pendingBlobs"), status.pendingBlobs},
                {QStringLiteral("conflictCopies"), static_cast<int>(status.conflictCopies.size())}});
    } else if (command == u"site") {
        print(profile->siteId());
    } else if (command == u"note-create") {
        print(notes::NoteRepository(db).create(arg(0), arg(1)).id);
    } else if (command == u"note-edit") {
        notes::NoteRepository notes(db);
        const auto note = notes.find(arg(0));
        if (!note || !notes.setTitleAndBody(arg(0), note->title, arg(1)))
            throw Error(QStringLiteral("no note %1").arg(arg(0)));
    } else if (command == u"note-trash") {
        notes::NoteRepository(db).moveToTrash(arg(0));
    } else if (command == u"note-purge") {
        notes::NoteRepository(db).purge(arg(0));
    } else if (command == u"note-body") {
        const auto note = notes::NoteRepository(db).find(arg(0));
        print(note ? note->body : QStringLiteral("<none>"));
    } else if (command == u"attach") {
        const QString hash = profile->blobs().putFile(arg(1));
        notes::NoteRepository(db).attach(arg(0), hash, QStringLiteral("document"), QStringLiteral("file.bin"),
            QStringLiteral("application/octet-stream"), profile->blobs().size(hash));
        print(hash);
    } else if (command == u"has-blob") {
        print(profile->blobs().contains(arg(0)) ? QStringLiteral("yes") : QStringLiteral("no"));
    } else if (command == u"task-create") {
        const QString me = people::PersonRepository(db).me().id;
        print(tasks::TaskRepository(db, me).create({arg(0)}).id);
    } else if (command == u"task-title") {
        const QString me = people::PersonRepository(db).me().id;
        tasks::TaskChanges changes;
        changes.title = arg(1);
        tasks::TaskRepository(db, me).update(arg(0), changes);
    } else if (command == u"task-get") {
        const QString me = people::PersonRepository(db).me().id;
        const auto task = tasks::TaskRepository(db, me).find(arg(0));
        print(task ? task->title : QStringLiteral("<none>"));
    } else if (command == u"bulk") {
        notes::NoteRepository notes(db);
        for (int i = 0; i < arg(0).toInt(); ++i)
            notes.create(QStringLiteral("Bulk %1").arg(i), QStringLiteral("Body %1").arg(i));
    } else if (command == u"random") {
        randomEdits(*profile, arg(0).toUInt(), arg(1).toInt());
    } else if (command == u"dump") {
        print(QString::fromUtf8(QJsonDocument(dump(db)).toJson(QJsonDocument::Compact)));
    } else if (command == u"query") {
        print(db.queryText(arg(0).toStdString()));
    } else {
        std::fprintf(stderr, "unknown command %s\n", command.toUtf8().constData());
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const qint64 offset = qEnvironmentVariable("VOXNOTE_CLOCK_OFFSET_MS").toLongLong();
    OffsetClock clock(offset);
    if (offset != 0)
        Clock::setInstance(&clock);
    try {
        return run(QCoreApplication::arguments().mid(1));
    } catch (const voxnote::Error& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
}
