#include "sync/SyncStatusIndicator.h"

#include "sync/SyncService.h"

#include <QDateTime>
#include <QLocale>

namespace voxnote::ui {

SyncStatusIndicator::SyncStatusIndicator(sync::SyncService& service, QWidget* parent)
    : QToolButton(parent)
    , m_service(service)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(this, &QToolButton::clicked, this, &SyncStatusIndicator::settingsRequested);
    connect(&m_service, &sync::SyncService::statusChanged, this, &SyncStatusIndicator::showStatus);
    connect(&m_service, &sync::SyncService::syncStarted, this, [this] {
        m_syncing = true;
        m_progress.clear();
        showStatus();
    });
    connect(&m_service, &sync::SyncService::progressChanged, this,
        [this](const QString& stage, qint64 done, qint64 total) {
            m_progress = stage == u"push" ? tr("sending %1 of %2").arg(done).arg(total)
                                          : tr("received %1").arg(done);
            showStatus();
        });
    connect(&m_service, &sync::SyncService::syncFinished, this, [this] {
        m_syncing = false;
        showStatus();
    });
    connect(&m_service, &sync::SyncService::syncFailed, this, [this] {
        m_syncing = false;
        showStatus();
    });
    showStatus();
}

void SyncStatusIndicator::showStatus()
{
    const sync::SyncStatus status = m_service.status();
    QString text;
    QString tip;
    if (!status.configured) {
        text = tr("Not syncing");
        tip = tr("Sync is off. Click to set it up.");
    } else if (m_syncing) {
        text = m_progress.isEmpty() ? tr("Syncing…") : tr("Syncing: %1").arg(m_progress);
        tip = status.location;
    } else if (status.stopped) {
        text = tr("⚠ Sync stopped");
        tip = status.lastError;
    } else if (!status.lastError.isEmpty()) {
        text = tr("⚠ Sync failed");
        tip = status.lastError;
    } else if (status.lastSyncAtMs) {
        text = tr("Synced %1")
                   .arg(QLocale().toString(
                       QDateTime::fromMSecsSinceEpoch(*status.lastSyncAtMs).time(), QLocale::ShortFormat));
        tip = status.location;
    } else {
        text = tr("Not synced yet");
        tip = status.location;
    }
    if (status.configured && status.pendingChanges > 0)
        tip += u'\n'
            + tr("%n change(s) waiting to be sent", nullptr, static_cast<int>(status.pendingChanges));
    if (status.pendingBlobs > 0)
        tip += u'\n' + tr("%n media file(s) still to download", nullptr, status.pendingBlobs);
    if (!status.conflictCopies.isEmpty())
        tip += u'\n'
            + tr("%n conflict cop(ies) to look at", nullptr, static_cast<int>(status.conflictCopies.size()));
    setText(text);
    setToolTip(tip);
}

} // namespace voxnote::ui
