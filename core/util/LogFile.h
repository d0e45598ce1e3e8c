#pragma once

#include <QString>

namespace voxnote {

/// Sends every Qt log message to `<dir>/voxnote.log`, rotated when it passes
/// `maxBytes` (keeping `voxnote.log.1` … `.N`). Warnings and worse also go to
/// stderr; with `verbose`, debug messages of every voxnote category are
/// enabled and echoed to stderr too. Install once, from the main thread, before
/// other threads start; logging itself is thread-safe. With an empty `dir`,
/// or one that cannot be written, there is no file and only warnings (or,
/// with `verbose`, everything) reach stderr. Installing again moves the file.
class LogFile
{
public:
    struct Options
    {
        qint64 maxBytes = 2 * 1024 * 1024;
        int keepFiles = 3;
        bool verbose = false;
    };

    static void install(const QString& dir, const Options& options);
    static void install(const QString& dir) { install(dir, Options {}); }
    /// Restores Qt's default handler and closes the file.
    static void uninstall();
    static QString path();
};

} // namespace voxnote
