#pragma once

#include <QImage>

namespace voxnote::ocr {

/// Prepares a page image for recognition. The one step kept is the one the
/// benchmark showed to help (bench/images): small images are enlarged,
/// because tesseract's models misread text only a few pixels high.
/// Grayscale conversion happens in the engine as the way pixels are handed
/// over. Pure function: call from any thread.
class PagePreprocessor
{
public:
    struct Result
    {
        QImage image;
        double scale = 1.0; ///< of `image` against the original page
    };

    static Result prepare(const QImage& page, bool enabled);
};

} // namespace voxnote::ocr
