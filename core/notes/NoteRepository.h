#pragma once

#include "storage/SyncedWriter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::notes {

struct Note
{
    QString id;
    QString title;
    QString body;
    bool pinned = false;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    std::optional<qint64> deletedAtMs; ///< set while the note is in the trash
};

struct Attachment
{
    QString id;
    QString noteId;
    QString blobHash;
    QString kind; ///< "audio", "image", "speech", "document"
    QString fileName;
    QString mimeType;
    qint64 byteSize = 0;
    qint64 createdAtMs = 0;
};

/// An earlier version of a note, kept when its text was replaced.
struct NoteRevision
{
    QString id;
    QString noteId;
    QString title;
    QString body;
    qint64 createdAtMs = 0; ///< when this version was replaced
};

/// Notes, their attachments and their revisions. Every write goes through `SyncedWriter`, so
/// it is logged for sync in the same transaction. Use on the connection's
/// thread; failures throw `Error`.
class NoteRepository
{
public:
    explicit NoteRepository(storage::Connection& connection);

    /// Revisions are kept at most this often while a note is being edited,
    /// so typing with autosave does not store thousands of them.
    static constexpr qint64 kRevisionIntervalMs = 5 * 60 * 1000;

    Note create(const QString& title, const QString& body);
    /// Returns false if there is no such note. Keeps the text it replaces as a
    /// revision unless one was kept less than kRevisionIntervalMs ago.
    bool setTitleAndBody(const QString& id, const QString& title, const QString& body);
    /// Revisions of the note, newest first.
    QList<NoteRevision> revisions(const QString& noteId);
    /// Puts the revision's text back; the text it replaces becomes a revision
    /// too, so a restore can itself be undone. Throws `Error` if the note has
    /// no such revision.
    Note restoreRevision(const QString& noteId, const QString& revisionId);
    bool setPinned(const QString& id, bool pinned);
    bool moveToTrash(const QString& id);
    bool restore(const QString& id);
    /// Deletes the note and its attachments for good (the blobs stay in the
    /// store until no note refers to them).
    bool purge(const QString& id);

    std::optional<Note> find(const QString& id);
    /// Notes not in the trash (with `tag`, if given), pinned first, most
    /// recently changed first.
    QList<Note> list(int limit = 100, int offset = 0, const QString& tag = {});
    /// A value that changes whenever a note is made, edited, pinned, trashed,
    /// restored or removed: a list read earlier is current while it is equal.
    QString listVersion();
    /// Notes in the trash, most recently deleted first.
    QList<Note> trash(int limit = 100);
    qint64 count(bool includeTrash = false);

    Attachment attach(const QString& noteId, const QString& blobHash, const QString& kind,
        const QString& fileName, const QString& mimeType, qint64 byteSize);
    QList<Attachment> attachments(const QString& noteId);

private:
    bool touch(const QString& id, storage::Fields fields);
    void keepRevision(const Note& note, bool always);

    storage::Connection& m_connection;
    storage::SyncedWriter m_writer;
};

} // namespace voxnote::notes

namespace voxnote::storage {
// Their names from when they lived in core/storage, for the engines' code
// until it moves over.
using notes::Attachment;
using notes::Note;
using notes::NoteRepository;
using notes::NoteRevision;
} // namespace voxnote::storage
