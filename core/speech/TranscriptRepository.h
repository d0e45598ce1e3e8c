#pragma once

#include "speech/Transcript.h"
#include "storage/SyncedWriter.h"

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::speech {

/// Stored transcripts: a `transcripts` row linked to the note and its audio
/// attachment, its speakers, and its segments (each with its words as JSON,
/// so a long recording is thousands of rows, not hundreds of thousands).
/// Every write goes through `SyncedWriter` in one transaction — a transcript
/// is stored whole or not at all. Use on the connection's thread; failures
/// throw `Error`.
class TranscriptRepository
{
public:
    explicit TranscriptRepository(storage::Connection& connection);

    /// Stores `transcript` (its `noteId` and `attachmentId` must be set) and
    /// fills in the ids of it, its speakers and its segments.
    void save(Transcript& transcript);

    std::optional<Transcript> find(const QString& id);
    /// The ids of the transcripts of a note, oldest first.
    QStringList idsForNote(const QString& noteId);
    /// The ids of the transcripts of an attachment, oldest first.
    QStringList idsForAttachment(const QString& attachmentId);

    /// Gives a speaker the name the user chose (empty: back to its label).
    /// Returns false if there is no such speaker.
    bool renameSpeaker(const QString& speakerId, const QString& name);

    /// Replaces the text and words of a segment the user edited; its start,
    /// end and speaker stay. Returns false if there is no such segment.
    bool updateSegmentText(const QString& segmentId, const QString& text, const QList<Word>& words);

    /// Deletes a transcript with its speakers and segments. Returns false if
    /// there was no such transcript.
    bool remove(const QString& id);

    /// `[[word, start_ms, end_ms, confidence], …]`, as stored per segment.
    static QByteArray wordsToJson(const QList<Word>& words);
    static QList<Word> wordsFromJson(const QByteArray& json);

private:
    storage::Connection& m_connection;
    storage::SyncedWriter m_writer;
};

} // namespace voxnote::speech
