#pragma once

#include <QStringList>

#include <vector>

namespace voxnote::storage {

struct Migration;

/// The numbered migrations of the Voxnote database, oldest first, built from
/// the schema parts in storage/schema/.
const std::vector<Migration>& schemaMigrations();

/// The tables that sync replicates. Only `SyncedWriter` writes them, so
/// every change reaches the change log.
const QStringList& syncedTables();

} // namespace voxnote::storage
