#include "notify/NotificationRepository.h"

#include "notify/EmailOutbox.h"
#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Uuid.h"

namespace voxnote::notify {

namespace {
const QString kNotifications = QStringLiteral("notifications");
}

NotificationRepository::NotificationRepository(storage::Connection& connection)
    : m_connection(connection)
    , m_writer(connection)
{
}

Notification NotificationRepository::create(
    const QString& personId, const QString& taskId, const QString& kind, const QString& message)
{
    Notification notification {
        newUuidV7(), personId, taskId, kind, message, Clock::instance().nowMs(), std::nullopt};
    storage::Transaction transaction(m_connection);
    m_writer.insert(kNotifications, notification.id,
        {{QStringLiteral("person_id"), personId},
            {QStringLiteral("task_id"), taskId.isEmpty() ? QVariant() : QVariant(taskId)},
            {QStringLiteral("kind"), kind}, {QStringLiteral("message"), message},
            {QStringLiteral("created_at"), notification.createdAtMs}});
    EmailOutbox(m_connection).enqueueFor(notification);
    transaction.commit();
    return notification;
}

QList<Notification> NotificationRepository::list(const QString& personId, bool unreadOnly, int limit)
{
    storage::Statement select = m_connection.prepare(
        "SELECT id, person_id, coalesce(task_id, ''), kind, message, created_at, read_at FROM notifications "
        "WHERE person_id = ?1 AND (?2 = 0 OR read_at IS NULL) ORDER BY created_at DESC, id DESC LIMIT ?3");
    select.bindAll(personId, unreadOnly, limit);
    QList<Notification> notifications;
    while (select.step()) {
        Notification notification {select.columnText(0), select.columnText(1), select.columnText(2),
            select.columnText(3), select.columnText(4), select.columnInt64(5), std::nullopt};
        if (!select.isNull(6))
            notification.readAtMs = select.columnInt64(6);
        notifications << notification;
    }
    return notifications;
}

int NotificationRepository::unreadCount(const QString& personId)
{
    storage::Statement count
        = m_connection.prepare("SELECT count(*) FROM notifications WHERE person_id = ?1 AND read_at IS NULL");
    count.bind(1, personId);
    count.step();
    return static_cast<int>(count.columnInt64(0));
}

bool NotificationRepository::markRead(const QString& id)
{
    storage::Transaction transaction(m_connection);
    storage::Statement exists
        = m_connection.prepare("SELECT read_at IS NULL FROM notifications WHERE id = ?1");
    exists.bind(1, id);
    if (!exists.step())
        return false;
    if (exists.columnInt64(0) != 0)
        m_writer.update(kNotifications, id, {{QStringLiteral("read_at"), Clock::instance().nowMs()}});
    transaction.commit();
    return true;
}

int NotificationRepository::markAllRead(const QString& personId)
{
    storage::Transaction transaction(m_connection);
    int count = 0;
    for (const Notification& notification : list(personId, true, 100'000))
        count += markRead(notification.id) ? 1 : 0;
    transaction.commit();
    return count;
}

} // namespace voxnote::notify
