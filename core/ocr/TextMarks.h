#pragma once

#include <QImage>
#include <QList>
#include <QRect>

namespace voxnote::ocr {

/// The marks on a page that look like letters: connected dark components
/// (after an adaptive threshold, so shadows do not count) of about the
/// height of the page's typical mark. Specks, dots and the grain of a photo
/// are smaller; pictures, frames, rules and the desk around a page are
/// taller or wider, and a picture's solid shapes are filled where letters
/// are strokes. Pure function: call from any thread.
struct TextMarks
{
    QList<QRect> boxes; ///< in the pixels of the page
    int typicalHeight = 0; ///< median height of the marks, 0 if none

    /// Finds the marks of `gray`; none when its typical mark is taller than
    /// a twelfth of the page (a poster, a sign, or a picture's shapes).
    static TextMarks find(const QImage& gray);
};

} // namespace voxnote::ocr
