#pragma once

#include "speech/SpeakerClustering.h"
#include "speech/SpeakerDiarizer.h"
#include "speech/SpeakerEmbedder.h"
#include "speech/Transcript.h"
#include "speech/TranscriptionEngine.h"
#include "util/Progress.h"

#include <memory>
#include <vector>

namespace voxnote::speech {

struct TranscriptionOptions
{
    bool diarize = true;
    /// `speakers` is the number of speakers if the user knows it (0: estimate).
    SpeakerClustering::Options clustering;
    /// The frame-level resegmentation after clustering (its `clustering` is
    /// the one above).
    SpeakerDiarizer::Options diarization;
    int threads = 0; ///< recogniser threads; 0: one per core
    /// The user's own words, taught to every decoder (`SpeechDecoder::addVocabulary`).
    VocabularyWords vocabulary;
};

/// Turns an audio file into a `Transcript`: streaming decode → 16 kHz mono →
/// speech found and cut at pauses (`SpeechChunker` with `SpeechDetector`) →
/// chunks recognised in parallel, one decoder per worker thread → words
/// outside the detected speech dropped → speaker diarization on the speech
/// (`SpeakerEmbedder`, `SpeakerDiarizer`) → segments (`SegmentBuilder`). A
/// recording without speech gives a transcript without segments.
///
/// Memory stays bounded: audio flows through a small queue and only words and
/// speaker windows are kept. Decoders are loaded once and kept for the next
/// file. `transcribe()` reports progress (0 … 1) on the calling thread, stops
/// within half a second of a cancel with `Cancelled`, and throws `Error` naming
/// the file if it cannot be read. Call it from one thread at a time (it starts
/// and joins its own workers); the object is not shareable across threads.
class Transcriber
{
public:
    explicit Transcriber(std::shared_ptr<const TranscriptionEngine> engine);
    ~Transcriber();
    Transcriber(const Transcriber&) = delete;
    Transcriber& operator=(const Transcriber&) = delete;

    /// Errors name the file `displayName` if given, else by its file name.
    Transcript transcribe(const QString& path, const TranscriptionOptions& options,
        const ProgressCallback& progress, const Cancellation& cancel, const QString& displayName = {});

    const TranscriptionEngine& engine() const { return *m_engine; }

    /// The words whose middle lies in `speech` (both in time order): the
    /// recogniser also "hears" words in noise around the speech.
    static QList<Word> wordsInSpeech(const QList<Word>& words, const std::vector<audio::SpeechSpan>& speech);
    /// The transcript's speakers and segments from the recording's words,
    /// speech and speaker features (what `transcribe` does after recognition).
    static void diarize(Transcript& transcript, const QList<Word>& words,
        const std::vector<audio::SpeechSpan>& speech, const std::vector<SpeakerWindow>& windows,
        const SpeakerFrames& frames, const TranscriptionOptions& options);

private:
    struct Worker;

    std::shared_ptr<const TranscriptionEngine> m_engine;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

} // namespace voxnote::speech
