#include "ocr/LocalDocumentReader.h"

#include "ocr/DocumentRecognizer.h"
#include "ocr/ImageDocument.h"

#include <tesseract/baseapi.h>

namespace voxnote::ocr {

LocalDocumentReader::LocalDocumentReader(std::shared_ptr<DocumentRecognizer> recognizer)
    : m_recognizer(std::move(recognizer))
{
}

QList<OcrPage> LocalDocumentReader::read(const QString& path, const QString& displayName,
    const OcrSettings& settings, const ProgressCallback& progress, const Cancellation& cancel)
{
    const ImageDocument document = ImageDocument::open(path, {}, displayName);
    return m_recognizer->recognize(document, settings, progress, cancel);
}

QString LocalDocumentReader::engineKey()
{
    // The same key the built-in engine has in the workers (EngineRegistry).
    return u"tesseract " + QString::fromLatin1(tesseract::TessBaseAPI::Version());
}

int LocalDocumentReader::parallelism() const
{
    return m_recognizer->threadCount();
}

} // namespace voxnote::ocr
