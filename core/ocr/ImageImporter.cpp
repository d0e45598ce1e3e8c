#include "ocr/ImageImporter.h"

#include "ocr/DocumentRecognizer.h"
#include "ocr/ImageDocument.h"
#include "ocr/OcrRepository.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"
#include "util/Log.h"

#include <QBuffer>
#include <QFileInfo>

namespace voxnote::ocr {

namespace {

// Recognition is most of the work; storing takes the rest of the bar.
constexpr double kRecognitionShare = 0.95;

} // namespace

ImageImporter::ImageImporter(storage::Profile& profile, DocumentRecognizer& recognizer)
    : m_profile(profile)
    , m_recognizer(recognizer)
{
}

ImportedImage ImageImporter::import(const ImageDocument& document, const OcrSettings& settings,
    const ProgressCallback& progress, const Cancellation& cancel)
{
    ImportedImage imported;
    imported.document.fileName = document.displayName();
    imported.document.pages = m_recognizer.recognize(
        document, settings,
        [&progress](double fraction) {
            if (progress)
                progress(fraction * kRecognitionShare);
        },
        cancel);
    cancel.check();

    QString hash;
    qint64 size = 0;
    QString fileName = document.displayName();
    if (!document.path().isEmpty()) {
        hash = m_profile.blobs().putFile(document.path());
        size = QFileInfo(document.path()).size();
    } else {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        document.page(0).save(&buffer, "PNG");
        hash = m_profile.blobs().putData(png);
        size = png.size();
        if (QFileInfo(fileName).suffix().isEmpty())
            fileName += QStringLiteral(".png");
    }

    storage::Connection& database = m_profile.database();
    storage::Transaction transaction(database);
    storage::NoteRepository notes(database);
    imported.note = notes.create(QFileInfo(fileName).completeBaseName(), QString());
    imported.attachment
        = notes.attach(imported.note.id, hash, QStringLiteral("image"), fileName, document.mimeType(), size);
    OcrRepository(database).save(imported.note.id, imported.attachment.id, imported.document.pages);
    transaction.commit();
    imported.document.noteId = imported.note.id;
    qCInfo(lcOcr) << "imported" << fileName << "as note" << imported.note.id;
    if (progress)
        progress(1.0);
    return imported;
}

} // namespace voxnote::ocr
