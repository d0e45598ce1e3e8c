#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace voxnote::sync {
class SyncService;
}

namespace voxnote::ui {

/// The sync page of the settings: set up a shared folder (optionally
/// encrypted with a passphrase) or a team server, see how sync stands, sync
/// now, and open the conflict copies sync made. Emits `openNoteRequested`
/// for a conflict copy the person wants to see. GUI thread only.
class SyncSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SyncSettingsPanel(sync::SyncService& service, QWidget* parent = nullptr);

Q_SIGNALS:
    void openNoteRequested(const QString& noteId);

private:
    void showStatus();
    void useFolder();
    void useServer();
    void setBusy(bool busy);

    sync::SyncService& m_service;
    QLineEdit* m_folderPath = nullptr;
    QCheckBox* m_encrypt = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_useFolder = nullptr;
    QLineEdit* m_serverUrl = nullptr;
    QLineEdit* m_team = nullptr;
    QPushButton* m_useServer = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_message = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_syncNow = nullptr;
    QListWidget* m_conflicts = nullptr;
};

} // namespace voxnote::ui
