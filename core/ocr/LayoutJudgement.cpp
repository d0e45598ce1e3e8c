#include "ocr/LayoutJudgement.h"

#include "ocr/PageCoverage.h"

#include <algorithm>

namespace voxnote::ocr {

namespace {

// A quarter of the lines in pieces is a cut-up page; tesseract also puts a
// word or two beside some lines (a page number, a stray mark).
constexpr double kMaxFragments = 0.1;
constexpr double kMaxUnread = 0.15;
constexpr double kMinConfidence = 60;

int columnOf(const QPoint& point, const QList<QRect>& columns)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].contains(point))
            return static_cast<int>(i);
    }
    return 0;
}

int columnOf(const QRect& box, const QList<QRect>& columns)
{
    return columnOf(box.center(), columns);
}

/// Whether `line` runs from one column into the next: read across the gap,
/// so that the columns' lines are mixed.
bool crossesColumns(const QRect& line, const QList<QRect>& columns)
{
    const int inset = line.height();
    return columnOf(QPoint(line.left() + inset, line.center().y()), columns)
        != columnOf(QPoint(line.right() - inset, line.center().y()), columns);
}

} // namespace

LayoutJudgement LayoutJudgement::of(const OcrPage& page, const QImage& gray, const QList<QRect>& columns)
{
    LayoutJudgement judgement;
    judgement.meanConfidence = page.meanConfidence;
    judgement.unreadShare = PageCoverage::measure(gray, page.words).unreadShare;
    QList<QRect> lines;
    int current = -1;
    for (const OcrWord& word : page.words) {
        if (lines.isEmpty() || word.line != current) {
            lines.append(QRect());
            current = word.line;
        }
        lines.last() = lines.last().united(word.box);
    }
    judgement.lines = static_cast<int>(lines.size());
    if (lines.isEmpty())
        return judgement;
    // A piece of a line: another line of the same column beside it. A line
    // across columns is as bad: its words come in the wrong order.
    qsizetype pieces = 0;
    for (const QRect& line : lines) {
        const int column = columnOf(line, columns);
        pieces += crossesColumns(line, columns)
            || std::any_of(lines.cbegin(), lines.cend(), [&](const QRect& other) {
                   const int overlap
                       = std::min(line.bottom(), other.bottom()) - std::max(line.top(), other.top());
                   return &other != &line && overlap * 2 > std::min(line.height(), other.height())
                       && (other.left() > line.right() || other.right() < line.left())
                       && columnOf(other, columns) == column;
               });
    }
    judgement.fragmentShare = static_cast<double>(pieces) / static_cast<double>(lines.size());
    return judgement;
}

bool LayoutJudgement::fragmented() const
{
    return fragmentShare > kMaxFragments || unreadShare > kMaxUnread || meanConfidence < kMinConfidence;
}

double LayoutJudgement::score() const
{
    return meanConfidence / 100.0 * (1.0 - unreadShare) * (1.0 - fragmentShare);
}

QString LayoutJudgement::summary() const
{
    return QStringLiteral("confidence %1, unread %2, fragments %3 of %4 lines")
        .arg(meanConfidence, 0, 'f', 1)
        .arg(unreadShare, 0, 'f', 2)
        .arg(fragmentShare, 0, 'f', 2)
        .arg(lines);
}

} // namespace voxnote::ocr
