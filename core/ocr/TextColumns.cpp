#include "ocr/TextColumns.h"

#include "ocr/TextMarks.h"
#include "util/Log.h"

#include <algorithm>
#include <vector>

namespace voxnote::ocr {

namespace {

// A gutter is at least kGutterHeights typical letter heights wide and lies
// at least kEdgeShare of the text's width away from either edge of the text.
constexpr double kGutterHeights = 1.2;
constexpr double kEdgeShare = 0.15;
// Columns holds at most this share of the marks' height in a gutter: a
// stray mark (a hyphen, a speck) does not close it.
constexpr double kGutterInk = 0.02;
constexpr int kMaxColumns = 4;

} // namespace

QList<QRect> TextColumns::find(const QImage& gray)
{
    const QRect page(QPoint(0, 0), gray.size());
    const TextMarks marks = TextMarks::find(gray);
    if (marks.boxes.size() < 20)
        return {page};
    // Ink per pixel column, as the summed height of the marks over it.
    std::vector<double> profile(static_cast<size_t>(gray.width()) + 1);
    int left = gray.width();
    int right = 0;
    double total = 0;
    for (const QRect& box : marks.boxes) {
        for (int x = box.left(); x <= box.right(); ++x)
            profile[static_cast<size_t>(x)] += box.height();
        left = std::min(left, box.left());
        right = std::max(right, box.right());
        total += box.height();
    }
    const double rowInk = total / std::max(1, right - left + 1);
    const int from = left + qRound(kEdgeShare * (right - left));
    const int to = right - qRound(kEdgeShare * (right - left));
    const int minGutter = std::max(8, qRound(kGutterHeights * marks.typicalHeight));
    QList<int> cuts;
    int runStart = -1;
    for (int x = from; x <= to + 1; ++x) {
        const bool empty = x <= to && profile[static_cast<size_t>(x)] <= kGutterInk * rowInk;
        if (empty && runStart < 0) {
            runStart = x;
        } else if (!empty && runStart >= 0) {
            if (x - runStart >= minGutter)
                cuts.append((runStart + x) / 2);
            runStart = -1;
        }
    }
    qCDebug(lcOcr) << "column gaps at" << cuts << "text from" << left << "to" << right << "letters"
                   << marks.typicalHeight << "px";
    if (cuts.isEmpty() || cuts.size() >= kMaxColumns)
        return {page};
    QList<QRect> columns;
    int start = 0;
    for (const int cut : cuts) {
        columns.append(QRect(start, 0, cut - start, gray.height()));
        start = cut;
    }
    columns.append(QRect(start, 0, gray.width() - start, gray.height()));
    return columns;
}

} // namespace voxnote::ocr
