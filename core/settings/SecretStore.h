#pragma once

#include <QByteArray>
#include <QString>

namespace voxnote::settings {

/// Where a profile keeps its secrets (the e-mail password, a PostgreSQL
/// connection string with its password, the sync folder's key) instead of
/// its database, so neither the database nor its backups hold them: the
/// desktop's secret store (Secret Service, through QtKeychain) when there is
/// one, otherwise a file only its owner may read (0600, in the profile's
/// `config/` folder, outside the database and its backups) — say so with
/// `location()`. A secret store that is there but fails (locked, refused)
/// throws `Error` with a sentence and nothing is written elsewhere.
/// `VOXNOTE_SECRETS=file` or `=keyring` forces one. Values are cached for
/// the process. Thread-safe; blocks until the secret store answers.
class SecretStore
{
public:
    enum class Backend { Keyring, File };

    /// The secrets of the profile in `dataDir`.
    explicit SecretStore(QString dataDir);
    /// The secrets of the profile whose database is `databasePath`.
    static SecretStore forDatabase(const QString& databasePath);

    Backend backend() const;
    /// For people: "the desktop's secret store" or the file's path.
    QString location() const;
    /// The file used without a secret store.
    QString filePath() const;

    /// The secret `name`; empty if there is none. Throws `Error` if the store fails.
    QByteArray read(const QString& name) const;
    /// Keeps `value` as `name` (an empty value removes it). Throws `Error`,
    /// having written nothing, if the store fails.
    void write(const QString& name, const QByteArray& value) const;
    void remove(const QString& name) const { write(name, {}); }

    /// `connectionString` (a libpq URL or key=value string) with any password
    /// replaced by ***, for the database and for people to read.
    static QString withoutPassword(const QString& connectionString);

private:
    QString keyOf(const QString& name) const;

    QString m_dataDir;
};

} // namespace voxnote::settings
