#pragma once

#include "voice/AudioPlayer.h"

class QAudioOutput;
class QMediaPlayer;

namespace voxnote::ui {

/// `AudioPlayer` on QMediaPlayer and the default audio output. Blobs have no
/// file extension; the backend recognises the audio by its content. A seek
/// asked for while the file is still opening is kept and done once it is open.
class MediaAudioPlayer : public AudioPlayer
{
    Q_OBJECT

public:
    explicit MediaAudioPlayer(QObject* parent = nullptr);

    void setSource(const QString& path, const QString& displayName) override;
    void play() override;
    void pause() override;
    bool isPlaying() const override;
    qint64 position() const override;
    qint64 duration() const override;
    void setPosition(qint64 ms) override;
    void setRate(double rate) override;
    double rate() const override;

private:
    QMediaPlayer* m_player;
    QAudioOutput* m_output;
    QString m_fileName;
    qint64 m_pendingPosition = -1; ///< a seek waiting for the file to open
};

} // namespace voxnote::ui
