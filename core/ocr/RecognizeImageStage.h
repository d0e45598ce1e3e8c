#pragma once

#include "jobs/JobStage.h"

#include <memory>

namespace voxnote::jobs {
class JobQueue;
}

namespace voxnote::ocr {

class DocumentReader;
class DocumentRecognizer;

/// The job stage that recognises an image attachment in the background and
/// stores its pages (replacing earlier ones). The job's input hash is the
/// image's blob hash; its parameters are "noteId", "attachmentId", "fileName"
/// and optionally "languages" (default: chosen per page from its script) and "detectOrientation"
/// (default true). Runs on a job worker; the pages themselves are
/// recognised by a `DocumentReader`: in an engine worker (interactive: a
/// pasted image is read before background batches), or on a
/// `DocumentRecognizer` in this process, whose engines stay loaded from job
/// to job while the queue lives.
class RecognizeImageStage : public jobs::JobStage
{
public:
    /// The job kind under which `registerWith` registers the pipeline.
    static QString kind();
    /// Registers the "ocr" pipeline (this one stage) with `queue`, reading
    /// in the process's engine workers, on a recognizer in this process, or
    /// with any reader.
    static void registerWith(jobs::JobQueue& queue);
    static void registerWith(jobs::JobQueue& queue, std::shared_ptr<DocumentRecognizer> recognizer);
    static void registerWith(jobs::JobQueue& queue, std::shared_ptr<DocumentReader> reader);

    explicit RecognizeImageStage(std::shared_ptr<DocumentReader> reader);

    QString name() const override;
    QByteArray cacheKey(const jobs::JobContext& context) const override;
    QJsonObject run(jobs::JobContext& context) override;

private:
    std::shared_ptr<DocumentReader> m_reader;
};

} // namespace voxnote::ocr
