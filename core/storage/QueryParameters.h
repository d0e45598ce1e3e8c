#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

namespace voxnote::storage {

class Statement;

/// The values of a query whose SQL is assembled piece by piece (optional
/// filters): `add` keeps a value and returns its placeholder, `bindTo` binds
/// them all once the statement is prepared. Values are always bound, never
/// pasted into the SQL.
class QueryParameters
{
public:
    /// Keeps `value`; returns "?N" to write into the SQL.
    QString add(const QVariant& value);
    void bindTo(Statement& statement) const;

private:
    QVariantList m_values;
};

} // namespace voxnote::storage
