#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace voxnote::pipelines {

/// A file or folder left out of a folder import, and why.
struct SkippedFile
{
    enum class Reason {
        NotMedia, ///< neither a recording nor an image, by its content
        LinkLoop, ///< a link back to a folder already looked at: not followed
        Unreadable, ///< a folder or file Voxnote may not read
    };
    QString path;
    Reason reason = Reason::NotMedia;
};

/// The files under a folder that Voxnote can import — recordings and images,
/// told by their content as an import tells them — in subfolders too, and
/// what was left out with the reason. A link that leads back to a folder
/// already looked at (a symlink loop) is noted once and not followed.
/// Touches no database and no engine: call from any thread.
struct FolderScan
{
    QStringList files; ///< sorted by path
    QList<SkippedFile> skipped;

    /// Looks through `folder`. A missing or unreadable `folder` itself is
    /// one skipped entry, never an exception.
    static FolderScan of(const QString& folder);
    /// How many were skipped for `reason`.
    int count(SkippedFile::Reason reason) const;
    /// One sentence per reason files were left out, with their count and a
    /// few of their names, for the person who imported them.
    static QStringList summary(const QList<SkippedFile>& skipped);
};

} // namespace voxnote::pipelines
