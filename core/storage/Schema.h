#pragma once

#include <QStringList>

#include <vector>

namespace voxnote::storage {

struct Migration;

/// The numbered migrations of the Voxnote database, oldest first. Append new
/// ones at the end; never edit one that has shipped.
const std::vector<Migration>& schemaMigrations();

/// The tables that sync replicates, and their columns apart from `id`. Only
/// `SyncedWriter` writes these tables, so every change reaches the change log.
/// Returns an empty list for a table that is not synced.
QStringList syncedColumns(const QString& table);
QStringList syncedTables();

} // namespace voxnote::storage
