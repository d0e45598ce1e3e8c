// Engine workers (core/worker): engines run in `voxnote worker` processes
// at lower priority and under limits; a crash, a limit, a time-out or a
// broken reply fails that one request with a sentence, the job is retried
// once in a fresh worker and then fails; nothing reaches the calling
// process but the sentence.

#include "Error.h"
#include "TestSupport.h"
#include "jobs/EngineFailure.h"
#include "jobs/JobQueue.h"
#include "notes/NoteRepository.h"
#include "ocr/RecognizeImageStage.h"
#include "pipelines/MediaImport.h"
#include "pipelines/Pipelines.h"
#include "storage/Profile.h"
#include "tts/SpeakNoteStage.h"
#include "worker/EngineWorkers.h"
#include "worker/WorkerDocumentReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <thread>

#include <unistd.h>

using namespace voxnote;

namespace {

worker::EngineWorkers::Options testHost(worker::WorkerLimits limits = {})
{
    worker::EngineWorkers::Options options;
    options.program = QStringLiteral(VOXNOTE_TEST_WORKER);
    options.arguments = {};
    options.limits = limits;
    options.slotCount = 2;
    return options;
}

/// Field `index` (1-based, as in proc(5)) of /proc/<pid>/stat; empty if gone.
QByteArray statField(qint64 pid, int index)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // The name (field 2) may hold spaces; it ends at the last ')'.
    const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return index == 2 ? line.mid(line.indexOf('(') + 1, line.lastIndexOf(')') - line.indexOf('(') - 1)
                      : rest.value(index - 3);
}

bool hasEnded(qint64 pid)
{
    const QByteArray state = statField(pid, 3);
    return state.isEmpty() || state == "Z";
}

/// The engine workers this process started, as `ps` sees them.
QList<qint64> workerChildren()
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && statField(pid, 4).toLongLong() == ::getpid() && statField(pid, 2) == "voxnote-worker"
            && !hasEnded(pid))
            pids.append(pid);
    }
    return pids;
}

QString phototest()
{
    return test::testData(QStringLiteral("ocr/phototest.tif"));
}

} // namespace

class TestWorkers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void workerIsNamedAndRunsAtLowerPriority();
    void testEngineIsOneRegistrationAndKeysItsResults();
    void segfaultingEngineFailsTheRequestWithASentence();
    void hoggingEngineIsStoppedAtItsMemoryLimit();
    void silentEngineIsStoppedAfterItsTimeOut();
    void cancelEndsARequestTheEngineIgnores();
    void unusableProgramIsNamed_data();
    void unusableProgramIsNamed();
    void protocolVersionMismatchIsNamed();
    void truncatedReplyFailsTheRequest();
    void oversizedReplyIsRefused();
    void idleWorkerLeavesAndIsReplaced();
    void jobWhoseEngineCrashesIsRetriedOnceThenFails();
    void interactiveWorkIsNotKeptWaitingByBackgroundWork();

    void killedWorkerDuringOcrIsRetriedAndTheJobCompletes();
    void killedWorkerDuringTranscriptionIsRetriedAndTheJobCompletes();
    void killedWorkerDuringSynthesisIsRetriedAndTheJobCompletes();
    void workerKilledTwiceFailsTheJobWithASentence();

private:
    void startQueue();
    /// Waits until job `id` reports progress, then kills every engine worker with SIGKILL.
    void killWorkersDuring(const QString& id);

    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<storage::Profile> m_profile;
    std::unique_ptr<jobs::JobQueue> m_queue;
};

void TestWorkers::initTestCase()
{
    // The real engines run in `voxnote worker`.
    qputenv("VOXNOTE_WORKER_PROGRAM", VOXNOTE_BINARY);
}

void TestWorkers::init()
{
    m_scratch = std::make_unique<QTemporaryDir>();
}

void TestWorkers::cleanup()
{
    m_queue.reset();
    m_profile.reset();
    m_scratch.reset();
}

void TestWorkers::startQueue()
{
    const QString dataDir = m_scratch->filePath(QStringLiteral("data"));
    m_profile = storage::Profile::open(dataDir);
    m_queue = std::make_unique<jobs::JobQueue>(dataDir, jobs::JobQueue::Options {.retryDelayMs = 50});
    pipelines::registerPipelines(*m_queue);
    m_queue->start();
}

void TestWorkers::killWorkersDuring(const QString& id)
{
    QSignalSpy progress(m_queue.get(), &jobs::JobQueue::progressChanged);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.cbegin(), progress.cend(),
                                 [&](const QList<QVariant>& signal) {
                                     return signal.at(0).toString() == id && signal.at(2).toDouble() > 0;
                                 }),
        300'000);
    const QList<qint64> workers = workerChildren();
    QVERIFY(!workers.isEmpty());
    for (const qint64 pid : workers)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

void TestWorkers::workerIsNamedAndRunsAtLowerPriority()
{
    worker::EngineWorkers workers(testHost());
    workers.call({QStringLiteral("engines"), {}, QStringLiteral("engines"), 60});
    const QList<qint64> pids = workers.processIds();
    QCOMPARE(pids.size(), 1);
    QCOMPARE(statField(pids.first(), 2), QByteArray("voxnote-worker")); // what `ps` shows
    QCOMPARE(statField(pids.first(), 19), QByteArray("10")); // nice
    QCOMPARE(workerChildren(), pids);
}

void TestWorkers::testEngineIsOneRegistrationAndKeysItsResults()
{
    auto workers = std::make_shared<worker::EngineWorkers>(testHost());
    worker::WorkerDocumentReader echo(workers, worker::Priority::Interactive, QStringLiteral("echo"));
    const QList<ocr::OcrPage> pages = echo.read(phototest(), QStringLiteral("phototest.tif"), {}, {}, {});
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first().text, QStringLiteral("test engine"));
    QCOMPARE(pages.first().size, QImage(phototest()).size());
    // Keys carry the engine's name and version, so results never mix.
    QCOMPARE(echo.engineKey(), QStringLiteral("echo 1"));
    worker::WorkerDocumentReader tesseract(workers, worker::Priority::Interactive);
    QVERIFY2(
        tesseract.engineKey().startsWith(QStringLiteral("tesseract 5.")), qPrintable(tesseract.engineKey()));
    QVERIFY_THROWS_EXCEPTION(Error,
        worker::WorkerDocumentReader(workers, worker::Priority::Interactive, QStringLiteral("nonesuch"))
            .engineKey());
}

void TestWorkers::segfaultingEngineFailsTheRequestWithASentence()
{
    auto workers = std::make_shared<worker::EngineWorkers>(testHost());
    worker::WorkerDocumentReader crashing(workers, worker::Priority::Background, QStringLiteral("segfault"));
    try {
        crashing.read(phototest(), QStringLiteral("scan.tif"), {}, {}, {});
        QFAIL("the crash went unnoticed");
    } catch (const jobs::EngineFailure& failure) {
        QVERIFY2(failure.message().contains(QStringLiteral("stopped unexpectedly")),
            qPrintable(failure.message()));
        QVERIFY2(failure.message().contains(QStringLiteral("scan.tif")), qPrintable(failure.message()));
    }
    // The next request gets a fresh worker.
    worker::WorkerDocumentReader echo(workers, worker::Priority::Background, QStringLiteral("echo"));
    QCOMPARE(echo.read(phototest(), {}, {}, {}, {}).size(), 1);
}

void TestWorkers::hoggingEngineIsStoppedAtItsMemoryLimit()
{
    worker::WorkerLimits limits;
    limits.memoryMb = 600;
    auto workers = std::make_shared<worker::EngineWorkers>(testHost(limits));
    worker::WorkerDocumentReader hog(workers, worker::Priority::Background, QStringLiteral("hog"));
    try {
        hog.read(phototest(), QStringLiteral("bomb.tif"), {}, {}, {});
        QFAIL("the allocation went on without end");
    } catch (const jobs::EngineFailure& failure) {
        QVERIFY2(failure.message().contains(QStringLiteral("600 MB")), qPrintable(failure.message()));
        QVERIFY2(failure.message().contains(QStringLiteral("bomb.tif")), qPrintable(failure.message()));
    }
    QVERIFY(workerChildren().isEmpty());
}

void TestWorkers::silentEngineIsStoppedAfterItsTimeOut()
{
    worker::WorkerLimits limits;
    limits.silenceTimeoutMs = 1500;
    auto workers = std::make_shared<worker::EngineWorkers>(testHost(limits));
    worker::WorkerDocumentReader hang(workers, worker::Priority::Background, QStringLiteral("hang"));
    try {
        hang.read(phototest(), QStringLiteral("stuck.tif"), {}, {}, {});
        QFAIL("the hang went unnoticed");
    } catch (const jobs::EngineFailure& failure) {
        QVERIFY2(
            failure.message().contains(QStringLiteral("did not respond")), qPrintable(failure.message()));
    }
    QVERIFY(workerChildren().isEmpty());
}

void TestWorkers::cancelEndsARequestTheEngineIgnores()
{
    auto workers = std::make_shared<worker::EngineWorkers>(testHost());
    worker::WorkerDocumentReader hang(workers, worker::Priority::Interactive, QStringLiteral("hang"));
    Cancellation cancel;
    QElapsedTimer sinceCancel;
    std::thread canceller([&] {
        // Once the worker runs the request: a request it has not started yet
        // is cancelled without killing it.
        while (workers->processIds().isEmpty())
            QThread::msleep(10);
        QThread::msleep(1000);
        sinceCancel.start();
        cancel.request();
    });
    QVERIFY_THROWS_EXCEPTION(Cancelled, hang.read(phototest(), {}, {}, {}, cancel));
    qInfo() << "stopped" << sinceCancel.elapsed() << "ms after the cancel";
    canceller.join();
    QTRY_VERIFY_WITH_TIMEOUT(workerChildren().isEmpty(), 30'000); // it had to be killed
}

void TestWorkers::unusableProgramIsNamed_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("missing") << QStringLiteral("/nonexistent/voxnote")
                             << QStringLiteral("the file is missing");
    QTest::newRow("not executable") << QStringLiteral(VOXNOTE_SOURCE_DIR "/README.md")
                                    << QStringLiteral("not an executable");
}

void TestWorkers::unusableProgramIsNamed()
{
    QFETCH(QString, program);
    QFETCH(QString, sentence);
    worker::EngineWorkers::Options options = testHost();
    options.program = program;
    worker::EngineWorkers workers(options);
    try {
        workers.call({QStringLiteral("engines"), {}, QStringLiteral("engines"), 60});
        QFAIL("no error");
    } catch (const Error& error) {
        QVERIFY2(error.message().contains(sentence), qPrintable(error.message()));
        QVERIFY2(error.message().contains(program), qPrintable(error.message()));
    }
}

void TestWorkers::protocolVersionMismatchIsNamed()
{
    worker::EngineWorkers::Options options = testHost();
    options.arguments = {QStringLiteral("--protocol"), QStringLiteral("99")};
    worker::EngineWorkers workers(options);
    try {
        workers.call({QStringLiteral("engines"), {}, QStringLiteral("engines"), 60});
        QFAIL("no error");
    } catch (const Error& error) {
        QVERIFY2(
            error.message().contains(QStringLiteral("protocol version 99")), qPrintable(error.message()));
    }
    QVERIFY(workerChildren().isEmpty());
}

void TestWorkers::truncatedReplyFailsTheRequest()
{
    worker::EngineWorkers workers(testHost());
    try {
        workers.call({QStringLiteral("truncated"), {}, QStringLiteral("half.png"), 60});
        QFAIL("no error");
    } catch (const jobs::EngineFailure& failure) {
        QVERIFY2(failure.message().contains(QStringLiteral("cut off")), qPrintable(failure.message()));
    }
}

void TestWorkers::oversizedReplyIsRefused()
{
    worker::EngineWorkers workers(testHost());
    try {
        workers.call({QStringLiteral("oversized"), {}, QStringLiteral("huge.png"), 60});
        QFAIL("no error");
    } catch (const jobs::EngineFailure& failure) {
        QVERIFY2(failure.message().contains(QStringLiteral("larger than")), qPrintable(failure.message()));
    }
    QVERIFY(workerChildren().isEmpty()); // and it was stopped
}

void TestWorkers::idleWorkerLeavesAndIsReplaced()
{
    worker::WorkerLimits limits;
    limits.idleExitMs = 300;
    worker::EngineWorkers workers(testHost(limits));
    workers.call({QStringLiteral("engines"), {}, QStringLiteral("engines"), 60});
    const qint64 first = workers.processIds().value(0);
    QTRY_VERIFY_WITH_TIMEOUT(hasEnded(first), 30'000); // left by itself
    workers.call({QStringLiteral("engines"), {}, QStringLiteral("engines"), 60});
    const QList<qint64> now = workers.processIds();
    QCOMPARE(now.size(), 1);
    QVERIFY(now.first() != first);
}

void TestWorkers::jobWhoseEngineCrashesIsRetriedOnceThenFails()
{
    const QString dataDir = m_scratch->filePath(QStringLiteral("data"));
    m_profile = storage::Profile::open(dataDir);
    m_queue = std::make_unique<jobs::JobQueue>(dataDir, jobs::JobQueue::Options {.retryDelayMs = 50});
    auto workers = std::make_shared<worker::EngineWorkers>(testHost());
    ocr::RecognizeImageStage::registerWith(*m_queue,
        std::shared_ptr<ocr::DocumentReader>(std::make_shared<worker::WorkerDocumentReader>(
            workers, worker::Priority::Background, QStringLiteral("segfault"))));
    m_queue->start();
    const QString hash = m_profile->blobs().putFile(phototest());
    const QString id = m_queue->enqueue(ocr::RecognizeImageStage::kind(), hash,
        {{QStringLiteral("noteId"), QStringLiteral("n")},
            {QStringLiteral("attachmentId"), QStringLiteral("a")},
            {QStringLiteral("fileName"), QStringLiteral("scan.tif")}});
    const std::optional<jobs::JobStatus> status = m_queue->waitForJob(id, 300'000);
    QVERIFY(status);
    QCOMPARE(status->state, jobs::JobState::Failed);
    QCOMPARE(status->attempts, 2); // the first and one retry in a fresh worker
    QVERIFY2(status->error.contains(QStringLiteral("stopped unexpectedly")), qPrintable(status->error));
}

void TestWorkers::interactiveWorkIsNotKeptWaitingByBackgroundWork()
{
    // Two slots: background work may take one, the other is kept for a
    // person waiting (reading aloud, the image just pasted).
    worker::WorkerLimits limits;
    limits.silenceTimeoutMs = 4000;
    auto workers = std::make_shared<worker::EngineWorkers>(testHost(limits));
    std::atomic_bool longDone {false};
    std::atomic_bool secondBackgroundDone {false};
    std::atomic_bool secondStartedBeforeLongEnded {false};
    std::thread longBackground([&] {
        worker::WorkerDocumentReader hang(workers, worker::Priority::Background, QStringLiteral("hang"));
        try {
            hang.read(phototest(), {}, {}, {}, {});
        } catch (const jobs::EngineFailure&) {
        }
        longDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(workers->processIds().size() == 1, 60'000);
    std::thread secondBackground([&] {
        worker::WorkerDocumentReader echo(workers, worker::Priority::Background, QStringLiteral("echo"));
        echo.read(phototest(), {}, {}, {}, {});
        secondStartedBeforeLongEnded = !longDone;
        secondBackgroundDone = true;
    });
    // The interactive request is served while the long one still runs …
    worker::WorkerDocumentReader echo(workers, worker::Priority::Interactive, QStringLiteral("echo"));
    QCOMPARE(echo.read(phototest(), {}, {}, {}, {}).size(), 1);
    QVERIFY(!longDone);
    // … the second background one only after it.
    longBackground.join();
    secondBackground.join();
    QVERIFY(secondBackgroundDone);
    QVERIFY(!secondStartedBeforeLongEnded);
}

void TestWorkers::killedWorkerDuringOcrIsRetriedAndTheJobCompletes()
{
    startQueue();
    pipelines::MediaImport import(*m_profile, *m_queue);
    const pipelines::ImportedMedia media = import.importFile(phototest());
    killWorkersDuring(media.jobId);
    const std::optional<jobs::JobStatus> status = m_queue->waitForJob(media.jobId, 300'000);
    QVERIFY(status);
    QCOMPARE(status->state, jobs::JobState::Done);
    QCOMPARE(status->attempts, 1);
    QCOMPARE(status->results.first().toObject().value(QStringLiteral("pages")).toInt(), 1);
}

void TestWorkers::killedWorkerDuringTranscriptionIsRetriedAndTheJobCompletes()
{
    startQueue();
    pipelines::MediaImport import(*m_profile, *m_queue);
    const pipelines::ImportedMedia media
        = import.importFile(test::testData(QStringLiteral("speech/jfk.flac")));
    killWorkersDuring(media.jobId);
    const std::optional<jobs::JobStatus> status = m_queue->waitForJob(media.jobId, 600'000);
    QVERIFY(status);
    QCOMPARE(status->state, jobs::JobState::Done);
    QCOMPARE(status->attempts, 1);
    QVERIFY(status->results.first().toObject().value(QStringLiteral("words")).toInt() > 10);
}

void TestWorkers::killedWorkerDuringSynthesisIsRetriedAndTheJobCompletes()
{
    startQueue();
    QString text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral("Sentence number %1 of a long note that takes a while to read aloud. ").arg(i);
    const QString noteId
        = storage::NoteRepository(m_profile->database()).create(QStringLiteral("Long"), text).id;
    const QString id = m_queue->enqueue(tts::SpeakNoteStage::kind(), QStringLiteral("long-note"),
        {{QStringLiteral("noteId"), noteId}, {QStringLiteral("format"), QStringLiteral("wav")}});
    killWorkersDuring(id);
    const std::optional<jobs::JobStatus> status = m_queue->waitForJob(id, 300'000);
    QVERIFY(status);
    QCOMPARE(status->state, jobs::JobState::Done);
    QCOMPARE(status->attempts, 1);
    QVERIFY(status->results.first().toObject().value(QStringLiteral("durationMs")).toInteger() > 60'000);
}

void TestWorkers::workerKilledTwiceFailsTheJobWithASentence()
{
    startQueue();
    pipelines::MediaImport import(*m_profile, *m_queue);
    const pipelines::ImportedMedia media = import.importFile(phototest());
    killWorkersDuring(media.jobId);
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->status(media.jobId)->attempts == 1, 60'000);
    killWorkersDuring(media.jobId); // the retry, in a fresh worker
    const std::optional<jobs::JobStatus> status = m_queue->waitForJob(media.jobId, 300'000);
    QVERIFY(status);
    QCOMPARE(status->state, jobs::JobState::Failed);
    QCOMPARE(status->attempts, 2);
    QVERIFY2(status->error.contains(QStringLiteral("stopped unexpectedly")), qPrintable(status->error));
    QVERIFY2(status->error.contains(QStringLiteral("phototest.tif")), qPrintable(status->error));
}

QTEST_GUILESS_MAIN(TestWorkers)
#include "tst_workers.moc"
