#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace voxnote::sync {

/// End-to-end encryption of a sync folder: a key derived from the passphrase
/// with Argon2id (libsodium `crypto_pwhash`, memory-hard) and
/// XChaCha20-Poly1305 authenticated encryption, each message with its own
/// random nonce. Associated data binds a ciphertext to where it belongs (the
/// device and sequence range of a change file, the hash of a blob), so a file
/// moved or renamed on the folder fails to open. Safe to use from any thread.
class FolderCipher
{
public:
    static constexpr int kKeyBytes = 32;

    /// A new random salt for `deriveKey`.
    static QByteArray newSalt();
    /// The key for `passphrase`; deliberately slow (about 0.1 s, 64 MiB).
    /// Throws `Error` if the machine lacks the memory.
    static QByteArray deriveKey(const QString& passphrase, const QByteArray& salt);

    explicit FolderCipher(QByteArray key);

    /// nonce ‖ ciphertext ‖ tag.
    QByteArray seal(const QByteArray& plain, const QByteArray& associatedData) const;
    /// The plain text, or nothing if `sealed` was not sealed with this key and
    /// associated data (wrong passphrase, damaged or moved data).
    std::optional<QByteArray> open(const QByteArray& sealed, const QByteArray& associatedData) const;

    const QByteArray& key() const { return m_key; }

private:
    QByteArray m_key;
};

} // namespace voxnote::sync
