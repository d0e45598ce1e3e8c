#pragma once

#include "audio/AudioChunk.h"
#include "audio/SpeechDetector.h"

#include <deque>
#include <vector>

namespace voxnote::audio {

/// Voice activity segmentation: cuts a 16 kHz stream at pauses into chunks of
/// speech that a recogniser can decode independently, and drops long silence.
///
/// Each 10 ms frame is speech or not as `SpeechDetector` says (so room
/// noise, hum and music are not speech, and quiet recordings still are);
/// each chunk lists the stretches of it that are speech (`AudioChunk::speech`).
/// A chunk closes at the
/// first pause of `pauseMs` once it is `minChunkMs` long, at any pause of
/// `longPauseMs`, or — in a breathless monologue — at the quietest frame of its
/// last stretch once it reaches `maxChunkMs`. Chunks keep `paddingMs` of the
/// surrounding audio so no word is clipped. Silence or noise alone yields no
/// chunk.
/// Not thread-safe: one chunker per stream.
class SpeechChunker
{
public:
    struct Options
    {
        int pauseMs = 300;
        int longPauseMs = 1000;
        int minChunkMs = 4000;
        int maxChunkMs = 20000;
        int paddingMs = 250;
        double threshold = -1.0; ///< `SpeechDetector`'s; below 0: the model's own
        int bridgeMs = 200; ///< `tidied`: pauses shorter than this are inside speech
        int shortestSpeechMs = 150; ///< `tidied`: shorter bursts are not speech
    };

    SpeechChunker();
    explicit SpeechChunker(const Options& options);

    /// Adds the next samples of the stream; returns the chunks they completed.
    std::vector<AudioChunk> push(const float* samples, size_t count);
    /// Ends the stream; returns the last chunk, if it holds speech.
    std::vector<AudioChunk> finish();

    /// The speech of a whole recording from its chunks' `speech` lists (in
    /// order): pauses shorter than `bridgeMs` closed, then bursts shorter
    /// than `shortestSpeechMs` (a click, a cough) left out.
    std::vector<SpeechSpan> tidied(const std::vector<SpeechSpan>& spans) const;

private:
    static constexpr int kFrame = kSpeechRate / 100;

    void detect(const float* frame, std::vector<AudioChunk>& out);
    void addFrame(const float* frame, bool speech, std::vector<AudioChunk>& out);
    void closeChunk(size_t frames, std::vector<AudioChunk>& out);
    void dropLeadingSilence();
    size_t quietestFrame(size_t from, size_t to) const;
    int framesOf(int ms) const { return ms / 10; }

    Options m_options;
    std::vector<float> m_pending; ///< audio of the chunk being built
    std::vector<float> m_pendingEnergy; ///< its frames' energy in dB
    std::vector<char> m_pendingSpeech; ///< its frames' speech decisions
    SpeechDetector m_detector;
    std::deque<std::vector<float>> m_undecided; ///< frames the detector has not decided yet
    std::vector<char> m_decisions;
    qint64 m_pendingStart = 0; ///< sample position of m_pending[0]
    std::vector<float> m_partialFrame;
    bool m_hasSpeech = false;
    size_t m_lastSpeechEnd = 0; ///< frames into m_pending
    int m_silentFrames = 0;
    int m_nextIndex = 0;
};

} // namespace voxnote::audio
