#pragma once

#include "sync/SyncEngine.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace voxnote::sync {

class SyncWorker;

/// Background sync for the window: syncs on a timer, soon after local
/// changes, when the team server signals news, and on request — on its own
/// thread with its own database connection, so the window never waits.
/// Reports through signals (delivered on the thread that owns the service).
/// Create, call and destroy it on one thread (the GUI thread).
class SyncService : public QObject
{
    Q_OBJECT

public:
    explicit SyncService(QString dataDir, QObject* parent = nullptr);
    ~SyncService() override;

    /// Starts the worker thread and the timers. Does nothing while sync is not set up.
    void start();
    /// Cancels a running sync (and the server request it waits on) and stops
    /// the thread; returns when it has stopped.
    void stop();

    /// The latest status (copied; call from the owning thread).
    SyncStatus status() const;

    /// How often a full sync runs when nothing else triggers one.
    static constexpr int kIntervalMs = 60 * 1000;
    /// How often the worker looks for local changes and server wake-ups.
    static constexpr int kCheckMs = 3 * 1000;

public Q_SLOTS:
    /// Syncs as soon as the worker is free.
    void syncNow();
    /// Reads the status from the database again (after set-up, say).
    void refreshStatus();
    /// Sets up (or joins) a sync folder, then syncs. Reports by
    /// `setupFinished`/`syncFailed`. The passphrase is not kept.
    void setupFolder(const QString& path, const QString& passphrase);
    /// Sets up the team server, then syncs.
    void setupPostgres(const QString& connectionString, const QString& team);

Q_SIGNALS:
    void syncStarted();
    /// stage is "push", "pull" or "media".
    void progressChanged(const QString& stage, qint64 done, qint64 total);
    /// A sync ended; `summary` says what it did in one sentence.
    void syncFinished(const QString& summary);
    void syncFailed(const QString& message);
    /// Other devices' changes were merged into the profile: views showing
    /// notes or tasks should reload them (an editor holding a note that changed
    /// must reload it before saving, or its save would replace the new text).
    void remoteChangesApplied();
    /// A set-up succeeded; `description` names the remote.
    void setupFinished(const QString& description);
    /// `status()` has changed.
    void statusChanged();

private:
    void setStatus(const SyncStatus& status);
    /// Called from the worker: how to interrupt its remote (empty: none).
    void setInterrupter(std::function<void()> interrupter);

    QString m_dataDir;
    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr;
    mutable QMutex m_mutex;
    SyncStatus m_status;
    std::function<void()> m_interrupter; // guarded by m_mutex
    std::atomic_bool m_cancel = false;

    friend class SyncWorker;
};

} // namespace voxnote::sync
