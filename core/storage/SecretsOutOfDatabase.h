#pragma once

#include <QString>

namespace voxnote::storage {

class Connection;

/// Schema 9 (security review M9): the e-mail password, a PostgreSQL password
/// written in the sync location, and the sync folder's key leave the
/// database for the secret store (`settings::SecretStore`), and no copy of
/// them is left in the database file, its write-ahead log or its backups.
class SecretsOutOfDatabase
{
public:
    /// The migration step: moves the secrets to the secret store and blanks
    /// them in the database. Throws `Error` (and the migration fails, the
    /// database left as it was) if the secret store refuses them.
    static void moveOut(Connection& connection);

    /// Blanks the secrets in `connection` without keeping them anywhere and
    /// rewrites the file so no deleted copy remains (used on backups).
    static void scrub(Connection& connection);

    /// After the migration: rewrites the database (VACUUM, then the log
    /// truncated) and scrubs every backup in `backupDir`, the one taken just
    /// before the migration included. A backup that cannot be scrubbed is
    /// deleted rather than left holding the secrets.
    static void erasePreviousCopies(Connection& connection, const QString& backupDir);
};

} // namespace voxnote::storage
