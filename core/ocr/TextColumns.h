#pragma once

#include <QImage>
#include <QList>
#include <QRect>

namespace voxnote::ocr {

/// The columns of text on a page, found from the vertical gaps between its
/// `TextMarks`: a gap that runs the height of the text, wider than two
/// letters, away from the edges of the text, separates two columns. Pure
/// function: call from any thread.
class TextColumns
{
public:
    /// The columns of `gray` from left to right, each the full height of
    /// the page and together its full width; one rectangle (the whole page)
    /// when there is one column or no text.
    static QList<QRect> find(const QImage& gray);
};

} // namespace voxnote::ocr
