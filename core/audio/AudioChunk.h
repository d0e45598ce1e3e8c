#pragma once

#include <QtGlobal>

#include <vector>

namespace voxnote::audio {

/// The sample rate of everything after decoding: what speech engines expect.
inline constexpr int kSpeechRate = 16000;

/// A stretch of speech (with a little silence either side) cut from a longer
/// recording, at 16 kHz mono. `startSample` is its position in the recording.
struct AudioChunk
{
    int index = 0; ///< 0, 1, 2 … in recording order
    qint64 startSample = 0;
    std::vector<float> samples;

    qint64 startMs() const { return startSample * 1000 / kSpeechRate; }
    qint64 endMs() const { return (startSample + qint64(samples.size())) * 1000 / kSpeechRate; }
};

} // namespace voxnote::audio
