#pragma once

#include "ocr/OcrEngine.h"

#include <QList>

#include <functional>
#include <memory>

namespace voxnote::ocr {

class ImageDocument;

/// Recognises the pages of documents in parallel on its own worker threads.
/// Each worker keeps one engine per language set alive from page to page and
/// from document to document, because loading the models is the costly part;
/// at most one page per worker is decoded at a time, so memory stays bounded
/// by the thread count, not the page count.
///
/// `recognize` may be called from any thread (calls from several threads
/// share the workers); the destructor waits for the pages in progress and
/// must not run while a `recognize` call is still waiting.
class DocumentRecognizer
{
public:
    /// Makes an engine for a language set; runs on a worker thread.
    using EngineFactory = std::function<std::unique_ptr<OcrEngine>(const OcrSettings& settings)>;

    /// `threads` <= 0 means one per core. The default factory makes
    /// `TesseractEngine`s.
    explicit DocumentRecognizer(int threads = 0, EngineFactory factory = {});
    ~DocumentRecognizer();
    DocumentRecognizer(const DocumentRecognizer&) = delete;
    DocumentRecognizer& operator=(const DocumentRecognizer&) = delete;

    /// Recognises every page of `document`, in page order. `progress` is
    /// called on the calling thread with the fraction of pages done. Throws
    /// `Cancelled` once `cancel` is requested, or the first `Error`: an
    /// engine that cannot load (e.g. a language that is not installed), or a
    /// page that failed (naming the file and page); the other pages are then
    /// abandoned.
    QList<OcrPage> recognize(const ImageDocument& document, const OcrSettings& settings,
        const ProgressCallback& progress, const Cancellation& cancel);

    int threadCount() const;

private:
    class Workers;
    std::unique_ptr<Workers> m_workers;
};

} // namespace voxnote::ocr
