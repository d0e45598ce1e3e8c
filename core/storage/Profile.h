#pragma once

#include "storage/BlobStore.h"
#include "storage/Connection.h"

#include <QString>

#include <memory>

namespace voxnote::storage {

struct Migration;

/// One person's Voxnote data: the database and the blob store in a data
/// directory. Opening checks the folder, opens the database (WAL, foreign
/// keys, synchronous=FULL), refuses one from a newer Voxnote without touching
/// it, and migrates an older one after backing it up. The connection belongs
/// to the thread that opened the profile; other threads open their own with
/// `openConnection()`. Failures throw `Error` with a sentence for the user.
class Profile
{
public:
    struct Options
    {
        /// The schema to migrate to; tests pass their own to simulate failures.
        const std::vector<Migration>* migrations = nullptr;
    };

    static std::unique_ptr<Profile> open(const QString& dataDir, const Options& options);
    static std::unique_ptr<Profile> open(const QString& dataDir) { return open(dataDir, Options {}); }

    /// Opens a database connection with the profile's settings, for another
    /// thread. The schema must already be current (as it is once a Profile
    /// has been opened).
    static Connection openConnection(const QString& databasePath);

    Connection& database() { return m_database; }
    BlobStore& blobs() { return m_blobs; }
    const QString& dataDir() const { return m_dataDir; }
    QString databasePath() const { return m_database.path(); }
    int schemaVersion();
    QString siteId();

private:
    Profile(QString dataDir, Connection database);

    QString m_dataDir;
    Connection m_database;
    BlobStore m_blobs;
};

} // namespace voxnote::storage
