#pragma once

#include "audio/PowerSpectrum.h"

#include <array>
#include <deque>
#include <vector>

namespace voxnote::audio {

/// What speech detection looks at, per 10 ms frame of a 16 kHz stream: how
/// far the frame's energy, overall and in four bands between 100 Hz and
/// 4 kHz, stands above the noise floor of the recording so far (the lowest
/// level of the last three seconds, so a steady hiss, hum or fan is the floor
/// and not speech), how flat its spectrum is (noise is flat, voices are not),
/// how periodic it is at a voice's pitch (60–400 Hz), how much its bands
/// change from frame to frame, how steady its pitch is (a voice's pitch glides
/// all the time; an instrument holds a note), and the same summarised over
/// the 200 ms, 600 ms and 1.2 s around it, with the spectrum's shape over
/// the 200 ms around (speech comes and goes four or five times
/// a second; a tone or a fan does not).
///
/// A frame's features are known `kLookahead` frames after it arrives. The
/// values are not standardised; `SpeechDetector` does that with its model.
/// Not thread-safe: one per stream.
class SpeechFeatures
{
public:
    static constexpr int kFrame = 160; ///< 10 ms at 16 kHz
    static constexpr int kCount = 21;
    static constexpr int kLookahead = 60;
    /// Where `Vector` holds the median pitch change between neighbouring
    /// voiced frames of the 300 ms around, and the share of them voiced.
    static constexpr int kPitchGlide = 14;
    static constexpr int kVoicedShare = 15;
    using Vector = std::array<float, kCount>;

    /// One frame described.
    struct Frame
    {
        Vector values {};
        float levelDb = 0.0F; ///< its level in dB below full scale (the values are relative)
    };

    SpeechFeatures();

    /// Adds the next frame (`kFrame` samples). Returns true and fills `out`
    /// with the frame `kLookahead` frames back, once there is one.
    bool push(const float* frame, Frame& out);
    /// Ends the stream: the frames still held back, in order.
    void finish(std::vector<Frame>& out);

private:
    static constexpr int kBands = 5; ///< the whole 100 Hz – 4 kHz band, then four parts of it
    static constexpr int kFloorFrames = 300;

    struct Raw
    {
        std::array<float, kBands> db {}; ///< band levels
        std::array<float, kBands> smoothedDb {}; ///< over 5 frames, for the floor
        float flatness = 0.0F;
        float harmonicity = 0.0F;
        float lag = 0.0F; ///< the pitch period in samples at 8 kHz, with a fraction
        float flux = 0.0F;
        float levelDb = 0.0F;
    };

    Raw measure(const float* frame);
    Frame describe(size_t at) const;

    PowerSpectrum m_spectrum;
    std::vector<float> m_power;
    std::vector<float> m_window; ///< the last 400 samples
    std::deque<Raw> m_history; ///< kFloorFrames back, kLookahead ahead of the frame described next
    long m_frames = 0;
};

} // namespace voxnote::audio
