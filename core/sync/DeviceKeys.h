#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::sync {

/// A device's signing key as others know it: its Ed25519 public key, and the
/// sequence number up to which the device published changes before it
/// signed them (older, unsigned change files of it are still accepted).
struct DeviceIdentity
{
    QByteArray publicKey;
    qint64 signedFrom = 0;

    bool operator==(const DeviceIdentity& other) const
    {
        return publicKey == other.publicKey && signedFrom == other.signedFrom;
    }
};

/// Who wrote a change file: this device's own Ed25519 key (libsodium
/// `crypto_sign`), kept in the profile and made on first use, and the keys
/// of the other devices, pinned the first time they are seen. A change file
/// of a device whose key is known must carry that key's signature, so
/// nobody who can write to the sync folder (or knows its passphrase) can
/// make changes appear to come from another device. Use on the connection's
/// thread.
class DeviceKeys
{
public:
    /// `site` is this device; `pushedSeq` what it had published before it had
    /// a key (recorded only when the key is made).
    DeviceKeys(storage::Connection& connection, QString site, qint64 pushedSeq);

    const QString& site() const { return m_site; }
    const DeviceIdentity& identity() const { return m_identity; }
    /// The signature of `message` with this device's key.
    QByteArray sign(const QByteArray& message) const;

    /// The key pinned for `site`, if any (this device's own for its site).
    std::optional<DeviceIdentity> pinned(const QString& site);
    /// Pins `identity` for `site`; a key already pinned is never replaced.
    void pin(const QString& site, const DeviceIdentity& identity);

    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

    /// What a device's key file and its change files sign.
    static QByteArray identityMessage(const QString& site, const DeviceIdentity& identity);
    static QByteArray changeFileMessage(
        const QString& site, qint64 first, qint64 last, const QByteArray& checksum);

private:
    storage::Connection& m_connection;
    QString m_site;
    QByteArray m_secretKey;
    DeviceIdentity m_identity;
};

} // namespace voxnote::sync
