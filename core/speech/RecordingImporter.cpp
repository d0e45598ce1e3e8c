#include "speech/RecordingImporter.h"

#include "audio/AudioDecoder.h"
#include "speech/TranscriptRepository.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QFileInfo>

namespace voxnote::speech {

RecordingImporter::RecordingImporter(storage::Profile& profile, Transcriber& transcriber)
    : m_profile(profile)
    , m_transcriber(transcriber)
{
}

ImportedRecording RecordingImporter::import(const QString& path, const TranscriptionOptions& options,
    const ProgressCallback& progress, const Cancellation& cancel)
{
    ImportedRecording imported;
    imported.transcript = m_transcriber.transcribe(path, options, progress, cancel);
    const QString mimeType = audio::AudioDecoder(path).info().mimeType;
    const QFileInfo file(path);
    // The blob goes in first: an unreferenced blob is harmless, a row that
    // points at a missing blob is not.
    const QString hash = m_profile.blobs().putFile(path);
    cancel.check();

    storage::Connection& database = m_profile.database();
    storage::Transaction transaction(database);
    storage::NoteRepository notes(database);
    imported.note = notes.create(file.completeBaseName(), QString());
    imported.attachment = notes.attach(imported.note.id, hash, QStringLiteral("audio"), file.fileName(),
        mimeType, m_profile.blobs().size(hash));
    imported.transcript.noteId = imported.note.id;
    imported.transcript.attachmentId = imported.attachment.id;
    TranscriptRepository(database).save(imported.transcript);
    transaction.commit();
    qCInfo(lcSpeech) << "imported" << path << "as note" << imported.note.id;
    return imported;
}

} // namespace voxnote::speech
