#include "ocr/OcrSteps.h"

namespace voxnote::ocr {

unsigned stepFromName(const QString& name)
{
    if (name == u"enlarge")
        return kStepEnlarge;
    if (name == u"deskew")
        return kStepDeskew;
    if (name == u"layout")
        return kStepLayoutFallback;
    if (name == u"mixed")
        return kStepMixedScript;
    return 0;
}

} // namespace voxnote::ocr
