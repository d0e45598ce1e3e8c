#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace voxnote::settings {
class Settings;
}

namespace voxnote::ui {

/// The "Your Words" section of Settings: the user's own vocabulary (names,
/// places, jargon) that transcription recognises, with a field to add a
/// word (and optionally what it sounds like) and a button to remove the
/// selected ones. Changes apply at once, as `voxnote vocab` does; working
/// out a new word's pronunciation runs in the background, and a word that
/// cannot be added says why below the list. Lives on the GUI thread.
class VocabularyPanel : public QWidget
{
    Q_OBJECT

public:
    /// `settings` must outlive the panel.
    explicit VocabularyPanel(settings::Settings& settings, QWidget* parent = nullptr);

    /// Adds the word in the word field (what the Add button does).
    void addWord();
    /// Removes the selected words (what the Remove button does).
    void removeSelected();
    /// The last sentence shown below the list (an error, or what was added).
    QString message() const;

signals:
    /// A word was added or refused, after its pronunciation was looked up.
    void wordProcessed();

private:
    void reload();
    void setBusy(bool busy);

    settings::Settings& m_settings;
    QListWidget* m_list;
    QLineEdit* m_word;
    QLineEdit* m_soundsLike;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_message;
};

} // namespace voxnote::ui
