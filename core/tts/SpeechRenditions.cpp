#include "tts/SpeechRenditions.h"

#include "Error.h"
#include "ocr/OcrRepository.h"
#include "storage/BlobStore.h"
#include "storage/Connection.h"
#include "storage/Transaction.h"
#include "tts/SoundFileWriter.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace voxnote::tts {

SpeechRenditions::SpeechRenditions(storage::Connection& database, storage::BlobStore& blobs)
    : m_database(database)
    , m_blobs(blobs)
{
}

storage::Note SpeechRenditions::note(const QString& noteId)
{
    const std::optional<storage::Note> found = storage::NoteRepository(m_database).find(noteId);
    if (!found) {
        throw Error(QCoreApplication::translate("SpeechRenditions",
            "There is no note with the id %1. List notes with 'voxnote info' or check the id.")
                        .arg(noteId));
    }
    return *found;
}

QString SpeechRenditions::textOfNote(const QString& noteId)
{
    const storage::Note found = note(noteId);
    if (!found.body.trimmed().isEmpty())
        return found.body;
    const QString recognized = ocr::OcrRepository(m_database).textOfNote(noteId);
    return recognized.trimmed().isEmpty() ? found.title : recognized;
}

storage::Attachment SpeechRenditions::attach(const QString& noteId, const QString& audioPath)
{
    const storage::Note found = note(noteId);
    const SoundFileWriter::Format format = SoundFileWriter::formatForPath(audioPath);
    const QString hash = m_blobs.putFile(audioPath);
    const QString title = found.title.trimmed().isEmpty() ? QStringLiteral("note") : found.title.trimmed();
    storage::Transaction transaction(m_database);
    const storage::Attachment attachment
        = storage::NoteRepository(m_database)
              .attach(noteId, hash, QStringLiteral("speech"),
                  title + u'.' + SoundFileWriter::extension(format), SoundFileWriter::mimeType(format),
                  QFileInfo(audioPath).size());
    transaction.commit();
    qCInfo(lcTts) << "stored the rendition of note" << noteId << "as" << attachment.id;
    return attachment;
}

} // namespace voxnote::tts
