#pragma once

#include "jobs/JobStage.h"

#include <memory>

namespace voxnote::jobs {
class JobQueue;
}

namespace voxnote::ocr {

class DocumentRecognizer;

/// The job stage that recognises an image attachment in the background and
/// stores its pages (replacing earlier ones). The job's input hash is the
/// image's blob hash; its parameters are "noteId", "attachmentId", "fileName"
/// and optionally "languages" (default: chosen per page from its script) and "detectOrientation"
/// (default true). Runs on a job worker; the pages themselves are
/// recognised in parallel on a `DocumentRecognizer` shared by the queue's
/// "ocr" jobs, whose engines stay loaded from job to job while the queue lives.
class RecognizeImageStage : public jobs::JobStage
{
public:
    /// The job kind under which `registerWith` registers the pipeline.
    static QString kind();
    /// Registers the "ocr" pipeline (this one stage) with `queue`, on a
    /// recognizer of its own or on one shared with other pipelines.
    static void registerWith(jobs::JobQueue& queue);
    static void registerWith(jobs::JobQueue& queue, std::shared_ptr<DocumentRecognizer> recognizer);

    explicit RecognizeImageStage(std::shared_ptr<DocumentRecognizer> recognizer);

    QString name() const override;
    QByteArray cacheKey(const jobs::JobContext& context) const override;
    QJsonObject run(jobs::JobContext& context) override;

private:
    std::shared_ptr<DocumentRecognizer> m_recognizer;
};

} // namespace voxnote::ocr
