#include "notify/SmtpSender.h"

#include "Error.h"
#include "notify/EmailOutbox.h"
#include "people/EmailAddress.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QDateTime>

#include <curl/curl.h>

#include <memory>

namespace voxnote::notify {

namespace {

/// Raw UTF-8 bytes per RFC 2047 encoded word: 42 bytes make 56 characters of
/// base64, so "Subject: " and one word stay within a 78-character line.
constexpr qsizetype kEncodedWordBytes = 42;

QString tr(const char* text)
{
    return QCoreApplication::translate("SmtpSender", text);
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* userData)
{
    auto* upload = static_cast<Upload*>(userData);
    const qsizetype room = static_cast<qsizetype>(size * count);
    const qsizetype chunk = std::min(room, upload->data.size() - upload->offset);
    std::memcpy(buffer, upload->data.constData() + upload->offset, static_cast<size_t>(chunk));
    upload->offset += chunk;
    return static_cast<size_t>(chunk);
}

/// `text` as a header value: as it is if it is short printable ASCII,
/// otherwise as RFC 2047 encoded words of whole UTF-8 characters, one per
/// folded line.
QByteArray encodedHeader(const QString& text)
{
    bool plain = text.size() <= 60;
    for (const QChar c : text) {
        if (c.unicode() > 126 || c.unicode() < 32)
            plain = false;
    }
    if (plain)
        return text.toLatin1();
    const QByteArray utf8 = text.toUtf8();
    QByteArray encoded;
    for (qsizetype start = 0; start < utf8.size();) {
        qsizetype end = std::min(utf8.size(), start + kEncodedWordBytes);
        while (end < utf8.size() && end > start + 1 && (static_cast<uchar>(utf8[end]) & 0xC0) == 0x80)
            --end; // never split a character between two words
        if (!encoded.isEmpty())
            encoded += "\r\n ";
        encoded += "=?UTF-8?B?" + utf8.mid(start, end - start).toBase64() + "?=";
        start = end;
    }
    return encoded;
}

/// Throws unless `address` can go into an SMTP command and a header as it is.
void checkAddress(const QString& address)
{
    if (!people::isValidEmailAddress(address))
        throw Error(tr("“%1” is not an e-mail address Voxnote can send to (it must look like "
                       "name@example.org, without spaces, line breaks or brackets); nothing was sent.")
                        .arg(QString(address)
                                 .replace(u'\r', QStringLiteral("\\r"))
                                 .replace(u'\n', QStringLiteral("\\n"))));
}

} // namespace

SmtpSender::SmtpSender(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

QByteArray SmtpSender::composeMessage(
    const QString& from, const QString& recipient, const QString& subject, const QString& body)
{
    checkAddress(from);
    checkAddress(recipient);
    const QDateTime now = Clock::instance().now();
    QByteArray message;
    message += "Date: " + now.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    message += "From: <" + from.toLatin1() + ">\r\n";
    message += "To: <" + recipient.toLatin1() + ">\r\n";
    message += "Message-ID: <" + newUuidV7().toLatin1() + "@voxnote>\r\n";
    message += "Subject: " + encodedHeader(subject) + "\r\n";
    message += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: "
               "8bit\r\n\r\n";
    QByteArray text = body.toUtf8();
    // Every line break, whichever kind, becomes CRLF: a bare CR is not allowed in mail.
    text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    message += text;
    if (!message.endsWith("\r\n"))
        message += "\r\n";
    return message;
}

void SmtpSender::send(
    const SmtpSettings& settings, const QString& recipient, const QString& subject, const QString& body)
{
    // Checked before anything is sent: an address from another device could
    // otherwise end an SMTP command and start one of its own.
    Upload upload {composeMessage(settings.from, recipient, subject, body)};
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl)
        throw Error(tr("Voxnote could not start its e-mail client."));
    const QByteArray url = settings.url.toUtf8();
    const QByteArray from = "<" + settings.from.toLatin1() + ">";
    const QByteArray to = "<" + recipient.toLatin1() + ">";
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    curl_slist* recipients = curl_slist_append(nullptr, to.constData());

    CURL* handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    // smtp:// must switch to TLS (STARTTLS) before the login and the message,
    // unless the person chose an unencrypted relay; smtps:// is TLS from the start.
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
        static_cast<long>(settings.allowUnencrypted ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(m_timeoutMs));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode result = curl_easy_perform(handle);
    curl_slist_free_all(recipients);
    if (result == CURLE_USE_SSL_FAILED)
        throw Error(
            tr("The e-mail server %1 does not offer an encrypted connection (STARTTLS), so Voxnote sent "
               "neither your password nor the e-mail to %2. Use the server's smtps:// address, or, for a "
               "relay on this computer or a network you trust, allow sending without encryption in the "
               "e-mail settings.")
                .arg(settings.url, recipient));
    if (result != CURLE_OK)
        throw Error(tr("The e-mail to %1 could not be sent through %2 (%3).")
                        .arg(recipient, settings.url, QString::fromUtf8(curl_easy_strerror(result))));
}

} // namespace voxnote::notify
