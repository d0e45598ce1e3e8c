#include "storage/Migration.h"

#include "Error.h"
#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <string>

namespace voxnote::storage {

SchemaMigrator::SchemaMigrator(std::vector<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    for (std::size_t i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT(m_migrations[i].version == static_cast<int>(i) + 1);
}

int SchemaMigrator::latestVersion() const
{
    return static_cast<int>(m_migrations.size());
}

void SchemaMigrator::refuseNewer(const QString& path, int version) const
{
    if (version <= latestVersion())
        return;
    throw Error(QCoreApplication::translate("SchemaMigrator",
        "%1 was written by a newer version of Voxnote (database version %2; this one understands up to %3). "
        "Install the newer Voxnote to open it; the file was left untouched.")
                    .arg(path)
                    .arg(version)
                    .arg(latestVersion()));
}

namespace {

QString backUp(Connection& connection, const QString& backupDir, int version)
{
    if (!QDir().mkpath(backupDir))
        throw Error(QCoreApplication::translate("SchemaMigrator",
            "Voxnote cannot create the backup folder %1 needed before updating the database. "
            "Check its permissions; the database was left untouched.")
                        .arg(backupDir));
    const QString stamp = Clock::instance().now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = QDir(backupDir).filePath(
        QStringLiteral("voxnote-v%1-%2.sqlite3").arg(QString::number(version), stamp));
    Statement vacuum = connection.prepare("VACUUM INTO ?1");
    vacuum.bind(1, path);
    try {
        vacuum.run();
    } catch (const Error& error) {
        QFile::remove(path);
        throw Error(QCoreApplication::translate("SchemaMigrator",
            "Voxnote could not back up %1 before updating it: %2 The database was left untouched.")
                        .arg(connection.path(), error.message()));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace

SchemaMigrator::Result SchemaMigrator::migrate(Connection& connection, const QString& backupDir) const
{
    Result result;
    result.fromVersion = static_cast<int>(connection.queryInt("PRAGMA user_version"));
    result.toVersion = result.fromVersion;
    refuseNewer(connection.path(), result.fromVersion);
    if (result.fromVersion == latestVersion())
        return result;

    if (result.fromVersion > 0)
        result.backupPath = backUp(connection, backupDir, result.fromVersion);

    Transaction all(connection);
    for (const Migration& migration : m_migrations) {
        if (migration.version <= result.fromVersion)
            continue;
        qCInfo(lcStorage) << "migrating" << connection.path() << "to version" << migration.version
                          << migration.description;
        try {
            Transaction step(connection);
            if (migration.sql)
                connection.exec(migration.sql);
            if (migration.apply)
                migration.apply(connection);
            connection.exec("PRAGMA user_version = " + std::to_string(migration.version));
            step.commit();
        } catch (const Error& error) {
            throw Error(QCoreApplication::translate("SchemaMigrator",
                "Voxnote could not update the database %1 to version %2 (%3): %4 "
                "The database was left as it was.")
                            .arg(connection.path(), QString::number(migration.version),
                                QString::fromUtf8(migration.description), error.message()));
        }
        result.toVersion = migration.version;
    }
    all.commit();
    return result;
}

} // namespace voxnote::storage
