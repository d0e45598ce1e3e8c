#include "storage/schema/SchemaPart.h"

namespace voxnote::storage::schema {

// Version 5: the persistent work queue. Local to this device (never synced):
// jobs are work this machine does, and stage results are a cache keyed by
// what was computed from what, so the same page photographed twice is
// recognised once.
const SchemaPart& jobs()
{
    static const SchemaPart s_part {5, "the work queue and its stage results", R"sql(
CREATE TABLE jobs (
    id               TEXT PRIMARY KEY NOT NULL,
    kind             TEXT NOT NULL,         -- transcribe, recognize, speak, read …
    input_hash       TEXT NOT NULL,         -- what the job works on
    params           TEXT NOT NULL DEFAULT '{}', -- JSON
    dedup_key        TEXT NOT NULL,         -- kind + input + params: identical requests share a job
    state            TEXT NOT NULL DEFAULT 'queued'
                     CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    stage            INTEGER NOT NULL DEFAULT 0, -- the first unfinished stage
    stage_name       TEXT NOT NULL DEFAULT '',
    progress         REAL NOT NULL DEFAULT 0,    -- 0 … 1 over the whole job
    attempts         INTEGER NOT NULL DEFAULT 0,
    error            TEXT,                  -- a sentence for the person
    results          TEXT NOT NULL DEFAULT '[]', -- JSON: one result per finished stage
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    finished_at      INTEGER
);
CREATE INDEX jobs_by_state ON jobs (state, next_attempt_at, created_at);
CREATE INDEX jobs_by_dedup ON jobs (dedup_key, state);

CREATE TABLE stage_results (
    key        TEXT PRIMARY KEY NOT NULL,   -- sha256 of input, engine, engine version and parameters
    stage      TEXT NOT NULL,
    result     TEXT NOT NULL,               -- JSON
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql",
        {}};
    return s_part;
}

// Several processes may run jobs of one profile (the window, `voxnote
// transcribe`): a job found running at start-up is re-queued only if the
// process that claimed it is gone.
const SchemaPart& jobOwners()
{
    static const SchemaPart s_part {7, "which process runs a job", R"sql(
ALTER TABLE jobs ADD COLUMN owner TEXT; -- "<boot id>:<pid>" of the process running it
)sql",
        {}};
    return s_part;
}

} // namespace voxnote::storage::schema
