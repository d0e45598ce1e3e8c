#pragma once

#include "ocr/OcrPage.h"

#include <QByteArray>
#include <QList>

class QImage;

namespace voxnote::ocr {

/// Writes a searchable PDF: each page is the image as it was photographed or
/// scanned, with the recognised words laid over it as invisible text, so a
/// PDF reader shows the page and finds, selects and copies its words — in
/// Korean as in English. The words use tesseract's glyphless font, as
/// tesseract's own PDF renderer does: every character is half an em wide and
/// each word is stretched to its box. Not thread-safe; one per export.
class SearchablePdf
{
public:
    /// How a page's image is stored in the file.
    enum class Picture {
        Lossless, ///< Flate: exact pixels, for scans and screenshots
        Photo, ///< JPEG: a tenth of the size, for photographs
    };

    /// `glyphlessFont` is `TessData::glyphlessFont()`.
    explicit SearchablePdf(QByteArray glyphlessFont);

    /// Adds a page: `image` as `page` was recognised in it (turned upright by
    /// `page.rotation`, word boxes in its pixels). An image of another size
    /// than `page.size` has the boxes scaled to it.
    void addPage(const QImage& image, const OcrPage& page, Picture picture);
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    /// The whole file. Throws `Error` for a document without pages.
    QByteArray finish();

private:
    int addObject(const QByteArray& body);
    int addStream(const QByteArray& dictionary, const QByteArray& data);
    void addFont(const QByteArray& glyphlessFont);

    QByteArray m_out;
    QList<qint64> m_offsets; ///< of object n + 1
    QList<int> m_pages; ///< object numbers
    int m_font = 0;
};

/// Renders `documents` as one searchable PDF, reading each page's image
/// again from `RecognizedDocument::sourcePath`. Throws `Error` naming the
/// document whose image is missing or cannot be read, or when the glyphless
/// font is not installed.
QByteArray renderSearchablePdf(const QList<RecognizedDocument>& documents);

} // namespace voxnote::ocr
