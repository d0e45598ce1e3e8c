#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QString>

#include <optional>

namespace voxnote::worker {

/// The wire format between Voxnote and its engine workers (`voxnote worker`):
/// frames of a 4-byte big-endian length followed by that many bytes of one
/// CBOR map. Every map has a "type":
///
/// - worker → client, once at start: "hello" {version, pid};
/// - client → worker: "request" {op, args, cpuSeconds} and "cancel";
/// - worker → client while a request runs: "progress" {fraction}, "partial"
///   {…op-specific: audio, word…}; then one "result" {value} or "error"
///   {kind: "error" | "cancelled" | "memory", message};
/// - worker → client instead of a reply: "bye" (it left because it was idle
///   and did not take the request).
///
/// A frame longer than the reader's limit, or one that is not a CBOR map, is
/// a protocol error: the connection cannot be trusted after it.
namespace protocol {

/// Bumped whenever a message changes meaning; both sides must agree.
constexpr int kVersion = 1;
/// Replies larger than this are refused (a thousand-page OCR result is far below).
constexpr qint64 kMaxFrameBytes = 64LL * 1024 * 1024;

/// One frame: length prefix and CBOR.
QByteArray encode(const QCborMap& message);

/// Writes all of `bytes` to `fd`, retrying short writes. Returns false if the
/// other end is gone.
bool writeAll(int fd, const QByteArray& bytes);

/// Collects bytes as they arrive and cuts them into messages.
class FrameReader
{
public:
    explicit FrameReader(qint64 maxFrameBytes = kMaxFrameBytes)
        : m_maxFrameBytes(maxFrameBytes)
    {
    }

    void append(const QByteArray& bytes) { m_buffer += bytes; }
    /// The next complete message, if one has arrived. Throws `ProtocolError`
    /// for a frame over the limit or bytes that are not a CBOR map.
    std::optional<QCborMap> next();
    /// Bytes of an incomplete frame are waiting (a reply cut off if the
    /// connection ends now).
    bool hasPartialFrame() const { return !m_buffer.isEmpty(); }

private:
    qint64 m_maxFrameBytes;
    QByteArray m_buffer;
};

/// A malformed or oversized frame; `what()` says which.
class ProtocolError : public std::exception
{
public:
    explicit ProtocolError(QString reason, qint64 declaredBytes = 0)
        : m_reason(std::move(reason))
        , m_utf8(m_reason.toUtf8())
        , m_declaredBytes(declaredBytes)
    {
    }
    const QString& reason() const { return m_reason; }
    /// The length a too large frame declared; 0 for other errors.
    qint64 declaredBytes() const { return m_declaredBytes; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_reason;
    QByteArray m_utf8;
    qint64 m_declaredBytes;
};

/// Milliseconds on a clock that only moves forward, for time-outs on both sides.
qint64 monotonicMs();

/// The message's "type".
QString typeOf(const QCborMap& message);

} // namespace protocol

} // namespace voxnote::worker
