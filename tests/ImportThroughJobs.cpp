#include "ImportThroughJobs.h"

#include "Error.h"
#include "jobs/JobQueue.h"
#include "pipelines/Pipelines.h"
#include "storage/Profile.h"

namespace voxnote::test {

FinishedImport importThroughJobs(
    storage::Profile& profile, const QString& path, const pipelines::MediaDefaults& defaults)
{
    jobs::JobQueue queue(profile.dataDir());
    pipelines::registerPipelines(queue);
    queue.start();
    pipelines::MediaImport import(profile, queue);
    import.setDefaults(defaults);
    const pipelines::ImportedMedia imported = import.importFile(path);
    const std::optional<jobs::JobStatus> status = queue.waitForJob(imported.jobId, 300'000);
    if (!status || status->state != jobs::JobState::Done)
        throw Error(QStringLiteral("The %1 job of %2 did not finish: %3")
                        .arg(imported.kind, path, status ? status->error : QStringLiteral("timed out")));
    storage::NoteRepository notes(profile.database());
    FinishedImport finished;
    finished.note = *notes.find(imported.noteId);
    for (const storage::Attachment& attachment : notes.attachments(imported.noteId)) {
        if (attachment.id == imported.attachmentId)
            finished.attachment = attachment;
    }
    finished.jobId = imported.jobId;
    return finished;
}

} // namespace voxnote::test
