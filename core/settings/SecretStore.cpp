#include "settings/SecretStore.h"

#include "Error.h"
#include "storage/DataDirectory.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace voxnote::settings {

namespace {

const QString kService = QStringLiteral("voxnote");
constexpr int kKeyringTimeoutMs = 30'000;

QString tr(const char* text)
{
    return QCoreApplication::translate("SecretStore", text);
}

QMutex s_mutex;
QHash<QString, QByteArray>& cache()
{
    static QHash<QString, QByteArray> s_cache;
    return s_cache;
}

/// A Secret Service (GNOME Keyring, KeePassXC …) or KWallet on the session
/// bus, running or started on demand. Asked once per process.
bool secretServiceOnBus()
{
    static const bool s_found = [] {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            return false;
        const QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected() || !bus.interface())
            return false;
        const QStringList activatable = bus.interface()->activatableServiceNames();
        for (const QString& name : {QStringLiteral("org.freedesktop.secrets"),
                 QStringLiteral("org.kde.kwalletd6"), QStringLiteral("org.kde.kwalletd5")}) {
            if (bus.interface()->isServiceRegistered(name) || activatable.contains(name))
                return true;
        }
        return false;
    }();
    return s_found;
}

/// No keyring is asked for when forced to the file, or when none is there
/// (no session bus, or none on it: a server, a terminal over ssh).
bool keyringWanted()
{
    const QByteArray forced = qgetenv("VOXNOTE_SECRETS");
    if (forced == "file")
        return false;
    if (forced == "keyring")
        return true;
    return secretServiceOnBus();
}

bool keyringForced()
{
    return qgetenv("VOXNOTE_SECRETS") == "keyring";
}

/// Set once a keyring said it is not there: the file is used from then on.
bool s_keyringMissing = false;

/// Runs `job` to its end. Returns its error (NoError when done).
QKeychain::Error run(QKeychain::Job& job, QString& message)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kKeyringTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        message = tr("the secret store did not answer");
        return QKeychain::OtherError;
    }
    message = job.errorString();
    return job.error();
}

QJsonObject readFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Voxnote cannot read its secrets from %1 (%2).").arg(path, file.errorString()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

SecretStore::SecretStore(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

SecretStore SecretStore::forDatabase(const QString& databasePath)
{
    return SecretStore(QFileInfo(databasePath).absolutePath());
}

SecretStore::Backend SecretStore::backend() const
{
    const QMutexLocker locker(&s_mutex);
    return keyringWanted() && (!s_keyringMissing || keyringForced()) ? Backend::Keyring : Backend::File;
}

QString SecretStore::location() const
{
    return backend() == Backend::Keyring ? tr("the desktop's secret store") : filePath();
}

QString SecretStore::filePath() const
{
    return QDir(storage::DataDirectory::configPath(m_dataDir)).filePath(QStringLiteral("secrets.json"));
}

QString SecretStore::keyOf(const QString& name) const
{
    // One profile's secrets apart from another's: the folder names the profile.
    const QByteArray folder = QFileInfo(m_dataDir).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16))
        + u'/' + name;
}

QByteArray SecretStore::read(const QString& name) const
{
    const QString key = keyOf(name);
    {
        const QMutexLocker locker(&s_mutex);
        if (cache().contains(key))
            return cache().value(key);
    }
    QByteArray value;
    if (backend() == Backend::Keyring) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(key);
        QString message;
        const QKeychain::Error error = run(job, message);
        if (error == QKeychain::NoError) {
            value = job.binaryData();
        } else if (error == QKeychain::NoBackendAvailable && !keyringForced()) {
            const QMutexLocker locker(&s_mutex);
            s_keyringMissing = true;
        } else if (error != QKeychain::EntryNotFound) {
            throw Error(tr("Voxnote cannot read “%1” from the desktop's secret store: %2. Unlock it, or "
                           "allow Voxnote to use it, and try again.")
                            .arg(name, message));
        }
    }
    // Kept in the file when there was no secret store at the time.
    if (value.isEmpty())
        value = QByteArray::fromBase64(readFile(filePath()).value(name).toString().toLatin1());
    const QMutexLocker locker(&s_mutex);
    cache().insert(key, value);
    return value;
}

void SecretStore::write(const QString& name, const QByteArray& value) const
{
    const QString key = keyOf(name);
    bool inKeyring = false;
    if (backend() == Backend::Keyring) {
        QString message;
        QKeychain::Error error = QKeychain::NoError;
        if (value.isEmpty()) {
            QKeychain::DeletePasswordJob job(kService);
            job.setKey(key);
            error = run(job, message);
            if (error == QKeychain::EntryNotFound)
                error = QKeychain::NoError;
        } else {
            QKeychain::WritePasswordJob job(kService);
            job.setKey(key);
            job.setBinaryData(value);
            error = run(job, message);
        }
        if (error == QKeychain::NoError) {
            inKeyring = true;
        } else if (error == QKeychain::NoBackendAvailable && !keyringForced()) {
            const QMutexLocker locker(&s_mutex);
            s_keyringMissing = true;
        } else {
            throw Error(tr("Voxnote cannot keep “%1” in the desktop's secret store: %2. Nothing was saved; "
                           "unlock the secret store, or allow Voxnote to use it, and try again.")
                            .arg(name, message));
        }
    }

    // The file holds what no secret store holds; a secret moved to the store leaves it.
    const QString path = filePath();
    QJsonObject secrets = readFile(path);
    if (inKeyring || value.isEmpty())
        secrets.remove(name);
    else
        secrets.insert(name, QString::fromLatin1(value.toBase64()));
    if (!secrets.isEmpty() || QFile::exists(path)) {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)
            || !QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            throw Error(tr("Voxnote cannot make the private folder %1 for its secrets. Nothing was saved.")
                            .arg(folder));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(QJsonDocument(secrets).toJson()) < 0 || !file.commit())
            throw Error(tr("Voxnote cannot save its secrets in %1 (%2). Nothing was saved.")
                            .arg(path, file.errorString()));
        if (!inKeyring && !value.isEmpty())
            qCInfo(lcStorage) << "no secret store on this computer:" << name << "is kept in" << path;
    }
    const QMutexLocker locker(&s_mutex);
    cache().insert(key, value);
}

QString SecretStore::withoutPassword(const QString& connectionString)
{
    // postgresql://user:secret@host/db and key=value strings with password=…
    QString shown = connectionString;
    // Up to the last @: a password typed with @ or / in it is masked whole.
    static const QRegularExpression s_url(QStringLiteral("^(postgres(?:ql)?://[^:/@]*):.*@(?=[^@]*$)"));
    shown.replace(s_url, QStringLiteral("\\1:***@"));
    static const QRegularExpression s_keyword(QStringLiteral("password\\s*=\\s*('[^']*'|\\S+)"));
    shown.replace(s_keyword, QStringLiteral("password=***"));
    static const QRegularExpression s_query(QStringLiteral("([?&]password=)[^&]*"));
    shown.replace(s_query, QStringLiteral("\\1***"));
    return shown;
}

} // namespace voxnote::settings
