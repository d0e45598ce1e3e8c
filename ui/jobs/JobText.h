#pragma once

#include "jobs/Job.h"

#include <QString>

namespace voxnote::ui {

/// Words for jobs as people see them, shared by the Jobs page, the status
/// bar and the notifications.
class JobText
{
public:
    /// "Transcribing", "Recognizing text", … for a job kind.
    static QString kindName(const QString& kind);
    /// What a stage of a job is doing, e.g. "Recognizing text".
    static QString stageName(const QString& stage);
    /// "Waiting", "Running", "Done", "Failed", "Cancelled".
    static QString stateName(jobs::JobState state);
    /// What the job works on: its title or file name, else its kind.
    static QString subject(const jobs::JobStatus& job);
};

} // namespace voxnote::ui
