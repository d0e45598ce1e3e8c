#pragma once

#include "audio/AudioChunk.h"
#include "speech/MfccExtractor.h"
#include "speech/Transcript.h"

#include <vector>

namespace voxnote::speech {

/// A short stretch of one chunk's speech described by the statistics of its
/// MFCCs (mean and spread of each coefficient): what speaker clustering works
/// on. A few hundred bytes per second of speech, so even a 10-hour recording's
/// windows fit in memory after its audio is gone.
struct SpeakerWindow
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    int frames = 0; ///< speech frames the statistics are over
    std::vector<float> embedding; ///< means, then standard deviations
};

/// The MFCC rows of a recording's speech frames (10 ms each) and when each
/// frame starts: what the resegmentation of `SpeakerDiarizer` works on. About
/// 8 KB per second of speech.
struct SpeakerFrames
{
    std::vector<qint64> startMs;
    std::vector<float> mfcc; ///< `MfccExtractor::kCoefficients` per frame

    size_t size() const { return startMs.size(); }
    const float* row(size_t frame) const { return mfcc.data() + frame * MfccExtractor::kCoefficients; }
    void append(SpeakerFrames&& other)
    {
        startMs.insert(startMs.end(), other.startMs.begin(), other.startMs.end());
        mfcc.insert(mfcc.end(), other.mfcc.begin(), other.mfcc.end());
    }
};

/// Describes the speech of a chunk as `SpeakerWindow`s: windows of `kWindowMs`
/// every `kHopMs`, using only the 10 ms frames that fall inside `speech`
/// (the detector's speech, or recognised words), so silence and noise do not
/// blur the voices. Not thread-safe: one per worker thread.
class SpeakerEmbedder
{
public:
    static constexpr int kWindowMs = 1000;
    static constexpr int kHopMs = 1000;
    static constexpr int kDimensions = 2 * MfccExtractor::kCoefficients;

    explicit SpeakerEmbedder(int windowMs = kWindowMs, int hopMs = kHopMs);

    /// `speech` in recording time, in order; `frames`, if given, receives
    /// the speech frames themselves.
    std::vector<SpeakerWindow> describe(const audio::AudioChunk& chunk,
        const std::vector<audio::SpeechSpan>& speech, SpeakerFrames* frames = nullptr);

private:
    int m_windowMs;
    int m_hopMs;
    MfccExtractor m_mfcc;
    std::vector<float> m_features;
};

} // namespace voxnote::speech
