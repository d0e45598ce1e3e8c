#pragma once

#include "tts/Voice.h"
#include "util/Progress.h"

#include <QList>
#include <QString>

#include <functional>

namespace voxnote::tts {

class AudioSink;

/// How to speak.
struct SpeechSettings
{
    QString voice; ///< identifier, name or language code; empty: chosen from the text
    int rateWpm = 175; ///< words per minute, 80 … 450
    int pitch = 50; ///< 0 … 100
    int volume = 100; ///< percent, 0 … 200
};

/// A word as it is spoken: where it is in the text (UTF-16 offsets into the
/// QString given to `synthesize`) and when it starts in the audio.
struct SpokenWord
{
    int position = 0;
    int length = 0;
    qint64 startMs = 0;
};

/// What a synthesis produced.
struct SpeechResult
{
    Voice voice;
    int sampleRate = 0;
    qint64 sampleCount = 0;
    qint64 durationMs() const { return sampleRate > 0 ? sampleCount * 1000 / sampleRate : 0; }
};

/// Called for every word, in order, on the synthesizer's thread.
using WordCallback = std::function<void(const SpokenWord& word)>;

/// Turns text into speech. Implementations may serialise requests on a
/// thread of their own; every method may be called from any thread except
/// that one, and blocks until done, so the sink and callbacks of
/// `synthesize` must not call back into the synthesizer. Failures throw
/// `Error`.
class SpeechSynthesizer
{
public:
    virtual ~SpeechSynthesizer() = default;

    /// The engine's name, version and model, for cache and dedup keys.
    virtual QString engineKey() = 0;
    /// The installed voices, sorted by identifier.
    virtual QList<Voice> voices() = 0;
    /// The sample rate of the audio `synthesize` produces.
    virtual int sampleRate() = 0;
    /// The voice `settings.voice` names, or, if it is empty, the voice for
    /// the language of `text` (Hangul → Korean, …; English otherwise).
    /// Throws `Error` listing the installed voices if there is no such voice.
    virtual Voice voiceFor(const QString& voice, const QString& text) = 0;

    /// Speaks `text` into `sink`, streaming: however long the text, memory
    /// holds only a chunk of it as audio. Reports every word through `onWord`
    /// and the fraction of the text done through `progress` (either may be
    /// empty; both are called on the synthesizer's thread). Throws `Error` if
    /// the text has nothing speakable or the voice is unknown, and
    /// `Cancelled` once `cancel` is requested.
    virtual SpeechResult synthesize(const QString& text, const SpeechSettings& settings, AudioSink& sink,
        const WordCallback& onWord, const ProgressCallback& progress, const Cancellation& cancel)
        = 0;
};

} // namespace voxnote::tts
