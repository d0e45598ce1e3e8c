#pragma once

#include "tts/SpeechSynthesizer.h"
#include "worker/WorkerRequest.h"

#include <memory>
#include <mutex>
#include <optional>

namespace voxnote::worker {

class EngineWorkers;

/// `tts::SpeechSynthesizer` that speaks in an engine worker: the text goes
/// there, the audio and the words stream back into the sink and the
/// callbacks as they are made. The voices are asked for once. Every method
/// blocks; call from any thread but the GUI's.
class WorkerSynthesizer : public tts::SpeechSynthesizer
{
public:
    /// `engine`: a registered synthesizer's name; empty: the default.
    WorkerSynthesizer(std::shared_ptr<EngineWorkers> workers, Priority priority, QString engine = {});

    /// The synthesizer the window and the command line speak with: the
    /// process's engine workers, served first (someone is listening).
    static std::shared_ptr<tts::SpeechSynthesizer> interactive();
    /// The same for jobs that make audio files in the background.
    static std::shared_ptr<tts::SpeechSynthesizer> background();

    QString engineKey() override;
    QList<tts::Voice> voices() override;
    int sampleRate() override;
    tts::Voice voiceFor(const QString& voice, const QString& text) override;
    tts::SpeechResult synthesize(const QString& text, const tts::SpeechSettings& settings,
        tts::AudioSink& sink, const tts::WordCallback& onWord, const ProgressCallback& progress,
        const Cancellation& cancel) override;

private:
    struct Installed
    {
        QList<tts::Voice> voices;
        int sampleRate = 0;
    };
    const Installed& installed();

    std::shared_ptr<EngineWorkers> m_workers;
    Priority m_priority;
    QString m_engine;
    std::mutex m_mutex;
    std::optional<Installed> m_installed;
};

} // namespace voxnote::worker
