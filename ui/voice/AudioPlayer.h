#pragma once

#include <QObject>
#include <QString>

namespace voxnote::ui {

/// What the transcript view and the attachment players need from audio
/// playback. `MediaAudioPlayer` plays through Qt Multimedia; tests use a
/// double that they move by hand, so nothing depends on a sound device.
/// Lives on the GUI thread.
class AudioPlayer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Opens the audio file at `path` (stopped, at 0); `displayName` names it
    /// in messages. An unreadable file is reported through `errorOccurred`.
    virtual void setSource(const QString& path, const QString& displayName) = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual bool isPlaying() const = 0;
    virtual qint64 position() const = 0;
    virtual qint64 duration() const = 0;
    virtual void setPosition(qint64 ms) = 0;
    /// 0.5 … 2.0.
    virtual void setRate(double rate) = 0;
    virtual double rate() const = 0;

signals:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void playingChanged(bool playing);
    void errorOccurred(const QString& message);
};

} // namespace voxnote::ui
