#pragma once

#include "tts/SpeechSynthesizer.h"

namespace voxnote::tts {

/// `SpeechSynthesizer` on libespeak-ng. Every call is carried out on the
/// process's one espeak thread (`EspeakThread`), so instances are cheap and
/// may be used from any thread but that one; requests from several threads
/// queue up. Long texts are spoken chunk by chunk at sentence boundaries.
class EspeakSynthesizer : public SpeechSynthesizer
{
public:
    QString engineKey() override;
    QList<Voice> voices() override;
    int sampleRate() override;
    Voice voiceFor(const QString& voice, const QString& text) override;
    SpeechResult synthesize(const QString& text, const SpeechSettings& settings, AudioSink& sink,
        const WordCallback& onWord, const ProgressCallback& progress, const Cancellation& cancel) override;
};

} // namespace voxnote::tts
