#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace voxnote::ui {

/// Where a recording's audio comes from: 16-bit signed samples, interleaved,
/// delivered in small chunks as they are captured. `MicrophoneCaptureSource`
/// reads a microphone through Qt Multimedia; `FileCaptureSource` plays a
/// file in, so tests record without a sound device. Lives on the GUI thread.
class AudioCaptureSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual int sampleRate() const = 0;
    virtual int channels() const = 0;
    /// Starts capturing. Returns false, with `errorString()`, if it cannot.
    virtual bool start() = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    virtual QString errorString() const = 0;

signals:
    /// Samples captured (16-bit, interleaved, `channels()` per frame).
    void audioCaptured(const QByteArray& samples);
    /// The source ended by itself (a file ran out).
    void ended();
    /// Capturing stopped because of an error (the microphone was unplugged).
    void failed(const QString& message);
};

} // namespace voxnote::ui
