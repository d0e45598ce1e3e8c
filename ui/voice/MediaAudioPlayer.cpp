#include "voice/MediaAudioPlayer.h"

#include "voice/MediaBackend.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QUrl>

namespace voxnote::ui {

namespace {

// Runs before the members are made, so the backend is chosen in time.
QObject* withBackendChosen(QObject* parent)
{
    preferFfmpegMediaBackend();
    return parent;
}

} // namespace

MediaAudioPlayer::MediaAudioPlayer(QObject* parent)
    : AudioPlayer(withBackendChosen(parent))
    , m_player(new QMediaPlayer(this))
    , m_output(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (m_pendingPosition < 0)
            emit positionChanged(ms);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        // A seek asked for while the file was still opening happens now.
        if (status == QMediaPlayer::LoadedMedia && m_pendingPosition >= 0) {
            const qint64 position = m_pendingPosition;
            m_pendingPosition = -1;
            m_player->setPosition(position);
        }
    });
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
    m_pendingPosition = -1;
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
    return m_pendingPosition >= 0 ? m_pendingPosition : m_player->position();
}

qint64 MediaAudioPlayer::duration() const
{
    return m_player->duration();
}

void MediaAudioPlayer::setPosition(qint64 ms)
{
    if (m_player->mediaStatus() == QMediaPlayer::LoadingMedia) {
        m_pendingPosition = ms;
        emit positionChanged(ms);
        return;
    }
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
