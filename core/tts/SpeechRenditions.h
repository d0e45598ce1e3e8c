#pragma once

#include "notes/NoteRepository.h"

#include <QString>

namespace voxnote::storage {
class BlobStore;
class Connection;
} // namespace voxnote::storage

namespace voxnote::tts {

/// Spoken renditions of notes: what a note reads as, and its audio stored as
/// an attachment of kind "speech" of that note. Use on the connection's
/// thread; failures throw `Error`.
class SpeechRenditions
{
public:
    SpeechRenditions(storage::Connection& database, storage::BlobStore& blobs);

    /// The text that reading note `noteId` aloud speaks: its body, or, if
    /// the body is empty, the text recognised in its images, or else its
    /// title. Throws `Error` if there is no such note.
    QString textOfNote(const QString& noteId);

    /// Stores the audio file at `audioPath` in the blob store and attaches it
    /// to the note as a rendition, named after the note.
    storage::Attachment attach(const QString& noteId, const QString& audioPath);

private:
    storage::Note note(const QString& noteId);

    storage::Connection& m_database;
    storage::BlobStore& m_blobs;
};

} // namespace voxnote::tts
