#pragma once

#include "storage/ChangeLog.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

namespace voxnote::sync {

/// The wire form of changes: compact CBOR that keeps each value's type
/// (null, integer, real, text, bytes). Used for change files and for values
/// on the PostgreSQL server. Decoding throws `Error` on anything malformed,
/// so damaged input never becomes a change.
class ChangeCodec
{
public:
    static QByteArray encode(const QList<storage::Change>& changes);
    /// Changes of `site` as encoded by `encode`.
    static QList<storage::Change> decode(const QByteArray& data, const QString& site);

    static QByteArray encodeValue(const QVariant& value);
    static QVariant decodeValue(const QByteArray& data);
};

} // namespace voxnote::sync
