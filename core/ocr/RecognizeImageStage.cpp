#include "ocr/RecognizeImageStage.h"

#include "Error.h"
#include "jobs/JobQueue.h"
#include "ocr/DocumentRecognizer.h"
#include "ocr/LocalDocumentReader.h"
#include "ocr/OcrRepository.h"
#include "storage/BlobStore.h"
#include "storage/DataDirectory.h"
#include "worker/EngineWorkers.h"
#include "worker/WorkerDocumentReader.h"

#include <QCryptographicHash>

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
    registerWith(queue,
        std::make_shared<worker::WorkerDocumentReader>(
            worker::EngineWorkers::shared(), worker::Priority::Interactive));
}

void RecognizeImageStage::registerWith(jobs::JobQueue& queue, std::shared_ptr<DocumentRecognizer> recognizer)
{
    registerWith(queue, std::make_shared<LocalDocumentReader>(std::move(recognizer)));
}

void RecognizeImageStage::registerWith(jobs::JobQueue& queue, std::shared_ptr<DocumentReader> reader)
{
    // Owned by the pipeline factory, so it lives as long as the queue: not a
    // static, which would outlive tesseract's own statics at exit.
    queue.registerPipeline(kind(), [reader] {
        jobs::Pipeline pipeline;
        pipeline.push_back(std::make_unique<RecognizeImageStage>(reader));
        return pipeline;
    });
}

RecognizeImageStage::RecognizeImageStage(std::shared_ptr<DocumentReader> reader)
    : m_reader(std::move(reader))
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
    hash.addData(m_reader->engineKey().toUtf8());
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
    const QList<OcrPage> pages = m_reader->read(blobs.pathOf(context.inputHash), fileName,
        settingsOf(context.params), context.progress, *context.cancellation);
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
