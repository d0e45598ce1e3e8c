#pragma once

#include <QWidget>

class QCheckBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;

namespace voxnote::storage {
class DataChanges;
class Connection;
} // namespace voxnote::storage

namespace voxnote::ui {

/// The Notifications section: my notifications, newest first, unread ones in
/// bold with a dot; "Mark all as read"; a click marks one read and opens its
/// task (or the Jobs section for a job's). Lives on the GUI thread.
class NotificationsPage : public QWidget
{
    Q_OBJECT

public:
    NotificationsPage(
        storage::Connection& connection, storage::DataChanges& changes, QWidget* parent = nullptr);

    void reload();
    void markAllRead();
    /// Marks the notification in `row` read and opens what it is about.
    void openRow(int row);
    QListWidget* list() const { return m_list; }
    /// Whether the notification in `row` is unread.
    bool isUnread(int row) const;

signals:
    void openTaskRequested(const QString& taskId);
    void openJobsRequested();
    /// Something was marked read.
    void readChanged();
    void errorOccurred(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    storage::Connection& m_connection;
    QString m_meId;
    QListWidget* m_list;
    QStackedWidget* m_stack;
    QCheckBox* m_unreadOnly;
    QPushButton* m_markAll;
};

} // namespace voxnote::ui
