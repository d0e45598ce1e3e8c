#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace voxnote::storage {

DatabaseError::DatabaseError(QString message, int sqliteCode)
    : Error(std::move(message))
    , m_sqliteCode(sqliteCode)
{
}

DatabaseError DatabaseError::fromSqlite(int code, sqlite3* db, const QString& path)
{
    const int primary = code & 0xFF;
    const QString detail
        = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    const QString folder = QFileInfo(path).absolutePath();
    QString message;
    switch (primary) {
    case SQLITE_FULL:
        message = QCoreApplication::translate("DatabaseError",
            "There is no space left for %1. Free some disk space and try again; nothing was saved.")
                      .arg(path);
        break;
    case SQLITE_NOTADB:
        message = QCoreApplication::translate("DatabaseError",
            "%1 is not a Voxnote database (it is not an SQLite file). Move it away, or choose another "
            "data directory with --data-dir; Voxnote has not changed it.")
                      .arg(path);
        break;
    case SQLITE_CORRUPT:
        message = QCoreApplication::translate("DatabaseError",
            "The database %1 is damaged (%2). Close Voxnote and restore a copy from %3/backups, or move "
            "the file away to start afresh; Voxnote has not changed it.")
                      .arg(path, detail, folder);
        break;
    case SQLITE_CANTOPEN:
        message = QCoreApplication::translate("DatabaseError",
            "Voxnote cannot open %1. Check that the folder exists and that you may write to it, or "
            "choose another data directory with --data-dir.")
                      .arg(path);
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        message = QCoreApplication::translate(
            "DatabaseError", "Voxnote may not write to %1. Check the permissions of the file and its folder.")
                      .arg(path);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = QCoreApplication::translate("DatabaseError",
            "The database %1 stayed busy in another Voxnote window or command. Try again in a moment.")
                      .arg(path);
        break;
    case SQLITE_IOERR:
        // A write refused for want of room (a full disk, a quota) surfaces as
        // a write or sync error rather than SQLITE_FULL.
        if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC || code == SQLITE_IOERR_TRUNCATE
            || code == SQLITE_IOERR_SHMSIZE) {
            message = QCoreApplication::translate("DatabaseError",
                "Voxnote could not write to %1; the disk may be full. Free some disk space and try again; "
                "nothing was saved.")
                          .arg(path);
            break;
        }
        message = QCoreApplication::translate(
            "DatabaseError", "Reading or writing %1 failed (%2). Check the disk, then try again.")
                      .arg(path, detail);
        break;
    default:
        message = QCoreApplication::translate("DatabaseError", "The database %1 reported an error: %2.")
                      .arg(path, detail);
        break;
    }
    return DatabaseError(message, primary);
}

} // namespace voxnote::storage
