#pragma once

#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace voxnote::storage {
class DataChanges;
class Connection;
} // namespace voxnote::storage

namespace voxnote::ui {

/// Watches my notifications (task assigned to me or changed, job finished
/// or failed — whoever recorded them: this window, a job worker, or sync)
/// and announces new ones: the unread count for the sidebar badge, and a
/// desktop notification through the system tray where there is one (none
/// offscreen or on a desktop without a tray: then it stays silent).
/// Lives on the GUI thread.
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    NotificationCenter(
        storage::Connection& connection, storage::DataChanges& changes, QObject* parent = nullptr);

    /// Looks for new notifications now (after a change this window made).
    void check();
    int unreadCount() const { return m_unread; }
    /// The desktop notifications shown so far (title, message), for tests.
    const QStringList& announced() const { return m_announced; }
    QSystemTrayIcon* trayIcon() const { return m_tray; }

signals:
    void unreadChanged(int unread);
    /// A notification arrived, or one was read: the list should be reloaded.
    void notificationsChanged();
    /// The tray icon or one of its messages was clicked.
    void activated();

private:
    storage::Connection& m_connection;
    QString m_meId;
    QTimer* m_poll;
    QSystemTrayIcon* m_tray = nullptr;
    int m_unread = -1;
    qint64 m_newestSeenMs;
    QStringList m_announced;
};

} // namespace voxnote::ui
