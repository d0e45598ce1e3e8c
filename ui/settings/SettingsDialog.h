#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;

namespace voxnote::settings {
class Settings;
}
namespace voxnote::storage {
class Profile;
}

namespace voxnote::ui {

/// Settings: my profile, the team, how media is processed (OCR languages,
/// voice and rate, speakers), e-mail (SMTP), where the data lives, theme and
/// language, a Sync tab the sync panel fills, and Your Words (the
/// vocabulary, `VocabularyPanel`). Team and vocabulary changes apply at
/// once; the rest when the person presses OK. Lives on the GUI thread.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `profile` and `settings` must outlive the dialog.
    SettingsDialog(storage::Profile& profile, settings::Settings& settings, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    /// Puts the sync settings panel into the Sync tab (replacing its placeholder).
    void setSyncPanel(QWidget* panel);
    /// Saves every field; returns false (and says why) if one is invalid.
    bool save();

signals:
    /// The theme choice changed and was applied.
    void themeChanged();
    void peopleChanged();
    /// Another language was chosen; it is used from the next start.
    void languageChanged();

private:
    QWidget* buildProfileTab();
    QWidget* buildTeamTab();
    QWidget* buildProcessingTab();
    QWidget* buildEmailTab();
    QWidget* buildAppearanceTab();
    QWidget* buildDataTab();
    QWidget* buildSyncTab();
    void reloadTeam();
    void addMember();
    void renameMember();
    void done(int result) override;

    storage::Profile& m_profile;
    settings::Settings& m_settings;
    QTabWidget* m_tabs;
    QLineEdit* m_myName = nullptr;
    QLineEdit* m_myEmail = nullptr;
    QListWidget* m_team = nullptr;
    QLineEdit* m_memberName = nullptr;
    QLineEdit* m_memberEmail = nullptr;
    QListWidget* m_ocrLanguages = nullptr;
    QComboBox* m_voice = nullptr;
    QSpinBox* m_rate = nullptr;
    QSpinBox* m_speakers = nullptr;
    QLineEdit* m_smtpUrl = nullptr;
    QLineEdit* m_smtpFrom = nullptr;
    QLineEdit* m_smtpUser = nullptr;
    QLineEdit* m_smtpPassword = nullptr;
    QCheckBox* m_smtpUnencrypted = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace voxnote::ui
