#pragma once

#include <QtGlobal>

namespace voxnote::tts {

/// Receives synthesized audio as it is produced: mono 16-bit samples at the
/// synthesizer's sample rate, chunk by chunk. Called on the synthesizer's
/// thread; throw `Error` to stop the synthesis.
class AudioSink
{
public:
    virtual ~AudioSink() = default;
    virtual void write(const qint16* samples, qsizetype count) = 0;
};

} // namespace voxnote::tts
