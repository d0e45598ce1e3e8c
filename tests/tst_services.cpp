// The composition root the window and the CLI share: the settings it reads,
// the data-change signals every connection reports, the queue it builds.
#include "TestSupport.h"

#include "jobs/JobQueue.h"
#include "notes/NoteRepository.h"
#include "pipelines/MediaImport.h"
#include "pipelines/Pipelines.h"
#include "services/Services.h"
#include "settings/Settings.h"
#include "storage/Connection.h"
#include "storage/DataChanges.h"
#include "storage/DataDirectory.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"
#include "tasks/TaskRepository.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace voxnote;

class TestServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsSignalTheirChangesAndReachImports();
    void everyConnectionReportsItsCommits();
    void rolledBackWritesAreNotReported();
    void theQueueKnowsEveryPipeline();
};

void TestServices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestServices::settingsSignalTheirChangesAndReachImports()
{
    QTemporaryDir dir;
    auto services = services::Services::open(dir.path());
    settings::Settings& settings = services->settings();
    QSignalSpy changed(&settings, &settings::Settings::changed);
    settings.setSpeakers(3);
    settings.setOcrLanguages({QStringLiteral("eng"), QStringLiteral("kor")});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed[0][0].toString(), QStringLiteral("processing/speakers"));
    settings.setSpeakers(3); // the same value: no signal
    QCOMPARE(changed.size(), 2);
    // Another instance (the CLI's) reads the same values.
    QCOMPARE(settings::Settings().speakers(), 3);
    QVERIFY(settings::Settings().hasOcrLanguages());
    // The importer the window and the verbs share has them, and follows changes.
    QCOMPARE(services->mediaImport().defaults().speakers, 3);
    QCOMPARE(services->mediaImport().defaults().ocrLanguages, QStringLiteral("eng+kor"));
    settings.setSpeakers(2);
    QCOMPARE(services->mediaImport().defaults().speakers, 2);
    // The language recordings are transcribed in, likewise.
    QCOMPARE(services->mediaImport().defaults().speechLanguage, QString());
    settings.setSpeechLanguage(QStringLiteral("en-US"));
    QCOMPARE(settings::Settings().speechLanguage(), QStringLiteral("en-US"));
    QCOMPARE(services->mediaImport().defaults().speechLanguage, QStringLiteral("en-US"));
    QSettings().clear();
}

void TestServices::everyConnectionReportsItsCommits()
{
    QTemporaryDir dir;
    auto services = services::Services::open(dir.path());
    storage::DataChanges& changes = services->changes();
    QSignalSpy tasks(&changes, &storage::DataChanges::tasksChanged);
    QSignalSpy notes(&changes, &storage::DataChanges::notesChanged);
    QSignalSpy jobs(&changes, &storage::DataChanges::jobsChanged);

    tasks::TaskRepository(services->database(), {}).create({QStringLiteral("Call the printer")});
    QVERIFY(tasks.wait(5000));
    QCOMPARE(notes.size(), 0);

    // A note written on another thread's connection, as a job does.
    const QString databasePath = storage::DataDirectory::databasePath(dir.path());
    std::unique_ptr<QThread> writer(QThread::create([databasePath] {
        storage::Connection connection = storage::Profile::openConnection(databasePath);
        notes::NoteRepository(connection).create(QStringLiteral("From a worker"), QString());
    }));
    writer->start();
    QVERIFY(writer->wait(10'000));
    QVERIFY(notes.wait(5000));

    // The queue's own connection: a job enqueued is a change of the jobs.
    services->jobQueue().enqueue(pipelines::transcribeKind(), QStringLiteral("no-such-blob"));
    QVERIFY(jobs.wait(5000));
}

void TestServices::rolledBackWritesAreNotReported()
{
    QTemporaryDir dir;
    auto services = services::Services::open(dir.path());
    QSignalSpy tasks(&services->changes(), &storage::DataChanges::tasksChanged);
    {
        storage::Transaction transaction(services->database());
        tasks::TaskRepository(services->database(), {}).create({QStringLiteral("Never kept")});
        // not committed: rolled back here
    }
    QVERIFY(!tasks.wait(500));
    // Many commits close together come as one signal.
    for (int i = 0; i < 20; ++i)
        tasks::TaskRepository(services->database(), {}).create({QStringLiteral("Task %1").arg(i)});
    QVERIFY(tasks.wait(5000));
    QTest::qWait(300);
    QCOMPARE(tasks.size(), 1);
}

void TestServices::theQueueKnowsEveryPipeline()
{
    QTemporaryDir dir;
    auto services = services::Services::open(dir.path());
    QVERIFY(!services->hasJobQueue());
    jobs::JobQueue& queue = services->jobQueue(1);
    QCOMPARE(&services->jobQueue(), &queue); // one queue for the window and every verb
    queue.start();
    // A kind no pipeline registered fails as unknown; the pipelines' kinds do not.
    const QString id = queue.enqueue(pipelines::transcribeKind(), QStringLiteral("no-such-blob"));
    const std::optional<jobs::JobStatus> status = queue.waitForJob(id, 30'000);
    QVERIFY(status);
    QCOMPARE(status->state, jobs::JobState::Failed);
    QVERIFY2(!status->error.contains(QStringLiteral("does not know")), qPrintable(status->error));
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
