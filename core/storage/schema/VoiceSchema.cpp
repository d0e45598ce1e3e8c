#include "storage/schema/SchemaPart.h"

namespace voxnote::storage::schema {

// Version 2: transcripts of audio attachments. Words live in their segment
// as JSON, so a long recording is a few thousand synced rows rather than
// hundreds of thousands, and a segment's text and timings change together.
const SchemaPart& voice()
{
    static const SchemaPart s_part {2, "transcripts, speakers and segments", R"sql(
CREATE TABLE transcripts (
    id            TEXT PRIMARY KEY NOT NULL,
    note_id       TEXT NOT NULL REFERENCES notes (id) DEFERRABLE INITIALLY DEFERRED,
    attachment_id TEXT NOT NULL REFERENCES attachments (id) DEFERRABLE INITIALLY DEFERRED,
    engine        TEXT NOT NULL,        -- engine name and version, e.g. "pocketsphinx 5prealpha en-us"
    language      TEXT NOT NULL,
    duration_ms   INTEGER NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX transcripts_by_note ON transcripts (note_id);

CREATE TABLE speakers (
    id            TEXT PRIMARY KEY NOT NULL,
    transcript_id TEXT NOT NULL REFERENCES transcripts (id) DEFERRABLE INITIALLY DEFERRED,
    label         TEXT NOT NULL,        -- "Speaker 1" …, as found by diarization
    name          TEXT,                 -- what the user renamed it to
    position      INTEGER NOT NULL      -- 0, 1, 2 … stable colour order
);
CREATE INDEX speakers_by_transcript ON speakers (transcript_id, position);

CREATE TABLE transcript_segments (
    id            TEXT PRIMARY KEY NOT NULL,
    transcript_id TEXT NOT NULL REFERENCES transcripts (id) DEFERRABLE INITIALLY DEFERRED,
    position      INTEGER NOT NULL,     -- order within the transcript
    start_ms      INTEGER NOT NULL,
    end_ms        INTEGER NOT NULL,
    speaker_id    TEXT REFERENCES speakers (id) DEFERRABLE INITIALLY DEFERRED,
    text          TEXT NOT NULL,
    words         TEXT NOT NULL DEFAULT '[]' -- JSON [[word, start_ms, end_ms, confidence], …]
);
CREATE INDEX segments_by_transcript ON transcript_segments (transcript_id, position);
)sql",
        {QStringLiteral("transcripts"), QStringLiteral("speakers"), QStringLiteral("transcript_segments")}};
    return s_part;
}

} // namespace voxnote::storage::schema
