#pragma once

#include <QString>

namespace voxnote::ocr {

/// The steps of reading a page that can be switched off one by one, so the
/// benchmark can show what each is worth (bench/images). All are on by
/// default; `OcrSettings::steps` holds them as bits.
enum OcrStep : unsigned {
    kStepEnlarge = 1U << 0, ///< small images are enlarged
    kStepDeskew = 1U << 1, ///< a page photographed askew is turned straight
    kStepLayoutFallback = 1U << 2, ///< a fragmented automatic layout is read again as one column or block
    kStepMixedScript = 1U << 3, ///< a Korean page with Latin words is read again with English added
    kAllOcrSteps = kStepEnlarge | kStepDeskew | kStepLayoutFallback | kStepMixedScript,
};

/// The step called `name` ("enlarge", "deskew", "layout", "mixed"); 0 for an unknown name.
unsigned stepFromName(const QString& name);

} // namespace voxnote::ocr
