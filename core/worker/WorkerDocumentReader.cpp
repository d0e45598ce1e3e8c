#include "worker/WorkerDocumentReader.h"

#include "worker/EngineMessages.h"
#include "worker/EngineWorkers.h"

#include <QFileInfo>

namespace voxnote::worker {

namespace {

// A dense page takes about 3 s of processor time; a megabyte of image file
// holds one to a few pages, a PDF many more.
constexpr qint64 kOcrBaseSeconds = 600;
constexpr double kOcrSecondsPerMb = 120;

} // namespace

WorkerDocumentReader::WorkerDocumentReader(
    std::shared_ptr<EngineWorkers> workers, Priority priority, QString engine)
    : m_workers(std::move(workers))
    , m_priority(priority)
    , m_engine(std::move(engine))
{
}

QList<ocr::OcrPage> WorkerDocumentReader::read(const QString& path, const QString& displayName,
    const ocr::OcrSettings& settings, const ProgressCallback& progress, const Cancellation& cancel)
{
    WorkerRequest request;
    request.op = QStringLiteral("ocr");
    request.args = {{QStringLiteral("path"), path}, {QStringLiteral("name"), displayName},
        {QStringLiteral("engine"), m_engine},
        {QStringLiteral("settings"), messages::fromOcrSettings(settings)}};
    request.subject = displayName.isEmpty() ? QFileInfo(path).fileName() : displayName;
    request.cpuSeconds = cpuSecondsFor(
        kOcrBaseSeconds, kOcrSecondsPerMb, double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    request.priority = m_priority;
    const QCborMap result = m_workers->call(request, progress, {}, cancel);
    return messages::toOcrPages(result.value(QStringLiteral("pages")).toArray());
}

QString WorkerDocumentReader::engineKey()
{
    return m_workers->engineInfo(QStringLiteral("ocr"), m_engine).key();
}

int WorkerDocumentReader::parallelism() const
{
    return m_workers->slotCount();
}

} // namespace voxnote::worker
