#include "sync/SyncService.h"

#include "storage/BlobStore.h"
#include "storage/ChangeLog.h"
#include "storage/Connection.h"
#include "storage/DataDirectory.h"
#include "storage/Profile.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <memory>

namespace voxnote::sync {

/// Lives on the service's thread; owns the connection and the remote.
class SyncWorker : public QObject
{
public:
    explicit SyncWorker(SyncService& service)
        : m_service(service)
    {
    }

    void begin()
    {
        try {
            m_connection = std::make_unique<storage::Connection>(
                storage::Profile::openConnection(storage::DataDirectory::databasePath(m_service.m_dataDir)));
            m_blobs = std::make_unique<storage::BlobStore>(
                storage::DataDirectory::blobsPath(m_service.m_dataDir));
        } catch (const Error& error) {
            Q_EMIT m_service.syncFailed(error.message());
            return;
        }
        m_check = new QTimer(this);
        connect(m_check, &QTimer::timeout, this, [this] { check(); });
        m_check->start(SyncService::kCheckMs);
        publishStatus();
        QTimer::singleShot(0, this, [this] { runSync(); });
    }

    void check()
    {
        if (!m_connection)
            return;
        bool due = m_sinceLastMs.isValid() ? m_sinceLastMs.elapsed() >= SyncService::kIntervalMs : true;
        try {
            storage::ChangeLog log(*m_connection);
            const qint64 newest = log.lastSequence(log.siteId());
            if (newest != m_lastSeenSequence)
                due = true;
            if (!due && m_remote && m_remote->waitForWakeUp(0))
                due = true;
        } catch (const Error& error) {
            qCWarning(lcSync) << "check:" << error.what();
        }
        if (due)
            runSync();
    }

    void runSync()
    {
        if (!m_connection)
            return;
        SyncEngine engine(*m_connection, *m_blobs, m_service.m_dataDir);
        m_sinceLastMs.start();
        try {
            if (!engine.status().configured || engine.status().stopped) {
                publishStatus();
                return;
            }
            Q_EMIT m_service.syncStarted();
            if (!m_remote) {
                m_remote = engine.openRemote();
                m_service.setInterrupter(m_remote->interrupter());
            }
            const SyncReport report = engine.run(
                *m_remote,
                [this](const QString& stage, qint64 done, qint64 total) {
                    Q_EMIT m_service.progressChanged(stage, done, total);
                },
                &m_service.m_cancel);
            if (report.applied > 0)
                Q_EMIT m_service.remoteChangesApplied();
            Q_EMIT m_service.syncFinished(
                QCoreApplication::translate("SyncService", "Sent %1 and received %2 changes.")
                    .arg(report.pushed)
                    .arg(report.applied));
        } catch (const Error& error) {
            m_service.setInterrupter({});
            m_remote.reset(); // reconnect next time
            qCWarning(lcSync) << "sync failed:" << error.what();
            Q_EMIT m_service.syncFailed(error.message());
        } catch (const std::exception& error) {
            // Never into Qt's event loop, which would end the program, and
            // at every start again if the cause stays in the remote.
            m_service.setInterrupter({});
            m_remote.reset();
            qCWarning(lcSync) << "sync failed:" << error.what();
            Q_EMIT m_service.syncFailed(QCoreApplication::translate(
                "SyncService", "Sync failed unexpectedly (%1) and stopped for now; nothing was lost.")
                                            .arg(QString::fromLocal8Bit(error.what())));
        }
        publishStatus();
    }

    void publishStatus()
    {
        if (!m_connection)
            return;
        try {
            SyncEngine engine(*m_connection, *m_blobs, m_service.m_dataDir);
            m_service.setStatus(engine.status());
            storage::ChangeLog log(*m_connection);
            m_lastSeenSequence = log.lastSequence(log.siteId());
        } catch (const Error& error) {
            qCWarning(lcSync) << "status:" << error.what();
        }
    }

    void setup(const std::function<void(SyncEngine&)>& action)
    {
        if (!m_connection)
            return;
        try {
            SyncEngine engine(*m_connection, *m_blobs, m_service.m_dataDir);
            action(engine);
            m_service.setInterrupter({});
            m_remote.reset();
            Q_EMIT m_service.setupFinished(engine.status().location);
        } catch (const Error& error) {
            Q_EMIT m_service.syncFailed(error.message());
            publishStatus();
            return;
        } catch (const std::exception& error) {
            Q_EMIT m_service.syncFailed(QString::fromLocal8Bit(error.what()));
            publishStatus();
            return;
        }
        runSync();
    }

    void end()
    {
        m_service.setInterrupter({});
        m_remote.reset();
        m_connection.reset();
    }

private:
    SyncService& m_service;
    std::unique_ptr<storage::Connection> m_connection;
    std::unique_ptr<storage::BlobStore> m_blobs;
    std::unique_ptr<Remote> m_remote;
    QTimer* m_check = nullptr;
    QElapsedTimer m_sinceLastMs;
    qint64 m_lastSeenSequence = -1;
};

SyncService::SyncService(QString dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("voxnote-sync"));
    m_worker = new SyncWorker(*this);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->begin(); }, Qt::QueuedConnection);
}

void SyncService::stop()
{
    if (!m_thread)
        return;
    m_cancel = true;
    {
        // A statement the server sits on would otherwise keep the window
        // waiting here, however long the server takes.
        QMutexLocker locker(&m_mutex);
        if (m_interrupter)
            m_interrupter();
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->end(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

void SyncService::syncNow()
{
    if (!m_worker)
        start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->runSync(); }, Qt::QueuedConnection);
}

void SyncService::refreshStatus()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->publishStatus(); }, Qt::QueuedConnection);
}

void SyncService::setupFolder(const QString& path, const QString& passphrase)
{
    if (!m_worker)
        start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, path, passphrase] {
            worker->setup([&](SyncEngine& engine) { engine.setupFolder(path, passphrase); });
        },
        Qt::QueuedConnection);
}

void SyncService::setupPostgres(const QString& connectionString, const QString& team)
{
    if (!m_worker)
        start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, connectionString, team] {
            worker->setup([&](SyncEngine& engine) { engine.setupPostgres(connectionString, team); });
        },
        Qt::QueuedConnection);
}

void SyncService::setInterrupter(std::function<void()> interrupter)
{
    QMutexLocker locker(&m_mutex);
    m_interrupter = std::move(interrupter);
}

SyncStatus SyncService::status() const
{
    QMutexLocker locker(&m_mutex);
    return m_status;
}

void SyncService::setStatus(const SyncStatus& status)
{
    {
        QMutexLocker locker(&m_mutex);
        m_status = status;
    }
    Q_EMIT statusChanged();
}

} // namespace voxnote::sync
