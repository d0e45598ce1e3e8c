#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QTimer;
class QToolButton;
class QWidget;

namespace voxnote::jobs {
class JobQueue;
}
namespace voxnote::pipelines {
class MediaImport;
}
namespace voxnote::notes {
struct Attachment;
}
namespace voxnote::storage {
class Connection;
class Profile;
} // namespace voxnote::storage

namespace voxnote::ui {

class ActionBar;
class AttachmentContents;
class AttachmentStrip;

/// Edits one note: title, tags and markdown text, saved by itself a moment
/// after typing stops (and when another note is opened); pin, revision
/// history with restore, and moving to the trash. A note in the trash is
/// shown read-only with Restore and Delete forever. Its attachments sit in a
/// strip under the tags, with the progress of their work; Read Aloud reads
/// the note here or saves a spoken version, and a note with page images can
/// be read aloud page by page. Lives on the GUI thread.
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    NoteEditor(storage::Profile& profile, jobs::JobQueue& queue, pipelines::MediaImport& import,
        QWidget* parent = nullptr);
    ~NoteEditor() override;

    /// Saves the open note, then shows `id` (empty: nothing).
    void openNote(const QString& id);
    const QString& noteId() const { return m_noteId; }
    AttachmentStrip* attachments() const { return m_attachments; }
    /// What the attachments hold (transcripts, recognised text), shown in the note.
    AttachmentContents* contents() const { return m_contents; }
    /// Attaches the audio or image file at `path` to the open note and starts its work.
    bool attachFile(const QString& path);
    /// Queues a spoken version of the note, saved as its attachment. Returns the job id.
    QString saveSpokenVersion();
    /// Queues "read this page aloud" over the note's images. Returns the job id.
    QString readPagesAloud();
    /// Writes pending edits now.
    void save();

    static constexpr int kAutosaveDelayMs = 800;

signals:
    /// The note's title, text, pin or place (notes or trash) changed.
    void noteChanged(const QString& id);
    void errorOccurred(const QString& message);
    /// An attachment's card was clicked: show it.
    void attachmentOpened(const notes::Attachment& attachment);
    /// A time in a transcript shown in the note was clicked: show its recording there.
    void attachmentOpenedAt(const notes::Attachment& attachment, qint64 positionMs);
    /// Read the note's text aloud here, following the words.
    void readAloudRequested(const QString& noteId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void load();
    /// Gives what the attachments hold the height it needs, up to about half the editor.
    void fitContents();
    void scheduleSave();
    void saveTags();
    void togglePin();
    void moveToTrash();
    void restoreFromTrash();
    void deleteForever();
    void fillHistoryMenu();
    void updateMediaActions();

    storage::Profile& m_profile;
    storage::Connection& m_connection;
    pipelines::MediaImport& m_import;
    AttachmentStrip* m_attachments;
    AttachmentContents* m_contents;
    QScrollArea* m_contentsArea;
    ActionBar* m_actions;
    QAction* m_attach = nullptr;
    QAction* m_readAloud = nullptr;
    QAction* m_readPages = nullptr;
    QString m_noteId;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_pinned = false;
    QLineEdit* m_title;
    QLineEdit* m_tags;
    QPlainTextEdit* m_body;
    QAction* m_pin = nullptr;
    QAction* m_history = nullptr;
    QAction* m_trash = nullptr;
    QLabel* m_state;
    QWidget* m_trashBar;
    QTimer* m_autosave;
};

} // namespace voxnote::ui
