#include "storage/schema/SchemaPart.h"

namespace voxnote::storage::schema {

// Version 3: text recognised in image attachments, one row per page (a
// photo has one page; a multi-page TIFF or a PDF has several).
const SchemaPart& images()
{
    static const SchemaPart s_part {3, "recognised text of images", R"sql(
CREATE TABLE ocr_pages (
    id              TEXT PRIMARY KEY NOT NULL,
    note_id         TEXT NOT NULL REFERENCES notes (id) DEFERRABLE INITIALLY DEFERRED,
    attachment_id   TEXT NOT NULL REFERENCES attachments (id) DEFERRABLE INITIALLY DEFERRED,
    page            INTEGER NOT NULL,   -- 0-based page of the attachment
    languages       TEXT NOT NULL,      -- e.g. "eng+kor"
    engine          TEXT NOT NULL,      -- engine name and version
    rotation        INTEGER NOT NULL DEFAULT 0, -- degrees turned clockwise before recognition
    width           INTEGER NOT NULL,   -- of the upright page; word boxes are in its pixels
    height          INTEGER NOT NULL,
    text            TEXT NOT NULL,
    mean_confidence REAL NOT NULL,      -- 0 … 100
    words           TEXT NOT NULL DEFAULT '[]', -- JSON [[word, x, y, w, h, confidence, block, paragraph, line], …]
    created_at      INTEGER NOT NULL
);
CREATE INDEX ocr_pages_by_attachment ON ocr_pages (attachment_id, page);
CREATE INDEX ocr_pages_by_note ON ocr_pages (note_id);
)sql",
        {QStringLiteral("ocr_pages")}};
    return s_part;
}

// Version 8: what part of a page could not be read, so the warning shown
// when the page was recognised is shown again with the stored result.
const SchemaPart& imagesCoverage()
{
    static const SchemaPart s_part {8, "unread parts of recognised pages", R"sql(
ALTER TABLE ocr_pages ADD COLUMN unread_share REAL NOT NULL DEFAULT 0; -- of the text-like ink, 0 … 1
ALTER TABLE ocr_pages ADD COLUMN unread_regions TEXT NOT NULL DEFAULT '[]'; -- JSON [[x, y, w, h], …] in the upright page
ALTER TABLE ocr_pages ADD COLUMN warning TEXT NOT NULL DEFAULT ''; -- "Part of this page could not be read: …"
)sql",
        {}};
    return s_part;
}

} // namespace voxnote::storage::schema
