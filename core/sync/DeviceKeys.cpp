#include "sync/DeviceKeys.h"

#include "Error.h"
#include "storage/Connection.h"
#include "storage/Statement.h"

#include <QCoreApplication>

#include <sodium.h>

namespace voxnote::sync {

namespace {

const QString kSecretKey = QStringLiteral("sync.signing_key");
const QString kSignedFrom = QStringLiteral("sync.signed_from");
const QString kPinnedPrefix = QStringLiteral("sync.device_key.");

void initSodium()
{
    static const bool s_ready = sodium_init() >= 0;
    if (!s_ready)
        throw Error(QCoreApplication::translate("DeviceKeys", "The encryption library could not start."));
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

QString meta(storage::Connection& connection, const QString& key)
{
    storage::Statement select = connection.prepare("SELECT value FROM meta WHERE key = ?1");
    select.bind(1, key);
    return select.step() ? select.columnText(0) : QString();
}

void setMeta(storage::Connection& connection, const QString& key, const QString& value, bool replace)
{
    storage::Statement insert
        = connection.prepare(replace ? "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)"
                                     : "INSERT OR IGNORE INTO meta (key, value) VALUES (?1, ?2)");
    insert.bindAll(key, value);
    insert.run();
}

} // namespace

DeviceKeys::DeviceKeys(storage::Connection& connection, QString site, qint64 pushedSeq)
    : m_connection(connection)
    , m_site(std::move(site))
{
    initSodium();
    m_secretKey = QByteArray::fromBase64(meta(m_connection, kSecretKey).toLatin1());
    if (m_secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
        m_secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
            reinterpret_cast<unsigned char*>(m_secretKey.data()));
        setMeta(m_connection, kSecretKey, QString::fromLatin1(m_secretKey.toBase64()), true);
        setMeta(m_connection, kSignedFrom, QString::number(pushedSeq), true);
    }
    m_identity.publicKey
        = m_secretKey.right(crypto_sign_PUBLICKEYBYTES); // libsodium keeps it in the second half
    m_identity.signedFrom = meta(m_connection, kSignedFrom).toLongLong();
}

QByteArray DeviceKeys::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytes(message),
        static_cast<unsigned long long>(message.size()), bytes(m_secretKey));
    return signature;
}

std::optional<DeviceIdentity> DeviceKeys::pinned(const QString& site)
{
    if (site == m_site)
        return m_identity;
    const QString value = meta(m_connection, kPinnedPrefix + site);
    const qsizetype colon = value.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    DeviceIdentity identity {
        QByteArray::fromBase64(value.left(colon).toLatin1()), value.mid(colon + 1).toLongLong()};
    if (identity.publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return std::nullopt;
    return identity;
}

void DeviceKeys::pin(const QString& site, const DeviceIdentity& identity)
{
    if (site == m_site)
        return;
    setMeta(m_connection, kPinnedPrefix + site,
        QString::fromLatin1(identity.publicKey.toBase64()) + u':' + QString::number(identity.signedFrom),
        false);
}

bool DeviceKeys::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    initSodium();
    return publicKey.size() == crypto_sign_PUBLICKEYBYTES && signature.size() == crypto_sign_BYTES
        && crypto_sign_verify_detached(bytes(signature), bytes(message),
               static_cast<unsigned long long>(message.size()), bytes(publicKey))
        == 0;
}

QByteArray DeviceKeys::identityMessage(const QString& site, const DeviceIdentity& identity)
{
    return "voxnote device key\n" + site.toLatin1() + '\n' + identity.publicKey.toBase64() + '\n'
        + QByteArray::number(identity.signedFrom);
}

QByteArray DeviceKeys::changeFileMessage(
    const QString& site, qint64 first, qint64 last, const QByteArray& checksum)
{
    return "voxnote change file\n" + site.toLatin1() + '\n' + QByteArray::number(first) + '-'
        + QByteArray::number(last) + '\n' + checksum.toHex();
}

} // namespace voxnote::sync
