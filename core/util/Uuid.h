#pragma once

#include <QString>

namespace voxnote {

/// Row ids: RFC 9562 UUID version 7 in canonical lowercase text form. The
/// first 48 bits are the Unix time in milliseconds, so ids sort by creation
/// time and B-tree inserts stay local; ids made in the same millisecond by
/// this process still increase. Two devices never produce the same id.
/// Safe to call from any thread.
QString newUuidV7();

/// True if `text` is a canonical UUID (any version).
bool isUuid(const QString& text);

} // namespace voxnote
