#pragma once

#include "tts/AudioSink.h"

#include <QSaveFile>
#include <QString>

struct sf_private_tag;

namespace voxnote::tts {

/// Writes mono 16-bit audio to WAV, FLAC, OGG/Vorbis or MP3 (chosen by the
/// file's extension) through libsndfile. The audio goes to a temporary file
/// beside the target that replaces it only on `commit()`; until then, and if
/// anything fails, the target is left as it was and no partial file remains.
/// Use from one thread at a time. Failures throw `Error` naming the file.
class SoundFileWriter : public AudioSink
{
public:
    enum class Format { Wav, Flac, Ogg, Mp3 };

    /// The format for `path`'s extension; throws `Error` listing the
    /// supported ones (MP3 only if this libsndfile can write it).
    static Format formatForPath(const QString& path);
    /// Whether this libsndfile can write `format`.
    static bool canWrite(Format format);
    /// "wav", "flac", "ogg", "mp3".
    static QString extension(Format format);
    static QString mimeType(Format format);

    SoundFileWriter(const QString& path, int sampleRate);
    ~SoundFileWriter() override;
    SoundFileWriter(const SoundFileWriter&) = delete;
    SoundFileWriter& operator=(const SoundFileWriter&) = delete;

    void write(const qint16* samples, qsizetype count) override;
    /// Finishes the file and puts it in place of the target.
    void commit();

private:
    [[noreturn]] void fail(const QString& reason);

    QString m_path;
    QSaveFile m_file;
    sf_private_tag* m_sound = nullptr;
};

} // namespace voxnote::tts
