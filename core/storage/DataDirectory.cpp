#include "storage/DataDirectory.h"

#include "Error.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace voxnote::storage {

namespace {

constexpr QFileDevice::Permissions kPrivateDir
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString tr(const char* text)
{
    return QCoreApplication::translate("DataDirectory", text);
}

} // namespace

QString DataDirectory::resolve(const QString& explicitDir)
{
    if (!explicitDir.isEmpty())
        return QFileInfo(explicitDir).absoluteFilePath();
    const QString fromEnvironment = qEnvironmentVariable("VOXNOTE_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).absoluteFilePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void DataDirectory::prepare(const QString& dir)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        throw Error(tr("The data directory %1 is a file, not a folder. Move the file away or choose another "
                       "folder with --data-dir.")
                        .arg(dir));
    const bool created = !info.exists();
    if (created) {
        if (!QDir().mkpath(dir))
            throw Error(tr("Voxnote cannot create its data folder %1. Check the permissions of the folders "
                           "above it, or choose another folder with --data-dir.")
                            .arg(dir));
    }
    // A real write is the only reliable test: permissions say nothing about a
    // read-only mount, and root ignores them.
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open())
        throw Error(tr("Voxnote cannot write to its data folder %1 (%2). Check its permissions and free "
                       "space, or choose another folder with --data-dir.")
                        .arg(dir, probe.errorString()));
    // Only a folder that is Voxnote's is made private: --data-dir may name
    // one the user shares (their home, a team folder), whose permissions are
    // theirs to choose; the files Voxnote keeps there are private anyway.
    if (!created && !QFileInfo::exists(databasePath(dir))) {
        if (QFileInfo(dir).permissions() & (QFile::ReadGroup | QFile::ReadOther))
            qCWarning(lcStorage) << "the data folder" << dir
                                 << "can be read by others; its permissions are left as they are";
        return;
    }
    if (!QFile::setPermissions(dir, kPrivateDir))
        qCWarning(lcStorage) << "could not make" << dir << "private to the user";
}

QString DataDirectory::databasePath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("voxnote.sqlite3"));
}

QString DataDirectory::blobsPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("blobs"));
}

QString DataDirectory::backupsPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("backups"));
}

QString DataDirectory::configPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("config"));
}

QString DataDirectory::logsPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("logs"));
}

} // namespace voxnote::storage
