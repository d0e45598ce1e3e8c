#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QToolButton;
class QWidget;

namespace voxnote::storage {
class Connection;
}

namespace voxnote::ui {

/// Edits one note: title, tags and markdown text, saved by itself a moment
/// after typing stops (and when another note is opened); pin, revision
/// history with restore, and moving to the trash. A note in the trash is
/// shown read-only with Restore and Delete forever. Lives on the GUI thread.
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NoteEditor(storage::Connection& connection, QWidget* parent = nullptr);
    ~NoteEditor() override;

    /// Saves the open note, then shows `id` (empty: nothing).
    void openNote(const QString& id);
    const QString& noteId() const { return m_noteId; }
    /// Writes pending edits now.
    void save();

    static constexpr int kAutosaveDelayMs = 800;

signals:
    /// The note's title, text, pin or place (notes or trash) changed.
    void noteChanged(const QString& id);
    void errorOccurred(const QString& message);

private:
    void load();
    void scheduleSave();
    void saveTags();
    void togglePin();
    void moveToTrash();
    void restoreFromTrash();
    void deleteForever();
    void fillHistoryMenu();

    storage::Connection& m_connection;
    QString m_noteId;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_pinned = false;
    QLineEdit* m_title;
    QLineEdit* m_tags;
    QPlainTextEdit* m_body;
    QToolButton* m_pin;
    QToolButton* m_history;
    QToolButton* m_trash;
    QLabel* m_state;
    QWidget* m_trashBar;
    QTimer* m_autosave;
};

} // namespace voxnote::ui
