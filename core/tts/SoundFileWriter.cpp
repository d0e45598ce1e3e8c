#include "tts/SoundFileWriter.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sndfile.h>

namespace voxnote::tts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SoundFileWriter", text);
}

int sndfileFormat(SoundFileWriter::Format format)
{
    switch (format) {
    case SoundFileWriter::Format::Wav:
        return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    case SoundFileWriter::Format::Flac:
        return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    case SoundFileWriter::Format::Ogg:
        return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    case SoundFileWriter::Format::Mp3:
        return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    }
    return 0;
}

constexpr SoundFileWriter::Format kFormats[] = {SoundFileWriter::Format::Wav, SoundFileWriter::Format::Flac,
    SoundFileWriter::Format::Ogg, SoundFileWriter::Format::Mp3};

// Any rate espeak-ng produces (22050 Hz) is valid for every format; the
// check below is about the encoder being there at all.
constexpr int kProbeRate = 22050;

} // namespace

QString SoundFileWriter::extension(Format format)
{
    switch (format) {
    case Format::Wav:
        return QStringLiteral("wav");
    case Format::Flac:
        return QStringLiteral("flac");
    case Format::Ogg:
        return QStringLiteral("ogg");
    case Format::Mp3:
        return QStringLiteral("mp3");
    }
    return {};
}

QString SoundFileWriter::mimeType(Format format)
{
    switch (format) {
    case Format::Wav:
        return QStringLiteral("audio/x-wav");
    case Format::Flac:
        return QStringLiteral("audio/flac");
    case Format::Ogg:
        return QStringLiteral("audio/ogg");
    case Format::Mp3:
        return QStringLiteral("audio/mpeg");
    }
    return {};
}

bool SoundFileWriter::canWrite(Format format)
{
    SF_INFO info {};
    info.samplerate = kProbeRate;
    info.channels = 1;
    info.format = sndfileFormat(format);
    return sf_format_check(&info) != 0;
}

SoundFileWriter::Format SoundFileWriter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QStringList supported;
    for (const Format format : kFormats) {
        if (!canWrite(format))
            continue;
        if (suffix == extension(format))
            return format;
        supported.append(u'.' + extension(format));
    }
    throw Error(tr("Voxnote cannot write audio to %1: give the file one of the extensions %2.")
                    .arg(path, supported.join(QStringLiteral(", "))));
}

SoundFileWriter::SoundFileWriter(const QString& path, int sampleRate)
    : m_path(path)
    , m_file(path)
{
    const Format format = formatForPath(path);
    if (!m_file.open(QIODevice::WriteOnly))
        fail(m_file.errorString());
    SF_INFO info {};
    info.samplerate = sampleRate;
    info.channels = 1;
    info.format = sndfileFormat(format);
    // libsndfile writes straight to the temporary file's descriptor;
    // QSaveFile renames it into place on commit.
    m_sound = sf_open_fd(m_file.handle(), SFM_WRITE, &info, SF_FALSE);
    if (!m_sound)
        fail(QString::fromUtf8(sf_strerror(nullptr)));
}

SoundFileWriter::~SoundFileWriter()
{
    // An uncommitted QSaveFile removes its temporary file when destroyed.
    if (m_sound)
        sf_close(m_sound);
}

void SoundFileWriter::write(const qint16* samples, qsizetype count)
{
    if (sf_write_short(m_sound, samples, count) != count)
        fail(QString::fromUtf8(sf_strerror(m_sound)));
}

void SoundFileWriter::commit()
{
    const int status = sf_close(m_sound);
    m_sound = nullptr;
    if (status != 0)
        fail(QString::fromUtf8(sf_error_number(status)));
    if (!m_file.commit())
        fail(m_file.errorString());
}

void SoundFileWriter::fail(const QString& reason)
{
    throw Error(
        tr("Voxnote could not write the audio file %1 (%2). Check the folder and the free disk space; "
           "no partial file was left.")
            .arg(m_path, reason));
}

} // namespace voxnote::tts
