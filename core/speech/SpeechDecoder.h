#pragma once

#include "audio/AudioChunk.h"
#include "speech/Transcript.h"
#include "util/Progress.h"

namespace voxnote::speech {

/// One loaded recogniser. Not thread-safe: each worker thread owns one and
/// keeps it for all the chunks it decodes, because loading a model is costly.
class SpeechDecoder
{
public:
    virtual ~SpeechDecoder() = default;

    /// Recognises the speech in `chunk` and returns its words (fillers and
    /// silences left out) with times from the start of the recording, in
    /// order. Checks `cancel` at least every quarter second of audio and
    /// throws `Cancelled` when asked to stop; engine failures throw `Error`.
    virtual QList<Word> recognize(const audio::AudioChunk& chunk, const Cancellation& cancel) = 0;
};

} // namespace voxnote::speech
