#pragma once

#include "speech/Transcript.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace voxnote::exporting {

enum class TranscriptFormat { Text, Srt, WebVtt, Json, Markdown };

/// Writes a transcript in the formats people take transcripts elsewhere in:
/// plain text (optionally with times and speakers), SRT and WebVTT subtitles,
/// JSON with every segment, word, time and speaker, and Markdown. Words the
/// recogniser was unsure of (`speech::isLowConfidence`) are flagged in JSON
/// ("lowConfidence") and highlighted in Markdown (`<mark>`). Speakers
/// appear under the name the user gave them. All output is UTF-8. Call from
/// any thread; an exporter only reads the transcript it was given.
class TranscriptExporter
{
public:
    struct Options
    {
        /// For plain text: start each segment with its time and speaker.
        bool timestamps = false;
        /// The heading of Markdown output (e.g. the note title).
        QString title;
    };

    explicit TranscriptExporter(const speech::Transcript& transcript);
    TranscriptExporter(const speech::Transcript& transcript, const Options& options);

    QByteArray render(TranscriptFormat format) const;

    /// Writes the rendering to `path` atomically (QSaveFile): a crash or a full
    /// disk leaves the old file or none, never half of one. Throws `Error`
    /// naming the file.
    void save(TranscriptFormat format, const QString& path) const;

    /// "txt", "srt", "vtt", "json", "md" and their formats.
    static std::optional<TranscriptFormat> formatFromName(const QString& name);
    static QString extension(TranscriptFormat format);

    /// `01:02:03,456` (SRT) or `01:02:03.456` (WebVTT).
    static QString timestamp(qint64 ms, QChar separator);

private:
    QByteArray text() const;
    QByteArray srt() const;
    QByteArray vtt() const;
    QByteArray json() const;
    QByteArray markdown() const;
    QString speakerOf(const speech::TranscriptSegment& segment) const;
    static QString escapedMarkdown(const QString& text);
    /// Cue times: at least 1 ms long.
    static qint64 cueEnd(const speech::TranscriptSegment& segment);

    const speech::Transcript& m_transcript;
    Options m_options;
};

} // namespace voxnote::exporting
