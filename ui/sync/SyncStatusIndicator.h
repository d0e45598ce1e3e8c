#pragma once

#include <QString>
#include <QToolButton>

namespace voxnote::sync {
class SyncService;
}

namespace voxnote::ui {

/// The sync state in the status bar: "Not syncing", "Syncing…", "Synced
/// 10:42", "Sync stopped", with details in the tooltip. Clicking it asks
/// for the sync settings (`settingsRequested`). GUI thread only.
class SyncStatusIndicator : public QToolButton
{
    Q_OBJECT

public:
    explicit SyncStatusIndicator(sync::SyncService& service, QWidget* parent = nullptr);

Q_SIGNALS:
    void settingsRequested();

private:
    void showStatus();

    sync::SyncService& m_service;
    bool m_syncing = false;
    QString m_progress;
};

} // namespace voxnote::ui
