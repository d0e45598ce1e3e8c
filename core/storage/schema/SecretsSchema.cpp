#include "storage/SecretsOutOfDatabase.h"
#include "storage/schema/SchemaPart.h"

namespace voxnote::storage::schema {

// Version 9: the e-mail password, a PostgreSQL password in the sync location
// and the sync folder's key move to the secret store (security review M9).
// No table changes: the columns stay, empty.
const SchemaPart& secretsOut()
{
    static const SchemaPart s_part {
        9, "secrets out of the database", nullptr, {}, &SecretsOutOfDatabase::moveOut};
    return s_part;
}

} // namespace voxnote::storage::schema
