#include "storage/schema/SchemaPart.h"

namespace voxnote::storage::schema {

// Version 6: sync state.
//
// Where each other device's changes have got to needs no table of its own:
// the change log holds every change applied from device S, so the highest
// sequence number of S in `changes` is the cursor for S, committed in the same
// transaction as the changes themselves.
//
// `changes.base` names (as "site:seq") the change whose text a note-body edit
// replaced on the device that made it. Two body edits of which neither is
// based on the other were made concurrently; the one that loses keeps its
// text as a conflict copy (`note_conflicts`, synced) instead of vanishing.
const SchemaPart& sync()
{
    static const SchemaPart s_part {6, "sync remote, pending media and conflict copies", R"sql(
ALTER TABLE changes ADD COLUMN base TEXT;

-- The one remote this profile syncs with (local only, never synced).
CREATE TABLE sync_remote (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    kind         TEXT NOT NULL CHECK (kind IN ('folder', 'postgres')),
    location     TEXT NOT NULL,         -- folder path, or libpq connection string
    remote_id    TEXT NOT NULL,         -- the identity remote.json / the server announced at set-up
    team         TEXT,                  -- PostgreSQL: the team whose data this profile shares
    secret_key   BLOB,                  -- folder encryption key derived from the passphrase (never the passphrase)
    created_at   INTEGER NOT NULL,
    last_sync_at INTEGER,
    last_error   TEXT,                  -- why the last sync failed, for the status line
    stopped      INTEGER NOT NULL DEFAULT 0, -- 1 when the remote changed identity: sync waits for the user
    pushed_seq   INTEGER NOT NULL DEFAULT 0, -- this device's changes the remote confirmed holding
    warnings     TEXT NOT NULL DEFAULT '' -- skipped files and odd clocks of the last sync, one per line
);

-- Media that a synced attachment refers to but that is not here yet.
CREATE TABLE sync_pending_blobs (
    hash          TEXT PRIMARY KEY NOT NULL,
    first_seen_at INTEGER NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT
) WITHOUT ROWID;

-- A note whose body two devices changed at once keeps the losing text as a
-- conflict copy, a note of its own linked here to the original.
CREATE TABLE note_conflicts (
    id           TEXT PRIMARY KEY NOT NULL, -- the copy's note id
    note_id      TEXT NOT NULL REFERENCES notes (id) DEFERRABLE INITIALLY DEFERRED,
    site         TEXT NOT NULL,             -- the device whose text lost
    created_at   INTEGER NOT NULL
);
CREATE INDEX note_conflicts_by_note ON note_conflicts (note_id);
)sql",
        {QStringLiteral("note_conflicts")}};
    return s_part;
}

} // namespace voxnote::storage::schema
