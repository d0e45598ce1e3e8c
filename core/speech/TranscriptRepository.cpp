#include "speech/TranscriptRepository.h"

#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace voxnote::speech {

namespace {

const QString kTranscripts = QStringLiteral("transcripts");
const QString kSpeakers = QStringLiteral("speakers");
const QString kSegments = QStringLiteral("transcript_segments");

} // namespace

TranscriptRepository::TranscriptRepository(storage::Connection& connection)
    : m_connection(connection)
    , m_writer(connection)
{
}

void TranscriptRepository::save(Transcript& transcript)
{
    storage::Transaction transaction(m_connection);
    transcript.id = newUuidV7();
    m_writer.insert(kTranscripts, transcript.id,
        {{QStringLiteral("note_id"), transcript.noteId},
            {QStringLiteral("attachment_id"), transcript.attachmentId},
            {QStringLiteral("engine"), transcript.engine}, {QStringLiteral("language"), transcript.language},
            {QStringLiteral("duration_ms"), transcript.durationMs},
            {QStringLiteral("created_at"), transcript.createdAtMs}});
    for (int i = 0; i < transcript.speakers.size(); ++i) {
        Speaker& speaker = transcript.speakers[i];
        speaker.id = newUuidV7();
        m_writer.insert(kSpeakers, speaker.id,
            {{QStringLiteral("transcript_id"), transcript.id}, {QStringLiteral("label"), speaker.label},
                {QStringLiteral("name"), speaker.name.isEmpty() ? QVariant() : QVariant(speaker.name)},
                {QStringLiteral("position"), i}});
    }
    for (int i = 0; i < transcript.segments.size(); ++i) {
        TranscriptSegment& segment = transcript.segments[i];
        segment.id = newUuidV7();
        const bool known = segment.speaker >= 0 && segment.speaker < transcript.speakers.size();
        m_writer.insert(kSegments, segment.id,
            {{QStringLiteral("transcript_id"), transcript.id}, {QStringLiteral("position"), i},
                {QStringLiteral("start_ms"), segment.startMs}, {QStringLiteral("end_ms"), segment.endMs},
                {QStringLiteral("speaker_id"),
                    known ? QVariant(transcript.speakers[segment.speaker].id) : QVariant()},
                {QStringLiteral("text"), segment.text},
                {QStringLiteral("words"), QString::fromUtf8(wordsToJson(segment.words))}});
    }
    transaction.commit();
}

std::optional<Transcript> TranscriptRepository::find(const QString& id)
{
    storage::Statement head = m_connection.prepare("SELECT note_id, attachment_id, engine, language, "
                                                   "duration_ms, created_at FROM transcripts WHERE id = ?1");
    head.bind(1, id);
    if (!head.step())
        return std::nullopt;
    Transcript transcript;
    transcript.id = id;
    transcript.noteId = head.columnText(0);
    transcript.attachmentId = head.columnText(1);
    transcript.engine = head.columnText(2);
    transcript.language = head.columnText(3);
    transcript.durationMs = head.columnInt64(4);
    transcript.createdAtMs = head.columnInt64(5);

    storage::Statement speakers = m_connection.prepare(
        "SELECT id, label, name FROM speakers WHERE transcript_id = ?1 ORDER BY position");
    speakers.bind(1, id);
    QHash<QString, int> speakerIndex;
    while (speakers.step()) {
        speakerIndex.insert(speakers.columnText(0), int(transcript.speakers.size()));
        transcript.speakers.append({speakers.columnText(0), speakers.columnText(1), speakers.columnText(2)});
    }

    storage::Statement segments = m_connection.prepare(
        "SELECT id, start_ms, end_ms, speaker_id, text, words FROM transcript_segments "
        "WHERE transcript_id = ?1 ORDER BY position");
    segments.bind(1, id);
    while (segments.step()) {
        TranscriptSegment segment;
        segment.id = segments.columnText(0);
        segment.startMs = segments.columnInt64(1);
        segment.endMs = segments.columnInt64(2);
        segment.speaker = segments.isNull(3) ? -1 : speakerIndex.value(segments.columnText(3), -1);
        segment.text = segments.columnText(4);
        segment.words = wordsFromJson(segments.columnText(5).toUtf8());
        transcript.segments.append(segment);
    }
    return transcript;
}

QStringList TranscriptRepository::idsForNote(const QString& noteId)
{
    storage::Statement select
        = m_connection.prepare("SELECT id FROM transcripts WHERE note_id = ?1 ORDER BY created_at, id");
    select.bind(1, noteId);
    QStringList ids;
    while (select.step())
        ids << select.columnText(0);
    return ids;
}

QStringList TranscriptRepository::idsForAttachment(const QString& attachmentId)
{
    storage::Statement select
        = m_connection.prepare("SELECT id FROM transcripts WHERE attachment_id = ?1 ORDER BY created_at, id");
    select.bind(1, attachmentId);
    QStringList ids;
    while (select.step())
        ids << select.columnText(0);
    return ids;
}

bool TranscriptRepository::renameSpeaker(const QString& speakerId, const QString& name)
{
    storage::Transaction transaction(m_connection);
    storage::Statement exists = m_connection.prepare("SELECT 1 FROM speakers WHERE id = ?1");
    exists.bind(1, speakerId);
    if (!exists.step())
        return false;
    const QString trimmed = name.trimmed();
    m_writer.update(
        kSpeakers, speakerId, {{QStringLiteral("name"), trimmed.isEmpty() ? QVariant() : QVariant(trimmed)}});
    transaction.commit();
    return true;
}

bool TranscriptRepository::updateSegmentText(
    const QString& segmentId, const QString& text, const QList<Word>& words)
{
    storage::Transaction transaction(m_connection);
    storage::Statement exists = m_connection.prepare("SELECT 1 FROM transcript_segments WHERE id = ?1");
    exists.bind(1, segmentId);
    if (!exists.step())
        return false;
    m_writer.update(kSegments, segmentId,
        {{QStringLiteral("text"), text}, {QStringLiteral("words"), QString::fromUtf8(wordsToJson(words))}});
    transaction.commit();
    return true;
}

bool TranscriptRepository::remove(const QString& id)
{
    storage::Transaction transaction(m_connection);
    // No cascades in the schema (they would not be logged): children first.
    for (const auto& [table, sql] :
        {std::pair {kSegments, "SELECT id FROM transcript_segments WHERE transcript_id = ?1"},
            std::pair {kSpeakers, "SELECT id FROM speakers WHERE transcript_id = ?1"}}) {
        storage::Statement children = m_connection.prepare(sql);
        children.bind(1, id);
        QStringList ids;
        while (children.step())
            ids << children.columnText(0);
        for (const QString& child : ids)
            m_writer.remove(table, child);
    }
    const bool removed = m_writer.remove(kTranscripts, id);
    transaction.commit();
    return removed;
}

QByteArray TranscriptRepository::wordsToJson(const QList<Word>& words)
{
    QJsonArray array;
    for (const Word& word : words) {
        array.append(
            QJsonArray {word.text, word.startMs, word.endMs, std::round(word.confidence * 1000.0) / 1000.0});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<Word> TranscriptRepository::wordsFromJson(const QByteArray& json)
{
    QList<Word> words;
    for (const QJsonValue& value : QJsonDocument::fromJson(json).array()) {
        const QJsonArray entry = value.toArray();
        words.append({entry.at(0).toString(), entry.at(1).toInteger(), entry.at(2).toInteger(),
            entry.at(3).toDouble()});
    }
    return words;
}

} // namespace voxnote::speech
