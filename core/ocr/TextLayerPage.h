#pragma once

#include "ocr/OcrPage.h"

#include <optional>

class QImage;

namespace voxnote::ocr {

class ImageDocument;

/// A page whose text the file already carries — a PDF typed on a computer or
/// made searchable by an earlier OCR — is taken as it is: exact, and a
/// hundred times faster than reading its picture again. Only when that text
/// covers the page's ink; a page that also holds pictures of text is
/// recognised instead, so nothing on it is lost.
class TextLayerPage
{
public:
    /// The page `index` of `document` from its text layer, or nothing when it
    /// has none or the text leaves ink unread. `rendered` is `document.page(index)`.
    static std::optional<OcrPage> read(const ImageDocument& document, int index, const QImage& rendered);
};

} // namespace voxnote::ocr
