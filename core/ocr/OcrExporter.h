#pragma once

#include "ocr/OcrPage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace voxnote::ocr {

/// Writes recognised documents as plain text, JSON, hOCR or a searchable PDF (the HTML
/// format other OCR tools and PDF makers read: page, block, paragraph, line
/// and word elements with their boxes and confidence). Call from any thread.
class OcrExporter
{
public:
    enum class Format { Text, Json, Hocr, Pdf };

    /// "txt", "json", "hocr" or "pdf"; throws `Error` listing these otherwise.
    static Format formatFromName(const QString& name);

    /// Text: pages and documents separated by a form feed line. JSON: an
    /// object with a "documents" array. hOCR: one XHTML file with a page
    /// element per page. PDF: a searchable PDF of the pages' images (see
    /// `SearchablePdf`), which reads the images from `sourcePath` and throws
    /// `Error` when one is missing.
    static QByteArray render(const QList<RecognizedDocument>& documents, Format format);

    /// Writes `content` to `path` through a temporary file that replaces the
    /// target only when complete, so a full disk never leaves half a file.
    /// Throws `Error` naming the file.
    static void save(const QString& path, const QByteArray& content);

private:
    static QByteArray renderText(const QList<RecognizedDocument>& documents);
    static QByteArray renderJson(const QList<RecognizedDocument>& documents);
    static QByteArray renderHocr(const QList<RecognizedDocument>& documents);
};

} // namespace voxnote::ocr
