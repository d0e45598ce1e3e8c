// Fuzzes audio import (core/audio/AudioDecoder): libsndfile's WAV, FLAC,
// OGG/Vorbis and MP3 readers behind the header checks, and the resampling
// to 16 kHz mono. Any bytes either decode or throw Error; the samples that
// come out are finite and no more than the header announced.

#include "FuzzHarness.h"

#include "Error.h"
#include "audio/AudioDecoder.h"

#include <QFile>

#include <sndfile.h>

#include <cmath>
#include <vector>

using namespace voxnote;

namespace {

/// A short sine tone in `format`, written by libsndfile itself.
QByteArray tone(int format, int rate, int channels, int frames)
{
    const QString path = fuzz::writeScratch(QStringLiteral("tone"), {});
    SF_INFO info {};
    info.samplerate = rate;
    info.channels = channels;
    info.format = format;
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return {};
    std::vector<float> samples(static_cast<size_t>(frames) * channels);
    for (int i = 0; i < frames; ++i) {
        for (int c = 0; c < channels; ++c)
            samples[static_cast<size_t>(i) * channels + c] = 0.5f * std::sin(0.05f * i * (c + 1));
    }
    sf_writef_float(file, samples.data(), frames);
    sf_close(file);
    QFile written(path);
    written.open(QIODevice::ReadOnly);
    return written.readAll();
}

} // namespace

namespace voxnote::fuzz {

QList<std::pair<QString, QByteArray>> seeds()
{
    QList<std::pair<QString, QByteArray>> out;
    const auto add = [&](const char* name, int format, int rate, int channels, int frames) {
        const QByteArray bytes = tone(format, rate, channels, frames);
        if (!bytes.isEmpty())
            out.append({QString::fromLatin1(name), bytes});
    };
    add("pcm16-8k-mono.wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 1, 800);
    add("float-44k-stereo.wav", SF_FORMAT_WAV | SF_FORMAT_FLOAT, 44100, 2, 2000);
    add("ulaw.wav", SF_FORMAT_WAV | SF_FORMAT_ULAW, 8000, 1, 400);
    add("adpcm.wav", SF_FORMAT_WAV | SF_FORMAT_IMA_ADPCM, 16000, 1, 1000);
    add("pcm24.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_24, 16000, 1, 1600);
    add("stereo.flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 22050, 2, 1000);
    add("vorbis.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 16000, 1, 4000);
    add("layer3.mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, 16000, 1, 4000);
    add("pcm16.aiff", SF_FORMAT_AIFF | SF_FORMAT_PCM_16, 8000, 1, 400);
    add("pcm16.w64", SF_FORMAT_W64 | SF_FORMAT_PCM_16, 8000, 1, 400);
    add("pcm16.rf64", SF_FORMAT_RF64 | SF_FORMAT_PCM_16, 8000, 1, 400);
    return out;
}

} // namespace voxnote::fuzz

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv, false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzz::writeScratch(QStringLiteral("input"),
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    try {
        audio::AudioDecoder decoder(path);
        const audio::AudioInfo& info = decoder.info();
        if (info.sampleRate < audio::AudioDecoder::kMinSampleRate
            || info.sampleRate > audio::AudioDecoder::kMaxSampleRate || info.channels < 1
            || info.channels > audio::AudioDecoder::kMaxChannels || info.frames <= 0
            || info.durationMs() > audio::AudioDecoder::kMaxDurationMs)
            fuzz::violated("a file outside the limits was opened");
        // A fuzzed header can announce hours; a few seconds show the decoding works.
        std::vector<float> samples;
        for (int block = 0; block < 16 && decoder.read(samples, audio::kSpeechRate / 4); ++block) { }
        for (const float sample : samples) {
            if (!std::isfinite(sample))
                fuzz::violated("decoding gave a sample that is not a number");
        }
    } catch (const Error&) {
    }
    return 0;
}
