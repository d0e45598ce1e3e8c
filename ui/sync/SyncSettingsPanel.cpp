#include "sync/SyncSettingsPanel.h"

#include "sync/SyncService.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace voxnote::ui {

SyncSettingsPanel::SyncSettingsPanel(sync::SyncService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    auto* layout = new QVBoxLayout(this);

    auto* folderBox = new QGroupBox(tr("Shared folder (Syncthing, Nextcloud, Dropbox, network share)"), this);
    auto* folderForm = new QFormLayout(folderBox);
    auto* folderRow = new QHBoxLayout;
    m_folderPath = new QLineEdit(folderBox);
    m_folderPath->setPlaceholderText(tr("A folder your devices share"));
    auto* browse = new QPushButton(tr("Choose…"), folderBox);
    folderRow->addWidget(m_folderPath, 1);
    folderRow->addWidget(browse);
    folderForm->addRow(tr("Folder:"), folderRow);
    m_encrypt = new QCheckBox(tr("Encrypt everything in the folder with a passphrase"), folderBox);
    folderForm->addRow(QString(), m_encrypt);
    m_passphrase = new QLineEdit(folderBox);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Needed for an encrypted folder; not stored"));
    folderForm->addRow(tr("Passphrase:"), m_passphrase);
    m_useFolder = new QPushButton(tr("Sync through this folder"), folderBox);
    folderForm->addRow(QString(), m_useFolder);
    layout->addWidget(folderBox);

    auto* serverBox = new QGroupBox(tr("Team server (PostgreSQL)"), this);
    auto* serverForm = new QFormLayout(serverBox);
    m_serverUrl = new QLineEdit(serverBox);
    m_serverUrl->setPlaceholderText(QStringLiteral("postgresql://name:password@server/voxnote"));
    m_serverUrl->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    serverForm->addRow(tr("Server:"), m_serverUrl);
    m_team = new QLineEdit(serverBox);
    serverForm->addRow(tr("Team:"), m_team);
    m_useServer = new QPushButton(tr("Sync with this team"), serverBox);
    serverForm->addRow(QString(), m_useServer);
    layout->addWidget(serverBox);

    auto* statusBox = new QGroupBox(tr("Status"), this);
    auto* statusLayout = new QVBoxLayout(statusBox);
    m_state = new QLabel(statusBox);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(statusBox);
    m_message->setWordWrap(true);
    m_progress = new QProgressBar(statusBox);
    m_progress->setVisible(false);
    m_syncNow = new QPushButton(tr("Sync now"), statusBox);
    statusLayout->addWidget(m_state);
    statusLayout->addWidget(m_message);
    statusLayout->addWidget(m_progress);
    statusLayout->addWidget(m_syncNow, 0, Qt::AlignLeft);
    statusLayout->addWidget(
        new QLabel(tr("Conflict copies (notes changed on two devices at once):"), statusBox));
    m_conflicts = new QListWidget(statusBox);
    statusLayout->addWidget(m_conflicts);
    layout->addWidget(statusBox, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Sync folder"), m_folderPath->text());
        if (!folder.isEmpty())
            m_folderPath->setText(folder);
    });
    connect(m_useFolder, &QPushButton::clicked, this, &SyncSettingsPanel::useFolder);
    connect(m_useServer, &QPushButton::clicked, this, &SyncSettingsPanel::useServer);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_service.syncNow();
    });
    connect(m_conflicts, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT openNoteRequested(item->data(Qt::UserRole).toString()); });
    connect(&m_service, &sync::SyncService::statusChanged, this, &SyncSettingsPanel::showStatus);
    connect(&m_service, &sync::SyncService::syncStarted, this, [this] { setBusy(true); });
    connect(&m_service, &sync::SyncService::progressChanged, this,
        [this](const QString&, qint64 done, qint64 total) {
            m_progress->setVisible(true);
            m_progress->setRange(0, total > 0 ? 1000 : 0);
            if (total > 0)
                m_progress->setValue(static_cast<int>(1000 * done / total));
        });
    connect(&m_service, &sync::SyncService::syncFinished, this, [this](const QString& summary) {
        setBusy(false);
        m_message->setText(summary);
    });
    connect(&m_service, &sync::SyncService::syncFailed, this, [this](const QString& message) {
        setBusy(false);
        m_message->setText(message);
    });
    connect(&m_service, &sync::SyncService::setupFinished, this, [this](const QString& description) {
        m_passphrase->clear();
        m_message->setText(tr("Now syncing through %1.").arg(description));
    });
    showStatus();
}

void SyncSettingsPanel::setBusy(bool busy)
{
    m_useFolder->setEnabled(!busy);
    m_useServer->setEnabled(!busy);
    m_syncNow->setEnabled(!busy);
    if (!busy)
        m_progress->setVisible(false);
}

void SyncSettingsPanel::useFolder()
{
    if (m_folderPath->text().trimmed().isEmpty()) {
        m_message->setText(tr("Choose the folder to sync through first."));
        return;
    }
    if (m_encrypt->isChecked() && m_passphrase->text().isEmpty()) {
        m_message->setText(tr("Type a passphrase to encrypt the folder with."));
        return;
    }
    setBusy(true);
    m_service.setupFolder(m_folderPath->text().trimmed(), m_passphrase->text());
}

void SyncSettingsPanel::useServer()
{
    if (m_serverUrl->text().trimmed().isEmpty() || m_team->text().trimmed().isEmpty()) {
        m_message->setText(tr("Give the server's address and your team's name."));
        return;
    }
    setBusy(true);
    m_service.setupPostgres(m_serverUrl->text().trimmed(), m_team->text().trimmed());
}

void SyncSettingsPanel::showStatus()
{
    const sync::SyncStatus status = m_service.status();
    if (!status.configured) {
        m_state->setText(tr("Sync is off. Everything stays on this computer."));
        m_syncNow->setEnabled(false);
    } else {
        QStringList lines;
        lines << tr("Syncing through %1%2")
                     .arg(status.location, status.encrypted ? tr(" (encrypted)") : QString());
        lines << (status.lastSyncAtMs
                ? tr("Last sync: %1")
                      .arg(QLocale().toString(
                          QDateTime::fromMSecsSinceEpoch(*status.lastSyncAtMs), QLocale::ShortFormat))
                : tr("Not synced yet."));
        lines << tr("%n change(s) waiting to be sent.", nullptr, static_cast<int>(status.pendingChanges));
        if (status.pendingBlobs > 0)
            lines << tr("%n media file(s) still to download.", nullptr, status.pendingBlobs);
        if (status.stopped)
            lines << tr("Stopped: %1").arg(status.lastError);
        else if (!status.lastError.isEmpty())
            lines << tr("Last error: %1").arg(status.lastError);
        m_state->setText(lines.join(u'\n'));
        m_syncNow->setEnabled(!status.stopped);
        if (status.kind == u"folder" && m_folderPath->text().isEmpty())
            m_folderPath->setText(status.location);
        if (status.kind == u"postgres" && m_team->text().isEmpty())
            m_team->setText(status.team);
    }
    m_conflicts->clear();
    for (const sync::ConflictCopy& copy : status.conflictCopies) {
        auto* item = new QListWidgetItem(copy.title, m_conflicts);
        item->setData(Qt::UserRole, copy.copyNoteId);
    }
}

} // namespace voxnote::ui
