#include "speech/SpeakerEmbedder.h"

#include <cmath>

namespace voxnote::speech {

namespace {

// A window needs this much speech to say anything about a voice.
constexpr int kMinSpeechFrames = 40;
constexpr int kFrameMs = 10;

} // namespace

SpeakerEmbedder::SpeakerEmbedder(int windowMs, int hopMs)
    : m_windowMs(windowMs)
    , m_hopMs(hopMs)
{
}

std::vector<SpeakerWindow> SpeakerEmbedder::describe(
    const audio::AudioChunk& chunk, const std::vector<audio::SpeechSpan>& spans, SpeakerFrames* kept)
{
    std::vector<SpeakerWindow> windows;
    m_features.clear();
    const int frames = m_mfcc.compute(chunk.samples, m_features);
    if (frames == 0 || spans.empty())
        return windows;

    // Which frames (by their centre) fall inside speech.
    std::vector<char> speech(size_t(frames), 0);
    const qint64 chunkStart = chunk.startMs();
    for (const audio::SpeechSpan& span : spans) {
        const int first = int(std::max<qint64>(0, (span.startMs - chunkStart) / kFrameMs - 1));
        const int last = int(std::min<qint64>(frames, (span.endMs - chunkStart) / kFrameMs - 1));
        for (int frame = first; frame < last; ++frame)
            speech[size_t(frame)] = 1;
    }

    constexpr int d = MfccExtractor::kCoefficients;
    if (kept) {
        for (int frame = 0; frame < frames; ++frame) {
            if (!speech[size_t(frame)])
                continue;
            // Frame i covers 25 ms from i · 10 ms: its middle is in the 10 ms
            // of speech from (i + 1) · 10 ms.
            kept->startMs.push_back(chunkStart + qint64(frame + 1) * kFrameMs);
            const float* row = m_features.data() + size_t(frame) * d;
            kept->mfcc.insert(kept->mfcc.end(), row, row + d);
        }
    }
    const int windowFrames = m_windowMs / kFrameMs;
    const int hopFrames = m_hopMs / kFrameMs;
    for (int start = 0; start < frames; start += hopFrames) {
        const int end = std::min(frames, start + windowFrames);
        std::vector<double> sum(d, 0.0);
        std::vector<double> squares(d, 0.0);
        int count = 0;
        int firstSpeech = -1;
        int lastSpeech = -1;
        for (int frame = start; frame < end; ++frame) {
            if (!speech[size_t(frame)])
                continue;
            const float* row = m_features.data() + size_t(frame) * d;
            for (int c = 0; c < d; ++c) {
                sum[size_t(c)] += row[c];
                squares[size_t(c)] += double(row[c]) * row[c];
            }
            ++count;
            if (firstSpeech < 0)
                firstSpeech = frame;
            lastSpeech = frame;
        }
        if (count >= kMinSpeechFrames) {
            SpeakerWindow window;
            window.startMs = chunkStart + qint64(firstSpeech) * kFrameMs;
            window.endMs = chunkStart + qint64(lastSpeech + 1) * kFrameMs;
            window.frames = count;
            window.embedding.resize(kDimensions);
            for (int c = 0; c < d; ++c) {
                const double mean = sum[size_t(c)] / count;
                window.embedding[size_t(c)] = float(mean);
                window.embedding[size_t(d + c)]
                    = float(std::sqrt(std::max(0.0, squares[size_t(c)] / count - mean * mean)));
            }
            windows.push_back(std::move(window));
        }
        if (end == frames)
            break;
    }
    return windows;
}

} // namespace voxnote::speech
