#include "worker/WorkerProtocol.h"

#include <QCborValue>
#include <QElapsedTimer>
#include <QtEndian>

#include <cerrno>

#include <sys/socket.h>

namespace voxnote::worker::protocol {

QByteArray encode(const QCborMap& message)
{
    const QByteArray body = message.toCborValue().toCbor();
    QByteArray frame(4, Qt::Uninitialized);
    qToBigEndian(static_cast<quint32>(body.size()), frame.data());
    return frame + body;
}

bool writeAll(int fd, const QByteArray& bytes)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        // send, not write: a worker that is gone must not kill us with SIGPIPE.
        const ssize_t written = ::send(fd, data, static_cast<size_t>(left), MSG_NOSIGNAL);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

std::optional<QCborMap> FrameReader::next()
{
    if (m_buffer.size() < 4)
        return std::nullopt;
    const qint64 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length > m_maxFrameBytes)
        throw ProtocolError(QStringLiteral("a frame of %1 bytes").arg(length), length);
    if (m_buffer.size() < 4 + length)
        return std::nullopt;
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(m_buffer.mid(4, length), &error);
    m_buffer.remove(0, 4 + length);
    if (error.error != QCborError::NoError || !value.isMap())
        throw ProtocolError(QStringLiteral("a frame that is not a CBOR map"));
    return value.toMap();
}

qint64 monotonicMs()
{
    static const QElapsedTimer s_clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return s_clock.elapsed();
}

QString typeOf(const QCborMap& message)
{
    return message.value(QStringLiteral("type")).toString();
}

} // namespace voxnote::worker::protocol
