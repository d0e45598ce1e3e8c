#pragma once

#include "voice/AudioCaptureSource.h"

#include <QAudioDevice>
#include <QAudioFormat>

class QAudioSource;
class QIODevice;

namespace voxnote::ui {

/// Captures a microphone with QAudioSource, as mono or stereo 16-bit at the
/// device's preferred rate.
class MicrophoneCaptureSource : public AudioCaptureSource
{
    Q_OBJECT

public:
    explicit MicrophoneCaptureSource(const QAudioDevice& device, QObject* parent = nullptr);
    ~MicrophoneCaptureSource() override;

    int sampleRate() const override { return m_format.sampleRate(); }
    int channels() const override { return m_format.channelCount(); }
    bool start() override;
    void pause() override;
    void resume() override;
    void stop() override;
    QString errorString() const override { return m_error; }

private:
    QAudioDevice m_device;
    QAudioFormat m_format;
    QAudioSource* m_source = nullptr;
    QIODevice* m_io = nullptr;
    QString m_error;
};

} // namespace voxnote::ui
