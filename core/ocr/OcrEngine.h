#pragma once

#include "ocr/OcrPage.h"
#include "ocr/OcrSteps.h"
#include "util/Progress.h"

#include <QImage>
#include <QString>

namespace voxnote::ocr {

/// What to recognise and how; the same settings give the same result.
struct OcrSettings
{
    /// Installed languages joined by '+', e.g. "eng+kor"; empty: chosen per
    /// page from the script it is written in (`TessData::languagesForScript`).
    QString languages;
    bool detectOrientation = true; ///< turn pages scanned sideways or upside down first
    bool preprocess = true; ///< see PagePreprocessor; false switches off every step of `steps`
    unsigned steps = kAllOcrSteps; ///< `OcrStep` bits
};

/// Recognises the text of one page image. An engine holds loaded models and
/// is not thread-safe: each worker thread keeps its own instance (loading
/// is the costly part) and uses it for page after page.
class OcrEngine
{
public:
    virtual ~OcrEngine() = default;

    /// Recognises `image`, turning it upright first if asked to. Reports the
    /// fraction done through `progress` (may be empty) and throws `Cancelled`
    /// once `cancel` is requested. An image without text gives a page with
    /// no words, not an error.
    virtual OcrPage recognize(
        const QImage& image, const ProgressCallback& progress, const Cancellation& cancel)
        = 0;
    /// Engine name and version, stored with every result.
    virtual QString name() const = 0;
};

} // namespace voxnote::ocr
