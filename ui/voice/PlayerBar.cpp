#include "voice/PlayerBar.h"

#include "voice/AudioPlayer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace voxnote::ui {

QString formatPlayerTime(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

PlayerBar::PlayerBar(AudioPlayer& player, QWidget* parent)
    : QWidget(parent)
    , m_player(player)
    , m_play(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_speed(new QComboBox(this))
{
    auto* back = new QToolButton(this);
    back->setObjectName(QStringLiteral("skipBack"));
    back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    back->setToolTip(tr("Back 5 seconds (Alt+Left)"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto* forward = new QToolButton(this);
    forward->setObjectName(QStringLiteral("skipForward"));
    forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    forward->setToolTip(tr("Forward 5 seconds (Alt+Right)"));
    forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));

    m_play->setObjectName(QStringLiteral("playPause"));
    m_play->setIconSize(QSize(24, 24));
    m_play->setAutoRaise(true);
    m_play->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    back->setAutoRaise(true);
    forward->setAutoRaise(true);
    updatePlaying(false);

    m_slider->setObjectName(QStringLiteral("seekSlider"));
    m_slider->setRange(0, 0);
    m_slider->setAccessibleName(tr("Position"));
    m_time->setObjectName(QStringLiteral("playerTime"));
    m_time->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setToolTip(tr("Playback speed"));
    for (const double speed : speeds())
        m_speed->addItem(tr("%1×").arg(speed), speed);
    m_speed->setCurrentIndex(int(speeds().indexOf(1.0)));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(back);
    layout->addWidget(m_play);
    layout->addWidget(forward);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_speed);

    connect(m_play, &QToolButton::clicked, this, &PlayerBar::togglePlaying);
    connect(back, &QToolButton::clicked, this, [this] { skip(-kSkipMs); });
    connect(forward, &QToolButton::clicked, this, [this] { skip(kSkipMs); });
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragging = true; });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_dragging = false;
        m_player.setPosition(m_slider->value());
    });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        // Clicks on the groove and keys seek at once; a drag seeks on release.
        if (action != QAbstractSlider::SliderMove)
            m_player.setPosition(m_slider->sliderPosition());
    });
    connect(m_slider, &QSlider::sliderMoved, this, [this](int value) {
        m_time->setText(tr("%1 / %2").arg(formatPlayerTime(value), formatPlayerTime(m_player.duration())));
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this,
        [this] { m_player.setRate(m_speed->currentData().toDouble()); });
    connect(&m_player, &AudioPlayer::positionChanged, this, &PlayerBar::updatePosition);
    connect(&m_player, &AudioPlayer::durationChanged, this, &PlayerBar::updateDuration);
    connect(&m_player, &AudioPlayer::playingChanged, this, &PlayerBar::updatePlaying);
    updateDuration(m_player.duration());
}

QList<double> PlayerBar::speeds()
{
    return {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};
}

void PlayerBar::togglePlaying()
{
    if (m_player.isPlaying())
        m_player.pause();
    else
        m_player.play();
}

void PlayerBar::skip(qint64 deltaMs)
{
    const qint64 duration = m_player.duration();
    qint64 target = std::max<qint64>(0, m_player.position() + deltaMs);
    if (duration > 0)
        target = std::min(target, duration);
    m_player.setPosition(target);
}

void PlayerBar::updatePosition(qint64 ms)
{
    if (!m_dragging) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(int(ms));
    }
    m_time->setText(tr("%1 / %2").arg(formatPlayerTime(ms), formatPlayerTime(m_player.duration())));
}

void PlayerBar::updateDuration(qint64 ms)
{
    m_slider->setRange(0, int(std::max<qint64>(0, ms)));
    m_slider->setPageStep(int(kSkipMs));
    m_slider->setSingleStep(1000);
    updatePosition(m_player.position());
}

void PlayerBar::updatePlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause (Ctrl+Space)") : tr("Play (Ctrl+Space)"));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

} // namespace voxnote::ui
