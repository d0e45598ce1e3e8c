#pragma once

#include "tts/SpeechSynthesizer.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QAudioSink;
class QComboBox;
class QIODevice;
class QLabel;
class QSpinBox;
class QTextEdit;
class QTimer;
class QToolButton;

namespace voxnote::ui {

/// Reads a text aloud (a note, the text of an image) with a chosen voice and
/// rate, highlighting the word being spoken from espeak-ng's word timings.
/// The text is synthesized a few sentences ahead of the voice, on the
/// synthesizer's own thread, so a long note starts at once and memory holds
/// only what is about to be played. The audio goes to the default output
/// through QAudioSink; with no output device the words are still
/// highlighted in time, silently. "Save as Audio…" writes the whole text to
/// a WAV, FLAC, OGG or MP3 file. Lives on the GUI thread.
class ReadAloudPanel : public QWidget
{
    Q_OBJECT

public:
    enum class State { Stopped, Playing, Paused };

    /// `synthesizer` (one in the engine workers if null) speaks the text.
    explicit ReadAloudPanel(
        std::shared_ptr<tts::SpeechSynthesizer> synthesizer = {}, QWidget* parent = nullptr);
    ~ReadAloudPanel() override;

    /// Stops, and shows `text` to be read.
    void setText(const QString& text);
    QString text() const;
    State state() const { return m_state; }

    void play();
    void pause();
    void stop();
    /// Writes the whole text as speech to `path` in the background; emits
    /// `saved` or `errorOccurred`.
    void saveAudio(const QString& path);

    /// The voice chosen (identifier; empty: from the text) and rate.
    void setVoice(const QString& identifier);
    void setRate(int wordsPerMinute);
    /// Whether the audio is heard (an output device) or only timed.
    bool hasAudioOutput() const { return m_sink != nullptr; }
    /// Milliseconds of speech played since the start.
    qint64 positionMs() const;

signals:
    /// The word at `position` (UTF-16 offset into the text), `length` long, is being spoken.
    void wordHighlighted(int position, int length);
    void stateChanged(State state);
    /// Reading reached the end of the text.
    void finished();
    void saved(const QString& path);
    void errorOccurred(const QString& message);

private:
    struct Chunk;
    void loadVoices();
    void synthesizeNext();
    void appendChunk(const Chunk& chunk);
    void tick();
    void highlight(int word);
    void setState(State state);
    void startOutput();
    tts::SpeechSettings settings() const;
    void showMessage(const QString& text);

    std::shared_ptr<tts::SpeechSynthesizer> m_synthesizer;
    QTextEdit* m_view;
    QComboBox* m_voice;
    QSpinBox* m_rate;
    QToolButton* m_play;
    QToolButton* m_stop;
    QToolButton* m_save;
    QLabel* m_message;
    QTimer* m_timer;

    State m_state = State::Stopped;
    QString m_text;
    int m_nextOffset = 0; ///< where the next chunk to synthesize starts
    bool m_synthesizing = false;
    bool m_allSynthesized = false;
    std::shared_ptr<Cancellation> m_cancel;
    int m_sampleRate = 0;
    qint64 m_synthesizedMs = 0; ///< length of the speech synthesized so far
    QList<tts::SpokenWord> m_words; ///< with positions and times over the whole text
    int m_highlighted = -1;
    QByteArray m_pending; ///< audio not yet handed to the output
    QAudioSink* m_sink = nullptr;
    QIODevice* m_device = nullptr;
    QElapsedTimer m_clock; ///< without an output device: time played
    qint64 m_clockBaseMs = 0;
    bool m_outputStarted = false;
};

} // namespace voxnote::ui
