#pragma once

#include "storage/SyncedWriter.h"

#include <QList>
#include <QString>

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::notify {

struct Notification
{
    QString id;
    QString personId;
    QString taskId; ///< empty for notifications about jobs
    QString kind; ///< assigned, status, edited, job_done, job_failed
    QString message;
    qint64 createdAtMs = 0;
    std::optional<qint64> readAtMs;
};

/// Notifications for the people concerned by a change, with read/unread.
/// Creating one also queues an e-mail when SMTP is configured and the
/// person has an address (see EmailOutbox). Use on the connection's thread.
class NotificationRepository
{
public:
    explicit NotificationRepository(storage::Connection& connection);

    Notification create(
        const QString& personId, const QString& taskId, const QString& kind, const QString& message);

    QList<Notification> list(const QString& personId, bool unreadOnly = false, int limit = 200);
    int unreadCount(const QString& personId);
    /// Returns false if there is no such notification.
    bool markRead(const QString& id);
    int markAllRead(const QString& personId);

private:
    storage::Connection& m_connection;
    storage::SyncedWriter m_writer;
};

} // namespace voxnote::notify
