#pragma once

#include "speech/SpeechDecoder.h"

#include <QString>

#include <memory>

namespace voxnote::speech {

/// A speech recogniser Voxnote can transcribe with (PocketSphinx today; a
/// whisper.cpp engine would be a second implementation). Callers only ever
/// see this interface and `SpeechDecoder`, so engine types never leak out.
/// An engine is immutable once made: call it from any thread.
class TranscriptionEngine
{
public:
    virtual ~TranscriptionEngine() = default;

    /// Name, version and model, stored with every transcript.
    virtual QString name() const = 0;
    /// The language its model recognises (BCP 47).
    virtual QString language() const = 0;
    /// Loads a decoder for one worker thread. Throws `Error` if the model
    /// cannot be loaded.
    virtual std::unique_ptr<SpeechDecoder> createDecoder() const = 0;
};

} // namespace voxnote::speech
