#include "storage/schema/SchemaPart.h"

namespace voxnote::storage::schema {

// Version 4: tags, note revisions, people, tasks with their activity log and
// links, notifications, the e-mail outbox, and the search index.
//
// Rows whose identity is their content (a tag on a note, a task's link to a
// note) use an id made from the two ids, so the same association made on two
// devices is one row after sync. Tasks are deleted by setting deleted_at, so
// their activity log always has a task to belong to and an edit racing a
// delete on another device leaves the task recoverable.
//
// The search index is local, derived data (never synced): triggers on the
// source tables keep `search_docs` current however a row changes, locally or
// by sync, and the two FTS5 tables index it: `search_words` (unicode61, for
// prefix queries of any length: 회의* finds 회의록을) and `search_trigram`
// (substrings of three or more characters, inside words too).
const SchemaPart& domain()
{
    static const SchemaPart s_part {4, "tags, revisions, people, tasks, activity, notifications and search",
        R"sql(
CREATE TABLE tags (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX tags_by_name ON tags (name COLLATE NOCASE);

CREATE TABLE note_tags (
    id         TEXT PRIMARY KEY NOT NULL,   -- note_id || '/' || tag_id
    note_id    TEXT NOT NULL REFERENCES notes (id) DEFERRABLE INITIALLY DEFERRED,
    tag_id     TEXT NOT NULL REFERENCES tags (id) DEFERRABLE INITIALLY DEFERRED,
    created_at INTEGER NOT NULL
);
CREATE INDEX note_tags_by_note ON note_tags (note_id);
CREATE INDEX note_tags_by_tag ON note_tags (tag_id);

CREATE TABLE note_revisions (
    id         TEXT PRIMARY KEY NOT NULL,
    note_id    TEXT NOT NULL REFERENCES notes (id) DEFERRABLE INITIALLY DEFERRED,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL            -- when this version was replaced
);
CREATE INDEX note_revisions_by_note ON note_revisions (note_id, created_at);

CREATE TABLE people (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    email      TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

CREATE TABLE tasks (
    id           TEXT PRIMARY KEY NOT NULL,
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'done')),
    priority     INTEGER NOT NULL DEFAULT 0, -- 0 none, 1 low, 2 medium, 3 high
    due_date     TEXT,                       -- YYYY-MM-DD
    assignee_id  TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    creator_id   TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    sort_key     REAL NOT NULL DEFAULT 0,    -- order within its status column
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    completed_at INTEGER,
    deleted_at   INTEGER
);
CREATE INDEX tasks_by_status ON tasks (deleted_at, status, sort_key);
CREATE INDEX tasks_by_assignee ON tasks (assignee_id);

CREATE TABLE task_links (
    id         TEXT PRIMARY KEY NOT NULL,   -- task_id || '/' || note_id
    task_id    TEXT NOT NULL REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    note_id    TEXT NOT NULL REFERENCES notes (id) DEFERRABLE INITIALLY DEFERRED,
    time_ms    INTEGER,                     -- the moment in the note's recording
    created_at INTEGER NOT NULL
);
CREATE INDEX task_links_by_task ON task_links (task_id);

CREATE TABLE task_events (                 -- append-only: never updated or deleted
    id        TEXT PRIMARY KEY NOT NULL,
    task_id   TEXT NOT NULL REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    actor_id  TEXT REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    at        INTEGER NOT NULL,
    kind      TEXT NOT NULL,                -- created, changed, comment, deleted, restored
    field     TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX task_events_by_task ON task_events (task_id, at);

CREATE TABLE notifications (
    id         TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED,
    task_id    TEXT REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    kind       TEXT NOT NULL,               -- assigned, status, edited, job_done, job_failed
    message    TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at    INTEGER
);
CREATE INDEX notifications_by_person ON notifications (person_id, read_at, created_at);

-- Local only: e-mails waiting to be sent, retried with backoff, never lost.
CREATE TABLE email_outbox (
    id              TEXT PRIMARY KEY NOT NULL,
    notification_id TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    sent_at         INTEGER,
    created_at      INTEGER NOT NULL
);
CREATE INDEX email_outbox_pending ON email_outbox (sent_at, next_attempt_at);

-- The search index.
CREATE TABLE search_docs (
    rowid      INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,               -- note, segment, ocr, task
    ref_id     TEXT NOT NULL UNIQUE,        -- the source row
    note_id    TEXT,                        -- the note it belongs to
    time_ms    INTEGER,                     -- a segment's start
    page       INTEGER,                     -- an OCR page
    created_at INTEGER NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL
);
CREATE INDEX search_docs_by_note ON search_docs (note_id);
CREATE VIRTUAL TABLE search_words USING fts5 (title, body, content = 'search_docs', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
CREATE VIRTUAL TABLE search_trigram USING fts5 (title, body, content = 'search_docs', content_rowid = 'rowid',
    tokenize = 'trigram');

CREATE TRIGGER search_docs_inserted AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_words (rowid, title, body) VALUES (new.rowid, new.title, new.body);
    INSERT INTO search_trigram (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER search_docs_changed AFTER UPDATE OF title, body ON search_docs BEGIN
    INSERT INTO search_words (search_words, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO search_trigram (search_trigram, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO search_words (rowid, title, body) VALUES (new.rowid, new.title, new.body);
    INSERT INTO search_trigram (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER search_docs_deleted AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_words (search_words, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO search_trigram (search_trigram, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;

CREATE TRIGGER notes_indexed AFTER INSERT ON notes WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO search_docs (kind, ref_id, note_id, created_at, title, body)
    VALUES ('note', new.id, new.id, new.created_at, new.title, new.body);
END;
CREATE TRIGGER notes_reindexed AFTER UPDATE OF title, body, deleted_at ON notes BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
    INSERT INTO search_docs (kind, ref_id, note_id, created_at, title, body)
    SELECT 'note', new.id, new.id, new.created_at, new.title, new.body WHERE new.deleted_at IS NULL;
END;
-- A trashed note's transcripts and recognised text leave the index with it.
CREATE TRIGGER notes_trashed AFTER UPDATE OF deleted_at ON notes
WHEN new.deleted_at IS NOT NULL AND old.deleted_at IS NULL BEGIN
    DELETE FROM search_docs WHERE note_id = new.id;
END;
CREATE TRIGGER notes_restored AFTER UPDATE OF deleted_at ON notes
WHEN new.deleted_at IS NULL AND old.deleted_at IS NOT NULL BEGIN
    INSERT OR IGNORE INTO search_docs (kind, ref_id, note_id, time_ms, created_at, title, body)
    SELECT 'segment', s.id, t.note_id, s.start_ms, t.created_at, '', s.text
    FROM transcript_segments s JOIN transcripts t ON t.id = s.transcript_id WHERE t.note_id = new.id;
    INSERT OR IGNORE INTO search_docs (kind, ref_id, note_id, page, created_at, title, body)
    SELECT 'ocr', p.id, p.note_id, p.page, p.created_at, '', p.text FROM ocr_pages p WHERE p.note_id = new.id;
END;
CREATE TRIGGER notes_unindexed AFTER DELETE ON notes BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
END;

CREATE TRIGGER tasks_indexed AFTER INSERT ON tasks WHEN new.deleted_at IS NULL BEGIN
    INSERT INTO search_docs (kind, ref_id, created_at, title, body)
    VALUES ('task', new.id, new.created_at, new.title, new.description);
END;
CREATE TRIGGER tasks_reindexed AFTER UPDATE OF title, description, deleted_at ON tasks BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
    INSERT INTO search_docs (kind, ref_id, created_at, title, body)
    SELECT 'task', new.id, new.created_at, new.title, new.description WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER tasks_unindexed AFTER DELETE ON tasks BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
END;

CREATE TRIGGER segments_indexed AFTER INSERT ON transcript_segments BEGIN
    INSERT INTO search_docs (kind, ref_id, note_id, time_ms, created_at, title, body)
    SELECT 'segment', new.id, t.note_id, new.start_ms, coalesce(t.created_at, 0), '', new.text
    FROM (SELECT 1) LEFT JOIN transcripts t ON t.id = new.transcript_id LEFT JOIN notes n ON n.id = t.note_id
    WHERE n.deleted_at IS NULL;
END;
CREATE TRIGGER segments_reindexed AFTER UPDATE OF text, start_ms ON transcript_segments BEGIN
    UPDATE search_docs SET body = new.text, time_ms = new.start_ms WHERE ref_id = new.id;
END;
CREATE TRIGGER segments_unindexed AFTER DELETE ON transcript_segments BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
END;
-- Segments that arrive (by sync) before their transcript get their note then.
CREATE TRIGGER transcripts_linked AFTER INSERT ON transcripts BEGIN
    UPDATE search_docs SET note_id = new.note_id, created_at = new.created_at
    WHERE kind = 'segment' AND ref_id IN (SELECT id FROM transcript_segments WHERE transcript_id = new.id);
END;

CREATE TRIGGER ocr_indexed AFTER INSERT ON ocr_pages BEGIN
    INSERT INTO search_docs (kind, ref_id, note_id, page, created_at, title, body)
    SELECT 'ocr', new.id, new.note_id, new.page, new.created_at, '', new.text
    WHERE NOT EXISTS (SELECT 1 FROM notes WHERE id = new.note_id AND deleted_at IS NOT NULL);
END;
CREATE TRIGGER ocr_reindexed AFTER UPDATE OF text ON ocr_pages BEGIN
    UPDATE search_docs SET body = new.text WHERE ref_id = new.id;
END;
CREATE TRIGGER ocr_unindexed AFTER DELETE ON ocr_pages BEGIN
    DELETE FROM search_docs WHERE ref_id = old.id;
END;
)sql",
        {QStringLiteral("tags"), QStringLiteral("note_tags"), QStringLiteral("note_revisions"),
            QStringLiteral("people"), QStringLiteral("tasks"), QStringLiteral("task_links"),
            QStringLiteral("task_events"), QStringLiteral("notifications")}};
    return s_part;
}

} // namespace voxnote::storage::schema
