// Fuzzes image and PDF import (core/ocr/ImageDocument): the format sniffing,
// the limits checked from the header before decoding, and each page's
// decoding through Qt's image plugins and poppler. Any bytes either open
// and decode or throw Error; no decoded page is larger than the limit.

#include "FuzzHarness.h"

#include "Error.h"
#include "ocr/ImageDocument.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>

using namespace voxnote;

namespace {

// Small limits keep each run fast; the checks are the same as the defaults'.
ocr::ImageDocument::Limits limits()
{
    ocr::ImageDocument::Limits l;
    l.maxFileBytes = 8LL << 20;
    l.maxPixelsPerPage = 2'000'000;
    l.maxPages = 4;
    l.pdfDpi = 36;
    return l;
}

QImage sample()
{
    QImage image(48, 32, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(4, 4, 20, 10, Qt::black);
    painter.fillRect(30, 18, 12, 8, Qt::darkBlue);
    return image;
}

QByteArray encoded(const QImage& image, const char* format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(image);
    return buffer.data();
}

} // namespace

namespace voxnote::fuzz {

QList<std::pair<QString, QByteArray>> seeds()
{
    QList<std::pair<QString, QByteArray>> out;
    const QImage image = sample();
    for (const char* format : {"png", "jpg", "bmp", "tiff", "webp", "ppm"}) {
        const QByteArray bytes = encoded(image, format);
        if (!bytes.isEmpty())
            out.append({QStringLiteral("sample.") + QLatin1StringView(format), bytes});
    }
    out.append(
        {QStringLiteral("gray.png"), encoded(image.convertToFormat(QImage::Format_Grayscale8), "png")});
    out.append({QStringLiteral("mono.tiff"), encoded(image.convertToFormat(QImage::Format_Mono), "tiff")});
    // A two-page PDF with a line of text on each page.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QSizeF(60, 40), QPageSize::Millimeter));
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.drawText(10, 20, QStringLiteral("Page one"));
        writer.newPage();
        painter.drawText(10, 20, QStringLiteral("Page two"));
    }
    out.append({QStringLiteral("two-pages.pdf"), pdf.data()});
    return out;
}

} // namespace voxnote::fuzz

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv, true);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzz::writeScratch(QStringLiteral("input"),
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    const ocr::ImageDocument::Limits l = limits();
    try {
        const ocr::ImageDocument document = ocr::ImageDocument::open(path, l);
        if (document.pageCount() < 1 || document.pageCount() > l.maxPages)
            fuzz::violated("an opened document has no pages or more than the limit");
        for (int i = 0; i < document.pageCount(); ++i) {
            try {
                const QImage page = document.page(i);
                if (qint64 {page.width()} * page.height() > l.maxPixelsPerPage)
                    fuzz::violated("a decoded page is larger than the pixel limit");
            } catch (const Error&) {
            }
        }
    } catch (const Error&) {
    }
    return 0;
}
