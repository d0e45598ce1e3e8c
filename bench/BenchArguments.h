#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

namespace voxnote::bench {

/// The value after `--name` on a benchmark's command line, or `fallback`.
inline QString argumentValue(const QStringList& args, const char* name, const QString& fallback)
{
    const qsizetype at = args.indexOf(QLatin1String(name));
    return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

} // namespace voxnote::bench
