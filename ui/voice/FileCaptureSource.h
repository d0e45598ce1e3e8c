#pragma once

#include "voice/AudioCaptureSource.h"

#include <memory>

class QTimer;

namespace voxnote::audio {
class AudioDecoder;
}

namespace voxnote::ui {

/// Feeds a recording from an audio file, as a microphone would: 16 kHz mono
/// in chunks of `kChunkMs`, either in real time or as fast as the event loop
/// runs. For tests and for machines without a sound device.
class FileCaptureSource : public AudioCaptureSource
{
    Q_OBJECT

public:
    static constexpr int kChunkMs = 100;

    explicit FileCaptureSource(QString path, bool realTime, QObject* parent = nullptr);
    ~FileCaptureSource() override;

    int sampleRate() const override;
    int channels() const override { return 1; }
    bool start() override;
    void pause() override;
    void resume() override;
    void stop() override;
    QString errorString() const override { return m_error; }

private:
    void feed();

    QString m_path;
    QTimer* m_timer;
    std::unique_ptr<audio::AudioDecoder> m_decoder;
    QString m_error;
};

} // namespace voxnote::ui
