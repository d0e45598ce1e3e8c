// vx_job_runner DATA_DIR: queues a three-stage job and runs the queue until
// it ends. tst_jobs runs it with VOXNOTE_TEST_SLOW_STAGE=b and kills it with
// SIGKILL while stage "b" works.

#include "CountingStages.h"
#include "jobs/JobQueue.h"
#include "storage/Profile.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    voxnote::storage::Profile::open(dataDir);
    voxnote::jobs::JobQueue queue(dataDir);
    queue.registerPipeline(QStringLiteral("read"), voxnote::test::threeStages);
    queue.enqueue(QStringLiteral("read"), QStringLiteral("page-1"));
    queue.start();
    queue.waitForIdle(120'000);
    return 0;
}
