#pragma once

#include "audio/AudioChunk.h"
#include "speech/Transcript.h"
#include "speech/VocabularyWord.h"
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

    /// Teaches the decoder the user's own words, before its first chunk:
    /// each is recognised under its spelling, with its pronunciation, and
    /// given a place in the language model. Words it knows by that spelling
    /// keep what the model knows of them. A decoder only learns: give a
    /// changed vocabulary to a new decoder. Engine failures throw `Error`;
    /// an engine that cannot learn words ignores them.
    virtual void addVocabulary(const VocabularyWords& words) { Q_UNUSED(words) }
};

} // namespace voxnote::speech
