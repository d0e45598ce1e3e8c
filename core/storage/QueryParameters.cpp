#include "storage/QueryParameters.h"

#include "storage/Statement.h"

namespace voxnote::storage {

QString QueryParameters::add(const QVariant& value)
{
    m_values.append(value);
    return u'?' + QString::number(m_values.size());
}

void QueryParameters::bindTo(Statement& statement) const
{
    for (int i = 0; i < m_values.size(); ++i)
        statement.bind(i + 1, m_values[i]);
}

} // namespace voxnote::storage
