#include "notifications/NotificationCenter.h"

#include "Error.h"
#include "notify/NotificationRepository.h"
#include "people/PersonRepository.h"
#include "storage/DataChanges.h"
#include "util/Clock.h"
#include "util/Log.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>

namespace voxnote::ui {

namespace {
constexpr int kPollMs = 2000; // picks up notifications written by workers and sync
}

NotificationCenter::NotificationCenter(
    storage::Connection& connection, storage::DataChanges& changes, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_meId(people::PersonRepository(connection).me().id)
    , m_poll(new QTimer(this))
    , m_newestSeenMs(Clock::instance().nowMs())
{
    // Follows the data, whoever changed it.
    connect(&changes, &storage::DataChanges::notificationsChanged, this, &NotificationCenter::check);
    connect(&changes, &storage::DataChanges::tasksChanged, this, &NotificationCenter::check);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Voxnote"));
        connect(m_tray, &QSystemTrayIcon::activated, this, &NotificationCenter::activated);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &NotificationCenter::activated);
        m_tray->show();
    }
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &NotificationCenter::check);
    m_poll->start();
    check();
}

void NotificationCenter::check()
{
    QList<notify::Notification> fresh;
    int unread = 0;
    try {
        notify::NotificationRepository repository(m_connection);
        unread = repository.unreadCount(m_meId);
        if (unread > 0)
            for (const notify::Notification& notification : repository.list(m_meId, true, 20))
                if (notification.createdAtMs > m_newestSeenMs)
                    fresh.prepend(notification);
    } catch (const Error& error) {
        qCWarning(lcUi) << "cannot read notifications:" << error.message();
        return;
    }
    for (const notify::Notification& notification : std::as_const(fresh)) {
        m_newestSeenMs = std::max(m_newestSeenMs, notification.createdAtMs);
        const bool failed = notification.kind == u"job_failed";
        const QString title = notification.taskId.isEmpty()
            ? (failed ? tr("A job failed") : tr("A job finished"))
            : tr("Task update");
        m_announced << title + u": " + notification.message;
        if (m_tray)
            m_tray->showMessage(title, notification.message,
                failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 6000);
    }
    if (unread != m_unread || !fresh.isEmpty()) {
        const bool countChanged = unread != m_unread;
        m_unread = unread;
        if (countChanged)
            emit unreadChanged(unread);
        emit notificationsChanged();
    }
}

} // namespace voxnote::ui
