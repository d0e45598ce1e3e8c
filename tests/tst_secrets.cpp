// Secrets out of the database (security review M9): the e-mail password, a
// PostgreSQL password and the sync folder's key live in the secret store, or
// in a private file without one, never in the database or its backups.
#include "TestSupport.h"

#include "Error.h"
#include "notify/EmailOutbox.h"
#include "settings/SecretStore.h"
#include "storage/Connection.h"
#include "storage/DataDirectory.h"
#include "storage/Migration.h"
#include "storage/Profile.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "sync/SyncSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace voxnote;

namespace {

const QByteArray kSmtpPassword = "hunter2-smtp-PASSWORD";
const QByteArray kPgPassword = "pg-s3cret-PASSWORD";
const QByteArray kFolderKey = "FOLDERKEY-0123456789abcdef-0123456789";

/// Every byte Voxnote keeps of the database: the file, its log and its backups.
QByteArray rawDatabaseFiles(const QString& dataDir)
{
    QByteArray bytes;
    const QString database = storage::DataDirectory::databasePath(dataDir);
    for (const QString& path : QStringList {database, database + u"-wal", database + u"-journal"}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

QByteArray rawBackups(const QString& dataDir, int* count)
{
    QByteArray bytes;
    const QDir backups(storage::DataDirectory::backupsPath(dataDir));
    *count = 0;
    for (const QString& name : backups.entryList(QDir::Files)) {
        QFile file(backups.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
            ++*count;
        }
    }
    return bytes;
}

int modeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migrationTakesTheSecretsOutOfTheDatabaseAndItsBackups();
    void newSecretsNeverReachTheDatabase();
    void aFailingSecretStoreSaysSoAndSavesNothing();
};

void TestSecrets::init()
{
    // No desktop session here: the private file is the secret store.
    qputenv("VOXNOTE_SECRETS", "file");
}

void TestSecrets::migrationTakesTheSecretsOutOfTheDatabaseAndItsBackups()
{
    QTemporaryDir dir;
    // A database of schema 8, as Voxnote kept it: the secrets in plaintext.
    {
        const std::vector<storage::Migration> eight(
            storage::schemaMigrations().begin(), storage::schemaMigrations().begin() + 8);
        auto profile = storage::Profile::open(dir.path(), {.migrations = &eight});
        storage::Connection& db = profile->database();
        db.exec("INSERT INTO meta (key, value) VALUES ('smtp.url', 'smtps://mail.example.org'), "
                "('smtp.from', 'me@example.org'), ('smtp.password', '"
            + kSmtpPassword.toStdString() + "')");
        storage::Statement remote
            = db.prepare("INSERT INTO sync_remote (id, kind, location, remote_id, secret_key, "
                         "created_at) VALUES (1, 'postgres', ?1, 'r1', ?2, 1)");
        remote.bindAll(
            QString::fromUtf8("postgresql://me:" + kPgPassword + "@db.example.org/team"), kFolderKey);
        remote.run();
        db.queryText("PRAGMA wal_checkpoint(TRUNCATE)");
        QVERIFY(rawDatabaseFiles(dir.path()).contains(kSmtpPassword)); // the test sees plaintext
    }
    // An older backup that holds them too.
    QDir().mkpath(storage::DataDirectory::backupsPath(dir.path()));
    QVERIFY(QFile::copy(storage::DataDirectory::databasePath(dir.path()),
        QDir(storage::DataDirectory::backupsPath(dir.path()))
            .filePath(QStringLiteral("voxnote-v8-old.sqlite3"))));

    auto profile = storage::Profile::open(dir.path());
    QCOMPARE(profile->schemaVersion(), 9);
    const QByteArray database = rawDatabaseFiles(dir.path());
    QVERIFY(!database.contains(kSmtpPassword));
    QVERIFY(!database.contains(kPgPassword));
    QVERIFY(!database.contains(kFolderKey));
    int backups = 0;
    const QByteArray backupBytes = rawBackups(dir.path(), &backups);
    QCOMPARE(backups, 2); // the old one and the one taken before migrating
    QVERIFY(!backupBytes.contains(kSmtpPassword));
    QVERIFY(!backupBytes.contains(kPgPassword));
    QVERIFY(!backupBytes.contains(kFolderKey));
    QVERIFY(backupBytes.contains("me@example.org")); // still backups of everything else

    // Everything still works: the secrets come from the store.
    QCOMPARE(notify::EmailOutbox::settings(profile->database()).password.toUtf8(), kSmtpPassword);
    const std::optional<sync::RemoteSettings> remote = sync::SyncSettings(profile->database()).load();
    QVERIFY(remote);
    QVERIFY(remote->location.toUtf8().contains(kPgPassword));
    QCOMPARE(remote->secretKey, kFolderKey);
    // In a file only its owner may read, in a folder only its owner may enter.
    const settings::SecretStore store(dir.path());
    QCOMPARE(store.location(), store.filePath());
    QCOMPARE(modeOf(store.filePath()), 0600);
    QCOMPARE(modeOf(QFileInfo(store.filePath()).absolutePath()), 0700);
}

void TestSecrets::newSecretsNeverReachTheDatabase()
{
    QTemporaryDir dir;
    auto profile = storage::Profile::open(dir.path());
    storage::Connection& db = profile->database();
    notify::EmailOutbox::saveSettings(db,
        {QStringLiteral("smtps://mail.example.org"), QStringLiteral("me@example.org"), QStringLiteral("me"),
            QString::fromUtf8(kSmtpPassword), false});
    sync::RemoteSettings remote;
    remote.kind = QStringLiteral("postgres");
    remote.location = QString::fromUtf8("host=db.example.org dbname=team password=" + kPgPassword);
    remote.remoteId = QStringLiteral("r1");
    remote.secretKey = kFolderKey;
    sync::SyncSettings(db).save(remote);
    db.queryText("PRAGMA wal_checkpoint(TRUNCATE)");

    const QByteArray raw = rawDatabaseFiles(dir.path());
    QVERIFY(!raw.contains(kSmtpPassword));
    QVERIFY(!raw.contains(kPgPassword));
    QVERIFY(!raw.contains(kFolderKey));
    QVERIFY(raw.contains("password=***")); // the location without its password, for display
    QCOMPARE(sync::SyncSettings(db).load()->location, remote.location);
    QCOMPARE(sync::SyncSettings(db).load()->secretKey, kFolderKey);
    QCOMPARE(notify::EmailOutbox::settings(db).password.toUtf8(), kSmtpPassword);

    // Forgetting the remote forgets its secrets.
    sync::SyncSettings(db).forget();
    QVERIFY(settings::SecretStore(dir.path()).read(QStringLiteral("sync.folderKey")).isEmpty());
    QFile file(settings::SecretStore(dir.path()).filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kFolderKey.toBase64()));
}

void TestSecrets::aFailingSecretStoreSaysSoAndSavesNothing()
{
    QTemporaryDir dir;
    auto profile = storage::Profile::open(dir.path());
    // A desktop secret store that cannot be reached.
    qputenv("VOXNOTE_SECRETS", "keyring");
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/voxnote-test-bus");
    QString message;
    try {
        notify::EmailOutbox::saveSettings(profile->database(),
            {QStringLiteral("smtps://mail.example.org"), QStringLiteral("me@example.org"),
                QStringLiteral("me"), QString::fromUtf8(kSmtpPassword), false});
    } catch (const Error& error) {
        message = error.message();
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    qputenv("VOXNOTE_SECRETS", "file");
    QVERIFY2(message.contains(QStringLiteral("secret store")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Nothing was saved")), qPrintable(message));
    // Not written anywhere instead, and nothing else of the settings saved.
    QVERIFY(!QFile::exists(settings::SecretStore(dir.path()).filePath()));
    QVERIFY(!rawDatabaseFiles(dir.path()).contains(kSmtpPassword));
    QVERIFY(notify::EmailOutbox::settingsWithoutPassword(profile->database()).url.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
