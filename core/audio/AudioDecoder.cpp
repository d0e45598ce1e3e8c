#include "audio/AudioDecoder.h"

#include "Error.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sndfile.h>

#include <algorithm>
#include <cmath>

namespace voxnote::audio {

namespace {

// A channel that never passes this level (about −80 dB below full scale) is silent.
constexpr float kLiveLevel = 1e-4F;

QString tr(const char* text)
{
    return QCoreApplication::translate("AudioDecoder", text);
}

struct FormatName
{
    int major;
    const char* name;
    const char* mime;
    bool exactLength; ///< the header's frame count is exact (not estimated)
};

constexpr FormatName kFormats[] = {
    {SF_FORMAT_WAV, "WAV", "audio/wav", true},
    {SF_FORMAT_WAVEX, "WAV", "audio/wav", true},
    {SF_FORMAT_RF64, "WAV", "audio/wav", true},
    {SF_FORMAT_W64, "WAV", "audio/wav", true},
    {SF_FORMAT_AIFF, "AIFF", "audio/aiff", true},
    {SF_FORMAT_AU, "AU", "audio/basic", true},
    {SF_FORMAT_FLAC, "FLAC", "audio/flac", true},
    {SF_FORMAT_OGG, "OGG", "audio/ogg", false},
    {SF_FORMAT_MPEG, "MP3", "audio/mpeg", false},
    {SF_FORMAT_CAF, "CAF", "audio/x-caf", true},
};

const FormatName* formatOf(int format)
{
    for (const FormatName& entry : kFormats) {
        if ((format & SF_FORMAT_TYPEMASK) == entry.major)
            return &entry;
    }
    return nullptr;
}

// How much a file may fall short of the frames its header promises before it
// counts as truncated: decoders of compressed formats may drop a final frame.
constexpr qint64 kShortfallTolerance = 4096;

} // namespace

AudioDecoder::AudioDecoder(const QString& path, const QString& displayName)
    : m_path(path)
    , m_displayName(displayName)
{
    const QFileInfo file(path);
    if (!file.exists())
        fail(tr("does not exist"));
    if (!file.isFile() || !file.isReadable())
        fail(tr("cannot be read (check that it is a file and its permissions)"));
    if (file.size() == 0)
        fail(tr("is empty (0 bytes)"));

    SF_INFO sfInfo {};
    m_file.reset(sf_open(QFile::encodeName(path).constData(), SFM_READ, &sfInfo));
    if (!m_file) {
        fail(tr("is not an audio file Voxnote can read (WAV, FLAC, OGG/Vorbis or MP3): %1")
                 .arg(QString::fromUtf8(sf_strerror(nullptr))));
    }
    const FormatName* format = formatOf(sfInfo.format);
    if (!format)
        fail(tr("is in an audio format Voxnote does not support; use WAV, FLAC, OGG/Vorbis or MP3"));
    m_info.formatName = QString::fromLatin1(format->name);
    m_info.mimeType = QString::fromLatin1(format->mime);
    m_exactLength = format->exactLength;
    m_info.sampleRate = sfInfo.samplerate;
    m_info.channels = sfInfo.channels;
    m_info.frames = sfInfo.frames;

    if (sfInfo.channels < 1 || sfInfo.channels > kMaxChannels) {
        fail(tr("declares %1 audio channels; Voxnote reads 1 to %2").arg(sfInfo.channels).arg(kMaxChannels));
    }
    if (sfInfo.samplerate < kMinSampleRate || sfInfo.samplerate > kMaxSampleRate) {
        fail(tr("declares a sample rate of %1 Hz; Voxnote reads %2 to %3 Hz")
                 .arg(sfInfo.samplerate)
                 .arg(kMinSampleRate)
                 .arg(kMaxSampleRate));
    }
    if (sfInfo.frames <= 0)
        fail(tr("holds no audio frames"));
    if (m_info.durationMs() > kMaxDurationMs) {
        fail(tr("is %1 hours long; Voxnote transcribes recordings of up to %2 hours")
                 .arg(double(m_info.durationMs()) / 3.6e6, 0, 'f', 1)
                 .arg(kMaxDurationMs / 3'600'000));
    }
    m_resampler = std::make_unique<Resampler>(sfInfo.samplerate, kSpeechRate);
    qCDebug(lcAudio) << "opened" << path << m_info.formatName << m_info.sampleRate << "Hz" << m_info.channels
                     << "channels" << m_info.frames << "frames";
}

AudioDecoder::~AudioDecoder()
{
    closeFile();
}

void AudioDecoder::FileCloser::operator()(sf_private_tag* file) const
{
    sf_close(file);
}

void AudioDecoder::closeFile()
{
    m_file.reset();
}

void AudioDecoder::fail(const QString& problem) const
{
    const QString name = m_displayName.isEmpty() ? QFileInfo(m_path).fileName() : m_displayName;
    throw Error(tr("“%1” %2.").arg(name, problem));
}

bool AudioDecoder::read(std::vector<float>& output, qint64 maxSamples)
{
    if (m_finished)
        return false;
    const int channels = m_info.channels;
    const qint64 wantFrames = std::max<qint64>(1, maxSamples * m_info.sampleRate / kSpeechRate);
    m_interleaved.resize(size_t(wantFrames * channels));
    const sf_count_t got = sf_readf_float(m_file.get(), m_interleaved.data(), wantFrames);
    if (got < 0 || sf_error(m_file.get()) != SF_ERR_NO_ERROR) {
        fail(tr("is damaged or truncated after %1 s (%2)")
                 .arg(double(m_framesRead) / m_info.sampleRate, 0, 'f', 1)
                 .arg(QString::fromUtf8(sf_strerror(m_file.get()))));
    }
    m_mono.resize(size_t(got));
    m_liveChannels.resize(size_t(channels), 0);
    for (sf_count_t frame = 0; frame < got; ++frame) {
        const float* samples = m_interleaved.data() + frame * channels;
        float sum = 0.0F;
        // A float file can hold anything: NaN or an infinity would poison the
        // resampler and the recogniser, so they are silence, and louder than
        // full scale is full scale.
        for (int channel = 0; channel < channels; ++channel) {
            const float sample
                = std::isfinite(samples[channel]) ? std::clamp(samples[channel], -1.0F, 1.0F) : 0.0F;
            if (std::abs(sample) > kLiveLevel)
                m_liveChannels[size_t(channel)] = 1;
            sum += sample;
        }
        // A channel that has been silent so far (a stereo recording from one
        // microphone) does not halve the level of the others.
        const int live = int(std::count(m_liveChannels.begin(), m_liveChannels.end(), 1));
        m_mono[size_t(frame)] = sum / float(std::max(1, live));
    }
    m_framesRead += got;
    const bool atEnd = got < wantFrames;
    if (atEnd && m_exactLength && m_framesRead + kShortfallTolerance < m_info.frames) {
        fail(tr("ends after %1 s although its header promises %2 s; it is truncated or damaged")
                 .arg(double(m_framesRead) / m_info.sampleRate, 0, 'f', 1)
                 .arg(double(m_info.frames) / m_info.sampleRate, 0, 'f', 1));
    }
    m_resampler->process(m_mono, atEnd, output);
    if (atEnd) {
        m_finished = true;
        closeFile();
        if (m_framesRead == 0)
            fail(tr("holds no audio frames"));
    }
    return true;
}

} // namespace voxnote::audio
