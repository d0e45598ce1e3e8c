#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace voxnote::test {

/// The shared test data folder (recordings, scans, ground truth).
QString testData(const QString& relativePath);

/// SHA-256 of a file's bytes, to prove a file was left untouched.
QByteArray fileHash(const QString& path);

/// Overwrites `length` bytes of `path` at `offset` with 0xA5.
void damageFile(const QString& path, qint64 offset, qint64 length);

bool runningAsRoot();

/// A folder that exists but that this process cannot write to, even as root.
/// Made under `scratch` when not root.
QString unwritableFolder(const QString& scratch);

/// The result of running the `voxnote` binary.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `voxnote` with `arguments`, no display, and (if > 0) a limit on the
/// size of any file it writes, to simulate a full disk.
ProcessResult runVoxnote(const QStringList& arguments, qint64 fileSizeLimit = 0);

} // namespace voxnote::test
