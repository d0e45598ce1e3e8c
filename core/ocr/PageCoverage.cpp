#include "ocr/PageCoverage.h"

#include "ocr/TextMarks.h"

#include <algorithm>
#include <vector>

namespace voxnote::ocr {

namespace {

// Words below this confidence (0 … 100) are what tesseract makes of noise:
// ink under them still counts as unread.
constexpr double kReadConfidence = 30;
// A line of text has at least kMinLetters marks, or marks together at
// least kMinLineLength times as wide as the line is high.
constexpr int kMinLetters = 4;
constexpr int kMinLineLength = 4;
// A line whose ink is at least this share unread is an unread line.
constexpr double kUnreadLine = 0.6;
// Marks this many pixels outside a word's box still belong to it (accents,
// the tails of letters that tesseract's box cuts off).
constexpr int kWordSlack = 3;

struct Mark
{
    QRect box;
    bool read = false;
};

struct Line
{
    int top = 0;
    int bottom = 0;
    double ink = 0;
    double unread = 0;
    QRect unreadBox;
    int marks = 0;
    int markWidth = 0; ///< summed

    /// Whether the line looks like text: several letters side by side, or
    /// marks much wider than high (words that ran together). A picture's
    /// shapes stack up in few marks about as wide as they are high.
    bool isText() const { return marks >= kMinLetters || markWidth >= kMinLineLength * (bottom - top + 1); }
};

/// Groups marks into lines: a mark joins the line it overlaps vertically by
/// half its height. Returns the lines top to bottom.
std::vector<Line> groupIntoLines(std::vector<Mark>& marks)
{
    std::sort(marks.begin(), marks.end(),
        [](const Mark& a, const Mark& b) { return a.box.center().y() < b.box.center().y(); });
    std::vector<Line> lines;
    for (const Mark& mark : marks) {
        const int top = mark.box.top();
        const int bottom = mark.box.bottom();
        Line* line = nullptr;
        for (auto it = lines.rbegin(); it != lines.rend() && it - lines.rbegin() < 3; ++it) {
            const int overlap = std::min(bottom, it->bottom) - std::max(top, it->top);
            if (overlap * 2 >= mark.box.height() || overlap * 2 >= it->bottom - it->top) {
                line = &*it;
                break;
            }
        }
        if (!line) {
            lines.push_back({top, bottom});
            line = &lines.back();
        }
        const double area = static_cast<double>(mark.box.width()) * mark.box.height();
        // A line's extent follows its body, not every tall letter, so that
        // neighbouring lines stay apart.
        line->ink += area;
        ++line->marks;
        line->markWidth += mark.box.width();
        if (!mark.read) {
            line->unread += area;
            line->unreadBox = line->unreadBox.united(mark.box);
        }
        if (bottom - top <= line->bottom - line->top) {
            line->top = std::min(line->top, top);
            line->bottom = std::max(line->bottom, bottom);
        }
    }
    std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.top < b.top; });
    return lines;
}

} // namespace

PageCoverage PageCoverage::measure(const QImage& gray, const QList<OcrWord>& words)
{
    PageCoverage coverage;
    std::vector<Mark> marks;
    for (const QRect& box : TextMarks::find(gray).boxes)
        marks.push_back({box});
    if (marks.empty())
        return coverage;
    QList<QRect> read;
    for (const OcrWord& word : words) {
        if (word.confidence >= kReadConfidence)
            read.append(word.box.adjusted(-kWordSlack, -kWordSlack, kWordSlack, kWordSlack));
    }
    for (Mark& mark : marks) {
        const QPoint centre = mark.box.center();
        mark.read
            = std::any_of(read.cbegin(), read.cend(), [&](const QRect& box) { return box.contains(centre); });
    }
    std::vector<Line> lines = groupIntoLines(marks);
    std::erase_if(lines, [](const Line& line) { return !line.isText(); });
    double ink = 0;
    double unread = 0;
    for (const Line& line : lines) {
        ink += line.ink;
        unread += line.unread;
    }
    coverage.unreadShare = ink > 0 ? unread / ink : 0;
    coverage.lineCount = static_cast<int>(lines.size());
    for (int i = 0; i < coverage.lineCount; ++i) {
        const Line& line = lines[static_cast<size_t>(i)];
        if (line.unread < kUnreadLine * line.ink)
            continue;
        // One line read between unread ones is most likely what tesseract
        // made of the smear: the runs join across it.
        if (!coverage.unreadLines.isEmpty() && coverage.unreadLines.last().second >= i - 1) {
            coverage.unreadLines.last().second = i + 1;
            coverage.unreadRegions.last() = coverage.unreadRegions.last().united(line.unreadBox);
        } else {
            coverage.unreadLines.append({i + 1, i + 1});
            coverage.unreadRegions.append(line.unreadBox);
        }
    }
    return coverage;
}

} // namespace voxnote::ocr
