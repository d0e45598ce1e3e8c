#include "audio/RecordingFile.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtEndian>

#include <unistd.h>

namespace voxnote::audio {

namespace {

constexpr qint64 kHeaderBytes = 44;

QString tr(const char* text)
{
    // The context it had in ui/, so its translations still apply.
    return QCoreApplication::translate("voxnote::ui::RecordingFile", text);
}

} // namespace

RecordingFile::~RecordingFile()
{
    if (m_file.isOpen()) {
        try {
            finish();
        } catch (const Error&) {
            // The audio written so far stays in the file.
        }
    }
}

void RecordingFile::open(const QString& path, int sampleRate, int channels)
{
    m_file.setFileName(path);
    m_sampleRate = sampleRate;
    m_channels = channels;
    m_dataBytes = 0;
    m_syncedBytes = 0;
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        fail(m_file.errorString());
    writeHeader();
    sync();
}

void RecordingFile::append(const QByteArray& samples)
{
    if (!m_file.isOpen() || samples.isEmpty())
        return;
    // The WAV header counts bytes in 32 bits.
    if (m_dataBytes + samples.size() > qint64(0xFFFFFFFFu) - 36)
        throw Error(tr("%1 has reached the longest recording one file can hold; stop and start a new one.")
                        .arg(QFileInfo(m_file.fileName()).fileName()));
    if (!m_file.seek(kHeaderBytes + m_dataBytes) || m_file.write(samples) != samples.size())
        fail(m_file.errorString());
    m_dataBytes += samples.size();
    // The header follows every chunk, so the file is whole at any moment.
    writeHeader();
    if (!m_file.flush())
        fail(m_file.errorString());
    const qint64 bytesPerSecond = qint64(m_sampleRate) * m_channels * 2;
    if ((m_dataBytes - m_syncedBytes) * 1000 >= kSyncIntervalMs * bytesPerSecond)
        sync();
}

void RecordingFile::finish()
{
    if (!m_file.isOpen())
        return;
    writeHeader();
    sync();
    m_file.close();
}

qint64 RecordingFile::durationMs() const
{
    const qint64 bytesPerSecond = qint64(m_sampleRate) * m_channels * 2;
    return bytesPerSecond > 0 ? m_dataBytes * 1000 / bytesPerSecond : 0;
}

void RecordingFile::writeHeader()
{
    QByteArray header(kHeaderBytes, '\0');
    char* h = header.data();
    auto put32 = [h](int at, quint32 value) {
        qToLittleEndian<quint32>(value, h + at);
    };
    auto put16 = [h](int at, quint16 value) {
        qToLittleEndian<quint16>(value, h + at);
    };
    memcpy(h, "RIFF", 4);
    put32(4, quint32(36 + m_dataBytes));
    memcpy(h + 8, "WAVEfmt ", 8);
    put32(16, 16);
    put16(20, 1); // PCM
    put16(22, quint16(m_channels));
    put32(24, quint32(m_sampleRate));
    put32(28, quint32(m_sampleRate * m_channels * 2));
    put16(32, quint16(m_channels * 2));
    put16(34, 16);
    memcpy(h + 36, "data", 4);
    put32(40, quint32(m_dataBytes));
    if (!m_file.seek(0) || m_file.write(header) != kHeaderBytes)
        fail(m_file.errorString());
}

void RecordingFile::sync()
{
    if (!m_file.flush() || ::fdatasync(m_file.handle()) != 0)
        fail(m_file.errorString());
    m_syncedBytes = m_dataBytes;
}

void RecordingFile::fail(const QString& reason)
{
    throw Error(tr("The recording could not be written to %1 (%2). Is the disk full?")
                    .arg(QFileInfo(m_file.fileName()).fileName(), reason));
}

} // namespace voxnote::audio
