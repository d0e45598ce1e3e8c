#pragma once

#include "audio/SpeechFeatures.h"

#include <deque>
#include <vector>

namespace voxnote::audio {

/// Tells speech from silence, room noise, hum and music in a 16 kHz stream,
/// 10 ms frame by 10 ms frame, without the recogniser: a small neural
/// network (`SpeechDetectorModel.inc`, made by `bench/voice`'s
/// `vx_train_speech` from the labelled trn* recordings) scores each frame's
/// `SpeechFeatures`, except that a frame whose pitch holds still (a note
/// held by an instrument: in the trn* speech 0.3 % of frames look like that,
/// in a melody almost all) is never speech; the scores are averaged over
/// ±50 ms and a frame is
/// speech when the average passes the model's threshold and the frame is
/// louder than `kAbsoluteFloorDb`.
///
/// Decisions come `kDelay` frames after their frame. Not thread-safe: one
/// per stream.
class SpeechDetector
{
public:
    static constexpr int kFrame = SpeechFeatures::kFrame;
    static constexpr int kSmoothing = 5;
    static constexpr int kDelay = SpeechFeatures::kLookahead + kSmoothing;
    /// Quieter frames are never speech, whatever they look like (dB below full scale).
    static constexpr float kAbsoluteFloorDb = -75.0F;
    /// Voiced frames around a frame whose median pitch change is below this
    /// (relative, per 10 ms) are a held note.
    static constexpr float kHeldNote = 0.003F;

    /// `threshold` below 0: the model's own.
    explicit SpeechDetector(double threshold = -1.0);

    /// Adds the next frame (`kFrame` samples); appends to `decisions` the
    /// decision (1: speech) of the frame `kDelay` back, once there is one.
    void push(const float* frame, std::vector<char>& decisions);
    /// Ends the stream: appends the decisions of the frames held back.
    void finish(std::vector<char>& decisions);

    /// The model's score of one frame, 0 … 1 (1: surely speech).
    static double score(const SpeechFeatures::Vector& features);
    /// The threshold the model was tuned to.
    static double modelThreshold();

private:
    void add(const SpeechFeatures::Frame& frame, std::vector<char>& decisions);
    void decide(size_t at, std::vector<char>& decisions);

    SpeechFeatures m_features;
    double m_threshold;
    std::deque<float> m_scores; ///< of the last frames, kSmoothing back and ahead
    std::deque<char> m_loud;
    long m_described = 0;
    long m_decided = 0;
};

} // namespace voxnote::audio
