#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace voxnote::ui {

class AudioPlayer;

/// The controls of an `AudioPlayer`: play/pause, back and forward 5 s, a
/// seek slider with the time, and the speed (0.5–2×). Ctrl+Space plays and
/// pauses, Alt+Left and Alt+Right skip. Lives on the GUI thread.
class PlayerBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 kSkipMs = 5000;

    PlayerBar(AudioPlayer& player, QWidget* parent = nullptr);

    void togglePlaying();
    /// Moves by `deltaMs` (negative: back), kept within the recording.
    void skip(qint64 deltaMs);
    /// The speeds offered, slowest first.
    static QList<double> speeds();

private:
    void updatePosition(qint64 ms);
    void updateDuration(qint64 ms);
    void updatePlaying(bool playing);

    AudioPlayer& m_player;
    QToolButton* m_play;
    QSlider* m_slider;
    QLabel* m_time;
    QComboBox* m_speed;
    bool m_dragging = false;
};

/// "1:05" or "1:02:05".
QString formatPlayerTime(qint64 ms);

} // namespace voxnote::ui
