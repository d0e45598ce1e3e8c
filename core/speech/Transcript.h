#pragma once

#include <QList>
#include <QString>

namespace voxnote::speech {

/// One recognised word. Times are in milliseconds from the start of the
/// recording; `confidence` is the engine's posterior, 0 … 1.
struct Word
{
    QString text;
    qint64 startMs = 0;
    qint64 endMs = 0;
    double confidence = 0.0;
};

/// A voice in a recording, as found by diarization. `label` is what Voxnote
/// called it ("Speaker 1"); `name` is what the user renamed it to.
struct Speaker
{
    QString id;
    QString label;
    QString name;

    QString displayName() const { return name.isEmpty() ? label : name; }
};

/// A sentence-like stretch of one speaker's words. `speaker` indexes
/// `Transcript::speakers` (-1 if unknown). `text` is plain text (no markup),
/// so it can be indexed for search as it is.
struct TranscriptSegment
{
    QString id;
    qint64 startMs = 0;
    qint64 endMs = 0;
    int speaker = -1;
    QString text;
    QList<Word> words;
};

/// The transcript of one recording. Ids are empty until it is stored.
struct Transcript
{
    QString id;
    QString noteId;
    QString attachmentId;
    QString engine; ///< engine name and version, e.g. "pocketsphinx 5prealpha en-us"
    QString language; ///< BCP 47, e.g. "en-US"
    qint64 durationMs = 0;
    qint64 createdAtMs = 0;
    QList<Speaker> speakers;
    QList<TranscriptSegment> segments;

    /// All segment texts, one per line.
    QString plainText() const
    {
        QStringList lines;
        for (const TranscriptSegment& segment : segments)
            lines << segment.text;
        return lines.join(u'\n');
    }
};

} // namespace voxnote::speech
