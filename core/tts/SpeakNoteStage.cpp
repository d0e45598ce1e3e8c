#include "tts/SpeakNoteStage.h"

#include "jobs/JobQueue.h"
#include "storage/BlobStore.h"
#include "storage/DataDirectory.h"
#include "tts/SoundFileWriter.h"
#include "tts/SpeechRenditions.h"
#include "tts/SpeechSynthesizer.h"
#include "worker/WorkerSynthesizer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace voxnote::tts {

namespace {

SpeechSettings settingsOf(const QJsonObject& params)
{
    SpeechSettings settings;
    settings.voice = params.value(QStringLiteral("voice")).toString();
    settings.rateWpm = params.value(QStringLiteral("rateWpm")).toInt(settings.rateWpm);
    settings.pitch = params.value(QStringLiteral("pitch")).toInt(settings.pitch);
    settings.volume = params.value(QStringLiteral("volume")).toInt(settings.volume);
    return settings;
}

} // namespace

QString SpeakNoteStage::kind()
{
    return QStringLiteral("speak");
}

void SpeakNoteStage::registerWith(jobs::JobQueue& queue, std::shared_ptr<SpeechSynthesizer> synthesizer)
{
    if (!synthesizer)
        synthesizer = worker::WorkerSynthesizer::background();
    queue.registerPipeline(kind(), [synthesizer] {
        jobs::Pipeline pipeline;
        pipeline.push_back(std::make_unique<SpeakNoteStage>(synthesizer));
        return pipeline;
    });
}

SpeakNoteStage::SpeakNoteStage(std::shared_ptr<SpeechSynthesizer> synthesizer)
    : m_synthesizer(std::move(synthesizer))
{
}

QString SpeakNoteStage::name() const
{
    return QStringLiteral("synthesize");
}

QString SpeakNoteStage::exclusiveResource() const
{
    return QStringLiteral("espeak-ng");
}

QByteArray SpeakNoteStage::cacheKey(const jobs::JobContext& context) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(context.inputHash.toUtf8());
    hash.addData(QJsonDocument(context.params).toJson(QJsonDocument::Compact));
    hash.addData(m_synthesizer->engineKey().toUtf8());
    return hash.result().toHex();
}

QJsonObject SpeakNoteStage::run(jobs::JobContext& context)
{
    storage::BlobStore blobs(storage::DataDirectory::blobsPath(context.dataDir));
    SpeechRenditions renditions(*context.database, blobs);
    const QString noteId = context.params.value(QStringLiteral("noteId")).toString();
    const QString text = renditions.textOfNote(noteId);

    QTemporaryDir scratch;
    const QString path = scratch.filePath(
        u"speech." + context.params.value(QStringLiteral("format")).toString(QStringLiteral("ogg")));
    SoundFileWriter writer(path, m_synthesizer->sampleRate());
    const SpeechResult result = m_synthesizer->synthesize(
        text, settingsOf(context.params), writer, {}, context.progress, *context.cancellation);
    writer.commit();
    const storage::Attachment attachment = renditions.attach(noteId, path);
    return {{QStringLiteral("attachmentId"), attachment.id},
        {QStringLiteral("voice"), result.voice.identifier},
        {QStringLiteral("durationMs"), result.durationMs()}};
}

} // namespace voxnote::tts
