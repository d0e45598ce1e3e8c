#pragma once

#include "ocr/OcrPage.h"

#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace voxnote::ocr {

/// An image file (PNG, JPEG, TIFF incl. multi-page, BMP, WebP, GIF, or a
/// PDF whose pages are rendered at 300 dpi) or a pasted image, opened for
/// recognition. Opening checks the limits and the format without decoding
/// the pixels; `page()` decodes one page at a time, so a 200-page TIFF never
/// sits in memory whole. JPEG EXIF orientation is applied.
///
/// Copies share the opened file. `page()` may be called from several
/// threads at once; everything else is plain data. Failures throw `Error`
/// with a sentence that names the file (and the limit, if one was hit).
class ImageDocument
{
public:
    /// What Voxnote refuses to open, so a hostile or broken file cannot
    /// exhaust memory ("decompression bombs" declare huge dimensions).
    struct Limits
    {
        qint64 maxFileBytes = 256LL * 1024 * 1024;
        qint64 maxPixelsPerPage = 60'000'000; ///< a 60-megapixel camera; Qt decodes at most 256 MB
        int maxPages = 1000;
        int pdfDpi = 300;
    };

    /// Opens the file at `path`; errors and `displayName()` call it
    /// `displayName` if given (e.g. the original name of a stored blob),
    /// else by its file name.
    static ImageDocument open(const QString& path, const Limits& limits, const QString& displayName = {});
    static ImageDocument open(const QString& path) { return open(path, Limits {}); }
    /// A pasted image (e.g. from the clipboard), one page.
    static ImageDocument fromImage(const QImage& image, const QString& displayName, const Limits& limits);

    /// The file's path; empty for a pasted image.
    QString path() const;
    /// The file name shown to the user.
    QString displayName() const;
    /// The MIME type of the file, from its content ("image/png", "application/pdf").
    QString mimeType() const;
    int pageCount() const;
    /// Decodes page `index` (0-based). Thread-safe.
    QImage page(int index) const;
    /// The words page `index` carries as text (a PDF's text layer, typed or
    /// put there by an earlier OCR), in the pixels of `page(index)`, one
    /// line of words after another; empty for images and for PDF pages of
    /// only pictures. Thread-safe.
    QList<OcrWord> textLayer(int index) const;

    class Source;

private:
    explicit ImageDocument(std::shared_ptr<const Source> source);

    std::shared_ptr<const Source> m_source;
};

} // namespace voxnote::ocr
