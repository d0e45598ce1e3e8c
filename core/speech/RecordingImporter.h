#pragma once

#include "notes/NoteRepository.h"
#include "speech/Transcriber.h"

namespace voxnote::storage {
class Profile;
}

namespace voxnote::speech {

/// What importing one recording made.
struct ImportedRecording
{
    storage::Note note;
    storage::Attachment attachment;
    Transcript transcript;
};

/// Imports an audio file as a note: transcribes it, stores the file in the
/// blob store, and — in one transaction — creates a note named after the
/// file, attaches the audio and stores the transcript. If anything fails
/// (unreadable audio, cancel, a full disk) no row is written. Use on the
/// profile's thread; failures throw `Error`, a cancel throws `Cancelled`.
class RecordingImporter
{
public:
    RecordingImporter(storage::Profile& profile, Transcriber& transcriber);

    ImportedRecording import(const QString& path, const TranscriptionOptions& options,
        const ProgressCallback& progress, const Cancellation& cancel);

private:
    storage::Profile& m_profile;
    Transcriber& m_transcriber;
};

} // namespace voxnote::speech
