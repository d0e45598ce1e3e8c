#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtEndian>

#include <cmath>
#include <vector>

namespace voxnote::test {

/// A 16-bit PCM WAV file's bytes with any header values — including absurd
/// ones a real writer would refuse — for feeding the decoder bad input.
inline QByteArray wavBytes(const std::vector<qint16>& samples, quint32 sampleRate, quint16 channels)
{
    const quint32 dataBytes = quint32(samples.size() * 2);
    QByteArray bytes;
    const auto u32 = [&](quint32 v) {
        bytes.append(reinterpret_cast<const char*>(&(v = qToLittleEndian(v))), 4);
    };
    const auto u16 = [&](quint16 v) {
        bytes.append(reinterpret_cast<const char*>(&(v = qToLittleEndian(v))), 2);
    };
    bytes.append("RIFF");
    u32(36 + dataBytes);
    bytes.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(channels);
    u32(sampleRate);
    u32(sampleRate * channels * 2);
    u16(quint16(channels * 2));
    u16(16);
    bytes.append("data");
    u32(dataBytes);
    for (qint16 sample : samples)
        u16(quint16(sample));
    return bytes;
}

/// `seconds` of a tone (or of silence, if `amplitude` is 0) at `rate`.
inline std::vector<qint16> tone(double seconds, int rate, double hz, double amplitude)
{
    std::vector<qint16> samples(size_t(seconds * rate));
    for (size_t i = 0; i < samples.size(); ++i)
        samples[i] = qint16(std::lround(amplitude * 32767.0 * std::sin(2.0 * M_PI * hz * double(i) / rate)));
    return samples;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace voxnote::test
