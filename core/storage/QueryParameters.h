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
    /// Replaces the value of placeholder "?N" (1-based), e.g. to run the same
    /// SQL again with another search expression.
    void set(int number, const QVariant& value) { m_values[number - 1] = value; }
    void bindTo(Statement& statement) const;

private:
    QVariantList m_values;
};

} // namespace voxnote::storage
