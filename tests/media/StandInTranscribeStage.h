#pragma once

// Until core/speech has its own "transcribe" job stage on this branch, the
// media tests register this one: it does what the stage will (transcribe
// the attachment's blob and store the transcript) with the real engine.
#if __has_include("speech/TranscribeStage.h")
#define VOXNOTE_TEST_HAS_TRANSCRIBE_STAGE 1
#else
#include "jobs/JobQueue.h"
#include "jobs/JobStage.h"
#include "pipelines/Pipelines.h"
#include "speech/PocketSphinxEngine.h"
#include "speech/Transcriber.h"
#include "speech/TranscriptRepository.h"
#include "storage/BlobStore.h"
#include "storage/DataDirectory.h"

#include <QDir>
#include <QJsonObject>

namespace voxnote::test {

class StandInTranscribeStage : public jobs::JobStage
{
public:
    QString name() const override { return QStringLiteral("transcribe"); }
    QByteArray cacheKey(const jobs::JobContext&) const override { return {}; }
    QJsonObject run(jobs::JobContext& context) override
    {
        speech::Transcriber transcriber(std::make_shared<speech::PocketSphinxEngine>());
        const QString path = storage::BlobStore(storage::DataDirectory::blobsPath(context.dataDir))
                                 .pathOf(context.inputHash);
        speech::Transcript transcript
            = transcriber.transcribe(path, {}, context.progress, *context.cancellation);
        transcript.noteId = context.params.value(QStringLiteral("noteId")).toString();
        transcript.attachmentId = context.params.value(QStringLiteral("attachmentId")).toString();
        speech::TranscriptRepository(*context.database).save(transcript);
        return {{QStringLiteral("transcriptId"), transcript.id}};
    }
};

inline void registerStandInTranscription(jobs::JobQueue& queue)
{
    queue.registerPipeline(pipelines::transcribeKind(), [] {
        jobs::Pipeline pipeline;
        pipeline.push_back(std::make_unique<StandInTranscribeStage>());
        return pipeline;
    });
}

} // namespace voxnote::test
#endif
