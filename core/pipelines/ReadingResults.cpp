#include "pipelines/ReadingResults.h"

#include "Error.h"
#include "jobs/JobStage.h"

#include <QCoreApplication>

namespace voxnote::pipelines {

namespace {

const QString kFiles = QStringLiteral("files");
const QString kProblems = QStringLiteral("problems");
const QString kText = QStringLiteral("text");
const QString kAudioHash = QStringLiteral("audioHash");
const QString kFormat = QStringLiteral("format");
const QString kVoice = QStringLiteral("voice");
const QString kDurationMs = QStringLiteral("durationMs");
const QString kByteSize = QStringLiteral("byteSize");

QJsonObject resultOf(const jobs::JobContext& context, int stage)
{
    if (context.previousResults.size() <= stage || !context.previousResults.at(stage).isObject()) {
        throw Error(QCoreApplication::translate("ReadPipeline",
            "The earlier steps of this reading are missing from its record. Start the reading again."));
    }
    return context.previousResults.at(stage).toObject();
}

} // namespace

QJsonObject RecognizedReading::toJson() const
{
    return {{kFiles, files}, {kProblems, problems}, {kText, text}};
}

RecognizedReading RecognizedReading::of(const jobs::JobContext& context)
{
    const QJsonObject object = resultOf(context, kStage);
    return {
        object.value(kFiles).toArray(), object.value(kProblems).toArray(), object.value(kText).toString()};
}

QJsonObject SpokenReading::toJson() const
{
    return {{kAudioHash, audioHash}, {kFormat, format}, {kVoice, voice}, {kDurationMs, durationMs},
        {kByteSize, byteSize}};
}

SpokenReading SpokenReading::of(const jobs::JobContext& context)
{
    const QJsonObject object = resultOf(context, kStage);
    return {object.value(kAudioHash).toString(), object.value(kFormat).toString(),
        object.value(kVoice).toString(), object.value(kDurationMs).toInteger(),
        object.value(kByteSize).toInteger()};
}

} // namespace voxnote::pipelines
