#include "worker/WorkerSynthesizer.h"

#include "tts/AudioSink.h"
#include "tts/VoiceChoice.h"
#include "worker/EngineMessages.h"
#include "worker/EngineWorkers.h"

#include <QCborArray>
#include <QCoreApplication>

namespace voxnote::worker {

namespace {

// espeak-ng speaks about 1,500 times faster than real time; this is ample.
constexpr qint64 kSpeechBaseSeconds = 60;
constexpr double kSpeechSecondsPerKiloChar = 2;

} // namespace

WorkerSynthesizer::WorkerSynthesizer(
    std::shared_ptr<EngineWorkers> workers, Priority priority, QString engine)
    : m_workers(std::move(workers))
    , m_priority(priority)
    , m_engine(std::move(engine))
{
}

std::shared_ptr<tts::SpeechSynthesizer> WorkerSynthesizer::interactive()
{
    return std::make_shared<WorkerSynthesizer>(EngineWorkers::shared(), Priority::Interactive);
}

std::shared_ptr<tts::SpeechSynthesizer> WorkerSynthesizer::background()
{
    return std::make_shared<WorkerSynthesizer>(EngineWorkers::shared(), Priority::Background);
}

const WorkerSynthesizer::Installed& WorkerSynthesizer::installed()
{
    const std::lock_guard lock(m_mutex);
    if (!m_installed) {
        const QCborMap reply
            = m_workers->call({QStringLiteral("voices"), QCborMap {{QStringLiteral("engine"), m_engine}},
                QCoreApplication::translate("WorkerSynthesizer", "the list of voices"), kSpeechBaseSeconds,
                Priority::Interactive});
        Installed installed;
        for (const QCborValue& voice : reply.value(QStringLiteral("voices")).toArray())
            installed.voices.append(messages::toVoice(voice.toMap()));
        installed.sampleRate = static_cast<int>(reply.value(QStringLiteral("sampleRate")).toInteger());
        m_installed = installed;
    }
    return *m_installed;
}

QString WorkerSynthesizer::engineKey()
{
    return m_workers->engineInfo(QStringLiteral("synthesizers"), m_engine).key();
}

QList<tts::Voice> WorkerSynthesizer::voices()
{
    return installed().voices;
}

int WorkerSynthesizer::sampleRate()
{
    return installed().sampleRate;
}

tts::Voice WorkerSynthesizer::voiceFor(const QString& voice, const QString& text)
{
    return tts::chooseVoice(voices(), voice, text);
}

tts::SpeechResult WorkerSynthesizer::synthesize(const QString& text, const tts::SpeechSettings& settings,
    tts::AudioSink& sink, const tts::WordCallback& onWord, const ProgressCallback& progress,
    const Cancellation& cancel)
{
    WorkerRequest request;
    request.op = QStringLiteral("synthesize");
    request.args = {{QStringLiteral("text"), text}, {QStringLiteral("engine"), m_engine},
        {QStringLiteral("settings"), messages::fromSpeechSettings(settings)}};
    request.subject = QCoreApplication::translate("WorkerSynthesizer", "the text to read aloud");
    request.cpuSeconds
        = cpuSecondsFor(kSpeechBaseSeconds, kSpeechSecondsPerKiloChar, double(text.size()) / 1000.0);
    request.priority = m_priority;
    const auto onPartial = [&](const QCborMap& partial) {
        const QCborValue audio = partial.value(QStringLiteral("audio"));
        if (audio.isByteArray()) {
            const QByteArray bytes = audio.toByteArray();
            sink.write(
                reinterpret_cast<const qint16*>(bytes.constData()), bytes.size() / qsizetype(sizeof(qint16)));
            return;
        }
        const QCborArray word = partial.value(QStringLiteral("word")).toArray();
        if (onWord && word.size() == 3)
            onWord({static_cast<int>(word.at(0).toInteger()), static_cast<int>(word.at(1).toInteger()),
                word.at(2).toInteger()});
    };
    const QCborMap reply = m_workers->call(request, progress, onPartial, cancel);
    tts::SpeechResult result;
    result.voice = messages::toVoice(reply.value(QStringLiteral("voice")).toMap());
    result.sampleRate = static_cast<int>(reply.value(QStringLiteral("sampleRate")).toInteger());
    result.sampleCount = reply.value(QStringLiteral("sampleCount")).toInteger();
    return result;
}

} // namespace voxnote::worker
