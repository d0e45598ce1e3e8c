#pragma once

#include <QString>

namespace voxnote::notify {

struct SmtpSettings;

/// Sends one plain-text e-mail through an SMTP server with libcurl
/// (STARTTLS when the server offers it, TLS for smtps:// URLs). Blocks for
/// at most `timeoutMs`. Throws `Error` with a sentence on failure; the
/// sentence never contains the password. Call from any thread; each call
/// uses its own curl handle.
class SmtpSender
{
public:
    explicit SmtpSender(int timeoutMs = 20'000);
    virtual ~SmtpSender() = default;

    virtual void send(
        const SmtpSettings& settings, const QString& recipient, const QString& subject, const QString& body);

    /// The RFC 5322 message: headers (UTF-8 subject encoded per RFC 2047) and
    /// the body with CRLF line ends.
    static QByteArray composeMessage(
        const QString& from, const QString& recipient, const QString& subject, const QString& body);

private:
    int m_timeoutMs;
};

} // namespace voxnote::notify
