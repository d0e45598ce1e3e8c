#include "notes/NoteListModel.h"

#include "notes/NoteRepository.h"
#include "storage/Connection.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QScopedValueRollback>

#include <array>

namespace voxnote::ui {

namespace {

constexpr int kPreviewLength = 120;

QString previewOf(const QString& body)
{
    return body.left(kPreviewLength * 2).simplified().left(kPreviewLength);
}

} // namespace

/// What a note without text of its own shows: the start of its transcript,
/// else of its recognised text, else the names of its files. The queries are
/// prepared once for a page of notes.
class MediaPreviews
{
public:
    explicit MediaPreviews(storage::Connection& connection)
        : m_queries {
            connection.prepare("SELECT group_concat(text, ' ') FROM (SELECT s.text FROM transcripts t "
                               "JOIN transcript_segments s ON s.transcript_id = t.id WHERE t.note_id = ?1 "
                               "ORDER BY t.created_at, s.position LIMIT 12)"),
            connection.prepare("SELECT group_concat(text, ' ') FROM (SELECT substr(text, 1, 480) AS text "
                               "FROM ocr_pages WHERE note_id = ?1 ORDER BY created_at, page LIMIT 2)"),
            connection.prepare("SELECT group_concat(file_name, ', ') FROM (SELECT file_name FROM attachments "
                               "WHERE note_id = ?1 ORDER BY created_at LIMIT 6)"),
        }
    {
    }

    QString of(const QString& noteId)
    {
        for (storage::Statement& select : m_queries) {
            select.reset();
            select.bind(1, noteId);
            if (select.step()) {
                const QString preview = previewOf(select.columnText(0));
                if (!preview.isEmpty())
                    return preview;
            }
        }
        return {};
    }

private:
    std::array<storage::Statement, 3> m_queries;
};

NoteListModel::Row NoteListModel::rowFor(const notes::Note& note, std::optional<MediaPreviews>& previews)
{
    QString preview = previewOf(note.body);
    if (preview.isEmpty()) {
        if (!previews)
            previews.emplace(m_connection);
        preview = previews->of(note.id);
    }
    return {note.id, note.title, preview, note.pinned, note.updatedAtMs};
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
    // The first page comes with the reset itself: fetching it after
    // endResetModel() inserted rows while views were still handling the reset.
    beginResetModel();
    m_rows.clear();
    m_hasMore = true;
    appendPage();
    endResetModel();
}

bool NoteListModel::refresh(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    const std::optional<notes::Note> note = notes::NoteRepository(m_connection).find(id);
    if (!note || note->deletedAtMs.has_value() != m_trash) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return true;
    }
    if (note->pinned != m_rows[row].pinned)
        return false;
    std::optional<MediaPreviews> previews;
    m_rows[row] = rowFor(*note, previews);
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
    // Views may ask for more while the rows of the last page are being
    // announced; that page must not be fetched a second time.
    if (parent.isValid() || !m_hasMore || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    appendPage(true);
}

void NoteListModel::appendPage(bool announce)
{
    notes::NoteRepository notes(m_connection);
    // The trash is small by nature; the notes come a page at a time.
    const QList<notes::Note> page
        = m_trash ? notes.trash(10'000) : notes.list(kPageSize, static_cast<int>(m_rows.size()));
    m_hasMore = !m_trash && page.size() == kPageSize;
    if (page.isEmpty())
        return;
    if (announce)
        beginInsertRows(
            {}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
    std::optional<MediaPreviews> previews;
    for (const notes::Note& note : page)
        m_rows.append(rowFor(note, previews));
    if (announce)
        endInsertRows();
}

} // namespace voxnote::ui
