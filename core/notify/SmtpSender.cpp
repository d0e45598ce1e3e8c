#include "notify/SmtpSender.h"

#include "Error.h"
#include "notify/EmailOutbox.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QDateTime>

#include <curl/curl.h>

#include <memory>

namespace voxnote::notify {

namespace {

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

QByteArray encodedHeader(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() > 126 || c.unicode() < 32)
            return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
    }
    return text.toLatin1();
}

} // namespace

SmtpSender::SmtpSender(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

QByteArray SmtpSender::composeMessage(
    const QString& from, const QString& recipient, const QString& subject, const QString& body)
{
    const QDateTime now = Clock::instance().now();
    QByteArray message;
    message += "Date: " + now.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    message += "From: " + from.toUtf8() + "\r\n";
    message += "To: " + recipient.toUtf8() + "\r\n";
    message += "Message-ID: <" + newUuidV7().toLatin1() + "@voxnote>\r\n";
    message += "Subject: " + encodedHeader(subject) + "\r\n";
    message += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: "
               "8bit\r\n\r\n";
    QByteArray text = body.toUtf8();
    text.replace("\r\n", "\n").replace("\n", "\r\n");
    message += text;
    if (!message.endsWith("\r\n"))
        message += "\r\n";
    return message;
}

void SmtpSender::send(
    const SmtpSettings& settings, const QString& recipient, const QString& subject, const QString& body)
{
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl)
        throw Error(QCoreApplication::translate("SmtpSender", "Voxnote could not start its e-mail client."));
    Upload upload {composeMessage(settings.from, recipient, subject, body)};
    const QByteArray url = settings.url.toUtf8();
    const QByteArray from = "<" + settings.from.toUtf8() + ">";
    const QByteArray to = "<" + recipient.toUtf8() + ">";
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
    curl_easy_setopt(handle, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(m_timeoutMs));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode result = curl_easy_perform(handle);
    curl_slist_free_all(recipients);
    if (result != CURLE_OK)
        throw Error(
            QCoreApplication::translate("SmtpSender", "The e-mail to %1 could not be sent through %2 (%3).")
                .arg(recipient, settings.url, QString::fromUtf8(curl_easy_strerror(result))));
}

} // namespace voxnote::notify
