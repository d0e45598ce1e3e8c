#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace voxnote::storage {

class Connection;

/// Says what kind of data changed in one profile's database, whichever
/// repository, job or sync wrote it, so views reload from the data instead
/// of being told by each other. Every connection `Profile` opens on the
/// database (on any thread: the window's, the job workers', sync's) reports
/// its commits here; the signals come on this object's thread, at most about
/// every 80 ms, once for many commits. Rolled-back writes are not reported.
/// One per database; made by the composition root before the profile opens.
class DataChanges : public QObject
{
    Q_OBJECT

public:
    enum Topic { Notes = 1, Tasks = 2, People = 4, Notifications = 8, Jobs = 16, Everything = 31 };

    explicit DataChanges(const QString& databasePath, QObject* parent = nullptr);
    ~DataChanges() override;

    /// Has `connection` report its commits to the DataChanges of its
    /// database, if there is one. Call from the connection's thread.
    static void watch(Connection& connection);

    /// Announces changes made outside any watched connection (e.g. by
    /// another process); `topics` is a combination of `Topic`s.
    void announce(int topics);

    /// The topics a write to `table` touches; 0 for bookkeeping tables.
    static int topicOf(const QString& table);

    /// Shared with the connections' commit hooks (internal).
    struct Hub;

signals:
    /// Notes, their attachments, tags, transcripts or recognised text.
    void notesChanged();
    void tasksChanged();
    void peopleChanged();
    void notificationsChanged();
    void jobsChanged();

private:
    void schedule();
    void emitPending();

    QString m_databasePath;
    std::shared_ptr<Hub> m_hub;
    QTimer* m_timer;
};

} // namespace voxnote::storage
