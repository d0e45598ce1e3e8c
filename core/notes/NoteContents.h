#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::notes {

/// One line of a transcript as a note shows it: when, who, what.
struct TranscriptLine
{
    qint64 startMs = 0;
    int speaker = -1; ///< into `TranscriptOutline::speakers`; -1 if unknown
    QString text;
};

/// A recording's transcript at a glance: its length, speakers and first
/// lines — without the words' timings, which only the full transcript view
/// needs, so a note with a one-hour recording opens at once.
struct TranscriptOutline
{
    QString transcriptId;
    qint64 durationMs = 0;
    QStringList speakers; ///< display names, in the transcript's order
    int lineCount = 0; ///< of the whole transcript
    QList<TranscriptLine> lines; ///< the first ones asked for
};

/// A span of a page's `text` (start, length) the engine was unsure of.
struct UnsureSpan
{
    int start = 0;
    int length = 0;
};

/// The text recognised on one page of an image, as a note shows it.
struct RecognisedPage
{
    int page = 0; ///< 0-based
    QString text;
    /// Empty, or the sentence saying part of the page could not be read.
    QString warning;
    /// The words below the confidence asked for, in `text`, in order.
    QList<UnsureSpan> unsure;
};

/// Reads what a note's attachments hold, to show it in the note itself: a
/// recording's transcript outline and an image's recognised text. Reads
/// only; use on the connection's thread; failures throw `Error`.
class NoteContents
{
public:
    explicit NoteContents(storage::Connection& connection);

    /// The newest transcript of audio attachment `attachmentId` with its
    /// first `lines` lines (all of them if `lines` < 0), or nullopt if it has
    /// none yet.
    std::optional<TranscriptOutline> transcript(const QString& attachmentId, int lines);
    /// The pages recognised in image attachment `attachmentId` (empty if
    /// none yet), with the words below `unsureBelow` (0 … 100) marked.
    QList<RecognisedPage> recognisedText(const QString& attachmentId, double unsureBelow);

private:
    storage::Connection& m_connection;
};

} // namespace voxnote::notes
