#include "ocr/TextMarks.h"

#include "ocr/LeptonicaImage.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <vector>

namespace voxnote::ocr {

namespace {

// A mark is text-like when its height lies within these multiples of the
// page's typical mark height.
constexpr double kMinHeight = 0.4;
constexpr double kMaxHeight = 3.5;
constexpr double kMaxWidthOfPage = 0.9;
// Of its box, a letter's strokes cover at most this much; a solid shape more.
constexpr double kMaxLetterFill = 0.7;
// The typical mark is at most 1/kMinLinesPerPage of the page's height.
constexpr int kMinLinesPerPage = 12;
// Marks at least this many times as wide as high are words run together.
constexpr int kStreakLength = 3;

} // namespace

TextMarks TextMarks::find(const QImage& gray)
{
    TextMarks marks;
    const LeptonicaImage page = LeptonicaImage::fromImage(gray);
    const LeptonicaImage binary(pixConvertTo1Adaptive(page.get()));
    if (!binary)
        return marks;
    PIXA* components = nullptr;
    BOXA* boxes = pixConnComp(binary.get(), &components, 8);
    const int count = boxaGetCount(boxes);
    QList<QRect> all;
    all.reserve(count);
    for (int i = 0; i < count; ++i) {
        l_int32 x = 0, y = 0, w = 0, h = 0;
        boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
        // Letters are strokes: a solid blot about as wide as high is a
        // shape of a picture, not text (a word smeared into a streak is
        // much wider than high and stays).
        if (w * 2 >= h && w < kStreakLength * h) {
            Pix* component = pixaGetPix(components, i, L_CLONE);
            l_int32 pixels = 0;
            pixCountPixels(component, &pixels, nullptr);
            pixDestroy(&component);
            if (pixels > kMaxLetterFill * w * h)
                continue;
        }
        all.append(QRect(x, y, w, h));
    }
    boxaDestroy(&boxes);
    pixaDestroy(&components);

    const int speck = std::max(4, gray.height() / 400);
    std::vector<int> heights;
    for (const QRect& box : all) {
        if (box.height() >= speck && box.width() >= 2)
            heights.push_back(box.height());
    }
    if (heights.empty())
        return marks;
    const auto middle = heights.begin() + static_cast<ptrdiff_t>(heights.size() / 2);
    std::nth_element(heights.begin(), middle, heights.end());
    // Letters this large are a sign or a poster, or the "letters" are the
    // shapes of a picture: either way not a page of lines to account for.
    if (*middle * kMinLinesPerPage > gray.height())
        return marks;
    marks.typicalHeight = *middle;
    const double minHeight = std::max<double>(speck, kMinHeight * marks.typicalHeight);
    for (const QRect& box : all) {
        if (box.height() >= minHeight && box.height() <= kMaxHeight * marks.typicalHeight
            && box.width() <= gray.width() * kMaxWidthOfPage)
            marks.boxes.append(box);
    }
    return marks;
}

} // namespace voxnote::ocr
