#include "speech/Transcriber.h"

#include "audio/AudioDecoder.h"
#include "audio/SpeechChunker.h"
#include "speech/ChunkQueue.h"
#include "speech/SegmentBuilder.h"
#include "util/Clock.h"
#include "util/Log.h"

#include <QThread>

#include <atomic>
#include <chrono>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace voxnote::speech {

namespace {

// Decoders are ~100 MB each: beyond this, more threads cost more memory than
// they save time.
constexpr int kMaxThreads = 8;
constexpr qint64 kReadBlock = 4 * audio::kSpeechRate;
constexpr std::chrono::milliseconds kPoll {50};
// The share of the progress bar given to the work after recognition.
constexpr double kRecognitionShare = 0.97;

} // namespace

/// One recogniser thread's tools, kept between files.
struct Transcriber::Worker
{
    std::unique_ptr<SpeechDecoder> decoder;
    VocabularyWords vocabulary; ///< what `decoder` was taught
    SpeakerEmbedder embedder;

    /// A decoder that knows `words`, and nothing more: a changed vocabulary
    /// needs a fresh one, since a decoder cannot forget words.
    SpeechDecoder& decoderFor(const TranscriptionEngine& engine, const VocabularyWords& words)
    {
        if (!decoder || vocabulary != words) {
            decoder.reset(); // one model in memory at a time
            vocabulary.clear();
            decoder = engine.createDecoder();
            if (!words.isEmpty()) {
                try {
                    decoder->addVocabulary(words);
                } catch (...) {
                    decoder.reset();
                    throw;
                }
            }
            vocabulary = words;
        }
        return *decoder;
    }
};

namespace {

struct ChunkResult
{
    QList<Word> words;
    std::vector<audio::SpeechSpan> speech;
    std::vector<SpeakerWindow> windows;
    SpeakerFrames frames;
};

// What the producer and the workers share during one transcription.
struct Run
{
    ChunkQueue queue;
    Cancellation stop; // set on a cancel from the caller or a failure
    std::mutex mutex;
    std::map<int, ChunkResult> results;
    std::exception_ptr failure;
    std::atomic<qint64> emittedSamples {0};
    std::atomic<qint64> doneSamples {0};

    explicit Run(size_t capacity)
        : queue(capacity)
    {
    }

    void fail(std::exception_ptr error)
    {
        {
            std::lock_guard lock(mutex);
            if (!failure)
                failure = std::move(error);
        }
        stop.request();
        queue.close();
    }
};

} // namespace

Transcriber::Transcriber(std::shared_ptr<const TranscriptionEngine> engine)
    : m_engine(std::move(engine))
{
}

Transcriber::~Transcriber() = default;

Transcript Transcriber::transcribe(const QString& path, const TranscriptionOptions& options,
    const ProgressCallback& progress, const Cancellation& cancel, const QString& displayName)
{
    audio::AudioDecoder decoder(path, displayName);
    const qint64 totalSamples = std::max<qint64>(1, decoder.info().speechSamples());
    const int threads
        = std::clamp(options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1, kMaxThreads);
    while (int(m_workers.size()) < threads)
        m_workers.push_back(std::make_unique<Worker>());

    Run run(size_t(threads) * 2);
    const auto work = [&run, &options, this](Worker& worker) {
        try {
            SpeechDecoder& recogniser = worker.decoderFor(*m_engine, options.vocabulary);
            while (std::optional<audio::AudioChunk> chunk = run.queue.pop()) {
                run.stop.check();
                ChunkResult result;
                result.words = recogniser.recognize(*chunk, run.stop);
                result.speech = chunk->speech;
                if (options.diarize)
                    result.windows = worker.embedder.describe(*chunk, chunk->speech, &result.frames);
                {
                    std::lock_guard lock(run.mutex);
                    run.results.emplace(chunk->index, std::move(result));
                }
                run.doneSamples += qint64(chunk->samples.size());
            }
        } catch (...) {
            run.fail(std::current_exception());
        }
    };
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i)
        pool.emplace_back(work, std::ref(*m_workers[size_t(i)]));

    qint64 consumed = 0;
    double reported = 0.0;
    const auto report = [&] {
        // Done: what was read, less what is still being recognised. Handing
        // out a chunk makes that dip, so report only new highs.
        const qint64 inFlight = run.emittedSamples - run.doneSamples;
        reported
            = std::max(reported, double(std::max<qint64>(0, consumed - inFlight)) / double(totalSamples));
        if (progress)
            progress(kRecognitionShare * reported);
    };
    const auto stopRequested = [&] {
        if (cancel.requested())
            run.stop.request();
        return run.stop.requested();
    };
    audio::SpeechChunker chunker;
    try {
        std::vector<float> block;
        bool more = true;
        while (more && !stopRequested()) {
            block.clear();
            more = decoder.read(block, kReadBlock);
            consumed += qint64(block.size());
            std::vector<audio::AudioChunk> chunks = chunker.push(block.data(), block.size());
            if (!more) {
                std::vector<audio::AudioChunk> last = chunker.finish();
                std::move(last.begin(), last.end(), std::back_inserter(chunks));
            }
            for (audio::AudioChunk& chunk : chunks) {
                run.emittedSamples += qint64(chunk.samples.size());
                if (!run.queue.push(std::move(chunk), stopRequested))
                    break;
            }
            report();
        }
    } catch (...) {
        run.fail(std::current_exception());
    }
    run.queue.close();
    // Wait for the workers, passing a cancel on and keeping progress moving.
    while (run.doneSamples < run.emittedSamples && !stopRequested()) {
        std::this_thread::sleep_for(kPoll);
        report();
    }
    for (std::thread& thread : pool)
        thread.join();
    if (run.failure && !cancel.requested())
        std::rethrow_exception(run.failure);
    cancel.check();

    QList<Word> words;
    std::vector<audio::SpeechSpan> spans;
    std::vector<SpeakerWindow> windows;
    SpeakerFrames frames;
    for (auto& [index, result] : run.results) {
        words += result.words;
        spans.insert(spans.end(), result.speech.begin(), result.speech.end());
        std::move(result.windows.begin(), result.windows.end(), std::back_inserter(windows));
        frames.append(std::move(result.frames));
        result = {};
    }
    const std::vector<audio::SpeechSpan> speech = chunker.tidied(spans);

    Transcript transcript;
    transcript.engine = m_engine->name();
    transcript.language = m_engine->language();
    transcript.durationMs = decoder.info().durationMs();
    transcript.createdAtMs = Clock::instance().nowMs();
    diarize(transcript, words, speech, windows, frames, options);
    qCDebug(lcSpeech) << path << "transcribed:" << words.size() << "words," << transcript.segments.size()
                      << "segments," << transcript.speakers.size() << "speakers";
    if (progress)
        progress(1.0);
    return transcript;
}

QList<Word> Transcriber::wordsInSpeech(const QList<Word>& words, const std::vector<audio::SpeechSpan>& speech)
{
    QList<Word> kept;
    size_t at = 0;
    for (const Word& word : words) {
        const qint64 middle = (word.startMs + word.endMs) / 2;
        while (at < speech.size() && speech[at].endMs <= middle)
            ++at;
        if (at < speech.size() && speech[at].startMs <= middle)
            kept.append(word);
    }
    return kept;
}

void Transcriber::diarize(Transcript& transcript, const QList<Word>& allWords,
    const std::vector<audio::SpeechSpan>& speech, const std::vector<SpeakerWindow>& windows,
    const SpeakerFrames& frames, const TranscriptionOptions& options)
{
    const QList<Word> words = wordsInSpeech(allWords, speech);
    if (!options.diarize || words.isEmpty()) {
        transcript.segments = SegmentBuilder().build(words, std::vector<int> {});
        return;
    }
    SpeakerDiarizer::Options diarization = options.diarization;
    diarization.clustering = options.clustering;
    const std::vector<SpeakerTurn> turns = SpeakerDiarizer(diarization).diarize(speech, windows, frames);
    transcript.segments = SegmentBuilder().build(words, turns);
    // Speakers who said no recognised word are left out; the others are
    // numbered in order of appearance.
    std::vector<int> number;
    for (TranscriptSegment& segment : transcript.segments) {
        if (size_t(segment.speaker) >= number.size())
            number.resize(size_t(segment.speaker) + 1, -1);
        int& assigned = number[size_t(segment.speaker)];
        if (assigned < 0) {
            assigned = int(transcript.speakers.size());
            transcript.speakers.append(
                {QString(), QStringLiteral("Speaker %1").arg(transcript.speakers.size() + 1), QString()});
        }
        segment.speaker = assigned;
    }
    // The number the user gave is the number listed, even if one of them
    // said nothing the recogniser understood.
    while (transcript.speakers.size() < options.clustering.speakers)
        transcript.speakers.append(
            {QString(), QStringLiteral("Speaker %1").arg(transcript.speakers.size() + 1), QString()});
}

} // namespace voxnote::speech
