#include "voice/FileCaptureSource.h"

#include "Error.h"
#include "audio/AudioDecoder.h"

#include <QTimer>

#include <cmath>
#include <vector>

namespace voxnote::ui {

FileCaptureSource::FileCaptureSource(QString path, bool realTime, QObject* parent)
    : AudioCaptureSource(parent)
    , m_path(std::move(path))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(realTime ? kChunkMs : 0);
    connect(m_timer, &QTimer::timeout, this, &FileCaptureSource::feed);
}

FileCaptureSource::~FileCaptureSource() = default;

int FileCaptureSource::sampleRate() const
{
    return audio::kSpeechRate;
}

bool FileCaptureSource::start()
{
    try {
        m_decoder = std::make_unique<audio::AudioDecoder>(m_path);
    } catch (const Error& error) {
        m_error = error.message();
        return false;
    }
    m_timer->start();
    return true;
}

void FileCaptureSource::pause()
{
    m_timer->stop();
}

void FileCaptureSource::resume()
{
    if (m_decoder)
        m_timer->start();
}

void FileCaptureSource::stop()
{
    m_timer->stop();
    m_decoder.reset();
}

void FileCaptureSource::feed()
{
    if (!m_decoder)
        return;
    std::vector<float> samples;
    bool more = false;
    try {
        more = m_decoder->read(samples, audio::kSpeechRate * kChunkMs / 1000);
    } catch (const Error& error) {
        stop();
        m_error = error.message();
        emit failed(m_error);
        return;
    }
    if (!samples.empty()) {
        QByteArray pcm(qsizetype(samples.size() * sizeof(qint16)), Qt::Uninitialized);
        auto* out = reinterpret_cast<qint16*>(pcm.data());
        for (size_t i = 0; i < samples.size(); ++i)
            out[i] = qint16(std::lround(std::clamp(samples[i], -1.0f, 1.0f) * 32767.0f));
        emit audioCaptured(pcm);
    }
    if (!more) {
        stop();
        emit ended();
    }
}

} // namespace voxnote::ui
