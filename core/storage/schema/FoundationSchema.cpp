#include "storage/schema/SchemaPart.h"

namespace voxnote::storage::schema {

// Version 1: the change log every later feature writes through, the
// profile's own settings, notes and their attachments.
//
// Foreign keys between synced tables are DEFERRABLE so that a batch of changes
// from another device can arrive in any order within one transaction, and
// carry no ON DELETE CASCADE: a cascade would delete rows without logging
// them, so repositories delete children themselves.
const SchemaPart& foundation()
{
    static const SchemaPart s_part {1, "change log, notes and attachments", R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE changes (
    site   TEXT NOT NULL,               -- the database (device) that made the change
    seq    INTEGER NOT NULL,            -- 1, 2, 3 … per site, no gaps
    hlc    INTEGER NOT NULL,            -- hybrid logical clock, see util/HybridLogicalClock.h
    tbl    TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col    TEXT,                        -- NULL for a row delete
    value,                              -- the new value, stored with its own type
    op     TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    PRIMARY KEY (site, seq)
) WITHOUT ROWID;
CREATE INDEX changes_by_row ON changes (tbl, row_id, col, hlc);
CREATE INDEX changes_by_hlc ON changes (hlc);

CREATE TABLE notes (
    id         TEXT PRIMARY KEY NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    pinned     INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,        -- ms since the epoch, UTC
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER                  -- set while the note is in the trash
);
CREATE INDEX notes_by_update ON notes (deleted_at, pinned DESC, updated_at DESC);

CREATE TABLE attachments (
    id         TEXT PRIMARY KEY NOT NULL,
    note_id    TEXT NOT NULL REFERENCES notes (id) DEFERRABLE INITIALLY DEFERRED,
    blob_hash  TEXT NOT NULL,           -- sha256 in the blob store
    kind       TEXT NOT NULL,           -- audio, image, speech, document
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    byte_size  INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX attachments_by_note ON attachments (note_id);
)sql",
        {QStringLiteral("notes"), QStringLiteral("attachments")}};
    return s_part;
}

} // namespace voxnote::storage::schema
