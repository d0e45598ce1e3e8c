#pragma once

#include <QString>

namespace voxnote::jobs {
class JobQueue;
}

namespace voxnote::pipelines {

/// The job kind of transcription, whose stage lives in core/speech.
QString transcribeKind();

/// Registers every pipeline with `queue`: transcription (audio → transcript
/// → speakers), recognition (image → text), reading aloud (note → audio) and
/// reading pages (images → text → one audio file, in a note). The engines
/// run in the process's engine workers (`worker::EngineWorkers::shared`).
void registerPipelines(jobs::JobQueue& queue);

/// What a person calls a job kind ("Transcription") or a stage ("Recognizing
/// text"), translated; the key itself for an unknown one.
QString jobKindName(const QString& kind);
QString jobStageName(const QString& stage);

} // namespace voxnote::pipelines
