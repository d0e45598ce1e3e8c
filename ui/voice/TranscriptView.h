#pragma once

#include "export/TranscriptExporter.h"
#include "speech/Transcript.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace voxnote::storage {
class Profile;
}

namespace voxnote::ui {

class AudioPlayer;
class PlayerBar;
class SpeakerChips;
class TranscriptEditor;

/// A recording and its transcript: the segments under coloured speaker chips
/// with their times, and a player below. The word being played is
/// highlighted and kept in view; clicking a word plays from it; the text can
/// be corrected in place (saved a moment after typing stops, timings kept);
/// a selection becomes a task linked to the note at that moment; the
/// transcript exports to every format. Lives on the GUI thread.
class TranscriptView : public QWidget
{
    Q_OBJECT

public:
    /// `player` (taken over; a `MediaAudioPlayer` if null) plays the audio.
    explicit TranscriptView(
        storage::Profile& profile, AudioPlayer* player = nullptr, QWidget* parent = nullptr);
    ~TranscriptView() override;

    /// Shows audio attachment `attachmentId` of note `noteId` and its newest
    /// transcript, or, while there is none, `waitingText`.
    void open(const QString& noteId, const QString& attachmentId, const QString& waitingText = {});
    /// Reads the transcript again (after a transcription finished).
    void reload();
    /// Shows `text` where the transcript goes while it is not there yet
    /// (progress of the transcription, or why it failed).
    void setWaitingText(const QString& text);

    const QString& noteId() const { return m_noteId; }
    const QString& attachmentId() const { return m_attachmentId; }
    bool hasTranscript() const { return !m_transcript.id.isEmpty(); }
    const speech::Transcript& transcript() const { return m_transcript; }
    AudioPlayer& player() const { return *m_player; }
    TranscriptEditor* editor() const { return m_editor; }

    /// Plays from `ms` (or just moves there while paused).
    void seek(qint64 ms);
    /// Stores corrected segments now. Returns false (and reports) on failure.
    bool saveEdits();
    /// Renames speaker `speaker` in every segment. Returns false on failure.
    bool renameSpeaker(int speaker, const QString& name);
    /// Makes a task from the selected text, linked to the note at the time
    /// of the selection's first word. Returns the task id (empty on failure).
    QString createTaskFromSelection();
    /// Writes the transcript to `path`. Returns false (and reports) on failure.
    bool exportTo(exporting::TranscriptFormat format, const QString& path);

    static constexpr int kSaveDelayMs = 800;

signals:
    void taskCreated(const QString& taskId);
    void errorOccurred(const QString& message);

private:
    void askRenameSpeaker(int speaker);
    void askExport(exporting::TranscriptFormat format);
    void showInfo(const QString& text);
    void updateActions();

    storage::Profile& m_profile;
    AudioPlayer* m_player;
    QString m_noteId;
    QString m_attachmentId;
    speech::Transcript m_transcript;
    SpeakerChips* m_chips;
    TranscriptEditor* m_editor;
    QLabel* m_waiting;
    QStackedWidget* m_stack;
    QLabel* m_info;
    QToolButton* m_follow;
    QToolButton* m_createTask;
    QToolButton* m_export;
    PlayerBar* m_bar;
    QTimer* m_saveTimer;
};

} // namespace voxnote::ui
