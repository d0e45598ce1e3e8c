#pragma once

#include "ocr/OcrPage.h"
#include "storage/SyncedWriter.h"

#include <QList>
#include <QString>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::ocr {

/// The recognised pages of image attachments (table `ocr_pages`, one row per
/// page, its plain text indexed for search). Writes go through
/// `SyncedWriter`, so they are logged for sync. Use on the connection's
/// thread; failures throw `Error`.
class OcrRepository
{
public:
    explicit OcrRepository(storage::Connection& connection);

    /// Stores `pages` as the text of attachment `attachmentId` of note
    /// `noteId`, replacing any earlier recognition of it, in one transaction.
    void save(const QString& noteId, const QString& attachmentId, const QList<OcrPage>& pages);
    /// The pages of one attachment, in page order.
    QList<OcrPage> pages(const QString& attachmentId);
    /// The text of all image attachments of a note, attachment by attachment
    /// and page by page, separated by blank lines.
    QString textOfNote(const QString& noteId);
    /// Deletes the pages of one attachment. Returns how many there were.
    int remove(const QString& attachmentId);

private:
    storage::Connection& m_connection;
    storage::SyncedWriter m_writer;
};

} // namespace voxnote::ocr
