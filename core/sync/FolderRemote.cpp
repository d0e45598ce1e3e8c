#include "sync/FolderRemote.h"

#include "sync/ChangeCodec.h"
#include "util/Clock.h"
#include "util/Log.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace voxnote::sync {

namespace {

constexpr char kMagic[] = "VXNCHG01";
constexpr quint32 kUnsignedFormat = 1;
constexpr quint32 kSignedFormat = 2; ///< the header ends with the writer's Ed25519 signature
constexpr quint32 kFlagEncrypted = 1;
constexpr int kSequenceDigits = 12;
const QLatin1StringView kFormatName("voxnote-sync-folder");
const QByteArray kCheckText("voxnote sync folder key check");

QString tr(const char* text)
{
    return QCoreApplication::translate("FolderRemote", text);
}

void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

/// Makes the folder of `path` and clears the way for writing `path` itself,
/// never through a symbolic link: anyone who can write to the sync folder
/// could otherwise point one at a file of this computer's for Voxnote to
/// overwrite. A link where the file goes is removed (only the link); a linked
/// folder is refused.
void prepareTarget(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo(folder).isSymLink())
        throw Error(QCoreApplication::translate("FolderRemote",
            "%1 in the sync folder is a symbolic link; Voxnote does not write through links there. Remove it "
            "and sync again.")
                        .arg(folder));
    QDir().mkpath(folder);
    if (QFileInfo(path).isSymLink())
        QFile::remove(path);
}

// QSaveFile writes a temporary file beside the target, fsyncs it and renames
// it into place, so a reader sees the whole file or none of it.
void writeWhole(const QString& path, const QByteArray& data)
{
    prepareTarget(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw Error(tr("Could not write %1 (%2).").arg(path, file.errorString()));
    syncFolder(QFileInfo(path).absolutePath());
}

QString sequenceText(qint64 seq)
{
    return QStringLiteral("%1").arg(seq, kSequenceDigits, 10, QLatin1Char('0'));
}

/// Room for the header in front of a change file's body.
constexpr qint64 kHeaderRoom = 4096;
/// What encryption adds to a blob: the nonce and the tag.
constexpr qint64 kSealOverhead = 24 + 16;
/// The largest encrypted blob opened in memory (what an import accepts).
constexpr qint64 kMaxSealedBlobBytes = (4LL << 30) + kSealOverhead;

QString stamp(const QFileInfo& info)
{
    return QString::number(info.size()) + u':' + QString::number(info.lastModified().toMSecsSinceEpoch());
}

QByteArray associatedData(const QString& site, qint64 first, qint64 last)
{
    return (site + u':' + QString::number(first) + u'-' + QString::number(last)).toUtf8();
}

} // namespace

bool FolderRemote::isUnclaimed(const QString& root)
{
    return !QFileInfo::exists(QDir(root).filePath(QStringLiteral("remote.json")));
}

FolderIdentity FolderRemote::identify(const QString& root)
{
    const QString path = QDir(root).filePath(QStringLiteral("remote.json"));
    QFile file(path);
    if (!file.exists())
        throw RemoteChangedError(
            tr("The sync folder %1 has no remote.json any more: it was emptied, moved or is not "
               "mounted. Sync has stopped and nothing was deleted here. Check the folder; to "
               "start over with it, set it up again (voxnote sync setup folder).")
                .arg(root));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Could not read %1 (%2).").arg(path, file.errorString()));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    FolderIdentity identity;
    identity.remoteId = json.value(u"remoteId").toString();
    if (json.value(u"format").toString() != kFormatName || !isUuid(identity.remoteId))
        throw RemoteChangedError(
            tr("%1 is empty or not the identity file of a Voxnote sync folder. Sync has "
               "stopped and nothing was deleted here. Check the folder; to start over with it, "
               "set it up again (voxnote sync setup folder).")
                .arg(path));
    const QJsonObject encryption = json.value(u"encryption").toObject();
    identity.encrypted = !encryption.isEmpty();
    identity.salt = QByteArray::fromBase64(encryption.value(u"salt").toString().toLatin1());
    identity.check = QByteArray::fromBase64(encryption.value(u"check").toString().toLatin1());
    return identity;
}

FolderIdentity FolderRemote::create(const QString& root, const QString& passphrase)
{
    if (!QDir().mkpath(root))
        throw Error(tr("Could not create the sync folder %1.").arg(root));
    FolderIdentity identity;
    identity.remoteId = newUuidV7();
    QJsonObject json {{QStringLiteral("format"), kFormatName}, {QStringLiteral("version"), 1},
        {QStringLiteral("remoteId"), identity.remoteId},
        {QStringLiteral("createdAt"), Clock::instance().now().toString(Qt::ISODateWithMs)}};
    if (!passphrase.isEmpty()) {
        identity.encrypted = true;
        identity.salt = FolderCipher::newSalt();
        const FolderCipher cipher(FolderCipher::deriveKey(passphrase, identity.salt));
        identity.check = cipher.seal(kCheckText, identity.remoteId.toUtf8());
        json.insert(QStringLiteral("encryption"),
            QJsonObject {{QStringLiteral("kdf"), QStringLiteral("argon2id13-interactive")},
                {QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305-ietf")},
                {QStringLiteral("salt"), QString::fromLatin1(identity.salt.toBase64())},
                {QStringLiteral("check"), QString::fromLatin1(identity.check.toBase64())}});
    }
    QDir(root).mkpath(QStringLiteral("devices"));
    QDir(root).mkpath(QStringLiteral("blobs"));
    writeWhole(QDir(root).filePath(QStringLiteral("remote.json")), QJsonDocument(json).toJson());
    return identity;
}

QByteArray FolderRemote::unlock(
    const QString& root, const FolderIdentity& identity, const QString& passphrase)
{
    if (!identity.encrypted)
        return {};
    if (passphrase.isEmpty())
        throw Error(tr("The sync folder %1 is encrypted: give its passphrase.").arg(root));
    QByteArray key = FolderCipher::deriveKey(passphrase, identity.salt);
    if (FolderCipher(key).open(identity.check, identity.remoteId.toUtf8()) != kCheckText)
        throw Error(tr("That passphrase does not open the encrypted sync folder %1. Type the passphrase the "
                       "folder was set up with.")
                        .arg(root));
    return key;
}

FolderRemote::FolderRemote(QString root, QByteArray key, std::unique_ptr<DeviceKeys> keys)
    : m_root(std::move(root))
    , m_keys(std::move(keys))
{
    if (!key.isEmpty())
        m_cipher.emplace(std::move(key));
}

FolderRemote::~FolderRemote() = default;

QString FolderRemote::remoteId()
{
    const FolderIdentity identity = identify(m_root);
    if (identity.encrypted != m_cipher.has_value())
        throw RemoteChangedError(tr(
            "The sync folder %1 was %2 when this device joined it and is not any more. Sync has stopped and "
            "nothing was deleted here; set the folder up again.")
                                     .arg(m_root, m_cipher ? tr("encrypted") : tr("unencrypted")));
    if (m_cipher && m_cipher->open(identity.check, identity.remoteId.toUtf8()) != kCheckText)
        throw RemoteChangedError(
            tr("The sync folder %1 is now encrypted with another passphrase. Sync has stopped "
               "and nothing was deleted here; set the folder up again.")
                .arg(m_root));
    return identity.remoteId;
}

QString FolderRemote::changeFilePath(const QString& site, qint64 first, qint64 last) const
{
    return QDir(m_root).filePath(
        QStringLiteral("devices/%1/%2-%3.chg").arg(site, sequenceText(first), sequenceText(last)));
}

QList<FolderRemote::Range> FolderRemote::ranges(const QString& site)
{
    static const QRegularExpression s_name(QStringLiteral("^(\\d{12})-(\\d{12})\\.chg$"));
    const QDir folder(QDir(m_root).filePath(QStringLiteral("devices/") + site));
    QList<Range> ranges;
    const QFileInfoList entries = folder.entryInfoList({QStringLiteral("*.chg")}, QDir::Files);
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
        if (entry.isSymLink()) {
            // Whatever it points at is not a file of the sync folder.
            m_warnings << tr(
                "Ignored %1: it is a symbolic link, and Voxnote does not follow links in the sync "
                "folder.")
                              .arg(entry.filePath());
            continue;
        }
        const QRegularExpressionMatch match = s_name.match(name);
        if (!match.hasMatch())
            continue;
        Range range {match.captured(1).toLongLong(), match.captured(2).toLongLong(), folder.filePath(name)};
        if (range.first >= 1 && range.last >= range.first)
            ranges.append(range);
    }
    return ranges;
}

bool FolderRemote::isGenuine(const QString& site, const Range& range)
{
    const QString version = stamp(QFileInfo(range.path));
    const auto known = m_genuine.constFind(range.path);
    if (known != m_genuine.cend() && known->first == version)
        return known->second;
    QString why;
    bool genuine = false;
    try {
        genuine = readChangeFile(site, range, &why).has_value();
    } catch (const std::bad_alloc&) {
        why = tr("there is not enough memory to read it");
    }
    if (!genuine)
        m_warnings << tr("Ignored %1 in this device's part of the sync folder: %2. Voxnote did not write it "
                         "this way (someone or something else put it there); the changes it names are sent "
                         "again.")
                          .arg(range.path, why);
    m_genuine.insert(range.path, {version, genuine});
    return genuine;
}

QStringList FolderRemote::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

qint64 FolderRemote::pushedSequence(const QString& site)
{
    // Only files that hold what their names say count. Anyone who can write
    // to the folder can make a file with any name: one named for changes
    // 1–999999999999 would otherwise stop this device, one named for its next
    // ten changes would keep them from ever being sent.
    QList<Range> all = ranges(site);
    qint64 covered = 0;
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Range& range : all) {
            if (range.first <= covered + 1 && range.last > covered && isGenuine(site, range)) {
                covered = range.last;
                grew = true;
            }
        }
    }
    return covered;
}

void FolderRemote::push(const QString& site, const QList<storage::Change>& changes)
{
    if (changes.isEmpty())
        return;
    const qint64 first = changes.first().seq;
    const qint64 last = changes.last().seq;
    QByteArray body = ChangeCodec::encode(changes);
    if (body.size() > kMaxChangeFileBytes - kHeaderRoom) {
        // Readers skip files over the limit: split the batch instead (each
        // half is published in order, so what is there stays without gaps).
        if (changes.size() == 1)
            throw Error(tr("Change %1 of this device is too large to sync (%2 MB; at most %3 MB).")
                            .arg(first)
                            .arg(body.size() >> 20)
                            .arg((kMaxChangeFileBytes - kHeaderRoom) >> 20));
        const qsizetype half = changes.size() / 2;
        push(site, changes.first(half));
        push(site, changes.sliced(half));
        return;
    }
    quint32 flags = 0;
    if (m_cipher) {
        body = m_cipher->seal(body, associatedData(site, first, last));
        flags |= kFlagEncrypted;
    }
    const QByteArray checksum = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    const bool signing = m_keys && m_keys->site() == site;
    if (signing)
        publishIdentity();
    QByteArray file;
    QDataStream out(&file, QIODevice::WriteOnly);
    out.writeRawData(kMagic, 8);
    out << (signing ? kSignedFormat : kUnsignedFormat) << flags << site.toLatin1() << first << last
        << qint64 {body.size()} << checksum;
    if (signing)
        out << m_keys->sign(DeviceKeys::changeFileMessage(site, first, last, checksum));
    file.append(body);
    writeWhole(changeFilePath(site, first, last), file);
}

QString FolderRemote::identityPath(const QString& site) const
{
    return QDir(m_root).filePath(QStringLiteral("devices/%1/device.json").arg(site));
}

void FolderRemote::publishIdentity()
{
    if (m_identityPublished)
        return;
    const DeviceIdentity& identity = m_keys->identity();
    const QJsonObject json {{QStringLiteral("format"), QStringLiteral("voxnote-device")},
        {QStringLiteral("site"), m_keys->site()},
        {QStringLiteral("publicKey"), QString::fromLatin1(identity.publicKey.toBase64())},
        {QStringLiteral("signedFrom"), identity.signedFrom},
        {QStringLiteral("signature"),
            QString::fromLatin1(
                m_keys->sign(DeviceKeys::identityMessage(m_keys->site(), identity)).toBase64())}};
    const QByteArray data = QJsonDocument(json).toJson();
    QFile existing(identityPath(m_keys->site()));
    if (!existing.open(QIODevice::ReadOnly) || existing.read(1 << 16) != data)
        writeWhole(identityPath(m_keys->site()), data);
    m_identityPublished = true;
}

std::optional<DeviceIdentity> FolderRemote::knownIdentity(const QString& site)
{
    // The key pinned here wins; otherwise the device's key file, if its
    // signature holds, is pinned now (trust on first sight).
    const std::optional<DeviceIdentity> pinned = m_keys->pinned(site);
    if (pinned && site == m_keys->site())
        return pinned;
    std::optional<DeviceIdentity> published;
    QFile file(identityPath(site));
    if (!QFileInfo(file.fileName()).isSymLink() && file.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(file.read(1 << 16)).object();
        const DeviceIdentity identity {QByteArray::fromBase64(json.value(u"publicKey").toString().toLatin1()),
            json.value(u"signedFrom").toInteger()};
        if (json.value(u"site").toString() == site
            && DeviceKeys::verify(identity.publicKey, DeviceKeys::identityMessage(site, identity),
                QByteArray::fromBase64(json.value(u"signature").toString().toLatin1())))
            published = identity;
    }
    if (pinned) {
        if (!published || !(*published == *pinned))
            m_warnings << tr(
                "The key file of device %1 in the sync folder is missing, damaged or not the key "
                "first seen from that device; Voxnote keeps the first one, and accepts only "
                "changes signed with it.")
                              .arg(site);
        return pinned;
    }
    if (published)
        m_keys->pin(site, *published);
    return published;
}

std::optional<QList<storage::Change>> FolderRemote::readChangeFile(
    const QString& site, const Range& range, QString* whySkipped)
{
    QFile file(range.path);
    if (!file.open(QIODevice::ReadOnly)) {
        *whySkipped = file.errorString();
        return std::nullopt;
    }
    // Checked before reading: a file of any size could be waiting here.
    if (file.size() > kMaxChangeFileBytes) {
        *whySkipped = tr("it is too large to be a change file (%1 MB; Voxnote writes at most %2 MB)")
                          .arg(file.size() >> 20)
                          .arg(kMaxChangeFileBytes >> 20);
        return std::nullopt;
    }
    // As much as the file holds (and one byte more, to see it grew): reading
    // up to the limit would set aside 64 MB for every file.
    const QByteArray data = file.read(std::min(file.size(), kMaxChangeFileBytes) + 1);
    QDataStream in(data);
    char magic[8] = {};
    quint32 version = 0;
    quint32 flags = 0;
    QByteArray headerSite;
    qint64 first = 0;
    qint64 last = 0;
    qint64 length = 0;
    QByteArray checksum;
    in.readRawData(magic, 8);
    QByteArray signature;
    in >> version >> flags >> headerSite >> first >> last >> length >> checksum;
    if (version == kSignedFormat)
        in >> signature;
    if (in.status() != QDataStream::Ok || std::string_view(magic, 8) != std::string_view(kMagic, 8)) {
        *whySkipped = tr("its header is damaged or cut short");
        return std::nullopt;
    }
    if (version != kUnsignedFormat && version != kSignedFormat) {
        *whySkipped = tr("it was written by a newer Voxnote (format %1)").arg(version);
        return std::nullopt;
    }
    if (headerSite != site.toLatin1() || first != range.first || last != range.last) {
        *whySkipped = tr("its header does not match its name");
        return std::nullopt;
    }
    const qint64 offset = in.device()->pos();
    if (length != data.size() - offset) {
        *whySkipped = tr("it is incomplete (%1 of %2 bytes)").arg(data.size() - offset).arg(length);
        return std::nullopt;
    }
    QByteArray body = data.mid(offset);
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != checksum) {
        *whySkipped = tr("its checksum does not match (damaged)");
        return std::nullopt;
    }
    // Who wrote it: once a device's key is known, only files it signed count
    // (older unsigned ones up to the number its key file names).
    if (const std::optional<DeviceIdentity> identity = m_keys ? knownIdentity(site) : std::nullopt) {
        if (version == kUnsignedFormat && last > identity->signedFrom) {
            *whySkipped
                = tr("it is not signed, but device %1 signs every change after number %2: someone else "
                     "wrote it")
                      .arg(site)
                      .arg(identity->signedFrom);
            return std::nullopt;
        }
        if (version == kSignedFormat
            && !DeviceKeys::verify(
                identity->publicKey, DeviceKeys::changeFileMessage(site, first, last, checksum), signature)) {
            *whySkipped = tr("it is not signed with device %1's key: someone else wrote it, or it is damaged")
                              .arg(site);
            return std::nullopt;
        }
    }
    const bool encrypted = (flags & kFlagEncrypted) != 0;
    if (encrypted != m_cipher.has_value()) {
        *whySkipped = encrypted ? tr("it is encrypted but this folder is not") : tr("it is not encrypted");
        return std::nullopt;
    }
    if (m_cipher) {
        std::optional<QByteArray> plain = m_cipher->open(body, associatedData(site, first, last));
        if (!plain) {
            *whySkipped = tr("it does not decrypt with this folder's key");
            return std::nullopt;
        }
        body = *plain;
    }
    try {
        QList<storage::Change> changes = ChangeCodec::decode(body, site);
        for (qsizetype i = 0; i < changes.size(); ++i) {
            if (changes[i].seq != first + i) {
                *whySkipped = tr("its changes are not numbered as its name says");
                return std::nullopt;
            }
        }
        if (changes.size() != last - first + 1) {
            *whySkipped = tr("it holds fewer changes than its name says");
            return std::nullopt;
        }
        return changes;
    } catch (const Error& error) {
        *whySkipped = error.message();
        return std::nullopt;
    }
}

PullResult FolderRemote::pull(
    const QString& mySite, const std::function<qint64(const QString& site)>& cursor, int limit)
{
    PullResult result;
    const QFileInfoList sites = QDir(QDir(m_root).filePath(QStringLiteral("devices")))
                                    .entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : sites) {
        const QString site = entry.fileName();
        if (site == mySite || !isUuid(site))
            continue;
        if (entry.isSymLink()) {
            result.warnings << tr(
                "Ignored %1: it is a symbolic link, and Voxnote does not follow links in the "
                "sync folder.")
                                   .arg(entry.filePath());
            continue;
        }
        qint64 at = cursor(site);
        QList<Range> candidates = ranges(site);
        // Prefer the file reaching furthest; a damaged one gives way to the next.
        std::sort(candidates.begin(), candidates.end(), [](const Range& a, const Range& b) {
            return a.last > b.last || (a.last == b.last && a.first < b.first);
        });
        QSet<QString> skipped;
        while (result.changes.size() < limit) {
            bool advanced = false;
            for (const Range& range : std::as_const(candidates)) {
                if (range.first > at + 1 || range.last <= at || skipped.contains(range.path))
                    continue;
                QString why;
                std::optional<QList<storage::Change>> changes;
                try {
                    changes = readChangeFile(site, range, &why);
                } catch (const std::bad_alloc&) {
                    why = tr("there is not enough memory to read it");
                }
                if (!changes) {
                    skipped.insert(range.path);
                    result.warnings << tr("Skipped %1 for now: %2.").arg(range.path, why);
                    qCWarning(lcSync) << "skipped" << range.path << why;
                    continue;
                }
                for (const storage::Change& change : *changes) {
                    if (change.seq > at)
                        result.changes.append(change);
                }
                at = range.last;
                advanced = true;
                break;
            }
            if (!advanced)
                break;
        }
    }
    result.warnings += takeWarnings();
    return result;
}

QString FolderRemote::blobPath(const QString& hash) const
{
    return QDir(m_root).filePath(QStringLiteral("blobs/%1/%2").arg(hash.left(2), hash));
}

bool FolderRemote::hasBlob(const QString& hash)
{
    if (QFileInfo(blobPath(hash)).isSymLink())
        return false; // replaced by a file of its own when published
    // A copy counts only if it holds what its name says: anyone who can write
    // to the folder can put junk under the name of a file about to be published.
    QFile file(blobPath(hash));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    bool read = false;
    if (m_cipher) {
        const std::optional<QByteArray> plain = file.size() <= kMaxSealedBlobBytes
            ? m_cipher->open(file.readAll(), hash.toLatin1())
            : std::nullopt;
        if (plain) {
            digest.addData(*plain);
            read = true;
        }
    } else {
        read = digest.addData(&file);
    }
    if (read && QString::fromLatin1(digest.result().toHex()) == hash)
        return true;
    m_warnings << tr("Replaced %1 in the sync folder: it did not hold the media its name says (someone or "
                     "something else put it there).")
                      .arg(file.fileName());
    return false;
}

void FolderRemote::putBlob(const QString& hash, const QString& path)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        throw Error(tr("Could not read %1 (%2).").arg(path, source.errorString()));
    const QString target = blobPath(hash);
    if (m_cipher) {
        writeWhole(target, m_cipher->seal(source.readAll(), hash.toLatin1()));
        return;
    }
    prepareTarget(target);
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Could not write %1 (%2).").arg(target, file.errorString()));
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty()) {
        if (file.write(chunk) != chunk.size())
            throw Error(tr("Could not write %1 (%2).").arg(target, file.errorString()));
    }
    if (!file.commit())
        throw Error(tr("Could not write %1 (%2).").arg(target, file.errorString()));
    syncFolder(QFileInfo(target).absolutePath());
}

bool FolderRemote::getBlob(const QString& hash, QIODevice& target, qint64 maxBytes)
{
    if (QFileInfo(blobPath(hash)).isSymLink())
        throw Error(
            tr("The media file %1 in the sync folder is a symbolic link, which Voxnote does not follow; "
               "it stays pending until a device publishes the file itself.")
                .arg(blobPath(hash)));
    QFile file(blobPath(hash));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 limit = maxBytes + (m_cipher ? kSealOverhead : 0);
    auto tooLarge = [&file, maxBytes] {
        return Error(
            tr("The media file %1 in the sync folder is larger than the attachment that refers to it "
               "(%2 bytes); it was not downloaded.")
                .arg(file.fileName())
                .arg(maxBytes));
    };
    if (file.size() > limit)
        throw tooLarge();
    if (m_cipher) {
        const std::optional<QByteArray> plain = m_cipher->open(file.read(limit), hash.toLatin1());
        if (!plain)
            throw Error(tr("The media file %1 in the sync folder does not decrypt (damaged or incomplete).")
                            .arg(file.fileName()));
        target.write(*plain);
        return true;
    }
    QByteArray chunk;
    qint64 total = 0;
    while (!(chunk = file.read(1 << 20)).isEmpty()) {
        total += chunk.size();
        if (total > maxBytes)
            throw tooLarge(); // it grew while being read, or is not a plain file
        if (target.write(chunk) != chunk.size())
            throw Error(tr("Could not write the media file %1 here (%2).").arg(hash, target.errorString()));
    }
    return true;
}

} // namespace voxnote::sync
