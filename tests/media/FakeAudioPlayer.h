#pragma once

#include "voice/AudioPlayer.h"

namespace voxnote::test {

/// An `AudioPlayer` without sound: the test moves its position by hand,
/// as a playing recording would.
class FakeAudioPlayer : public ui::AudioPlayer
{
public:
    using AudioPlayer::AudioPlayer;

    void setSource(const QString& path, const QString&) override
    {
        source = path;
        setPosition(0);
    }
    void play() override { setPlaying(true); }
    void pause() override { setPlaying(false); }
    bool isPlaying() const override { return m_playing; }
    qint64 position() const override { return m_position; }
    qint64 duration() const override { return m_duration; }
    void setPosition(qint64 ms) override
    {
        m_position = ms;
        emit positionChanged(ms);
    }
    void setRate(double rate) override { m_rate = rate; }
    double rate() const override { return m_rate; }
    void setDuration(qint64 ms)
    {
        m_duration = ms;
        emit durationChanged(ms);
    }

    QString source;

private:
    void setPlaying(bool playing)
    {
        m_playing = playing;
        emit playingChanged(playing);
    }

    bool m_playing = false;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    double m_rate = 1.0;
};

} // namespace voxnote::test
