#include "notes/NoteListModel.h"

#include "storage/Connection.h"
#include "storage/NoteRepository.h"
#include "storage/Statement.h"

#include <QDateTime>

namespace voxnote::ui {

namespace {

constexpr int kPreviewLength = 120;

QString previewOf(const QString& body)
{
    return body.left(kPreviewLength * 2).simplified().left(kPreviewLength);
}

/// What a note without text of its own shows: the start of its transcript,
/// else of its recognised text, else the names of its files.
QString mediaPreviewOf(storage::Connection& connection, const QString& noteId)
{
    static constexpr const char* kQueries[] = {
        "SELECT group_concat(text, ' ') FROM (SELECT s.text FROM transcripts t JOIN transcript_segments s "
        "ON s.transcript_id = t.id WHERE t.note_id = ?1 ORDER BY t.created_at, s.position LIMIT 12)",
        "SELECT group_concat(text, ' ') FROM (SELECT substr(text, 1, 480) AS text FROM ocr_pages "
        "WHERE note_id = ?1 ORDER BY created_at, page LIMIT 2)",
        "SELECT group_concat(file_name, ', ') FROM (SELECT file_name FROM attachments WHERE note_id = ?1 "
        "ORDER BY created_at LIMIT 6)",
    };
    for (const char* sql : kQueries) {
        storage::Statement select = connection.prepare(sql);
        select.bind(1, noteId);
        if (select.step()) {
            const QString preview = previewOf(select.columnText(0));
            if (!preview.isEmpty())
                return preview;
        }
    }
    return {};
}

} // namespace

NoteListModel::Row NoteListModel::rowFor(const storage::Note& note)
{
    const QString body = previewOf(note.body);
    return {note.id, note.title, body.isEmpty() ? mediaPreviewOf(m_connection, note.id) : body, note.pinned,
        note.updatedAtMs};
}

NoteListModel::NoteListModel(storage::Connection& connection, QObject* parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
{
}

void NoteListModel::setShowTrash(bool trash)
{
    m_trash = trash;
    reload();
}

void NoteListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_hasMore = true;
    endResetModel();
    fetchMore({});
}

bool NoteListModel::refresh(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    const std::optional<storage::Note> note = storage::NoteRepository(m_connection).find(id);
    if (!note || note->deletedAtMs.has_value() != m_trash) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return true;
    }
    if (note->pinned != m_rows[row].pinned)
        return false;
    m_rows[row] = rowFor(*note);
    emit dataChanged(index(row), index(row));
    return true;
}

int NoteListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

int NoteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant NoteListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.title.isEmpty() ? tr("Untitled note") : row.title;
    case Qt::ToolTipRole:
        return row.preview;
    case IdRole:
        return row.id;
    case PreviewRole:
        return row.preview;
    case PinnedRole:
        return row.pinned;
    case UpdatedRole:
        return QDateTime::fromMSecsSinceEpoch(row.updatedAtMs);
    default:
        return {};
    }
}

bool NoteListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void NoteListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_hasMore)
        return;
    storage::NoteRepository notes(m_connection);
    // The trash is small by nature; the notes come a page at a time.
    const QList<storage::Note> page
        = m_trash ? notes.trash(10'000) : notes.list(kPageSize, static_cast<int>(m_rows.size()));
    m_hasMore = !m_trash && page.size() == kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
    for (const storage::Note& note : page)
        m_rows.append(rowFor(note));
    endInsertRows();
}

} // namespace voxnote::ui
