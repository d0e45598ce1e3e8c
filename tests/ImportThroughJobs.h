#pragma once

#include "notes/NoteRepository.h"
#include "pipelines/MediaImport.h"

namespace voxnote::storage {
class Profile;
}

namespace voxnote::test {

/// What an import made, read back once its job finished.
struct FinishedImport
{
    storage::Note note;
    storage::Attachment attachment;
    QString jobId;
};

/// Imports `path` the way the window and the CLI do: `MediaImport` writes the
/// note and its attachment, then a job queue of the profile transcribes or
/// recognises it; waits for that job. Throws `Error` with the job's error if
/// it fails or does not finish within five minutes.
FinishedImport importThroughJobs(
    storage::Profile& profile, const QString& path, const pipelines::MediaDefaults& defaults = {});

} // namespace voxnote::test
