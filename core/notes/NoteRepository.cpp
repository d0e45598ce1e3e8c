#include "notes/NoteRepository.h"

#include "Error.h"
#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>

namespace voxnote::notes {

using storage::Connection;
using storage::Fields;
using storage::Statement;
using storage::Transaction;

namespace {

const QString kNotes = QStringLiteral("notes");
const QString kAttachments = QStringLiteral("attachments");

constexpr const char* kNoteColumns = "id, title, body, pinned, created_at, updated_at, deleted_at";

Note noteFrom(const Statement& row)
{
    Note note;
    note.id = row.columnText(0);
    note.title = row.columnText(1);
    note.body = row.columnText(2);
    note.pinned = row.columnInt64(3) != 0;
    note.createdAtMs = row.columnInt64(4);
    note.updatedAtMs = row.columnInt64(5);
    if (!row.isNull(6))
        note.deletedAtMs = row.columnInt64(6);
    return note;
}

} // namespace

NoteRepository::NoteRepository(Connection& connection)
    : m_connection(connection)
    , m_writer(connection)
{
}

Note NoteRepository::create(const QString& title, const QString& body)
{
    Note note;
    note.id = newUuidV7();
    note.title = title;
    note.body = body;
    note.createdAtMs = note.updatedAtMs = Clock::instance().nowMs();
    m_writer.insert(kNotes, note.id,
        {{QStringLiteral("title"), title}, {QStringLiteral("body"), body}, {QStringLiteral("pinned"), false},
            {QStringLiteral("created_at"), note.createdAtMs},
            {QStringLiteral("updated_at"), note.updatedAtMs}});
    return note;
}

bool NoteRepository::touch(const QString& id, Fields fields)
{
    Transaction transaction(m_connection);
    if (!find(id))
        return false;
    if (m_writer.update(kNotes, id, fields) > 0)
        m_writer.update(kNotes, id, {{QStringLiteral("updated_at"), Clock::instance().nowMs()}});
    transaction.commit();
    return true;
}

bool NoteRepository::setTitleAndBody(const QString& id, const QString& title, const QString& body)
{
    Transaction transaction(m_connection);
    const std::optional<Note> note = find(id);
    if (!note)
        return false;
    if (note->title != title || note->body != body)
        keepRevision(*note, false);
    touch(id, {{QStringLiteral("title"), title}, {QStringLiteral("body"), body}});
    transaction.commit();
    return true;
}

void NoteRepository::keepRevision(const Note& note, bool always)
{
    const qint64 now = Clock::instance().nowMs();
    if (!always) {
        Statement last
            = m_connection.prepare("SELECT max(created_at) FROM note_revisions WHERE note_id = ?1");
        last.bind(1, note.id);
        if (last.step() && !last.isNull(0) && now - last.columnInt64(0) < kRevisionIntervalMs)
            return;
    }
    m_writer.insert(QStringLiteral("note_revisions"), newUuidV7(),
        {{QStringLiteral("note_id"), note.id}, {QStringLiteral("title"), note.title},
            {QStringLiteral("body"), note.body}, {QStringLiteral("created_at"), now}});
}

QList<NoteRevision> NoteRepository::revisions(const QString& noteId)
{
    Statement select = m_connection.prepare("SELECT id, note_id, title, body, created_at FROM note_revisions "
                                            "WHERE note_id = ?1 ORDER BY created_at DESC, id DESC");
    select.bind(1, noteId);
    QList<NoteRevision> list;
    while (select.step()) {
        list << NoteRevision {select.columnText(0), select.columnText(1), select.columnText(2),
            select.columnText(3), select.columnInt64(4)};
    }
    return list;
}

Note NoteRepository::restoreRevision(const QString& noteId, const QString& revisionId)
{
    Transaction transaction(m_connection);
    Statement select
        = m_connection.prepare("SELECT title, body FROM note_revisions WHERE id = ?1 AND note_id = ?2");
    select.bindAll(revisionId, noteId);
    const std::optional<Note> note = find(noteId);
    if (!note || !select.step())
        throw Error(QCoreApplication::translate("NoteRepository", "Note %1 has no revision %2.")
                        .arg(noteId, revisionId));
    const QString title = select.columnText(0);
    const QString body = select.columnText(1);
    select.reset();
    keepRevision(*note, true);
    touch(noteId, {{QStringLiteral("title"), title}, {QStringLiteral("body"), body}});
    transaction.commit();
    return *find(noteId);
}

bool NoteRepository::setPinned(const QString& id, bool pinned)
{
    return touch(id, {{QStringLiteral("pinned"), pinned}});
}

bool NoteRepository::moveToTrash(const QString& id)
{
    return touch(id, {{QStringLiteral("deleted_at"), Clock::instance().nowMs()}});
}

bool NoteRepository::restore(const QString& id)
{
    return touch(id, {{QStringLiteral("deleted_at"), QVariant()}});
}

bool NoteRepository::purge(const QString& id)
{
    Transaction transaction(m_connection);
    // Everything that belongs to the note goes with it, each row logged.
    Statement transcripts = m_connection.prepare("SELECT id FROM transcripts WHERE note_id = ?1");
    transcripts.bind(1, id);
    QStringList transcriptIds;
    while (transcripts.step())
        transcriptIds << transcripts.columnText(0);
    for (const QString& transcriptId : transcriptIds) {
        m_writer.removeWhere(
            QStringLiteral("transcript_segments"), QStringLiteral("transcript_id"), transcriptId);
        m_writer.removeWhere(QStringLiteral("speakers"), QStringLiteral("transcript_id"), transcriptId);
        m_writer.remove(QStringLiteral("transcripts"), transcriptId);
    }
    const QString noteId = QStringLiteral("note_id");
    for (const char* table : {"ocr_pages", "task_links", "note_tags", "note_revisions", "attachments"})
        m_writer.removeWhere(QString::fromLatin1(table), noteId, id);
    const bool removed = m_writer.remove(kNotes, id);
    transaction.commit();
    return removed;
}

std::optional<Note> NoteRepository::find(const QString& id)
{
    Statement select
        = m_connection.prepare(std::string("SELECT ") + kNoteColumns + " FROM notes WHERE id = ?1");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return noteFrom(select);
}

QList<Note> NoteRepository::list(int limit, int offset, const QString& tag)
{
    Statement select = m_connection.prepare(std::string("SELECT ") + kNoteColumns
        + " FROM notes WHERE deleted_at IS NULL AND (?3 = '' OR id IN (SELECT nt.note_id FROM note_tags nt "
          "JOIN tags t ON t.id = nt.tag_id WHERE t.name = ?3 COLLATE NOCASE)) "
          "ORDER BY pinned DESC, updated_at DESC LIMIT ?1 OFFSET ?2");
    select.bindAll(limit, offset, tag);
    QList<Note> notes;
    while (select.step())
        notes.append(noteFrom(select));
    return notes;
}

QList<Note> NoteRepository::trash(int limit)
{
    Statement select = m_connection.prepare(std::string("SELECT ") + kNoteColumns
        + " FROM notes WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC LIMIT ?1");
    select.bind(1, limit);
    QList<Note> notes;
    while (select.step())
        notes.append(noteFrom(select));
    return notes;
}

qint64 NoteRepository::count(bool includeTrash)
{
    return m_connection.queryInt(
        includeTrash ? "SELECT count(*) FROM notes" : "SELECT count(*) FROM notes WHERE deleted_at IS NULL");
}

Attachment NoteRepository::attach(const QString& noteId, const QString& blobHash, const QString& kind,
    const QString& fileName, const QString& mimeType, qint64 byteSize)
{
    Attachment attachment {
        newUuidV7(), noteId, blobHash, kind, fileName, mimeType, byteSize, Clock::instance().nowMs()};
    m_writer.insert(kAttachments, attachment.id,
        {{QStringLiteral("note_id"), noteId}, {QStringLiteral("blob_hash"), blobHash},
            {QStringLiteral("kind"), kind}, {QStringLiteral("file_name"), fileName},
            {QStringLiteral("mime_type"), mimeType}, {QStringLiteral("byte_size"), byteSize},
            {QStringLiteral("created_at"), attachment.createdAtMs}});
    return attachment;
}

QList<Attachment> NoteRepository::attachments(const QString& noteId)
{
    Statement select = m_connection.prepare(
        "SELECT id, note_id, blob_hash, kind, file_name, mime_type, byte_size, created_at FROM attachments "
        "WHERE note_id = ?1 ORDER BY created_at, id");
    select.bind(1, noteId);
    QList<Attachment> list;
    while (select.step()) {
        list.append({select.columnText(0), select.columnText(1), select.columnText(2), select.columnText(3),
            select.columnText(4), select.columnText(5), select.columnInt64(6), select.columnInt64(7)});
    }
    return list;
}

QString NoteRepository::listVersion()
{
    return m_connection.queryText(
        "SELECT count(*) || ':' || coalesce(max(updated_at), 0) || ':' || count(deleted_at) || ':' "
        "|| total(pinned) FROM notes");
}

} // namespace voxnote::notes
