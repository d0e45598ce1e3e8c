#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace voxnote::jobs {
class JobQueue;
}
namespace voxnote::ocr {
class DocumentReader;
class DocumentRecognizer;
} // namespace voxnote::ocr
namespace voxnote::tts {
class SpeechSynthesizer;
}
namespace voxnote::storage {
class BlobStore;
}

namespace voxnote::pipelines {

/// How a reading is made.
struct ReadOptions
{
    QString languages = QStringLiteral("eng"); ///< tesseract languages, e.g. "eng+kor"
    QString voice; ///< empty: chosen from the recognised text
    int rateWpm = 175;
    QString format = QStringLiteral("ogg"); ///< of the spoken audio: ogg, mp3, wav or flac
    QString noteId; ///< an existing note whose images these are; empty: the pipeline makes a note
};

/// A job as the queue takes it.
struct JobRequest
{
    QString kind;
    QString inputHash;
    QJsonObject params;
};

/// The reading pipeline: one or more page images → text → one spoken audio
/// file, saved to a note with the images, their text and the audio.
///
/// Stages:
/// 1. "recognize" reads each image file once; the pages of a file are kept
///    under a key of the file's bytes, the engine and the languages, so a
///    page photographed twice (under any name) is not recognised again. A
///    file that cannot be read is reported by number, name and reason, and
///    the others go on; only when no file can be read does the job fail.
/// 2. "synthesize" speaks the text of every page, in order, into one audio
///    file in the blob store; keyed by the text, the voice, the rate and the
///    format, so the same text is never spoken twice.
/// 3. "save" writes the note, its image attachments, their recognised pages
///    and the audio attachment in one transaction, or finds the note an
///    earlier identical reading made.
///
/// Each stage stores its result, so a crash resumes at the first unfinished one.
namespace ReadPipeline {

QString kind();
/// Reads pages with `reader` (null: in the engine workers, as background
/// work) and speaks with `synthesizer` (null: likewise).
void registerWith(jobs::JobQueue& queue, std::shared_ptr<ocr::DocumentReader> reader = {},
    std::shared_ptr<tts::SpeechSynthesizer> synthesizer = {});
/// The same reading with a recognizer in this process (tests).
void registerWith(jobs::JobQueue& queue, std::shared_ptr<ocr::DocumentRecognizer> recognizer);

/// Stores the page images in `blobs` (each once) and describes the job that
/// reads them. Throws `Error` naming a file that cannot be opened at all.
JobRequest request(storage::BlobStore& blobs, const QStringList& imagePaths, const ReadOptions& options);
/// An image that is already an attachment of `ReadOptions::noteId`.
struct AttachedPage
{
    QString blobHash;
    QString fileName;
    QString attachmentId;
};
/// The same for images that are already attachments of a note.
JobRequest request(const QList<AttachedPage>& pages, const ReadOptions& options);

} // namespace ReadPipeline

} // namespace voxnote::pipelines
