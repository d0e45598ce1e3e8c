#include "ocr/TextLayerPage.h"

#include "ocr/ImageDocument.h"
#include "ocr/PageCoverage.h"
#include "util/Log.h"

#include <QImage>

namespace voxnote::ocr {

namespace {

// The text layer must account for all but this share of the page's
// text-like ink (the share from which a recognised page warns).
constexpr double kMaxUnreadShare = 0.1;

/// The plain text of words in reading order: words of a line joined by
/// spaces, lines by "\n", paragraphs by a blank line (as `OcrPage::text`).
QString textOf(const QList<OcrWord>& words)
{
    QString text;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0) {
            const OcrWord& before = words[i - 1];
            if (before.block != words[i].block || before.paragraph != words[i].paragraph)
                text += QStringLiteral("\n\n");
            else if (before.line != words[i].line)
                text += u'\n';
            else
                text += u' ';
        }
        text += words[i].text;
    }
    return text;
}

} // namespace

std::optional<OcrPage> TextLayerPage::read(const ImageDocument& document, int index, const QImage& rendered)
{
    const QList<OcrWord> words = document.textLayer(index);
    if (words.isEmpty())
        return std::nullopt;
    const PageCoverage coverage
        = PageCoverage::measure(rendered.convertToFormat(QImage::Format_Grayscale8), words);
    if (coverage.unreadShare >= kMaxUnreadShare) {
        qCDebug(lcOcr) << document.displayName() << "page" << index << "text layer leaves"
                       << coverage.unreadShare << "of the ink unread: recognising it";
        return std::nullopt;
    }
    OcrPage page;
    page.page = index;
    page.size = rendered.size();
    page.engine = QString::fromUtf16(OcrPage::kTextLayerEngine);
    page.words = words;
    page.text = textOf(words);
    page.meanConfidence = 100;
    page.unreadShare = coverage.unreadShare;
    return page;
}

} // namespace voxnote::ocr
