#pragma once

#include "notes/NoteRepository.h"
#include "ocr/OcrEngine.h"
#include "ocr/OcrPage.h"

namespace voxnote::storage {
class Profile;
}

namespace voxnote::ocr {

class DocumentRecognizer;
class ImageDocument;

/// What importing an image made: a note holding the image as an attachment
/// and the text recognised on its pages.
struct ImportedImage
{
    storage::Note note;
    storage::Attachment attachment;
    RecognizedDocument document;
};

/// Imports an image (a file or a pasted image) as a new note: recognises
/// its pages, stores the image in the blob store, and writes the note, the
/// attachment (kind "image") and the recognised pages in one transaction.
/// Recognition runs before anything is written, so a failure or a cancel
/// leaves no rows behind. Use on the profile's thread; the recognition
/// itself runs on the recognizer's workers. Failures throw `Error`.
class ImageImporter
{
public:
    ImageImporter(storage::Profile& profile, DocumentRecognizer& recognizer);

    ImportedImage import(const ImageDocument& document, const OcrSettings& settings,
        const ProgressCallback& progress, const Cancellation& cancel);

private:
    storage::Profile& m_profile;
    DocumentRecognizer& m_recognizer;
};

} // namespace voxnote::ocr
