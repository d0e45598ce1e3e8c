#include "worker/EngineOperations.h"

#include "engines/EngineRegistry.h"
#include "ocr/DocumentRecognizer.h"
#include "ocr/ImageDocument.h"
#include "speech/Transcriber.h"
#include "tts/AudioSink.h"
#include "worker/EngineMessages.h"
#include "worker/WorkerServer.h"

#include <QCborArray>

#include <map>
#include <mutex>

namespace voxnote::worker {

namespace {

QString text(const QCborMap& map, const char* name)
{
    return map.value(QString::fromLatin1(name)).toString();
}

QCborArray infosOf(const QList<engines::EngineInfo>& infos)
{
    QCborArray array;
    for (const engines::EngineInfo& info : infos) {
        array.append(QCborMap {{QStringLiteral("name"), info.name}, {QStringLiteral("version"), info.version},
            {QStringLiteral("model"), info.model}, {QStringLiteral("language"), info.language}});
    }
    return array;
}

/// Sends the audio of a synthesis as it is made.
class PartialAudioSink : public tts::AudioSink
{
public:
    explicit PartialAudioSink(WorkerReplies& replies)
        : m_replies(replies)
    {
    }

    void write(const qint16* samples, qsizetype count) override
    {
        m_replies.partial({{QStringLiteral("audio"),
            QByteArray(reinterpret_cast<const char*>(samples), count * qsizetype(sizeof(qint16)))}});
    }

private:
    WorkerReplies& m_replies;
};

/// What one worker keeps loaded between requests, by engine name.
struct LoadedEngines
{
    explicit LoadedEngines(std::shared_ptr<const engines::EngineRegistry> engines)
        : registry(std::move(engines))
    {
    }

    ocr::DocumentRecognizer& recognizer(const QString& name, int threads)
    {
        const std::lock_guard lock(mutex);
        auto& recognizer = recognizers[name];
        if (!recognizer)
            recognizer = std::make_unique<ocr::DocumentRecognizer>(threads, registry->ocr(name).make);
        return *recognizer;
    }

    speech::Transcriber& transcriber(const QString& name)
    {
        const std::lock_guard lock(mutex);
        auto& transcriber = transcribers[name];
        if (!transcriber)
            transcriber = std::make_unique<speech::Transcriber>(registry->recognizer(name).make());
        return *transcriber;
    }

    std::shared_ptr<tts::SpeechSynthesizer> synthesizer(const QString& name)
    {
        const std::lock_guard lock(mutex);
        auto& synthesizer = synthesizers[name];
        if (!synthesizer)
            synthesizer = registry->synthesizer(name).make();
        return synthesizer;
    }

    std::shared_ptr<const engines::EngineRegistry> registry;
    std::mutex mutex;
    std::map<QString, std::unique_ptr<ocr::DocumentRecognizer>> recognizers;
    std::map<QString, std::unique_ptr<speech::Transcriber>> transcribers;
    std::map<QString, std::shared_ptr<tts::SpeechSynthesizer>> synthesizers;
};

} // namespace

void addEngineOperations(WorkerServer& server, std::shared_ptr<const engines::EngineRegistry> registry)
{
    auto loaded = std::make_shared<LoadedEngines>(registry);

    server.add(QStringLiteral("engines"), [registry](const QCborMap&, WorkerReplies&, const Cancellation&) {
        return QCborMap {{QStringLiteral("ocr"), infosOf(registry->ocrEngines())},
            {QStringLiteral("recognizers"), infosOf(registry->recognizers())},
            {QStringLiteral("synthesizers"), infosOf(registry->synthesizers())}};
    });

    server.add(QStringLiteral("ocr"),
        [loaded](const QCborMap& args, WorkerReplies& replies, const Cancellation& cancel) {
            const ocr::ImageDocument document
                = ocr::ImageDocument::open(text(args, "path"), {}, text(args, "name"));
            ocr::DocumentRecognizer& recognizer = loaded->recognizer(
                text(args, "engine"), static_cast<int>(args.value(QStringLiteral("threads")).toInteger()));
            const QList<ocr::OcrPage> pages = recognizer.recognize(
                document, messages::toOcrSettings(args.value(QStringLiteral("settings")).toMap()),
                [&replies](double fraction) { replies.progress(fraction); }, cancel);
            return QCborMap {{QStringLiteral("pages"), messages::fromOcrPages(pages)}};
        });

    server.add(QStringLiteral("transcribe"),
        [loaded](const QCborMap& args, WorkerReplies& replies, const Cancellation& cancel) {
            speech::Transcriber& transcriber = loaded->transcriber(text(args, "engine"));
            const speech::Transcript transcript = transcriber.transcribe(
                text(args, "path"),
                messages::toTranscriptionOptions(args.value(QStringLiteral("options")).toMap()),
                [&replies](double fraction) { replies.progress(fraction); }, cancel, text(args, "name"));
            return QCborMap {{QStringLiteral("transcript"), messages::fromTranscript(transcript)}};
        });

    server.add(QStringLiteral("voices"), [loaded](const QCborMap& args, WorkerReplies&, const Cancellation&) {
        const std::shared_ptr<tts::SpeechSynthesizer> synthesizer = loaded->synthesizer(text(args, "engine"));
        QCborArray voices;
        for (const tts::Voice& voice : synthesizer->voices())
            voices.append(messages::fromVoice(voice));
        return QCborMap {
            {QStringLiteral("voices"), voices}, {QStringLiteral("sampleRate"), synthesizer->sampleRate()}};
    });

    server.add(QStringLiteral("synthesize"),
        [loaded](const QCborMap& args, WorkerReplies& replies, const Cancellation& cancel) {
            const std::shared_ptr<tts::SpeechSynthesizer> synthesizer
                = loaded->synthesizer(text(args, "engine"));
            PartialAudioSink sink(replies);
            const tts::SpeechResult result = synthesizer->synthesize(
                text(args, "text"),
                messages::toSpeechSettings(args.value(QStringLiteral("settings")).toMap()), sink,
                [&replies](const tts::SpokenWord& word) {
                    replies.partial(
                        {{QStringLiteral("word"), QCborArray {word.position, word.length, word.startMs}}});
                },
                [&replies](double fraction) { replies.progress(fraction); }, cancel);
            return QCborMap {{QStringLiteral("voice"), messages::fromVoice(result.voice)},
                {QStringLiteral("sampleRate"), result.sampleRate},
                {QStringLiteral("sampleCount"), result.sampleCount}};
        });
}

} // namespace voxnote::worker
