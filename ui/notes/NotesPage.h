#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;

namespace voxnote::jobs {
class JobQueue;
}
namespace voxnote::pipelines {
class MediaImport;
}
namespace voxnote::services {
class Services;
}
namespace voxnote::notes {
struct Attachment;
}
namespace voxnote::storage {
class Profile;
} // namespace voxnote::storage

namespace voxnote::ui {

class EmptyStatePage;
class NoteEditor;
class NoteListModel;
class OcrView;
class ReadAloudPanel;
class TranscriptView;

/// The Notes section: the list of notes (or the trash) beside the editor of
/// the selected one; under the editor, the open attachment — a recording
/// with its transcript, an image with its text, a spoken version — or the
/// note being read aloud. Follows the notes as they change, whoever changes
/// them (an import, a recording, sync). Lives on the GUI thread.
class NotesPage : public QWidget
{
    Q_OBJECT

public:
    /// `services` must outlive the page.
    explicit NotesPage(services::Services& services, QWidget* parent = nullptr);
    ~NotesPage() override;

    /// Creates an empty note, selects it and puts the cursor in its title.
    void newNote();
    void select(const QString& noteId);
    /// Selects the note, opens attachment `attachmentId` (if given) and, for
    /// a recording, moves its player to `positionMs` (if ≥ 0).
    void showNote(const QString& noteId, const QString& attachmentId = {}, qint64 positionMs = -1);
    /// Opens an attachment of the selected note below the editor.
    void openAttachment(const notes::Attachment& attachment);
    /// Reads `text` aloud below the editor.
    void readAloud(const QString& text);
    /// Closes the attachment or read-aloud panel.
    void closeMedia();

    NoteListModel* model() const { return m_model; }
    NoteEditor* editor() const { return m_editor; }
    TranscriptView* transcriptView() const { return m_transcript; }
    OcrView* ocrView() const { return m_ocr; }
    ReadAloudPanel* readAloudPanel() const { return m_readAloud; }
    /// The widget shown below the editor, or null.
    QWidget* currentMedia() const;
    pipelines::MediaImport& mediaImport() const { return m_import; }
    /// Reads the list again if notes were made, changed or removed since it
    /// was read, keeping the selected note open with nothing typed lost.
    void reloadIfChanged();

    /// The narrowest the note list gets, in pixels.
    static constexpr int kListMinimumWidth = 240;

signals:
    void errorOccurred(const QString& message);
    /// Record, Import or Paste an Image was chosen in the header or the
    /// empty list; the window does it, as from its menus.
    void recordRequested();
    void importRequested();
    void pasteImageRequested();
    /// A task was made from a transcript selection.
    void taskCreated(const QString& taskId);

private:
    void onNoteChanged(const QString& id);
    void onCurrentChanged();
    void updateEmptyState();
    /// The list, or what stands in for an empty one.
    void updateListState();
    void showMedia(QWidget* view, const QString& title);
    void onJobStatus(const QString& attachmentId, const QString& text, bool failed);
    void onJobFinished(const QString& attachmentId);

    storage::Profile& m_profile;
    jobs::JobQueue& m_queue;
    pipelines::MediaImport& m_import;
    QString m_listVersion; ///< of the notes the list shows
    NoteListModel* m_model;
    QComboBox* m_view;
    QListView* m_list;
    QStackedWidget* m_listStack;
    EmptyStatePage* m_firstRun = nullptr;
    EmptyStatePage* m_emptyTrash = nullptr;
    NoteEditor* m_editor;
    QStackedWidget* m_right;
    QSplitter* m_noteArea;
    QWidget* m_mediaPanel;
    QLabel* m_mediaTitle;
    QStackedWidget* m_media;
    TranscriptView* m_transcript;
    OcrView* m_ocr;
    ReadAloudPanel* m_readAloud;
    QString m_openAttachment;
};

} // namespace voxnote::ui
