#include "voice/MediaAudioPlayer.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QUrl>

namespace voxnote::ui {

MediaAudioPlayer::MediaAudioPlayer(QObject* parent)
    : AudioPlayer(parent)
    , m_player(new QMediaPlayer(this))
    , m_output(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, &AudioPlayer::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &AudioPlayer::durationChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        emit playingChanged(state == QMediaPlayer::PlayingState);
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& reason) {
        emit errorOccurred(tr("%1 cannot be played (%2).").arg(m_fileName, reason));
    });
}

void MediaAudioPlayer::setSource(const QString& path, const QString& displayName)
{
    m_fileName = displayName.isEmpty() ? QFileInfo(path).fileName() : displayName;
    m_player->setSource(QUrl::fromLocalFile(path));
}

void MediaAudioPlayer::play()
{
    m_player->play();
}

void MediaAudioPlayer::pause()
{
    m_player->pause();
}

bool MediaAudioPlayer::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

qint64 MediaAudioPlayer::position() const
{
    return m_player->position();
}

qint64 MediaAudioPlayer::duration() const
{
    return m_player->duration();
}

void MediaAudioPlayer::setPosition(qint64 ms)
{
    m_player->setPosition(ms);
}

void MediaAudioPlayer::setRate(double rate)
{
    m_player->setPlaybackRate(rate);
}

double MediaAudioPlayer::rate() const
{
    return m_player->playbackRate();
}

} // namespace voxnote::ui
