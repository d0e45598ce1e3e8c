#pragma once

#include "storage/SyncedWriter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace voxnote::storage {

class Connection;

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

/// Notes and their attachments. Every write goes through `SyncedWriter`, so
/// it is logged for sync in the same transaction. Use on the connection's
/// thread; failures throw `Error`.
class NoteRepository
{
public:
    explicit NoteRepository(Connection& connection);

    Note create(const QString& title, const QString& body);
    /// Returns false if there is no such note.
    bool setTitleAndBody(const QString& id, const QString& title, const QString& body);
    bool setPinned(const QString& id, bool pinned);
    bool moveToTrash(const QString& id);
    bool restore(const QString& id);
    /// Deletes the note and its attachments for good (the blobs stay in the
    /// store until no note refers to them).
    bool purge(const QString& id);

    std::optional<Note> find(const QString& id);
    /// Notes not in the trash, pinned first, most recently changed first.
    QList<Note> list(int limit = 100, int offset = 0);
    qint64 count(bool includeTrash = false);

    Attachment attach(const QString& noteId, const QString& blobHash, const QString& kind,
        const QString& fileName, const QString& mimeType, qint64 byteSize);
    QList<Attachment> attachments(const QString& noteId);

private:
    bool touch(const QString& id, Fields fields);

    Connection& m_connection;
    SyncedWriter m_writer;
};

} // namespace voxnote::storage
