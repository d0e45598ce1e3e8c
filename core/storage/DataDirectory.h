#pragma once

#include <QString>

namespace voxnote::storage {

/// Where a profile keeps its database, media and logs, and the checks that
/// the folder is usable before anything is written there.
class DataDirectory
{
public:
    /// `explicitDir` (from --data-dir) if given, else $VOXNOTE_DATA_DIR, else
    /// the XDG data location (~/.local/share/voxnote). Needs a
    /// QCoreApplication for the last one.
    static QString resolve(const QString& explicitDir = {});

    /// Creates `dir` if needed and makes it private to the user (0700).
    /// Throws `Error` with a sentence if it is a file, cannot be created or
    /// cannot be written to; nothing is created in that case.
    static void prepare(const QString& dir);

    static QString databasePath(const QString& dir);
    static QString blobsPath(const QString& dir);
    static QString backupsPath(const QString& dir);
    static QString logsPath(const QString& dir);
    /// The profile's own settings that are not in the database (its secrets
    /// when there is no secret store); private to the user.
    static QString configPath(const QString& dir);
};

} // namespace voxnote::storage
