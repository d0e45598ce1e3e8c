#include "pipelines/FolderScan.h"

#include "pipelines/MediaImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace voxnote::pipelines {

namespace {

void look(const QString& folder, QSet<QString>& seen, FolderScan& scan)
{
    const QFileInfo info(folder);
    if (!info.isReadable() || !info.isExecutable()) {
        scan.skipped.append({folder, SkippedFile::Reason::Unreadable});
        return;
    }
    // Folders are known by where they really are, so a link back is seen as one.
    const QString real = info.canonicalFilePath();
    if (real.isEmpty() || seen.contains(real)) {
        scan.skipped.append({folder, SkippedFile::Reason::LinkLoop});
        return;
    }
    seen.insert(real);
    const QFileInfoList entries = QDir(folder).entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString path = entry.filePath();
        if (entry.isDir()) {
            look(path, seen, scan);
        } else if (!entry.isReadable()) {
            scan.skipped.append({path, SkippedFile::Reason::Unreadable});
        } else if (MediaImport::kindOf(path).isEmpty()) {
            scan.skipped.append({path, SkippedFile::Reason::NotMedia});
        } else {
            scan.files << path;
        }
    }
}

} // namespace

FolderScan FolderScan::of(const QString& folder)
{
    FolderScan scan;
    QSet<QString> seen;
    look(folder, seen, scan);
    std::sort(scan.files.begin(), scan.files.end());
    return scan;
}

QStringList FolderScan::summary(const QList<SkippedFile>& skipped)
{
    QMap<SkippedFile::Reason, QStringList> byReason;
    for (const SkippedFile& file : skipped)
        byReason[file.reason] << QFileInfo(file.path).fileName();
    const auto some = [](const QStringList& names) -> QString {
        return names.mid(0, 3).join(QStringLiteral(", "))
            + (names.size() > 3 ? QStringLiteral(", …") : QString());
    };
    QStringList lines;
    if (const QStringList names = byReason.value(SkippedFile::Reason::NotMedia); !names.isEmpty())
        lines << QCoreApplication::translate("FolderScan",
            "%n file(s) skipped: neither recordings nor images (%1).", nullptr, int(names.size()))
                     .arg(some(names));
    if (const QStringList names = byReason.value(SkippedFile::Reason::LinkLoop); !names.isEmpty())
        lines << QCoreApplication::translate("FolderScan",
            "%n link(s) back to a folder already imported not followed (%1).", nullptr, int(names.size()))
                     .arg(some(names));
    if (const QStringList names = byReason.value(SkippedFile::Reason::Unreadable); !names.isEmpty())
        lines << QCoreApplication::translate("FolderScan",
            "%n file(s) or folder(s) Voxnote may not read skipped; check their permissions (%1).", nullptr,
            int(names.size()))
                     .arg(some(names));
    return lines;
}

int FolderScan::count(SkippedFile::Reason reason) const
{
    return int(std::count_if(skipped.cbegin(), skipped.cend(),
        [reason](const SkippedFile& file) { return file.reason == reason; }));
}

} // namespace voxnote::pipelines
