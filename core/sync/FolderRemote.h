#pragma once

#include "sync/DeviceKeys.h"
#include "sync/FolderCipher.h"
#include "sync/Remote.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace voxnote::sync {

/// What a sync folder's `remote.json` says about it.
struct FolderIdentity
{
    QString remoteId;
    bool encrypted = false;
    QByteArray salt; ///< for the key derivation, when encrypted
    QByteArray check; ///< a known text sealed with the key, to tell a wrong passphrase
};

/// The embedded remote: a folder shared by Syncthing, Nextcloud, Dropbox or a
/// network share. Layout:
///
///     remote.json                       identity (and encryption salt)
///     devices/<site>/<first>-<last>.chg one immutable file per pushed batch
///     devices/<site>/device.json        the device's public signing key
///     blobs/<ab>/<sha256>               media, content-addressed
///
/// Each device writes only files in its own folder and the blob folders,
/// always temp file → fsync → rename, and never changes a file once written.
/// A change file starts with a header (format version, site, sequence range,
/// body length, SHA-256 of the body and, from format 2, the writer's Ed25519
/// signature of all that, see `DeviceKeys`); a reader skips a file that is partial
/// or damaged and tries it again next time; files over
/// `kMaxChangeFileBytes` are skipped unread. A device counts as published only
/// its files that verify, so a file someone else put in its folder under one
/// of its names can neither stop it nor keep its changes from being sent.
/// There are no lock files, and nothing is ever inferred from a file's absence.
class FolderRemote : public Remote
{
public:
    /// Reads `remote.json` of `root`. Throws `RemoteChangedError` if it is
    /// missing, empty or not a Voxnote sync folder's.
    static FolderIdentity identify(const QString& root);
    /// True if `root` has no `remote.json` yet (a folder to make a remote of).
    static bool isUnclaimed(const QString& root);
    /// Makes `root` a new sync folder, encrypted if `passphrase` is not empty.
    static FolderIdentity create(const QString& root, const QString& passphrase);
    /// The key for `passphrase`. Throws `Error` if it is not the folder's passphrase.
    static QByteArray unlock(const QString& root, const FolderIdentity& identity, const QString& passphrase);

    /// `key` is empty for an unencrypted folder. With `keys`, this device
    /// signs the files it writes, publishes its key in its folder, and
    /// accepts other devices' files only with their signatures once it knows
    /// their keys; without, it neither signs nor checks signatures.
    FolderRemote(QString root, QByteArray key, std::unique_ptr<DeviceKeys> keys = {});
    ~FolderRemote() override;

    QString description() const override { return m_root; }
    QString remoteId() override;
    qint64 pushedSequence(const QString& site) override;
    void push(const QString& site, const QList<storage::Change>& changes) override;
    PullResult pull(
        const QString& mySite, const std::function<qint64(const QString& site)>& cursor, int limit) override;
    bool hasBlob(const QString& hash) override;
    void putBlob(const QString& hash, const QString& path) override;
    bool getBlob(const QString& hash, QIODevice& target, qint64 maxBytes) override;
    QStringList takeWarnings() override;

    /// The largest change file read (or written): larger ones are skipped
    /// unread, with a warning naming them.
    static constexpr qint64 kMaxChangeFileBytes = 64LL << 20;

    /// The path of the file holding changes `first`..`last` of `site`.
    QString changeFilePath(const QString& site, qint64 first, qint64 last) const;

private:
    struct Range
    {
        qint64 first = 0;
        qint64 last = 0;
        QString path;
    };
    /// The change files of `site`, from their names; symbolic links are left
    /// out (with a warning).
    QList<Range> ranges(const QString& site);
    /// The changes in the file, or an explanation of why it was skipped.
    std::optional<QList<storage::Change>> readChangeFile(
        const QString& site, const Range& range, QString* whySkipped);
    QString identityPath(const QString& site) const;
    /// Writes this device's key file unless it is there as it should be.
    void publishIdentity();
    /// The key `site`'s files must be signed with, if known.
    std::optional<DeviceIdentity> knownIdentity(const QString& site);
    /// True if the file of `range` holds what its name says (header,
    /// checksum, decryption and contents all check out). Remembered per file
    /// version for the object's life; a failure is noted in the warnings.
    bool isGenuine(const QString& site, const Range& range);
    QString blobPath(const QString& hash) const;

    QString m_root;
    std::optional<FolderCipher> m_cipher;
    std::unique_ptr<DeviceKeys> m_keys;
    bool m_identityPublished = false;
    QHash<QString, std::pair<QString, bool>> m_genuine; // path -> (size and time, genuine)
    QStringList m_warnings;
};

} // namespace voxnote::sync
