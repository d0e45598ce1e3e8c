#pragma once

#include <QStringList>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::storage::schema {

/// One migration's worth of schema, owned by the module whose data it
/// holds. `syncedTables` lists the tables it creates that sync replicates;
/// each has a TEXT primary key `id` and is written only through
/// `SyncedWriter`. Never edit a part once it has shipped: add a new one.
struct SchemaPart
{
    int version;
    const char* description;
    const char* sql;
    QStringList syncedTables;
    /// Runs after `sql`, in the same transaction, for what SQL cannot do.
    void (*apply)(Connection&) = nullptr;
};

// In migration order; Schema.cpp lists them.
const SchemaPart& foundation(); // 1: change log, notes, attachments
const SchemaPart& voice(); // 2: transcripts, speakers, segments
const SchemaPart& images(); // 3: OCR pages
const SchemaPart& domain(); // 4: tags, revisions, people, tasks, notifications, search
const SchemaPart& jobs(); // 5: the work queue and its stage results
const SchemaPart& sync(); // 6: sync remote, pending media, conflict copies
const SchemaPart& jobOwners(); // 7: which process runs a job
const SchemaPart& imagesCoverage(); // 8: unread parts of OCR pages
const SchemaPart& secretsOut(); // 9: secrets leave the database for the secret store

} // namespace voxnote::storage::schema
