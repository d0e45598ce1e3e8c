#include "TestSupport.h"
#include "helpers/CountingStages.h"

#include "jobs/JobQueue.h"
#include "jobs/JobStore.h"
#include "notify/NotificationRepository.h"
#include "people/PersonRepository.h"
#include "storage/Profile.h"
#include "tasks/DashboardQueries.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <csignal>

using namespace voxnote;
using namespace voxnote::jobs;
using test::runsOf;
using test::StageKnobs;

class TestJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void runsEveryStageAndReportsProgress();
    void sameInputIsServedFromStoredResults();
    void identicalRequestsShareOneRun();
    void transientFailureIsRetried();
    void permanentFailureKeepsItsSentenceAndCanBeRetried();
    void cancelStopsARunningStage();
    void manyJobsRespectTheWorkerLimit();
    void killedProcessResumesAtTheUnfinishedStage();
    void jobThatKilledItsProcessTwiceFailsInsteadOfLooping();
    void closingTheQueueLeavesJobsToResume();
    void jobsOfAnotherLiveProcessAreLeftAlone();
    void unknownKindIsRefused();
    void commandLineCancelsAndRetries();

private:
    std::unique_ptr<JobQueue> makeQueue(
        const JobQueue::Options& options = {.workers = 2, .retryDelayMs = 50});

    QTemporaryDir m_scratch;
    QString m_dataDir;
};

void TestJobs::init()
{
    m_dataDir = m_scratch.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    storage::Profile::open(m_dataDir);
    StageKnobs::transientFailures = 0;
    StageKnobs::permanentFailure = false;
    StageKnobs::maxRunning = 0;
}

std::unique_ptr<JobQueue> TestJobs::makeQueue(const JobQueue::Options& options)
{
    auto queue = std::make_unique<JobQueue>(m_dataDir, options);
    queue->registerPipeline(QStringLiteral("read"), test::threeStages);
    return queue;
}

void TestJobs::runsEveryStageAndReportsProgress()
{
    auto queue = makeQueue();
    QSignalSpy progress(queue.get(), &JobQueue::progressChanged);
    QSignalSpy finished(queue.get(), &JobQueue::jobFinished);
    queue->start();
    const QString id = queue->enqueue(QStringLiteral("read"), QStringLiteral("page-1"),
        {{QStringLiteral("steps"), 40}, {QStringLiteral("stepMs"), 10},
            {QStringLiteral("title"), QStringLiteral("Page 1")}});
    QVERIFY(queue->waitForIdle(60'000));
    QCOMPARE(finished.size(), 1);
    const JobStatus status = *queue->status(id);
    QCOMPARE(status.state, JobState::Done);
    QCOMPARE(status.progress, 1.0);
    QCOMPARE(status.results.size(), 3);
    QCOMPARE(status.results[2].toObject()[u"after"].toInt(), 2); // each stage saw the ones before
    // 120 steps of 10 ms were reported at most once per 60 ms.
    QVERIFY2(progress.size() >= 3 && progress.size() < 60, qPrintable(QString::number(progress.size())));
    double last = 0;
    for (const QList<QVariant>& signal : progress) {
        QVERIFY(signal[2].toDouble() >= last);
        last = signal[2].toDouble();
    }
    // The person hears the job is done.
    auto profile = storage::Profile::open(m_dataDir);
    const auto notifications = notify::NotificationRepository(profile->database())
                                   .list(people::PersonRepository(profile->database()).me().id);
    QCOMPARE(notifications.size(), 1);
    QCOMPARE(notifications.first().kind, QStringLiteral("job_done"));
    QCOMPARE(notifications.first().message, QStringLiteral("“Page 1” is ready."));
    // The dashboard counts it for today.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto perDay = tasks::DashboardQueries(profile->database()).jobsPerDay(today, 3);
    QCOMPARE(perDay.size(), 3);
    QCOMPARE(perDay.last().day, today);
    QCOMPARE(perDay.last().done, 1);
    QCOMPARE(perDay.first().done, 0);
}

void TestJobs::sameInputIsServedFromStoredResults()
{
    auto queue = makeQueue();
    queue->start();
    queue->enqueue(QStringLiteral("read"), QStringLiteral("same-photo"));
    QVERIFY(queue->waitForIdle(60'000));
    // The same page again, asked for differently (another title): no stage runs.
    const QString again = queue->enqueue(QStringLiteral("read"), QStringLiteral("same-photo"),
        {{QStringLiteral("title"), QStringLiteral("copy")}});
    QVERIFY(queue->waitForIdle(60'000));
    QCOMPARE(queue->status(again)->state, JobState::Done);
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("a")), 1);
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("c")), 1);
    QCOMPARE(queue->status(again)->results.size(), 3);
}

void TestJobs::identicalRequestsShareOneRun()
{
    auto queue = makeQueue();
    const QJsonObject params {{QStringLiteral("noCache"), true}, {QStringLiteral("steps"), 5}};
    const QString first = queue->enqueue(QStringLiteral("read"), QStringLiteral("p"), params);
    const QString second = queue->enqueue(QStringLiteral("read"), QStringLiteral("p"), params);
    QCOMPARE(second, first);
    queue->start();
    const QString whileRunning = queue->enqueue(QStringLiteral("read"), QStringLiteral("p"), params);
    QCOMPARE(whileRunning, first);
    QVERIFY(queue->waitForIdle(60'000));
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("b")), 1);
    QCOMPARE(queue->jobs().size(), 1);
}

void TestJobs::transientFailureIsRetried()
{
    StageKnobs::transientFailures = 1;
    auto queue = makeQueue();
    queue->start();
    const QString id = queue->enqueue(QStringLiteral("read"), QStringLiteral("flaky"));
    QVERIFY(queue->waitForIdle(60'000));
    const JobStatus status = *queue->status(id);
    QCOMPARE(status.state, JobState::Done);
    QCOMPARE(status.attempts, 1);
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("a")), 2); // the first stage failed once, then passed
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("b")), 1);
}

void TestJobs::permanentFailureKeepsItsSentenceAndCanBeRetried()
{
    auto queue = makeQueue();
    QSignalSpy failed(queue.get(), &JobQueue::jobFailed);
    queue->start();
    // Let "a" succeed, then fail every stage after it.
    const QString id = queue->enqueue(QStringLiteral("read"), QStringLiteral("torn-page"),
        {{QStringLiteral("steps"), 30}, {QStringLiteral("stepMs"), 5}});
    QTRY_VERIFY_WITH_TIMEOUT(queue->status(id)->stage >= 1, 30'000);
    StageKnobs::permanentFailure = true;
    QVERIFY(queue->waitForIdle(60'000));
    JobStatus status = *queue->status(id);
    QCOMPARE(status.state, JobState::Failed);
    QCOMPARE(status.error, QStringLiteral("The page could not be read."));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first()[1].toString(), QStringLiteral("The page could not be read."));
    const int stageReached = status.stage;

    StageKnobs::permanentFailure = false;
    QVERIFY(queue->retry(id));
    QVERIFY(queue->waitForIdle(60'000));
    status = *queue->status(id);
    QCOMPARE(status.state, JobState::Done);
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("a")), 1); // finished stages were not run again
    QVERIFY(stageReached >= 1);
    QVERIFY(!queue->retry(id)); // a done job has nothing to retry
}

void TestJobs::cancelStopsARunningStage()
{
    auto queue = makeQueue();
    QSignalSpy cancelled(queue.get(), &JobQueue::jobCancelled);
    queue->start();
    const QString id = queue->enqueue(QStringLiteral("read"), QStringLiteral("long"),
        {{QStringLiteral("steps"), 1000}, {QStringLiteral("stepMs"), 20}});
    QTRY_VERIFY_WITH_TIMEOUT(
        queue->runningCount() == 1 && runsOf(m_dataDir, QStringLiteral("a")) == 1, 30'000);
    QVERIFY(queue->cancel(id));
    QVERIFY(queue->waitForIdle(5'000)); // 1000 steps of 20 ms would take 20 s
    QCOMPARE(queue->status(id)->state, JobState::Cancelled);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!queue->cancel(id));
    QVERIFY(queue->retry(id)); // a cancelled job can be started again
    queue->cancel(id);
    QVERIFY(queue->waitForIdle(5'000));
}

void TestJobs::manyJobsRespectTheWorkerLimit()
{
    auto queue = makeQueue({.workers = 3, .retryDelayMs = 50});
    QSignalSpy finished(queue.get(), &JobQueue::jobFinished);
    queue->start();
    for (int i = 0; i < 200; ++i)
        queue->enqueue(
            QStringLiteral("read"), QStringLiteral("page-%1").arg(i), {{QStringLiteral("stepMs"), 1}});
    QVERIFY(queue->waitForIdle(300'000));
    QCOMPARE(finished.size(), 200);
    QVERIFY(StageKnobs::maxRunning <= 3);
    QVERIFY(StageKnobs::maxRunning >= 2); // they did run side by side
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("c")), 200);
}

void TestJobs::killedProcessResumesAtTheUnfinishedStage()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VOXNOTE_TEST_SLOW_STAGE"), QStringLiteral("b"));
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral(VOXNOTE_JOB_RUNNER), {m_dataDir});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    while (!output.contains("b started") && child.waitForReadyRead(60'000))
        output += child.readAllStandardOutput();
    QVERIFY2(output.contains("b started"), output.constData());
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());

    auto queue = makeQueue();
    QCOMPARE(queue->jobs().first().state, JobState::Running); // as the crash left it
    queue->start();
    QVERIFY(queue->waitForIdle(60'000));
    QCOMPARE(queue->jobs().first().state, JobState::Done);
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("a")), 1); // finished before the crash: not run again
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("b")), 2); // interrupted, then run to the end
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("c")), 1);
}

namespace {

/// Runs vx_job_runner on `dataDir` and kills it with SIGKILL while stage "b" works.
bool killRunnerInStageB(const QString& dataDir)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VOXNOTE_TEST_SLOW_STAGE"), QStringLiteral("b"));
    child.setProcessEnvironment(environment);
    child.start(QStringLiteral(VOXNOTE_JOB_RUNNER), {dataDir});
    if (!child.waitForStarted())
        return false;
    QByteArray output;
    while (!output.contains("b started") && child.waitForReadyRead(60'000))
        output += child.readAllStandardOutput();
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    child.waitForFinished();
    return output.contains("b started");
}

} // namespace

void TestJobs::jobThatKilledItsProcessTwiceFailsInsteadOfLooping()
{
    // A file that crashes the process (an engine's segfault, an out-of-memory
    // kill) must not crash it again on every start: the interruption counts
    // as an attempt, and the second one ends the job. Failed on the old code,
    // which re-queued it for ever without counting.
    QVERIFY(killRunnerInStageB(m_dataDir));
    QVERIFY(killRunnerInStageB(m_dataDir)); // the restart picked it up and crashed again
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("b")), 2);

    auto queue = makeQueue();
    queue->start();
    QVERIFY(queue->waitForIdle(60'000));
    const JobStatus job = queue->jobs().first();
    QCOMPARE(job.state, JobState::Failed);
    QCOMPARE(job.attempts, 2);
    QVERIFY2(job.error.contains(QStringLiteral("stopped unexpectedly")), qPrintable(job.error));
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("b")), 2); // not run a third time
    QCOMPARE(runsOf(m_dataDir, QStringLiteral("c")), 0);

    // Retried by hand, it gets its attempts back and runs.
    QVERIFY(queue->retry(job.id));
    QVERIFY(queue->waitForIdle(60'000));
    QCOMPARE(queue->status(job.id)->state, JobState::Done);
}

void TestJobs::closingTheQueueLeavesJobsToResume()
{
    QString id;
    {
        auto queue = makeQueue();
        queue->start();
        id = queue->enqueue(QStringLiteral("read"), QStringLiteral("long"),
            {{QStringLiteral("steps"), 1000}, {QStringLiteral("stepMs"), 20}});
        QTRY_VERIFY_WITH_TIMEOUT(queue->runningCount() == 1, 30'000);
    } // the window closes in the middle of the job
    auto queue = makeQueue();
    QCOMPARE(queue->status(id)->state, JobState::Queued); // not cancelled: it will resume
}

void TestJobs::jobsOfAnotherLiveProcessAreLeftAlone()
{
    QString id;
    // Claimed by a process that still runs (this test's parent).
    const QString live
        = JobStore::processIdentity().section(u':', 0, -2) + u':' + QString::number(::getppid());
    {
        auto profile = storage::Profile::open(m_dataDir);
        id = JobStore(profile->database()).enqueue(QStringLiteral("read"), QStringLiteral("page"), {}).id;
        profile->database().exec(
            QStringLiteral("UPDATE jobs SET state = 'running', owner = '%1'").arg(live).toStdString());
    }
    {
        auto queue = makeQueue();
        queue->start();
        QTest::qWait(200);
        QCOMPARE(queue->status(id)->state, JobState::Running); // another process runs it
        // …and still that process: this queue neither re-queued nor claimed it.
        auto profile = storage::Profile::open(m_dataDir);
        QCOMPARE(profile->database().queryText("SELECT owner FROM jobs"), live);
    }
    {
        // The same with an owner that is gone: a crash, so it resumes here.
        QProcess gone;
        gone.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(pid > 0);
        QVERIFY(gone.waitForFinished());
        const QString dead = JobStore::processIdentity().section(u':', 0, -2) + u':' + QString::number(pid);
        auto profile = storage::Profile::open(m_dataDir);
        profile->database().exec(QStringLiteral("UPDATE jobs SET owner = '%1'").arg(dead).toStdString());
    }
    auto queue = makeQueue();
    queue->start();
    QVERIFY(queue->waitForIdle(60'000));
    QCOMPARE(queue->status(id)->state, JobState::Done);
}

void TestJobs::unknownKindIsRefused()
{
    auto queue = makeQueue();
    QVERIFY_THROWS_EXCEPTION(Error, queue->enqueue(QStringLiteral("juggle"), QStringLiteral("x")));
    QVERIFY(queue->jobs().isEmpty());
}

void TestJobs::commandLineCancelsAndRetries()
{
    QString id;
    {
        auto profile = storage::Profile::open(m_dataDir);
        id = JobStore(profile->database()).enqueue(QStringLiteral("read"), QStringLiteral("page"), {}).id;
    }
    const auto jobs = [&](const QString& command) {
        return test::runVoxnote({QStringLiteral("jobs"), command, id, QStringLiteral("--json"),
            QStringLiteral("--data-dir"), m_dataDir});
    };
    auto result = jobs(QStringLiteral("cancel"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(u"\"state\": \"cancelled\""));
    // Retrying runs the job to its end here: a reading without pages fails with its sentence.
    result = jobs(QStringLiteral("retry"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"\"state\": \"failed\""), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"no pages to read"), qPrintable(result.out));
    result = jobs(QStringLiteral("cancel"));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err.trimmed(),
        QStringLiteral("Job %1 is failed; only a queued or running job can be cancelled.").arg(id));
    const auto list = test::runVoxnote({QStringLiteral("jobs"), QStringLiteral("--data-dir"), m_dataDir});
    QVERIFY(list.out.contains(id + QStringLiteral("  read  failed")));
}

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
