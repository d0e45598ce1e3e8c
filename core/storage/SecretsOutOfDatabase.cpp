#include "storage/SecretsOutOfDatabase.h"

#include "Error.h"
#include "settings/SecretStore.h"
#include "storage/Connection.h"
#include "storage/Statement.h"
#include "util/Log.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <tuple>

namespace voxnote::storage {

namespace {

const QString kSmtpPassword = QStringLiteral("smtp.password");
const QString kFolderKey = QStringLiteral("sync.folderKey");
const QString kPostgresLocation = QStringLiteral("sync.postgresLocation");

bool hasTable(Connection& connection, const char* table)
{
    Statement select = connection.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
    select.bind(1, QString::fromLatin1(table));
    return select.step();
}

/// Blanks the secrets; with `secrets`, keeps them there first.
void blank(Connection& connection, const settings::SecretStore* secrets)
{
    // Deleted and overwritten values are zeroed on their pages, not left in free space.
    connection.exec("PRAGMA secure_delete = ON");
    if (hasTable(connection, "meta")) {
        {
            Statement select = connection.prepare("SELECT value FROM meta WHERE key = 'smtp.password'");
            if (select.step() && secrets && !select.columnText(0).isEmpty())
                secrets->write(kSmtpPassword, select.columnText(0).toUtf8());
        }
        connection.exec("DELETE FROM meta WHERE key = 'smtp.password'");
    }
    if (hasTable(connection, "sync_remote")) {
        QList<std::tuple<QString, QString, QByteArray>> remotes;
        {
            Statement select = connection.prepare("SELECT kind, location, secret_key FROM sync_remote");
            while (select.step())
                remotes.append({select.columnText(0), select.columnText(1), select.columnBlob(2)});
        }
        for (const auto& [kind, location, key] : remotes) {
            const QString shown
                = kind == u"postgres" ? settings::SecretStore::withoutPassword(location) : location;
            if (secrets && !key.isEmpty())
                secrets->write(kFolderKey, key);
            if (secrets && shown != location)
                secrets->write(kPostgresLocation, location.toUtf8());
            Statement update = connection.prepare(
                "UPDATE sync_remote SET location = ?1, secret_key = NULL WHERE location = ?2");
            update.bindAll(shown, location);
            update.run();
        }
    }
}

void rewrite(Connection& connection)
{
    connection.exec("VACUUM");
    connection.queryText("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace

void SecretsOutOfDatabase::moveOut(Connection& connection)
{
    const settings::SecretStore secrets = settings::SecretStore::forDatabase(connection.path());
    blank(connection, &secrets);
}

void SecretsOutOfDatabase::scrub(Connection& connection)
{
    blank(connection, nullptr);
    rewrite(connection);
}

void SecretsOutOfDatabase::erasePreviousCopies(Connection& connection, const QString& backupDir)
{
    rewrite(connection);
    const QDir folder(backupDir);
    for (const QString& name : folder.entryList({QStringLiteral("*.sqlite3")}, QDir::Files)) {
        const QString path = folder.filePath(name);
        try {
            Connection backup = Connection::open(path);
            scrub(backup);
        } catch (const Error& error) {
            qCWarning(lcStorage) << "backup" << path
                                 << "cannot be cleared of its secrets, removed:" << error.message();
            QFile::remove(path);
        }
    }
}

} // namespace voxnote::storage
