#include "storage/Profile.h"

#include "Error.h"
#include "storage/ChangeLog.h"
#include "storage/DataChanges.h"
#include "storage/DataDirectory.h"
#include "storage/Migration.h"
#include "storage/Schema.h"
#include "storage/SecretsOutOfDatabase.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace voxnote::storage {

namespace {

constexpr int kSecretsOutVersion = 9; ///< schema part secretsOut()

// Created 0600 up front: SQLite gives the -wal and -shm files the same mode
// as the database, so nothing of the database is ever readable by others.
void createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void configure(Connection& connection)
{
    const QString mode = connection.queryText("PRAGMA journal_mode = WAL");
    if (mode.compare(u"wal", Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << connection.path() << "stays in journal mode" << mode;
    connection.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL");
    DataChanges::watch(connection);
}

} // namespace

Profile::Profile(QString dataDir, Connection database)
    : m_dataDir(std::move(dataDir))
    , m_database(std::move(database))
    , m_blobs(DataDirectory::blobsPath(m_dataDir))
{
}

std::unique_ptr<Profile> Profile::open(const QString& dataDir, const Options& options)
{
    DataDirectory::prepare(dataDir);
    const QString path = DataDirectory::databasePath(dataDir);
    if (QFileInfo(path).isDir())
        throw Error(QCoreApplication::translate("Profile",
            "%1 is a folder, but Voxnote keeps its database there. Move the folder away or choose another "
            "data directory with --data-dir.")
                        .arg(path));
    createPrivateFile(path);

    Connection connection = Connection::open(path);
    const SchemaMigrator migrator(options.migrations ? *options.migrations : schemaMigrations());
    // Read the version before anything that could write (journal mode), so a
    // database from a newer Voxnote, or a file that is no database, is left
    // exactly as it was.
    migrator.refuseNewer(path, static_cast<int>(connection.queryInt("PRAGMA user_version")));
    configure(connection);
    const SchemaMigrator::Result result = migrator.migrate(connection, DataDirectory::backupsPath(dataDir));
    if (result.fromVersion != result.toVersion) {
        qCInfo(lcStorage) << "database" << path << "migrated from version" << result.fromVersion << "to"
                          << result.toVersion << "backup:" << result.backupPath;
    }
    // The secrets just moved out may linger in free pages, the log and the backups.
    if (result.fromVersion > 0 && result.fromVersion < kSecretsOutVersion
        && result.toVersion >= kSecretsOutVersion)
        SecretsOutOfDatabase::erasePreviousCopies(connection, DataDirectory::backupsPath(dataDir));
    if (result.fromVersion == 0
        || connection.queryText("SELECT value FROM meta WHERE key = 'site_id'").isEmpty()) {
        Transaction transaction(connection);
        ChangeLog::ensureSiteId(connection);
        transaction.commit();
    }
    return std::unique_ptr<Profile>(new Profile(dataDir, std::move(connection)));
}

Connection Profile::openConnection(const QString& databasePath)
{
    Connection connection = Connection::open(databasePath);
    configure(connection);
    return connection;
}

int Profile::schemaVersion()
{
    return static_cast<int>(m_database.queryInt("PRAGMA user_version"));
}

QString Profile::siteId()
{
    return ChangeLog(m_database).siteId();
}

} // namespace voxnote::storage
