#pragma once

#include "ocr/DocumentReader.h"
#include "worker/WorkerRequest.h"

#include <memory>

namespace voxnote::worker {

class EngineWorkers;

/// `ocr::DocumentReader` that reads in an engine worker: the file's path
/// goes to the worker, the pages come back. A crash or a limit of the
/// worker throws `jobs::EngineFailure`. Call from any thread but the GUI's.
class WorkerDocumentReader : public ocr::DocumentReader
{
public:
    /// `engine`: a registered OCR engine's name; empty: the default.
    WorkerDocumentReader(std::shared_ptr<EngineWorkers> workers, Priority priority, QString engine = {});

    QList<ocr::OcrPage> read(const QString& path, const QString& displayName,
        const ocr::OcrSettings& settings, const ProgressCallback& progress,
        const Cancellation& cancel) override;
    QString engineKey() override;
    int parallelism() const override;

private:
    std::shared_ptr<EngineWorkers> m_workers;
    Priority m_priority;
    QString m_engine;
};

} // namespace voxnote::worker
