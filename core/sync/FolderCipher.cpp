#include "sync/FolderCipher.h"

#include "Error.h"

#include <QCoreApplication>

#include <sodium.h>

namespace voxnote::sync {

namespace {

void initSodium()
{
    static const bool s_ready = sodium_init() >= 0;
    if (!s_ready)
        throw Error(QCoreApplication::translate("FolderCipher", "The encryption library could not start."));
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

} // namespace

QByteArray FolderCipher::newSalt()
{
    initSodium();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    return salt;
}

QByteArray FolderCipher::deriveKey(const QString& passphrase, const QByteArray& salt)
{
    initSodium();
    if (salt.size() != crypto_pwhash_SALTBYTES)
        throw Error(QCoreApplication::translate(
            "FolderCipher", "The sync folder's encryption settings are damaged."));
    const QByteArray secret = passphrase.toUtf8();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (crypto_pwhash(bytes(key), static_cast<unsigned long long>(key.size()), secret.constData(),
            static_cast<unsigned long long>(secret.size()), bytes(salt), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw Error(QCoreApplication::translate(
            "FolderCipher", "There is not enough memory to derive the encryption key from the passphrase."));
    return key;
}

FolderCipher::FolderCipher(QByteArray key)
    : m_key(std::move(key))
{
    initSodium();
    Q_ASSERT(m_key.size() == kKeyBytes);
}

QByteArray FolderCipher::seal(const QByteArray& plain, const QByteArray& associatedData) const
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray sealed(
        nonceBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    randombytes_buf(sealed.data(), nonceBytes);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(sealed) + nonceBytes, &length, bytes(plain),
        static_cast<unsigned long long>(plain.size()), bytes(associatedData),
        static_cast<unsigned long long>(associatedData.size()), nullptr, bytes(sealed), bytes(m_key));
    sealed.truncate(nonceBytes + static_cast<qsizetype>(length));
    return sealed;
}

std::optional<QByteArray> FolderCipher::open(const QByteArray& sealed, const QByteArray& associatedData) const
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (sealed.size() < nonceBytes + static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    QByteArray plain(sealed.size() - nonceBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plain), &length, nullptr, bytes(sealed) + nonceBytes,
            static_cast<unsigned long long>(sealed.size() - nonceBytes), bytes(associatedData),
            static_cast<unsigned long long>(associatedData.size()), bytes(sealed), bytes(m_key))
        != 0)
        return std::nullopt;
    plain.truncate(static_cast<qsizetype>(length));
    return plain;
}

} // namespace voxnote::sync
