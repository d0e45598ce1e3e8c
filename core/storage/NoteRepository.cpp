#include "storage/NoteRepository.h"

#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Uuid.h"

namespace voxnote::storage {

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
            {QStringLiteral("created_at"), note.createdAtMs}, {QStringLiteral("updated_at"), note.updatedAtMs}});
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
    return touch(id, {{QStringLiteral("title"), title}, {QStringLiteral("body"), body}});
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
    for (const Attachment& attachment : attachments(id))
        m_writer.remove(kAttachments, attachment.id);
    const bool removed = m_writer.remove(kNotes, id);
    transaction.commit();
    return removed;
}

std::optional<Note> NoteRepository::find(const QString& id)
{
    Statement select = m_connection.prepare(std::string("SELECT ") + kNoteColumns + " FROM notes WHERE id = ?1");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return noteFrom(select);
}

QList<Note> NoteRepository::list(int limit, int offset)
{
    Statement select = m_connection.prepare(std::string("SELECT ") + kNoteColumns
        + " FROM notes WHERE deleted_at IS NULL ORDER BY pinned DESC, updated_at DESC LIMIT ?1 OFFSET ?2");
    select.bindAll(limit, offset);
    QList<Note> notes;
    while (select.step())
        notes.append(noteFrom(select));
    return notes;
}

qint64 NoteRepository::count(bool includeTrash)
{
    return m_connection.queryInt(includeTrash ? "SELECT count(*) FROM notes"
                                              : "SELECT count(*) FROM notes WHERE deleted_at IS NULL");
}

Attachment NoteRepository::attach(const QString& noteId, const QString& blobHash, const QString& kind,
    const QString& fileName, const QString& mimeType, qint64 byteSize)
{
    Attachment attachment {newUuidV7(), noteId, blobHash, kind, fileName, mimeType, byteSize,
        Clock::instance().nowMs()};
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

} // namespace voxnote::storage
