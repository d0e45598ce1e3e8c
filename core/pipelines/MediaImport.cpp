#include "pipelines/MediaImport.h"

#include "Error.h"
#include "audio/AudioDecoder.h"
#include "jobs/JobQueue.h"
#include "notes/NoteRepository.h"
#include "ocr/ImageDocument.h"
#include "ocr/RecognizeImageStage.h"
#include "pipelines/Pipelines.h"
#include "pipelines/ReadPipeline.h"
#include "storage/BlobStore.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"
#include "tts/SpeakNoteStage.h"
#include "tts/SpeechRenditions.h"
#include "util/Log.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>

namespace voxnote::pipelines {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MediaImport", text);
}

const QString kAudio = QStringLiteral("audio");
const QString kImage = QStringLiteral("image");

bool isImageType(const QMimeType& type)
{
    return type.name().startsWith(u"image/") || type.inherits(QStringLiteral("application/pdf"));
}

/// "audio" or "image" from the content; the name only when the content
/// says nothing (an MP3 without a tag starts with plain frames).
QString kindOfContent(const QString& path, QMimeType& type)
{
    const QMimeDatabase types;
    type = types.mimeTypeForFile(path, QMimeDatabase::MatchContent);
    if (type.isDefault())
        type = types.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    if (type.name().startsWith(u"audio/") || type.inherits(QStringLiteral("audio/ogg")))
        return kAudio;
    if (isImageType(type))
        return kImage;
    return {};
}

} // namespace

MediaImport::MediaImport(storage::Profile& profile, jobs::JobQueue& queue)
    : m_profile(profile)
    , m_queue(queue)
{
}

QString MediaImport::kindOf(const QString& path)
{
    QMimeType type;
    return kindOfContent(path, type);
}

ImportedMedia MediaImport::importFile(const QString& path, const QString& noteId)
{
    return add(prepareFile(m_profile.blobs(), path), noteId);
}

ImportedMedia MediaImport::importImage(const QImage& image, const QString& name)
{
    return add(prepareImage(m_profile.blobs(), image, name));
}

PreparedMedia MediaImport::prepareFile(storage::BlobStore& blobs, const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (info.isDir())
        throw Error(tr("%1 is a folder. Import the audio or image files inside it instead.").arg(name));
    if (!info.exists())
        throw Error(tr("%1 does not exist any more.").arg(path));
    if (!info.isReadable())
        throw Error(tr("Voxnote may not read %1; check the file's permissions.").arg(name));
    if (info.size() == 0)
        throw Error(tr("%1 is empty.").arg(name));
    if (info.size() > kMaxFileBytes) {
        throw Error(tr("%1 is %2, larger than the %3 Voxnote imports.")
                        .arg(name, QLocale().formattedDataSize(info.size()),
                            QLocale().formattedDataSize(kMaxFileBytes)));
    }
    QMimeType type;
    const QString kind = kindOfContent(path, type);
    if (kind.isEmpty()) {
        throw Error(tr("%1 is neither a recording nor an image Voxnote can read (it looks like %2).")
                        .arg(name, type.comment()));
    }
    // Open it once now, so a broken file is refused before it becomes a note.
    if (kind == kAudio)
        audio::AudioDecoder decoder(path);
    else
        ocr::ImageDocument::open(path, {}, name);
    return {info.completeBaseName(), name, kind, type.name(), info.size(), blobs.putFile(path)};
}

PreparedMedia MediaImport::prepareImage(storage::BlobStore& blobs, const QImage& image, const QString& name)
{
    if (image.isNull())
        throw Error(tr("The clipboard holds no image to paste."));
    const QString title = name.isEmpty()
        ? tr("Pasted image %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
        : name;
    // Checks the pixel limit as a file would be checked.
    ocr::ImageDocument::fromImage(image, title, {});
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        throw Error(tr("Voxnote could not store the pasted image."));
    return {title, title + QStringLiteral(".png"), kImage, QStringLiteral("image/png"), png.size(),
        blobs.putData(png)};
}

ImportedMedia MediaImport::add(const PreparedMedia& media, const QString& noteId)
{
    ImportedMedia imported {noteId, {}, media.kind, media.fileName, {}};
    storage::Connection& database = m_profile.database();
    {
        storage::Transaction transaction(database);
        storage::NoteRepository notes(database);
        if (imported.noteId.isEmpty())
            imported.noteId = notes.create(media.title, QString()).id;
        else if (!notes.find(imported.noteId))
            throw Error(
                tr("The note for %1 was deleted meanwhile; import the file again.").arg(media.fileName));
        imported.attachmentId = notes
                                    .attach(imported.noteId, media.blobHash, media.kind, media.fileName,
                                        media.mimeType, media.size)
                                    .id;
        transaction.commit();
    }
    try {
        imported.jobId = startJob(media.kind == kAudio ? transcribeKind() : ocr::RecognizeImageStage::kind(),
            imported.noteId, imported.attachmentId, media.blobHash, media.fileName);
    } catch (const Error&) {
        // The job queue has its own connection, so the note cannot share its
        // transaction; a note made for nothing goes again.
        if (noteId.isEmpty())
            storage::NoteRepository(database).purge(imported.noteId);
        throw;
    }
    qCInfo(lcJobs) << "imported" << media.fileName << "as" << media.kind << "of note" << imported.noteId
                   << "job" << imported.jobId;
    return imported;
}

QString MediaImport::readAloud(const QString& noteId, const QString& voice, int rateWpm)
{
    const QString text = tts::SpeechRenditions(m_profile.database(), m_profile.blobs()).textOfNote(noteId);
    if (text.trimmed().isEmpty())
        throw Error(tr("This note has no text to read aloud yet."));
    const std::optional<storage::Note> note = storage::NoteRepository(m_profile.database()).find(noteId);
    QJsonObject params {{QStringLiteral("noteId"), noteId},
        {QStringLiteral("title"), note && !note->title.isEmpty() ? note->title : tr("Untitled note")},
        {QStringLiteral("rateWpm"), rateWpm > 0 ? rateWpm : m_defaults.rateWpm}};
    const QString chosenVoice = voice.isEmpty() ? m_defaults.voice : voice;
    if (!chosenVoice.isEmpty())
        params.insert(QStringLiteral("voice"), chosenVoice);
    const QString textHash
        = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    return m_queue.enqueue(tts::SpeakNoteStage::kind(), textHash, params);
}

QString MediaImport::readPagesAloud(const QString& noteId)
{
    storage::NoteRepository notes(m_profile.database());
    QList<ReadPipeline::AttachedPage> pages;
    for (const storage::Attachment& attachment : notes.attachments(noteId)) {
        if (attachment.kind == kImage)
            pages.append({attachment.blobHash, attachment.fileName, attachment.id});
    }
    if (pages.isEmpty())
        throw Error(tr("This note has no page images to read aloud."));
    ReadOptions options;
    options.languages = m_defaults.ocrLanguages;
    options.voice = m_defaults.voice;
    options.rateWpm = m_defaults.rateWpm;
    options.noteId = noteId;
    const JobRequest request = ReadPipeline::request(pages, options);
    return m_queue.enqueue(request.kind, request.inputHash, request.params);
}

QString MediaImport::recognizeAgain(
    const QString& noteId, const QString& attachmentId, const QString& languages)
{
    for (const storage::Attachment& attachment :
        storage::NoteRepository(m_profile.database()).attachments(noteId)) {
        if (attachment.id == attachmentId) {
            QJsonObject params {{QStringLiteral("noteId"), noteId},
                {QStringLiteral("attachmentId"), attachmentId},
                {QStringLiteral("fileName"), attachment.fileName},
                {QStringLiteral("title"), attachment.fileName}, {QStringLiteral("languages"), languages}};
            return m_queue.enqueue(ocr::RecognizeImageStage::kind(), attachment.blobHash, params);
        }
    }
    throw Error(tr("That image is no longer part of the note."));
}

QString MediaImport::startJob(const QString& kind, const QString& noteId, const QString& attachmentId,
    const QString& blobHash, const QString& fileName)
{
    QJsonObject params {{QStringLiteral("noteId"), noteId}, {QStringLiteral("attachmentId"), attachmentId},
        {QStringLiteral("fileName"), fileName}, {QStringLiteral("title"), fileName}};
    if (kind == transcribeKind()) {
        params.insert(QStringLiteral("speakers"), m_defaults.speakers);
        if (!m_defaults.vocabulary.isEmpty())
            params.insert(QStringLiteral("vocabulary"), m_defaults.vocabulary);
        if (!m_defaults.speechLanguage.isEmpty())
            params.insert(QStringLiteral("language"), m_defaults.speechLanguage);
    } else {
        params.insert(QStringLiteral("languages"), m_defaults.ocrLanguages);
        params.insert(QStringLiteral("detectOrientation"), m_defaults.detectOrientation);
    }
    return m_queue.enqueue(kind, blobHash, params);
}

} // namespace voxnote::pipelines
