#pragma once

#include "jobs/JobStage.h"

namespace voxnote::jobs {
class JobQueue;
}

namespace voxnote::tts {

/// The job stage that reads a note aloud in the background and stores the
/// audio as its "speech" attachment. Parameters: "noteId", and optionally
/// "format" ("ogg" by default; "wav", "flac", "mp3"), "voice", "rateWpm",
/// "pitch", "volume". The input hash is the caller's (e.g. of the note's
/// text). espeak-ng runs on its own thread, so the stage declares it as an
/// exclusive resource. Runs on a job worker.
class SpeakNoteStage : public jobs::JobStage
{
public:
    /// The job kind under which `registerWith` registers the pipeline.
    static QString kind();
    /// Registers the "speak" pipeline (this one stage) with `queue`.
    static void registerWith(jobs::JobQueue& queue);

    QString name() const override;
    QByteArray cacheKey(const jobs::JobContext& context) const override;
    QJsonObject run(jobs::JobContext& context) override;
    QString exclusiveResource() const override;
};

} // namespace voxnote::tts
