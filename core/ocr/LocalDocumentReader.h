#pragma once

#include "ocr/DocumentReader.h"

#include <memory>

namespace voxnote::ocr {

class DocumentRecognizer;

/// `DocumentReader` on a `DocumentRecognizer` in this process: for tests
/// that count the engine's calls, and for comparing with the workers.
class LocalDocumentReader : public DocumentReader
{
public:
    explicit LocalDocumentReader(std::shared_ptr<DocumentRecognizer> recognizer);

    QList<OcrPage> read(const QString& path, const QString& displayName, const OcrSettings& settings,
        const ProgressCallback& progress, const Cancellation& cancel) override;
    QString engineKey() override;
    int parallelism() const override;

private:
    std::shared_ptr<DocumentRecognizer> m_recognizer;
};

} // namespace voxnote::ocr
