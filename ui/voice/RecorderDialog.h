#pragma once

#include "audio/RecordingFile.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

namespace voxnote::services {
class Services;
}

namespace voxnote::ui {

class AudioCaptureSource;
class LevelMeter;

/// Records from a chosen microphone with a level meter, the elapsed time,
/// pause/resume and stop. The audio is written to a WAV file in the data
/// folder's `recordings/` as it is captured (`RecordingFile`), so a crash
/// loses at most a second; a recording left over by a crash is offered for
/// import the next time. On stop the recording becomes a note and its
/// transcription starts with the speaker count from Settings (the services'
/// `MediaImport`, as for any import). Without a microphone
/// the dialog says so and cannot record. Lives on the GUI thread.
class RecorderDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State { Idle, Recording, Paused };

    /// `services` must outlive the dialog.
    explicit RecorderDialog(services::Services& services, QWidget* parent = nullptr);
    ~RecorderDialog() override;

    /// Records from `source` instead of a microphone (tests; machines
    /// without a sound device). Takes it over.
    void useSource(std::unique_ptr<AudioCaptureSource> source);

    /// Starts recording. Returns false, with the reason shown, if it cannot.
    bool record();
    void pause();
    void resume();
    /// Stops, and imports the recording as a note. Returns the note's id
    /// (empty if nothing was recorded or the import failed; the reason is shown).
    QString stopAndImport();

    State state() const { return m_state; }
    qint64 elapsedMs() const { return m_file.durationMs(); }
    /// The file being recorded (empty when idle).
    QString recordingPath() const { return m_file.path(); }
    /// The sentence shown under the meter (why recording is not possible, …).
    QString message() const;
    bool canRecord() const;

    /// Where recordings are written while they are made.
    static QString recordingsFolder(const QString& dataDir);

signals:
    /// A recording became note `noteId`; its transcription is queued.
    void recorded(const QString& noteId);

public slots:
    void reject() override;

private:
    void fillDevices();
    void onCaptured(const QByteArray& samples);
    void onFailed(const QString& message);
    void setState(State state);
    void showMessage(const QString& text, bool error);
    void offerLeftovers();
    QString importRecording(const QString& path);

    services::Services& m_services;
    std::unique_ptr<AudioCaptureSource> m_injected;
    AudioCaptureSource* m_source = nullptr;
    std::unique_ptr<AudioCaptureSource> m_microphone;
    audio::RecordingFile m_file;
    State m_state = State::Idle;
    QComboBox* m_devices;
    QLabel* m_elapsed;
    LevelMeter* m_meter;
    QLabel* m_message;
    QPushButton* m_record;
    QPushButton* m_pause;
    QPushButton* m_stop;
    QWidget* m_leftoverBar;
    QLabel* m_leftoverText;
    QString m_leftoverPath;
};

} // namespace voxnote::ui
