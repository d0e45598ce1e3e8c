#pragma once

#include <QtGlobal>

#include <vector>

namespace voxnote::audio {

/// The sample rate of everything after decoding: what speech engines expect.
inline constexpr int kSpeechRate = 16000;

/// A stretch of a recording, in milliseconds from its start.
struct SpeechSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;

    qint64 lengthMs() const { return endMs - startMs; }
    bool operator==(const SpeechSpan&) const = default;
};

/// A stretch of speech (with a little silence either side) cut from a longer
/// recording, at 16 kHz mono. `startSample` is its position in the recording;
/// `speech` lists the parts of it that are speech, in order, in recording time.
struct AudioChunk
{
    int index = 0; ///< 0, 1, 2 … in recording order
    qint64 startSample = 0;
    std::vector<float> samples;
    std::vector<SpeechSpan> speech;

    qint64 startMs() const { return startSample * 1000 / kSpeechRate; }
    qint64 endMs() const { return (startSample + qint64(samples.size())) * 1000 / kSpeechRate; }
};

} // namespace voxnote::audio
