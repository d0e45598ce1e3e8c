#include "ocr/ImageDocument.h"

#include "Error.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>

#include <poppler-qt6.h>

#include <mutex>

namespace voxnote::ocr {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImageDocument", text);
}

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString megapixels(qint64 pixels)
{
    return QString::number(static_cast<double>(pixels) / 1e6, 'f', 1);
}

Error unreadable(const QString& name, const QString& reason)
{
    return Error(tr("%1 is not an image Voxnote can read (%2). Open it in an image viewer to check it, or "
                    "export it again as PNG, JPEG, TIFF or PDF.")
                     .arg(name, reason));
}

void checkPixels(const QString& name, QSize size, const ImageDocument::Limits& limits)
{
    if (!size.isValid() || size.isEmpty())
        throw unreadable(name, tr("it declares no width or height"));
    const qint64 pixels = qint64 {size.width()} * size.height();
    if (pixels > limits.maxPixelsPerPage) {
        throw Error(
            tr("%1 declares %2 × %3 pixels (%4 megapixels), more than Voxnote's limit of %5 megapixels "
               "per page. Scale the image down and try again.")
                .arg(name)
                .arg(size.width())
                .arg(size.height())
                .arg(megapixels(pixels), megapixels(limits.maxPixelsPerPage)));
    }
}

void checkPageCount(const QString& name, int pages, const ImageDocument::Limits& limits)
{
    if (pages > limits.maxPages) {
        throw Error(tr("%1 has %2 pages, more than Voxnote's limit of %3 pages per document. Split it and "
                       "try again.")
                        .arg(name)
                        .arg(pages)
                        .arg(limits.maxPages));
    }
}

} // namespace

/// Where the pages come from: a raster file, a PDF, or an image in memory.
class ImageDocument::Source
{
public:
    Source(QString path, QString displayName, QString mimeType, int pageCount)
        : m_path(std::move(path))
        , m_displayName(std::move(displayName))
        , m_mimeType(std::move(mimeType))
        , m_pageCount(pageCount)
    {
    }
    virtual ~Source() = default;
    virtual QImage page(int index) const = 0;
    virtual QList<OcrWord> textLayer(int) const { return {}; }

    QString m_path;
    QString m_displayName;
    QString m_mimeType;
    int m_pageCount;
};

namespace {

/// Every format Qt's image plugins read. Each `page()` call opens its own
/// reader, which is what makes concurrent calls safe.
class RasterSource : public ImageDocument::Source
{
public:
    RasterSource(
        QString path, QString displayName, QString mimeType, int pageCount, ImageDocument::Limits limits)
        : Source(std::move(path), std::move(displayName), std::move(mimeType), pageCount)
        , m_limits(limits)
    {
    }

    QImage page(int index) const override
    {
        QImageReader reader(m_path);
        reader.setAutoTransform(true);
        if (index > 0 && !reader.jumpToImage(index))
            throw unreadable(m_displayName, tr("page %1 cannot be found").arg(index + 1));
        checkPixels(m_displayName, reader.size(), m_limits);
        QImage image;
        if (!reader.read(&image) || image.isNull())
            throw unreadable(m_displayName, reader.errorString());
        return image;
    }

private:
    ImageDocument::Limits m_limits;
};

/// PDF pages rendered by poppler. Poppler's document is not thread-safe,
/// so rendering is serialised; recognition, the slow part, still runs in
/// parallel.
class PdfSource : public ImageDocument::Source
{
public:
    PdfSource(QString path, QString displayName, std::unique_ptr<Poppler::Document> document,
        ImageDocument::Limits limits)
        : Source(
            std::move(path), std::move(displayName), QStringLiteral("application/pdf"), document->numPages())
        , m_document(std::move(document))
        , m_limits(limits)
    {
    }

    QImage page(int index) const override
    {
        std::lock_guard lock(m_mutex);
        const std::unique_ptr<Poppler::Page> page = m_document->page(index);
        if (!page)
            throw unreadable(m_displayName, tr("page %1 cannot be found").arg(index + 1));
        const QSizeF points = page->pageSizeF();
        checkPixels(m_displayName, (points * m_limits.pdfDpi / 72.0).toSize(), m_limits);
        QImage image = page->renderToImage(m_limits.pdfDpi, m_limits.pdfDpi);
        if (image.isNull())
            throw unreadable(m_displayName, tr("page %1 cannot be rendered").arg(index + 1));
        return image;
    }

    QList<OcrWord> textLayer(int index) const override
    {
        std::lock_guard lock(m_mutex);
        const std::unique_ptr<Poppler::Page> page = m_document->page(index);
        if (!page)
            return {};
        const double scale = m_limits.pdfDpi / 72.0;
        QList<OcrWord> words;
        const Poppler::TextBox* previous = nullptr;
        int line = 0;
        int paragraph = 0;
        double lineBottom = 0;
        double lineHeight = 0;
        for (const std::unique_ptr<Poppler::TextBox>& box : page->textList()) {
            const QString text = box->text().trimmed();
            const QRectF points = box->boundingBox();
            if (previous && previous->nextWord() != box.get()) {
                ++line;
                // A gap of more than a line's height starts a paragraph.
                if (points.top() - lineBottom > lineHeight)
                    ++paragraph;
                lineHeight = 0;
            }
            previous = box.get();
            lineBottom = points.bottom();
            lineHeight = std::max(lineHeight, points.height());
            if (text.isEmpty())
                continue;
            const QRectF pixels(points.topLeft() * scale, points.size() * scale);
            words.append({text, pixels.toAlignedRect(), 100.0, 0, paragraph, line});
        }
        return words;
    }

private:
    mutable std::mutex m_mutex;
    std::unique_ptr<Poppler::Document> m_document;
    ImageDocument::Limits m_limits;
};

class MemorySource : public ImageDocument::Source
{
public:
    MemorySource(QImage image, QString displayName)
        : Source(QString(), std::move(displayName), QStringLiteral("image/png"), 1)
        , m_image(std::move(image))
    {
    }

    QImage page(int) const override { return m_image; }

private:
    QImage m_image;
};

std::shared_ptr<const ImageDocument::Source> openPdf(
    const QString& path, const QString& name, const ImageDocument::Limits& limits)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        throw unreadable(name, tr("the PDF is damaged"));
    if (document->isLocked())
        throw Error(tr("%1 is protected by a password. Remove the protection and try again.").arg(name));
    if (document->numPages() <= 0)
        throw Error(tr("%1 is a PDF with no pages, so there is nothing to recognise.").arg(name));
    checkPageCount(name, document->numPages(), limits);
    return std::make_shared<PdfSource>(path, name, std::move(document), limits);
}

/// Whether the JPEG file at `path` ends with its end-of-image marker (some
/// writers pad a few bytes after it). Qt decodes a JPEG that was cut off in
/// transfer without complaint, grey below the cut: that must not pass for
/// a page with less text on it.
bool endsLikeJpeg(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 kTail = 64;
    file.seek(std::max<qint64>(0, file.size() - kTail));
    return file.read(kTail).contains(QByteArray("\xFF\xD9", 2));
}

std::shared_ptr<const ImageDocument::Source> openRaster(
    const QString& path, const QString& name, const QString& mimeType, const ImageDocument::Limits& limits)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead())
        throw unreadable(name, tr("its content is not in an image format Voxnote knows"));
    // Only TIFF pages are pages; the frames of an animated GIF or WebP are not.
    // (Counted before reading the size: Qt's TIFF reader miscounts after it.)
    const bool paged = reader.format() == "tiff";
    const int pages = paged ? std::max(1, reader.imageCount()) : 1;
    checkPixels(name, reader.size(), limits);
    checkPageCount(name, pages, limits);
    if (reader.format() == "jpeg" && !endsLikeJpeg(path))
        throw unreadable(name, tr("the JPEG data is cut off"));
    return std::make_shared<RasterSource>(path, name, mimeType, pages, limits);
}

} // namespace

ImageDocument::ImageDocument(std::shared_ptr<const Source> source)
    : m_source(std::move(source))
{
}

ImageDocument ImageDocument::open(const QString& path, const Limits& limits, const QString& displayName)
{
    const QFileInfo info(path);
    const QString name = displayName.isEmpty() ? info.fileName() : displayName;
    if (!info.exists())
        throw Error(tr("%1 does not exist. Check the path and try again.").arg(path));
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly))
        throw Error(tr("Voxnote cannot read %1 (%2).").arg(path, file.errorString()));
    if (info.size() == 0)
        throw unreadable(name, tr("the file is empty"));
    if (info.size() > limits.maxFileBytes) {
        throw Error(
            tr("%1 is %2 MB, larger than Voxnote's limit of %3 MB for an image. Scale it down or split "
               "it and try again.")
                .arg(name, megabytes(info.size()), megabytes(limits.maxFileBytes)));
    }
    const QString mimeType = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchContent).name();
    qCDebug(lcOcr) << "opening" << path << mimeType;
    if (file.peek(5) == "%PDF-")
        return ImageDocument(openPdf(path, name, limits));
    return ImageDocument(openRaster(path, name, mimeType, limits));
}

ImageDocument ImageDocument::fromImage(const QImage& image, const QString& displayName, const Limits& limits)
{
    if (image.isNull())
        throw unreadable(displayName, tr("there is no image data"));
    checkPixels(displayName, image.size(), limits);
    return ImageDocument(std::make_shared<MemorySource>(image, displayName));
}

QString ImageDocument::path() const
{
    return m_source->m_path;
}

QString ImageDocument::displayName() const
{
    return m_source->m_displayName;
}

QString ImageDocument::mimeType() const
{
    return m_source->m_mimeType;
}

int ImageDocument::pageCount() const
{
    return m_source->m_pageCount;
}

QImage ImageDocument::page(int index) const
{
    if (index < 0 || index >= m_source->m_pageCount)
        throw unreadable(displayName(), tr("page %1 cannot be found").arg(index + 1));
    return m_source->page(index);
}

QList<OcrWord> ImageDocument::textLayer(int index) const
{
    if (index < 0 || index >= m_source->m_pageCount)
        return {};
    return m_source->textLayer(index);
}

} // namespace voxnote::ocr
