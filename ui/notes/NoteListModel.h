#pragma once

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace voxnote::notes {
struct Note;
}
namespace voxnote::storage {
class Connection;
} // namespace voxnote::storage

namespace voxnote::ui {

class MediaPreviews;

/// The notes of the list view, fetched a page at a time as the view
/// scrolls, so 100,000 notes cost no more to open than a hundred. Shows
/// either the notes or the trash. Lives on the GUI thread, over the GUI
/// thread's connection.
class NoteListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, PreviewRole, PinnedRole, UpdatedRole };

    explicit NoteListModel(storage::Connection& connection, QObject* parent = nullptr);

    void setShowTrash(bool trash);
    bool showsTrash() const { return m_trash; }
    /// Reloads from the first page (after a change elsewhere).
    void reload();
    /// Updates the loaded row of note `id` in place after an edit (or drops it
    /// if it left this view), without reloading the list. Returns false if the
    /// list must be reloaded instead: the note is not loaded, or its pin
    /// changed and with it its place.
    bool refresh(const QString& id);
    /// The row of the note with `id`, or -1 if it is not loaded.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int kPageSize = 200;

private:
    /// Reads the next page of notes into the rows; `announce` wraps it in
    /// beginInsertRows/endInsertRows (not inside a reset).
    void appendPage(bool announce = false);
    struct Row
    {
        QString id;
        QString title;
        QString preview;
        bool pinned = false;
        qint64 updatedAtMs = 0;
    };

    /// The row of `note`; a note without text of its own previews its
    /// transcript, recognised text or files.
    Row rowFor(const notes::Note& note, std::optional<MediaPreviews>& previews);

    storage::Connection& m_connection;
    QList<Row> m_rows;
    bool m_trash = false;
    bool m_hasMore = true;
    bool m_fetching = false; ///< in fetchMore, which views may re-enter
};

} // namespace voxnote::ui
