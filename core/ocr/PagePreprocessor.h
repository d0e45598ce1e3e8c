#pragma once

#include <QImage>
#include <QTransform>

namespace voxnote::ocr {

/// Prepares a page image for recognition, in the steps (`OcrStep`) that the
/// benchmark showed to help (bench/images):
/// - small images are enlarged, because tesseract's models misread text only
///   a few pixels high;
/// - a page photographed askew (up to ±15°) is turned straight: tesseract's
///   layout analysis loses whole paragraphs of slanted lines.
/// The result is 8-bit grey. Pure function: call from any thread.
class PagePreprocessor
{
public:
    struct Result
    {
        QImage image; ///< 8-bit grey
        /// Maps the pixels of `image` back to those of the original page.
        QTransform toOriginal;
        double skewDegrees = 0; ///< the clockwise turn that straightened the page; 0 if none
    };

    /// `steps` is a set of `OcrStep` bits; 0 leaves the page as it is (grey).
    static Result prepare(const QImage& page, unsigned steps);

    /// The clockwise turn in degrees that makes the text lines of `gray`
    /// horizontal, or 0 when the page shows no clear lines.
    static double findSkew(const QImage& gray);
};

} // namespace voxnote::ocr
