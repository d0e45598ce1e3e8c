#pragma once

#include <QFile>
#include <QString>

namespace voxnote::audio {

/// A WAV file written as the audio is captured. Every chunk goes straight to
/// the file and the header's sizes are fixed up after it, so the file is a
/// complete, playable WAV at every moment; it is flushed to the disk at
/// least once a second. A crash, a kill or a power cut loses at most the
/// last second. Use from one thread. Failures throw `Error` naming the file.
class RecordingFile
{
public:
    static constexpr qint64 kSyncIntervalMs = 1000;

    RecordingFile() = default;
    ~RecordingFile();
    RecordingFile(const RecordingFile&) = delete;
    RecordingFile& operator=(const RecordingFile&) = delete;

    /// Creates (or replaces) `path` for 16-bit audio.
    void open(const QString& path, int sampleRate, int channels);
    /// Appends interleaved 16-bit samples.
    void append(const QByteArray& samples);
    /// Writes the header a last time, syncs and closes.
    void finish();

    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    qint64 durationMs() const;

private:
    void writeHeader();
    void sync();
    [[noreturn]] void fail(const QString& reason);

    QFile m_file;
    int m_sampleRate = 0;
    int m_channels = 0;
    qint64 m_dataBytes = 0;
    qint64 m_syncedBytes = 0;
};

} // namespace voxnote::audio
