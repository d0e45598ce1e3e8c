#pragma once

#include "audio/AudioChunk.h"
#include "audio/Resampler.h"

#include <QString>

#include <limits>
#include <memory>
#include <vector>

struct sf_private_tag;

namespace voxnote::audio {

/// What a recording is, as read from its header.
struct AudioInfo
{
    QString formatName; ///< "WAV", "FLAC", "OGG", "MP3" …
    QString mimeType; ///< "audio/wav" …
    int sampleRate = 0;
    int channels = 0;
    qint64 frames = 0;
    /// Length in samples once converted to 16 kHz mono.
    qint64 speechSamples() const { return scaled(kSpeechRate); }
    qint64 durationMs() const { return scaled(1000); }

private:
    /// frames × perSecond / sampleRate without overflowing, whatever a
    /// header claims: saturates at the largest qint64.
    qint64 scaled(qint64 perSecond) const
    {
        if (sampleRate <= 0 || frames <= 0)
            return 0;
        const qint64 seconds = frames / sampleRate;
        if (seconds > std::numeric_limits<qint64>::max() / perSecond - 1)
            return std::numeric_limits<qint64>::max();
        return seconds * perSecond + frames % sampleRate * perSecond / sampleRate;
    }
};

/// Reads a WAV, FLAC, OGG/Vorbis or MP3 file (libsndfile) as 16 kHz mono float
/// samples, one block at a time, so memory stays bounded whatever the length.
/// Channels are averaged and the rate converted with libsamplerate.
///
/// Opening checks the file and its header and throws `Error` with one sentence
/// naming the file and the problem (missing, empty, not audio, absurd sample
/// rate or channel count, no audio frames, over the length limit); `read()`
/// throws `Error` if the file turns out to be damaged or truncated part-way.
/// Not thread-safe: use one decoder per file from one thread.
class AudioDecoder
{
public:
    static constexpr int kMinSampleRate = 4000;
    static constexpr int kMaxSampleRate = 384000;
    static constexpr int kMaxChannels = 64;
    static constexpr qint64 kMaxDurationMs = 24LL * 3600 * 1000;

    /// Errors call the file `displayName` if given (e.g. the original name of
    /// a stored blob), else its file name.
    explicit AudioDecoder(const QString& path, const QString& displayName = {});
    ~AudioDecoder();
    AudioDecoder(const AudioDecoder&) = delete;
    AudioDecoder& operator=(const AudioDecoder&) = delete;

    const AudioInfo& info() const { return m_info; }
    const QString& path() const { return m_path; }

    /// Appends about `maxSamples` more 16 kHz samples to `output`. Returns
    /// false once the whole file has been read (nothing appended).
    bool read(std::vector<float>& output, qint64 maxSamples = kSpeechRate);

private:
    [[noreturn]] void fail(const QString& problem) const;
    void closeFile();

    QString m_path;
    QString m_displayName;
    AudioInfo m_info;
    // Closed by its deleter also when the constructor throws after opening.
    struct FileCloser
    {
        void operator()(sf_private_tag* file) const;
    };
    std::unique_ptr<sf_private_tag, FileCloser> m_file;
    std::unique_ptr<Resampler> m_resampler;
    std::vector<float> m_interleaved;
    std::vector<float> m_mono;
    std::vector<char> m_liveChannels; ///< per channel: has it held sound yet?
    qint64 m_framesRead = 0;
    bool m_exactLength = true;
    bool m_finished = false;
};

} // namespace voxnote::audio
