#pragma once

#include <QJsonArray>
#include <QString>

class QImage;

namespace voxnote::jobs {
class JobQueue;
}
namespace voxnote::storage {
class BlobStore;
class Profile;
} // namespace voxnote::storage

namespace voxnote::pipelines {

/// What the background work started by an import uses, from the settings.
struct MediaDefaults
{
    QString ocrLanguages = QStringLiteral("eng");
    bool detectOrientation = true; ///< of pages scanned sideways or upside down
    int speakers = 0; ///< 0: estimated
    QString speechLanguage; ///< of recordings, BCP 47; empty: the speech model's
    QString voice; ///< empty: chosen from the text
    int rateWpm = 175;
    /// The user's own words for the recogniser, as `speech::Vocabulary::toJsonArray` writes them.
    QJsonArray vocabulary;
};

/// What importing one file made.
struct ImportedMedia
{
    QString noteId;
    QString attachmentId;
    QString kind; ///< "audio" or "image"
    QString fileName;
    QString jobId; ///< the transcription or recognition started for it
};

/// A file or pasted image checked and stored in the blob store, ready to
/// become a note: the slow part of an import (reading, sniffing, hashing and
/// copying the bytes), which touches no database.
struct PreparedMedia
{
    QString title; ///< of the note made for it
    QString fileName;
    QString kind; ///< "audio" or "image"
    QString mimeType;
    qint64 size = 0;
    QString blobHash;
};

/// Brings files and pasted images into notes and starts their background
/// work (transcription, recognition, reading aloud) on the job queue: the
/// note and its attachment are written at once, in one transaction, and the
/// slow part follows as a job, so the window never waits for an engine.
/// Use on the profile's thread; failures throw `Error` with a sentence naming
/// the file.
class MediaImport
{
public:
    MediaImport(storage::Profile& profile, jobs::JobQueue& queue);

    void setDefaults(const MediaDefaults& defaults) { m_defaults = defaults; }
    const MediaDefaults& defaults() const { return m_defaults; }

    /// Tells audio from images by their content, not their name; refuses a
    /// folder, a missing, empty, unreadable or unsupported file. Attaches to
    /// note `noteId` if given, else makes a note named after the file.
    ImportedMedia importFile(const QString& path, const QString& noteId = {});
    /// A pasted image becomes a note with an image attachment and its recognition.
    ImportedMedia importImage(const QImage& image, const QString& name = {});

    /// The first half of `importFile`: checks the file, tells its kind and
    /// stores its bytes. Thread-safe, so a window runs it off its own thread.
    static PreparedMedia prepareFile(storage::BlobStore& blobs, const QString& path);
    /// The first half of `importImage`, thread-safe like `prepareFile`.
    static PreparedMedia prepareImage(
        storage::BlobStore& blobs, const QImage& image, const QString& name = {});
    /// The second half: the note (or `noteId`) gets the attachment, in one
    /// transaction, and its job starts. A new note is removed again if its job
    /// cannot be queued, so nothing is left half-made.
    ImportedMedia add(const PreparedMedia& media, const QString& noteId = {});

    /// Reads the note's text aloud in the background; the audio becomes its
    /// "speech" attachment. Returns the job id.
    QString readAloud(const QString& noteId, const QString& voice = {}, int rateWpm = 0);
    /// "Read this page aloud": the reading pipeline over the note's images.
    QString readPagesAloud(const QString& noteId);
    /// Recognises an image attachment again, e.g. with other languages ("eng+kor").
    QString recognizeAgain(const QString& noteId, const QString& attachmentId, const QString& languages);

    /// "audio" or "image" from the file's content (its name only when the
    /// content says nothing), or empty for anything else. Call from any thread.
    static QString kindOf(const QString& path);

    /// The largest file imported, in bytes.
    static constexpr qint64 kMaxFileBytes = 4LL * 1024 * 1024 * 1024;

private:
    QString startJob(const QString& kind, const QString& noteId, const QString& attachmentId,
        const QString& blobHash, const QString& fileName);

    storage::Profile& m_profile;
    jobs::JobQueue& m_queue;
    MediaDefaults m_defaults;
};

} // namespace voxnote::pipelines
