#include "notes/NoteContents.h"

#include "ocr/OcrRepository.h"
#include "storage/Connection.h"
#include "storage/Statement.h"

#include <QHash>

namespace voxnote::notes {

NoteContents::NoteContents(storage::Connection& connection)
    : m_connection(connection)
{
}

std::optional<TranscriptOutline> NoteContents::transcript(const QString& attachmentId, int lines)
{
    storage::Statement head
        = m_connection.prepare("SELECT id, duration_ms FROM transcripts "
                               "WHERE attachment_id = ?1 ORDER BY created_at DESC, id DESC "
                               "LIMIT 1");
    head.bind(1, attachmentId);
    if (!head.step())
        return std::nullopt;
    TranscriptOutline outline;
    outline.transcriptId = head.columnText(0);
    outline.durationMs = head.columnInt64(1);

    storage::Statement speakers = m_connection.prepare(
        "SELECT id, label, name FROM speakers WHERE transcript_id = ?1 ORDER BY position");
    speakers.bind(1, outline.transcriptId);
    QHash<QString, int> speakerIndex;
    while (speakers.step()) {
        speakerIndex.insert(speakers.columnText(0), int(outline.speakers.size()));
        const QString name = speakers.columnText(2);
        outline.speakers << (name.isEmpty() ? speakers.columnText(1) : name);
    }

    storage::Statement count
        = m_connection.prepare("SELECT count(*) FROM transcript_segments WHERE transcript_id = ?1");
    count.bind(1, outline.transcriptId);
    if (count.step())
        outline.lineCount = int(count.columnInt64(0));

    if (lines == 0)
        return outline;
    // Not the words' JSON: that is most of a long transcript's bytes.
    storage::Statement segments = m_connection.prepare("SELECT start_ms, speaker_id, text FROM "
                                                       "transcript_segments WHERE transcript_id = ?1 "
                                                       "ORDER BY position LIMIT ?2");
    segments.bind(1, outline.transcriptId);
    segments.bind(2, qint64 {lines < 0 ? -1 : lines});
    while (segments.step()) {
        TranscriptLine line;
        line.startMs = segments.columnInt64(0);
        line.speaker = segments.isNull(1) ? -1 : speakerIndex.value(segments.columnText(1), -1);
        line.text = segments.columnText(2);
        outline.lines.append(line);
    }
    return outline;
}

QList<RecognisedPage> NoteContents::recognisedText(const QString& attachmentId, double unsureBelow)
{
    QList<RecognisedPage> pages;
    for (const ocr::OcrPage& page : ocr::OcrRepository(m_connection).pages(attachmentId)) {
        RecognisedPage shown;
        shown.page = page.page;
        shown.text = page.text;
        shown.warning = page.warning;
        // The words are in the order of the text, which joins them with
        // spaces and line breaks: each is found after the one before.
        qsizetype from = 0;
        for (const ocr::OcrWord& word : page.words) {
            if (word.text.isEmpty())
                continue;
            const qsizetype at = page.text.indexOf(word.text, from);
            if (at < 0)
                continue;
            from = at + word.text.size();
            if (word.confidence < unsureBelow)
                shown.unsure.append({int(at), int(word.text.size())});
        }
        pages.append(shown);
    }
    return pages;
}

} // namespace voxnote::notes
