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
    std::vector<SpeakerWindow> windows;
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
                if (options.diarize)
                    result.windows = worker.embedder.describe(*chunk, result.words);
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
    try {
        audio::SpeechChunker chunker;
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
    std::vector<SpeakerWindow> windows;
    for (auto& [index, result] : run.results) {
        words += result.words;
        std::move(result.windows.begin(), result.windows.end(), std::back_inserter(windows));
    }

    Transcript transcript;
    transcript.engine = m_engine->name();
    transcript.language = m_engine->language();
    transcript.durationMs = decoder.info().durationMs();
    transcript.createdAtMs = Clock::instance().nowMs();
    std::vector<int> wordSpeakers;
    if (options.diarize && !words.isEmpty()) {
        const std::vector<int> windowSpeakers = SpeakerClustering(options.clustering).cluster(windows);
        wordSpeakers = speakersOfWords(words, windows, windowSpeakers);
        const int count = windowSpeakers.empty()
            ? 1
            : *std::max_element(windowSpeakers.begin(), windowSpeakers.end()) + 1;
        for (int i = 0; i < count; ++i)
            transcript.speakers.append({QString(), QStringLiteral("Speaker %1").arg(i + 1), QString()});
    }
    transcript.segments = SegmentBuilder().build(words, wordSpeakers);
    qCDebug(lcSpeech) << path << "transcribed:" << words.size() << "words," << transcript.segments.size()
                      << "segments," << transcript.speakers.size() << "speakers";
    if (progress)
        progress(1.0);
    return transcript;
}

std::vector<int> Transcriber::speakersOfWords(const QList<Word>& words,
    const std::vector<SpeakerWindow>& windows, const std::vector<int>& windowSpeakers)
{
    std::vector<int> speakers(size_t(words.size()), 0);
    if (windows.empty())
        return speakers;
    size_t at = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const qint64 middle = (words[i].startMs + words[i].endMs) / 2;
        const auto distance = [&](size_t w) {
            return std::abs((windows[w].startMs + windows[w].endMs) / 2 - middle);
        };
        while (at + 1 < windows.size() && distance(at + 1) <= distance(at))
            ++at;
        speakers[size_t(i)] = windowSpeakers[at];
    }
    return speakers;
}

} // namespace voxnote::speech
