#pragma once

#include <QString>

#include <vector>

namespace voxnote::storage {

class Connection;

/// One numbered step of the schema. Version N turns a version N-1 database
/// into a version N one; `sql` runs first, then `apply` if set.
struct Migration
{
    int version = 0;
    const char* description = "";
    const char* sql = nullptr;
    void (*apply)(Connection&) = nullptr;
};

/// Brings a database to the newest schema it knows, with `PRAGMA
/// user_version` as the record of where it is. Before touching an existing
/// database it copies it to the backup folder. All pending migrations run in
/// one transaction, each inside its own savepoint, so a failure leaves the
/// file exactly as it was (byte for byte) and nothing half-migrated.
class SchemaMigrator
{
public:
    /// `migrations` must be numbered 1, 2, 3 … in order.
    explicit SchemaMigrator(std::vector<Migration> migrations);

    int latestVersion() const;

    struct Result
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; ///< empty when there was nothing to back up
    };

    /// Throws `Error` if the database was written by a newer Voxnote (without
    /// writing to it), if the backup cannot be made, or if a migration fails.
    Result migrate(Connection& connection, const QString& backupDir) const;

    /// Throws `Error` if `version` is newer than this build understands.
    void refuseNewer(const QString& path, int version) const;

private:
    std::vector<Migration> m_migrations;
};

} // namespace voxnote::storage
