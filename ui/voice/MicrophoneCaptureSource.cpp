#include "voice/MicrophoneCaptureSource.h"

#include <QAudioSource>

namespace voxnote::ui {

MicrophoneCaptureSource::MicrophoneCaptureSource(const QAudioDevice& device, QObject* parent)
    : AudioCaptureSource(parent)
    , m_device(device)
{
    m_format.setSampleRate(std::clamp(device.preferredFormat().sampleRate(), 16000, 48000));
    m_format.setChannelCount(std::clamp(device.preferredFormat().channelCount(), 1, 2));
    m_format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(m_format)) {
        m_format.setSampleRate(44100);
        m_format.setChannelCount(1);
    }
}

MicrophoneCaptureSource::~MicrophoneCaptureSource()
{
    stop();
}

bool MicrophoneCaptureSource::start()
{
    if (m_device.isNull()) {
        m_error = tr("No microphone is connected.");
        return false;
    }
    if (!m_device.isFormatSupported(m_format)) {
        m_error = tr("%1 cannot record 16-bit audio.").arg(m_device.description());
        return false;
    }
    m_source = new QAudioSource(m_device, m_format, this);
    m_source->setBufferSize(m_format.bytesForDuration(200'000));
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        m_error = tr("%1 could not be opened for recording. Is another program using it?")
                      .arg(m_device.description());
        delete m_source;
        m_source = nullptr;
        m_io = nullptr;
        return false;
    }
    connect(m_io, &QIODevice::readyRead, this, [this] {
        const QByteArray samples = m_io->readAll();
        if (!samples.isEmpty())
            emit audioCaptured(samples);
    });
    connect(m_source, &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_source && m_source->error() != QAudio::NoError) {
            m_error = tr("Recording from %1 stopped: the device is no longer available.")
                          .arg(m_device.description());
            emit failed(m_error);
        }
    });
    return true;
}

void MicrophoneCaptureSource::pause()
{
    if (m_source)
        m_source->suspend();
}

void MicrophoneCaptureSource::resume()
{
    if (m_source)
        m_source->resume();
}

void MicrophoneCaptureSource::stop()
{
    if (!m_source)
        return;
    if (m_io) {
        const QByteArray rest = m_io->readAll();
        if (!rest.isEmpty())
            emit audioCaptured(rest);
    }
    m_source->disconnect(this);
    m_source->stop();
    m_source->deleteLater();
    m_source = nullptr;
    m_io = nullptr;
}

} // namespace voxnote::ui
