#include "ocr/RecognizeImageStage.h"

#include "Error.h"
#include "jobs/JobQueue.h"
#include "ocr/DocumentRecognizer.h"
#include "ocr/ImageDocument.h"
#include "ocr/OcrRepository.h"
#include "storage/BlobStore.h"
#include "storage/DataDirectory.h"

#include <QCryptographicHash>

#include <tesseract/baseapi.h>

namespace voxnote::ocr {

namespace {

// Changes whenever the way Voxnote reads a page changes (clean-up, layout,
// language choice), so stored results of the old way are not reused.
constexpr char kReadingMethod[] = "deskew, layout per page, script, coverage: 1";

OcrSettings settingsOf(const QJsonObject& params)
{
    OcrSettings settings;
    settings.languages = params.value(QStringLiteral("languages")).toString(settings.languages);
    settings.detectOrientation = params.value(QStringLiteral("detectOrientation")).toBool(true);
    return settings;
}

} // namespace

QString RecognizeImageStage::kind()
{
    return QStringLiteral("ocr");
}

void RecognizeImageStage::registerWith(jobs::JobQueue& queue)
{
    // Owned by the pipeline factory, so it lives as long as the queue: not a
    // static, which would outlive tesseract's own statics at exit.
    registerWith(queue, std::make_shared<DocumentRecognizer>());
}

void RecognizeImageStage::registerWith(jobs::JobQueue& queue, std::shared_ptr<DocumentRecognizer> recognizer)
{
    queue.registerPipeline(kind(), [recognizer] {
        jobs::Pipeline pipeline;
        pipeline.push_back(std::make_unique<RecognizeImageStage>(recognizer));
        return pipeline;
    });
}

RecognizeImageStage::RecognizeImageStage(std::shared_ptr<DocumentRecognizer> recognizer)
    : m_recognizer(std::move(recognizer))
{
}

QString RecognizeImageStage::name() const
{
    return QStringLiteral("recognize");
}

QByteArray RecognizeImageStage::cacheKey(const jobs::JobContext& context) const
{
    // The stored pages belong to one attachment, so the key names it too.
    const OcrSettings settings = settingsOf(context.params);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(context.inputHash.toUtf8());
    hash.addData(context.params.value(QStringLiteral("attachmentId")).toString().toUtf8());
    hash.addData(QByteArray(tesseract::TessBaseAPI::Version()));
    hash.addData(QByteArray(kReadingMethod));
    hash.addData(settings.languages.toUtf8());
    hash.addData(settings.detectOrientation ? "osd" : "no-osd");
    return hash.result().toHex();
}

QJsonObject RecognizeImageStage::run(jobs::JobContext& context)
{
    const storage::BlobStore blobs(storage::DataDirectory::blobsPath(context.dataDir));
    blobs.verify(context.inputHash);
    const QString fileName = context.params.value(QStringLiteral("fileName")).toString();
    const ImageDocument document = ImageDocument::open(blobs.pathOf(context.inputHash), {}, fileName);
    const QList<OcrPage> pages = m_recognizer->recognize(
        document, settingsOf(context.params), context.progress, *context.cancellation);
    OcrRepository(*context.database)
        .save(context.params.value(QStringLiteral("noteId")).toString(),
            context.params.value(QStringLiteral("attachmentId")).toString(), pages);
    qsizetype characters = 0;
    for (const OcrPage& page : pages)
        characters += page.text.size();
    return {{QStringLiteral("file"), fileName}, {QStringLiteral("pages"), pages.size()},
        {QStringLiteral("characters"), characters}};
}

} // namespace voxnote::ocr
