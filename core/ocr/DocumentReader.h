#pragma once

#include "ocr/OcrEngine.h"

#include <QList>
#include <QString>

namespace voxnote::ocr {

/// Reads the text of every page of an image file. What the OCR stages use,
/// so they need not know whether the engine runs in this process
/// (`LocalDocumentReader`) or in an engine worker (`WorkerDocumentReader`).
/// Call from any thread; calls may overlap.
class DocumentReader
{
public:
    virtual ~DocumentReader() = default;

    /// Recognises every page of the image file at `path`, in page order;
    /// errors call it `displayName`. Reports the fraction of pages done,
    /// throws `Cancelled` once `cancel` is requested and `Error` for a file
    /// that cannot be read (naming it).
    virtual QList<OcrPage> read(const QString& path, const QString& displayName, const OcrSettings& settings,
        const ProgressCallback& progress, const Cancellation& cancel)
        = 0;
    /// The engine's name, version and model, for cache and dedup keys.
    virtual QString engineKey() = 0;
    /// How many files are usefully read at the same time.
    virtual int parallelism() const = 0;
};

} // namespace voxnote::ocr
