// vx_read_runner DATA_DIR COUNT_FILE DIE_AT IMAGE...: reads the images aloud
// through the job queue's reading pipeline, counting OCR engine calls in
// COUNT_FILE, and runs until the job ends. DIE_AT "recognize:0.3" makes it
// kill itself with SIGKILL once that stage has reported that much progress
// (a crash at a known point); "-" lets it finish. tst_readpipeline runs it
// again after the crash.

#include "CountingOcr.h"
#include "jobs/JobQueue.h"
#include "pipelines/ReadPipeline.h"
#include "storage/Profile.h"
#include "tts/SpeakNoteStage.h"

#include <QCoreApplication>
#include <QStringList>

#include <csignal>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    const QString dataDir = arguments.at(1);
    auto profile = voxnote::storage::Profile::open(dataDir);
    voxnote::jobs::JobQueue queue(dataDir);
    voxnote::pipelines::ReadPipeline::registerWith(queue, voxnote::test::countingRecognizer(arguments.at(2)));
    voxnote::tts::SpeakNoteStage::registerWith(queue);
    const QStringList dieAt = arguments.at(3).split(u':');
    if (dieAt.size() == 2) {
        QObject::connect(&queue, &voxnote::jobs::JobQueue::progressChanged, &queue,
            [stage = dieAt.at(0), at = dieAt.at(1).toDouble()](
                const QString&, const QString& name, double progress) {
                if (name == stage && progress >= at)
                    ::raise(SIGKILL);
            });
    }
    queue.start();
    const voxnote::pipelines::JobRequest request
        = voxnote::pipelines::ReadPipeline::request(profile->blobs(), arguments.mid(4), {});
    const QString id = queue.enqueue(request.kind, request.inputHash, request.params);
    const auto status = queue.waitForJob(id, 600'000);
    return status && status->state == voxnote::jobs::JobState::Done ? 0 : 1;
}
