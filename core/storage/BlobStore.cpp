#include "storage/BlobStore.h"

#include "Error.h"
#include "util/Log.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace voxnote::storage {

namespace {

constexpr qint64 kChunk = 1 << 20;

QString tr(const char* text)
{
    return QCoreApplication::translate("BlobStore", text);
}

void syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString hashFile(QFile& file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

Error writeError(const QString& root, const QString& displayName, const QString& reason)
{
    return Error(tr("Voxnote could not store %1 in %2 (%3). Free some disk space or check the folder's "
                    "permissions, then try again; nothing was saved.")
                     .arg(displayName, root, reason));
}

Error damagedError(const QString& path)
{
    return Error(tr("The stored file %1 is damaged (its content no longer matches its checksum). Restore it "
                    "from a backup or import the original again.")
                     .arg(path));
}

} // namespace

BlobStore::BlobStore(QString root)
    : m_root(std::move(root))
{
}

bool BlobStore::isHash(const QString& text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QString BlobStore::pathOf(const QString& hash) const
{
    return m_root + u'/' + hash.left(2) + u'/' + hash;
}

bool BlobStore::contains(const QString& hash) const
{
    return isHash(hash) && QFileInfo::exists(pathOf(hash));
}

qint64 BlobStore::size(const QString& hash) const
{
    return QFileInfo(pathOf(hash)).size();
}

QString BlobStore::put(QIODevice& source, const QString& displayName)
{
    const QString tmpDir = m_root + QStringLiteral("/tmp");
    if (!QDir().mkpath(tmpDir))
        throw writeError(m_root, displayName, tr("cannot create the folder"));

    QTemporaryFile temp(tmpDir + QStringLiteral("/blob-XXXXXX"));
    if (!temp.open())
        throw writeError(m_root, displayName, temp.errorString());

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    while (true) {
        buffer = source.read(kChunk);
        if (buffer.isEmpty())
            break;
        hash.addData(buffer);
        if (temp.write(buffer) != buffer.size())
            throw writeError(m_root, displayName, temp.errorString());
    }
    if (!source.isSequential() && !source.atEnd())
        throw Error(tr("Voxnote could not read %1 to its end (%2).").arg(displayName, source.errorString()));
    if (!temp.flush() || ::fsync(temp.handle()) != 0)
        throw writeError(m_root, displayName, QString::fromLocal8Bit(std::strerror(errno)));

    const QString digest = QString::fromLatin1(hash.result().toHex());
    const QString target = pathOf(digest);
    const QString targetDir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(targetDir))
        throw writeError(m_root, displayName, tr("cannot create the folder"));

    // The same content already stored: keep the existing file unless it was
    // damaged, in which case the fresh copy replaces it.
    if (QFileInfo(target).size() == temp.size()) {
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && hashFile(existing) == digest) {
            qCDebug(lcBlobs) << "already stored" << digest << displayName;
            return digest;
        }
        qCWarning(lcBlobs) << "replacing damaged blob" << target;
    }

    temp.setAutoRemove(false);
    temp.close();
    if (std::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(target).constData())
        != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temp.fileName());
        throw writeError(m_root, displayName, reason);
    }
    syncDirectory(targetDir);
    qCDebug(lcBlobs) << "stored" << digest << displayName;
    return digest;
}

QString BlobStore::putFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Voxnote cannot read %1 (%2).").arg(path, file.errorString()));
    return put(file, path);
}

QString BlobStore::putData(const QByteArray& data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return put(buffer, tr("the data"));
}

void BlobStore::verify(const QString& hash) const
{
    QFile file(pathOf(hash));
    if (!isHash(hash) || !file.open(QIODevice::ReadOnly))
        throw Error(tr("The stored file %1 is missing from %2. Restore it from a backup or import the "
                       "original again.")
                        .arg(hash, m_root));
    if (hashFile(file) != hash)
        throw damagedError(file.fileName());
}

QByteArray BlobStore::read(const QString& hash) const
{
    QFile file(pathOf(hash));
    if (!isHash(hash) || !file.open(QIODevice::ReadOnly))
        verify(hash); // throws the "missing" sentence
    const QByteArray data = file.readAll();
    if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != hash)
        throw damagedError(file.fileName());
    return data;
}

} // namespace voxnote::storage
