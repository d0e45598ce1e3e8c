#pragma once

#include "audio/AudioChunk.h"

#include <vector>

namespace voxnote::audio {

/// Voice activity segmentation: cuts a 16 kHz stream at pauses into chunks of
/// speech that a recogniser can decode independently, and drops long silence.
///
/// Each 10 ms frame is speech when its energy stands clearly above a noise
/// floor that follows the quietest recent frames (so a hiss or hum does not
/// count as speech, and quiet recordings still do). A chunk closes at the
/// first pause of `pauseMs` once it is `minChunkMs` long, at any pause of
/// `longPauseMs`, or — in a breathless monologue — at the quietest frame of its
/// last stretch once it reaches `maxChunkMs`. Chunks keep `paddingMs` of the
/// surrounding audio so no word is clipped. Pure silence yields no chunk.
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
        double thresholdDb = 12.0; ///< above the noise floor
        double absoluteFloorDb = -60.0; ///< never speech below this level (dBFS)
    };

    SpeechChunker();
    explicit SpeechChunker(const Options& options);

    /// Adds the next samples of the stream; returns the chunks they completed.
    std::vector<AudioChunk> push(const float* samples, size_t count);
    /// Ends the stream; returns the last chunk, if it holds speech.
    std::vector<AudioChunk> finish();

private:
    static constexpr int kFrame = kSpeechRate / 100;

    void addFrame(const float* frame, std::vector<AudioChunk>& out);
    bool isSpeech(double energyDb);
    void closeChunk(size_t frames, std::vector<AudioChunk>& out);
    void dropLeadingSilence();
    size_t quietestFrame(size_t from, size_t to) const;
    int framesOf(int ms) const { return ms / 10; }

    Options m_options;
    std::vector<float> m_pending; ///< audio of the chunk being built
    std::vector<float> m_pendingEnergy; ///< its frames' energy in dB
    qint64 m_pendingStart = 0; ///< sample position of m_pending[0]
    std::vector<float> m_partialFrame;
    bool m_hasSpeech = false;
    size_t m_lastSpeechEnd = 0; ///< frames into m_pending
    int m_silentFrames = 0;
    double m_noiseFloorDb = 0.0;
    bool m_floorKnown = false;
    int m_nextIndex = 0;
};

} // namespace voxnote::audio
