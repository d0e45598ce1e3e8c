#include "ocr/SearchablePdf.h"

#include "Error.h"
#include "ocr/ImageDocument.h"
#include "ocr/TessData.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QTransform>

#include <algorithm>
#include <map>
#include <tuple>

namespace voxnote::ocr {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SearchablePdf", text);
}

// Object numbers fixed by the order `SearchablePdf` writes them in.
constexpr int kCatalogObject = 1;
constexpr int kPagesObject = 2;

// Resolutions outside this range are missing or made up (cameras write 72):
// such pages are laid out as if scanned at kDefaultDpi.
constexpr double kMinCredibleDpi = 100;
constexpr double kMaxCredibleDpi = 1200;
constexpr double kDefaultDpi = 300;

constexpr int kJpegQuality = 85;
// Every glyph of the glyphless font is half an em wide (its /DW).
constexpr double kGlyphWidthEm = 0.5;

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

double dpiOf(const QImage& image)
{
    const double dpi = image.dotsPerMeterX() * 0.0254;
    return dpi >= kMinCredibleDpi && dpi <= kMaxCredibleDpi ? dpi : kDefaultDpi;
}

/// zlib's format, which /FlateDecode reads: qCompress without its length prefix.
QByteArray deflate(const QByteArray& data)
{
    return qCompress(data, 6).mid(4);
}

/// The image flattened onto white in 8-bit grey or RGB (whichever it is),
/// the two pixel layouts a PDF image takes as they are.
std::pair<QImage, bool> flatten(const QImage& image)
{
    QImage opaque = image;
    if (image.hasAlphaChannel()) {
        opaque = QImage(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
    }
    const bool gray = opaque.isGrayscale();
    return {opaque.convertToFormat(gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888), gray};
}

QByteArray rawPixels(const QImage& image, int bytesPerPixel)
{
    QByteArray pixels;
    const qsizetype rowBytes = qsizetype(image.width()) * bytesPerPixel;
    pixels.reserve(rowBytes * image.height());
    for (int y = 0; y < image.height(); ++y)
        pixels.append(reinterpret_cast<const char*>(image.constScanLine(y)), rowBytes);
    return pixels;
}

/// The text as the 2-byte codes of the font's Identity-H encoding, which the
/// ToUnicode map reads back as UTF-16.
QByteArray hexCodes(const QString& text)
{
    QByteArray hex;
    hex.reserve(text.size() * 4 + 2);
    hex += '<';
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    hex += '>';
    return hex;
}

/// Whether a space follows each word in `page.text`: tesseract reads a
/// Korean word as one "word" per syllable, and its text joins them again.
QList<bool> spacesAfter(const OcrPage& page)
{
    QList<bool> spaces;
    spaces.reserve(page.words.size());
    qsizetype cursor = 0;
    for (const OcrWord& word : page.words) {
        const qsizetype at = page.text.indexOf(word.text, cursor);
        if (at < 0) {
            spaces.append(true);
            continue;
        }
        cursor = at + word.text.size();
        spaces.append(cursor < page.text.size() && page.text.at(cursor).isSpace());
    }
    return spaces;
}

/// PDF's text operators for `page`'s words, in points of a page `height`
/// points tall at `scale` points per box pixel. Each word is stretched to
/// reach the next one on its line, with the space between them where the
/// page's text has one, so that search and copy see the text as read.
QByteArray textLayer(const OcrPage& page, double scale, double height)
{
    // One font size per line: its tallest word.
    std::map<std::tuple<int, int, int>, int> lineHeights;
    for (const OcrWord& word : page.words) {
        int& lineHeight = lineHeights[{word.block, word.paragraph, word.line}];
        lineHeight = std::max(lineHeight, word.box.height());
    }
    const QList<bool> spaces = spacesAfter(page);
    QByteArray text = "BT\n3 Tr\n";
    for (qsizetype i = 0; i < page.words.size(); ++i) {
        const OcrWord& word = page.words[i];
        if (word.text.isEmpty() || word.box.isEmpty())
            continue;
        const OcrWord* next = i + 1 < page.words.size() ? &page.words[i + 1] : nullptr;
        const bool lineGoesOn = next && next->block == word.block && next->paragraph == word.paragraph
            && next->line == word.line && next->box.left() > word.box.left();
        const QString drawn = lineGoesOn && spaces[i] ? word.text + u' ' : word.text;
        const double width = (lineGoesOn ? next->box.left() - word.box.left() : word.box.width()) * scale;
        const double fontSize = std::max(1.0, lineHeights[{word.block, word.paragraph, word.line}] * scale);
        const double stretch = 100.0 * width / (drawn.size() * fontSize * kGlyphWidthEm);
        const double x = word.box.left() * scale;
        const double y = height - (word.box.bottom() + 1) * scale;
        text += "/F1 " + number(fontSize) + " Tf " + number(stretch) + " Tz 1 0 0 1 " + number(x) + ' '
            + number(y) + " Tm " + hexCodes(drawn) + " Tj\n";
    }
    text += "ET\n";
    return text;
}

constexpr char kToUnicode[] = "/CIDInit /ProcSet findresource begin\n"
                              "12 dict begin\n"
                              "begincmap\n"
                              "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                              "/CMapName /Adobe-Identity-UCS def\n"
                              "/CMapType 2 def\n"
                              "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                              "1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\n"
                              "endcmap\n"
                              "CMapName currentdict /CMap defineresource pop\n"
                              "end\nend\n";

} // namespace

SearchablePdf::SearchablePdf(QByteArray glyphlessFont)
{
    m_out = "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n";
    // The catalogue and the page tree come first by number; the tree is
    // written at the end, when its pages are known.
    addObject("<< /Type /Catalog /Pages 2 0 R >>");
    m_offsets.append(-1); // kPagesObject
    addFont(glyphlessFont);
}

int SearchablePdf::addObject(const QByteArray& body)
{
    m_offsets.append(m_out.size());
    const int object = static_cast<int>(m_offsets.size());
    m_out += QByteArray::number(object) + " 0 obj\n" + body + "\nendobj\n";
    return object;
}

int SearchablePdf::addStream(const QByteArray& dictionary, const QByteArray& data)
{
    return addObject("<< " + dictionary + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n"
        + data + "\nendstream");
}

void SearchablePdf::addFont(const QByteArray& glyphlessFont)
{
    const int fontFile = addStream("/Length1 " + QByteArray::number(glyphlessFont.size()), glyphlessFont);
    const int descriptor
        = addObject("<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 0 500 1000] "
                    "/ItalicAngle 0 /Ascent 1000 /Descent 0 /CapHeight 1000 /StemV 80 /FontFile2 "
            + QByteArray::number(fontFile) + " 0 R >>");
    // Every code maps to the font's one glyph (glyph 1).
    QByteArray toGlyph;
    toGlyph.reserve(2 * 65536);
    for (int code = 0; code < 65536; ++code)
        toGlyph.append("\x00\x01", 2);
    const int cidToGid = addStream("/Filter /FlateDecode", deflate(toGlyph));
    const int cidFont = addObject("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont "
                                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                                  "/FontDescriptor "
        + QByteArray::number(descriptor) + " 0 R /CIDToGIDMap " + QByteArray::number(cidToGid)
        + " 0 R /DW 500 >>");
    const int toUnicode = addStream({}, QByteArray(kToUnicode));
    m_font = addObject("<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H "
                       "/DescendantFonts ["
        + QByteArray::number(cidFont) + " 0 R] /ToUnicode " + QByteArray::number(toUnicode) + " 0 R >>");
}

void SearchablePdf::addPage(const QImage& image, const OcrPage& page, Picture picture)
{
    const auto [flat, gray] = flatten(image);
    const double scale = 72.0 / dpiOf(image);
    const double width = flat.width() * scale;
    const double height = flat.height() * scale;

    QByteArray encoded;
    QByteArray filter;
    if (picture == Picture::Photo) {
        QBuffer buffer(&encoded);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(kJpegQuality);
        if (!writer.write(flat))
            throw Error(tr("The page could not be stored in the PDF: %1").arg(writer.errorString()));
        filter = "/DCTDecode";
    } else {
        encoded = deflate(rawPixels(flat, gray ? 1 : 3));
        filter = "/FlateDecode";
    }
    const int imageObject
        = addStream("/Type /XObject /Subtype /Image /Width " + QByteArray::number(flat.width()) + " /Height "
                + QByteArray::number(flat.height()) + " /ColorSpace " + (gray ? "/DeviceGray" : "/DeviceRGB")
                + " /BitsPerComponent 8 /Filter " + filter,
            encoded);

    // Boxes are in the pixels of the page as recognised; an image of
    // another size (a smaller rendering, say) gets them scaled.
    OcrPage placed = page;
    if (page.size.isValid() && page.size != flat.size()) {
        const QTransform toImage = QTransform::fromScale(
            double(flat.width()) / page.size.width(), double(flat.height()) / page.size.height());
        for (OcrWord& word : placed.words)
            word.box = toImage.mapRect(word.box);
    }
    const QByteArray content = "q " + number(width) + " 0 0 " + number(height) + " 0 0 cm /Im1 Do Q\n"
        + textLayer(placed, scale, height);
    const int contents = addStream("/Filter /FlateDecode", deflate(content));
    m_pages.append(addObject("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(width) + ' '
        + number(height) + "] /Resources << /Font << /F1 " + QByteArray::number(m_font)
        + " 0 R >> /XObject << /Im1 " + QByteArray::number(imageObject) + " 0 R >> >> /Contents "
        + QByteArray::number(contents) + " 0 R >>"));
}

QByteArray SearchablePdf::finish()
{
    if (m_pages.isEmpty())
        throw Error(tr("There is no page to put in the PDF."));
    QByteArray kids;
    for (const int page : std::as_const(m_pages))
        kids += QByteArray::number(page) + " 0 R ";
    m_offsets[kPagesObject - 1] = m_out.size();
    m_out += QByteArray::number(kPagesObject) + " 0 obj\n<< /Type /Pages /Kids [" + kids.trimmed()
        + "] /Count " + QByteArray::number(m_pages.size()) + " >>\nendobj\n";
    const int info = addObject("<< /Producer (Voxnote) >>");

    const qint64 xref = m_out.size();
    m_out += "xref\n0 " + QByteArray::number(m_offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qint64 offset : std::as_const(m_offsets))
        m_out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    m_out += "trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root "
        + QByteArray::number(kCatalogObject) + " 0 R /Info " + QByteArray::number(info)
        + " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return m_out;
}

QByteArray renderSearchablePdf(const QList<RecognizedDocument>& documents)
{
    SearchablePdf pdf(TessData::glyphlessFont());
    for (const RecognizedDocument& document : documents) {
        if (document.sourcePath.isEmpty())
            throw Error(
                tr("%1: its image is not at hand, so it cannot go into a PDF.").arg(document.fileName));
        const ImageDocument source = ImageDocument::open(document.sourcePath, {}, document.fileName);
        const SearchablePdf::Picture picture = source.mimeType() == u"image/jpeg"
            ? SearchablePdf::Picture::Photo
            : SearchablePdf::Picture::Lossless;
        for (const OcrPage& page : document.pages) {
            if (page.page < 0 || page.page >= source.pageCount())
                throw Error(tr("%1 has no page %2 any more.").arg(document.fileName).arg(page.page + 1));
            QImage image = source.page(page.page);
            if (page.rotation != 0)
                image = image.transformed(QTransform().rotate(page.rotation));
            pdf.addPage(image, page, picture);
        }
    }
    return pdf.finish();
}

} // namespace voxnote::ocr
