#pragma once

#include "jobs/JobStage.h"

#include <memory>

namespace voxnote::jobs {
class JobQueue;
}

namespace voxnote::tts {

class SpeechSynthesizer;

/// The job stage that reads a note aloud in the background and stores the
/// audio as its "speech" attachment. Parameters: "noteId", and optionally
/// "format" ("ogg" by default; "wav", "flac", "mp3"), "voice", "rateWpm",
/// "pitch", "volume". The input hash is the caller's (e.g. of the note's
/// text). Speaks with the given synthesizer (by default in an engine
/// worker, as background work). Runs on a job worker.
class SpeakNoteStage : public jobs::JobStage
{
public:
    /// The job kind under which `registerWith` registers the pipeline.
    static QString kind();
    /// Registers the "speak" pipeline (this one stage) with `queue`.
    static void registerWith(jobs::JobQueue& queue, std::shared_ptr<SpeechSynthesizer> synthesizer = {});

    explicit SpeakNoteStage(std::shared_ptr<SpeechSynthesizer> synthesizer);

    QString name() const override;
    QByteArray cacheKey(const jobs::JobContext& context) const override;
    QJsonObject run(jobs::JobContext& context) override;
    QString exclusiveResource() const override;

private:
    std::shared_ptr<SpeechSynthesizer> m_synthesizer;
};

} // namespace voxnote::tts
