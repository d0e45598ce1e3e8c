#include "pipelines/Pipelines.h"

#include "jobs/JobQueue.h"
#include "ocr/RecognizeImageStage.h"
#include "pipelines/ReadPipeline.h"
#include "speech/TranscribeStage.h"
#include "tts/SpeakNoteStage.h"

#include <QCoreApplication>

namespace voxnote::pipelines {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Pipelines", text);
}

} // namespace

QString transcribeKind()
{
    return speech::TranscribeStage::kind();
}

void registerPipelines(jobs::JobQueue& queue)
{
    // Every engine runs in the process's engine workers, never in this one.
    ocr::RecognizeImageStage::registerWith(queue);
    ReadPipeline::registerWith(queue);
    tts::SpeakNoteStage::registerWith(queue);
    speech::TranscribeStage::registerWith(queue);
}

QString jobKindName(const QString& kind)
{
    if (kind == transcribeKind())
        return tr("Transcription");
    if (kind == ocr::RecognizeImageStage::kind())
        return tr("Text recognition");
    if (kind == tts::SpeakNoteStage::kind())
        return tr("Reading aloud");
    if (kind == ReadPipeline::kind())
        return tr("Reading pages aloud");
    return kind;
}

QString jobStageName(const QString& stage)
{
    if (stage == u"transcribe")
        return tr("Transcribing");
    if (stage == u"diarize")
        return tr("Finding speakers");
    if (stage == u"recognize")
        return tr("Recognizing text");
    if (stage == u"synthesize")
        return tr("Speaking");
    if (stage == u"save")
        return tr("Saving");
    return stage;
}

} // namespace voxnote::pipelines
