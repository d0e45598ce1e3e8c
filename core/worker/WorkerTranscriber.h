#pragma once

#include "speech/Transcriber.h"
#include "worker/WorkerRequest.h"

#include <memory>

namespace voxnote::worker {

class EngineWorkers;

/// Transcribes recordings in an engine worker: the file's path goes there,
/// progress and the finished transcript come back. A crash or a limit of
/// the worker throws `jobs::EngineFailure`. Call from any thread but the GUI's.
class WorkerTranscriber
{
public:
    /// `engine`: a registered speech recogniser's name; empty: the default.
    WorkerTranscriber(std::shared_ptr<EngineWorkers> workers, Priority priority, QString engine = {});

    /// Name, version and model of the recogniser (asked of a worker once).
    QString engineName();
    /// The language its model recognises (BCP 47).
    QString language();

    /// As `speech::Transcriber::transcribe`.
    speech::Transcript transcribe(const QString& path, const speech::TranscriptionOptions& options,
        const ProgressCallback& progress, const Cancellation& cancel, const QString& displayName = {});

private:
    std::shared_ptr<EngineWorkers> m_workers;
    Priority m_priority;
    QString m_engine;
};

} // namespace voxnote::worker
