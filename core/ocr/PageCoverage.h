#pragma once

#include "ocr/OcrPage.h"

#include <QImage>
#include <QList>
#include <QRect>

namespace voxnote::ocr {

/// How much of a page's text-like ink the recognised words account for: the
/// measure behind "part of this page could not be read". The ink counted is
/// that of the page's `TextMarks` in lines that look like text (several
/// letters, or long streaks of words run together), not the few large shapes
/// of a picture; a mark counts as read when its centre lies in a word read
/// with some confidence. Pure function: call from any
/// thread.
struct PageCoverage
{
    double unreadShare = 0; ///< of the text-like ink, 0 … 1
    int lineCount = 0; ///< lines of text-like ink on the page, top to bottom
    /// Runs of lines (1-based, first … last) that are mostly unread.
    QList<std::pair<int, int>> unreadLines;
    /// The parts of the page those lines cover, in the pixels of `gray`.
    QList<QRect> unreadRegions;

    /// Measures `words` (boxes in the pixels of `gray`) against `gray`.
    static PageCoverage measure(const QImage& gray, const QList<OcrWord>& words);
};

} // namespace voxnote::ocr
