#include "audio/SpeechChunker.h"

#include <algorithm>
#include <cmath>

namespace voxnote::audio {

namespace {

double energyDb(const float* frame, int count)
{
    double sum = 0.0;
    for (int i = 0; i < count; ++i)
        sum += double(frame[i]) * double(frame[i]);
    return 10.0 * std::log10(sum / count + 1e-12);
}

} // namespace

SpeechChunker::SpeechChunker()
    : SpeechChunker(Options {})
{
}

SpeechChunker::SpeechChunker(const Options& options)
    : m_options(options)
    , m_detector(options.threshold)
{
}

std::vector<AudioChunk> SpeechChunker::push(const float* samples, size_t count)
{
    std::vector<AudioChunk> out;
    size_t used = 0;
    if (!m_partialFrame.empty()) {
        used = std::min(count, size_t(kFrame) - m_partialFrame.size());
        m_partialFrame.insert(m_partialFrame.end(), samples, samples + used);
        if (m_partialFrame.size() < size_t(kFrame))
            return out;
        detect(m_partialFrame.data(), out);
        m_partialFrame.clear();
    }
    for (; used + kFrame <= count; used += kFrame)
        detect(samples + used, out);
    m_partialFrame.assign(samples + used, samples + count);
    return out;
}

std::vector<AudioChunk> SpeechChunker::finish()
{
    std::vector<AudioChunk> out;
    m_decisions.clear();
    m_detector.finish(m_decisions);
    for (const char speech : m_decisions) {
        addFrame(m_undecided.front().data(), speech != 0, out);
        m_undecided.pop_front();
    }
    m_pending.insert(m_pending.end(), m_partialFrame.begin(), m_partialFrame.end());
    m_partialFrame.clear();
    if (m_hasSpeech) {
        const size_t frames
            = std::min(m_pendingEnergy.size(), m_lastSpeechEnd + framesOf(m_options.paddingMs));
        closeChunk(frames == m_pendingEnergy.size() ? m_pending.size() / kFrame + 1 : frames, out);
    }
    m_pending.clear();
    m_pendingEnergy.clear();
    m_pendingSpeech.clear();
    return out;
}

std::vector<SpeechSpan> SpeechChunker::tidied(const std::vector<SpeechSpan>& spans) const
{
    std::vector<SpeechSpan> joined;
    for (const SpeechSpan& span : spans) {
        if (!joined.empty() && span.startMs - joined.back().endMs < m_options.bridgeMs)
            joined.back().endMs = std::max(joined.back().endMs, span.endMs);
        else
            joined.push_back(span);
    }
    std::erase_if(
        joined, [&](const SpeechSpan& span) { return span.lengthMs() < m_options.shortestSpeechMs; });
    return joined;
}

void SpeechChunker::detect(const float* frame, std::vector<AudioChunk>& out)
{
    m_undecided.emplace_back(frame, frame + kFrame);
    m_decisions.clear();
    m_detector.push(frame, m_decisions);
    for (const char speech : m_decisions) {
        addFrame(m_undecided.front().data(), speech != 0, out);
        m_undecided.pop_front();
    }
}

void SpeechChunker::addFrame(const float* frame, bool speech, std::vector<AudioChunk>& out)
{
    const double db = energyDb(frame, kFrame);
    m_pending.insert(m_pending.end(), frame, frame + kFrame);
    m_pendingEnergy.push_back(float(db));
    m_pendingSpeech.push_back(speech ? 1 : 0);
    if (speech) {
        m_hasSpeech = true;
        m_silentFrames = 0;
        m_lastSpeechEnd = m_pendingEnergy.size();
    } else {
        ++m_silentFrames;
    }

    if (!m_hasSpeech) {
        dropLeadingSilence();
        return;
    }
    const size_t length = m_pendingEnergy.size();
    const bool pause = m_silentFrames >= framesOf(m_options.pauseMs)
        && int(m_lastSpeechEnd) >= framesOf(m_options.minChunkMs);
    const bool longPause = m_silentFrames >= framesOf(m_options.longPauseMs);
    if (pause || longPause) {
        closeChunk(m_lastSpeechEnd + std::min(m_silentFrames, framesOf(m_options.paddingMs)), out);
    } else if (int(length) >= framesOf(m_options.maxChunkMs)) {
        closeChunk(quietestFrame(length * 2 / 3, length), out);
    }
}

size_t SpeechChunker::quietestFrame(size_t from, size_t to) const
{
    return size_t(std::min_element(m_pendingEnergy.begin() + long(from), m_pendingEnergy.begin() + long(to))
        - m_pendingEnergy.begin());
}

void SpeechChunker::closeChunk(size_t frames, std::vector<AudioChunk>& out)
{
    const size_t samples = std::min(m_pending.size(), frames * kFrame);
    AudioChunk chunk;
    chunk.index = m_nextIndex++;
    chunk.startSample = m_pendingStart;
    chunk.samples.assign(m_pending.begin(), m_pending.begin() + long(samples));
    const size_t emittedFrames = std::min(frames, m_pendingEnergy.size());
    for (size_t f = 0; f < emittedFrames; ++f) {
        if (!m_pendingSpeech[f])
            continue;
        const qint64 startMs = (m_pendingStart + qint64(f) * kFrame) * 1000 / kSpeechRate;
        if (!chunk.speech.empty() && chunk.speech.back().endMs == startMs)
            chunk.speech.back().endMs += 10;
        else
            chunk.speech.push_back({startMs, startMs + 10});
    }
    out.push_back(std::move(chunk));

    m_pending.erase(m_pending.begin(), m_pending.begin() + long(samples));
    m_pendingEnergy.erase(m_pendingEnergy.begin(), m_pendingEnergy.begin() + long(emittedFrames));
    m_pendingSpeech.erase(m_pendingSpeech.begin(), m_pendingSpeech.begin() + long(emittedFrames));
    m_pendingStart += qint64(samples);
    // What is left is either silence (the start of the pause) or, after a
    // forced cut, the rest of the current speech.
    const bool speechLeft = m_lastSpeechEnd > emittedFrames;
    m_lastSpeechEnd = speechLeft ? m_lastSpeechEnd - emittedFrames : 0;
    m_hasSpeech = speechLeft;
    if (!m_hasSpeech)
        dropLeadingSilence();
}

void SpeechChunker::dropLeadingSilence()
{
    const size_t keep = size_t(framesOf(m_options.paddingMs));
    if (m_pendingEnergy.size() <= keep)
        return;
    const size_t drop = m_pendingEnergy.size() - keep;
    m_pendingEnergy.erase(m_pendingEnergy.begin(), m_pendingEnergy.begin() + long(drop));
    m_pendingSpeech.erase(m_pendingSpeech.begin(), m_pendingSpeech.begin() + long(drop));
    m_pending.erase(m_pending.begin(), m_pending.begin() + long(drop * kFrame));
    m_pendingStart += qint64(drop * kFrame);
}

} // namespace voxnote::audio
