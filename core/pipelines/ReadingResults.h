#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace voxnote::jobs {
struct JobContext;
}

namespace voxnote::pipelines {

/// What the "recognize" stage of a reading (ReadPipeline) stores and the
/// stages after it read: typed here, so no stage indexes another's JSON.
struct RecognizedReading
{
    static constexpr int kStage = 0; ///< its place in the pipeline

    QJsonArray files; ///< per image asked for: hash, fileName, key of its pages, or error
    QJsonArray problems; ///< sentences about the images left out
    QString text; ///< of every page read, in order

    QJsonObject toJson() const;
    /// The result a later stage of `context`'s job finds. Throws `Error` if
    /// it is missing (the job's row was damaged).
    static RecognizedReading of(const jobs::JobContext& context);
};

/// What the "synthesize" stage of a reading stores.
struct SpokenReading
{
    static constexpr int kStage = 1;

    QString audioHash; ///< the audio file in the blob store
    QString format; ///< ogg, mp3, wav or flac
    QString voice;
    qint64 durationMs = 0;
    qint64 byteSize = 0;

    QJsonObject toJson() const;
    static SpokenReading of(const jobs::JobContext& context);
};

} // namespace voxnote::pipelines
