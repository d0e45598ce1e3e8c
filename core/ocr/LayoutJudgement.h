#pragma once

#include "ocr/OcrPage.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

namespace voxnote::ocr {

/// How well one page segmentation read a page, to choose between them: the
/// automatic layout analysis cuts lines of Hangul (and some photographed
/// lines) into fragments, and then reading the page as one column is better.
/// Pure: call from any thread.
struct LayoutJudgement
{
    double meanConfidence = 0; ///< 0 … 100
    double unreadShare = 0; ///< of the text-like ink (PageCoverage)
    /// Of the lines: pieces of a line (beside another piece in the same
    /// column), or lines read across two columns.
    double fragmentShare = 0;
    int lines = 0;

    /// Judges `page`, read from `gray` (word boxes in its pixels), whose
    /// text stands in `columns` (TextColumns).
    static LayoutJudgement of(const OcrPage& page, const QImage& gray, const QList<QRect>& columns);
    /// Whether another segmentation is worth trying.
    bool fragmented() const;
    /// Higher is better.
    double score() const;
    QString summary() const;
};

} // namespace voxnote::ocr
