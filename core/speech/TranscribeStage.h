#pragma once

#include "jobs/JobStage.h"

#include <functional>
#include <memory>

namespace voxnote::jobs {
class JobQueue;
}

namespace voxnote::speech {

class TranscriptionEngine;

/// The job stage that transcribes an audio attachment in the background
/// (words with times, segments, speakers) and stores the transcript linked
/// to the note and the attachment, replacing an earlier transcript of the
/// same attachment, in one transaction.
///
/// The job's input hash is the audio's blob hash. Parameters: "noteId",
/// "attachmentId", "fileName" (what errors call the file), and optionally
/// "speakers" (the number of speakers; 0 or absent: estimated), "language"
/// (BCP 47; must be the engine's, "en-US" for PocketSphinx) and "threads"
/// (recogniser threads; 0: one per core), and "vocabulary" (the user's own
/// words, as `Vocabulary::toJsonArray` writes them). Without "noteId" and
/// "attachmentId" the stage imports the recording instead: it creates a note
/// named after "fileName" with the audio attached, in the same transaction as
/// the transcript (what `voxnote transcribe` does).
///
/// The result holds "transcriptId", "noteId", "attachmentId", "file",
/// "durationMs" and the counts "segments", "words" and "speakers"; when no
/// speech was found (silence or noise only) also "notice", the sentence that
/// tells the user so (`noSpeechNotice`) — the transcript is stored, empty.
///
/// The recogniser uses every core, so transcriptions run one at a time
/// (`exclusiveResource`); its decoders stay loaded from job to job while the
/// queue lives. Runs on a job worker.
class TranscribeStage : public jobs::JobStage
{
public:
    /// What the stages of one queue share: the engine and its loaded decoders.
    class Recogniser;
    using EngineFactory = std::function<std::shared_ptr<const TranscriptionEngine>()>;

    /// The job kind under which `registerWith` registers the pipeline.
    static QString kind();
    /// Throws `Error` naming `fileName` unless `asked` (BCP 47, "en", "en_US"
    /// …; empty: any) is the engine's language `engine`.
    static void checkLanguage(const QString& fileName, const QString& asked, const QString& engine);
    /// What the user is told when `fileName` holds no speech.
    static QString noSpeechNotice(const QString& fileName);
    /// Registers the "transcribe" pipeline (this one stage) with `queue`,
    /// transcribing in the process's engine workers (background work).
    static void registerWith(jobs::JobQueue& queue);
    /// The same in this process with the engine `makeEngine` makes on first
    /// use (tests). Called at most once per queue, on a job worker.
    static void registerWith(jobs::JobQueue& queue, EngineFactory makeEngine);
    static void registerWith(jobs::JobQueue& queue, std::shared_ptr<Recogniser> recogniser);

    explicit TranscribeStage(std::shared_ptr<Recogniser> recogniser);

    QString name() const override;
    QByteArray cacheKey(const jobs::JobContext& context) const override;
    QJsonObject run(jobs::JobContext& context) override;
    QString exclusiveResource() const override;

private:
    std::shared_ptr<Recogniser> m_recogniser;
};

} // namespace voxnote::speech
