#pragma once

// Images the tests of core/ocr make for themselves: rendered text, files in
// every format, and broken files.

#include <QByteArray>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QStringList>

#include <leptonica/allheaders.h>

namespace voxnote::test {

/// Black text on white, one line per entry, in a font that has the glyphs
/// (NanumGothic for Hangul). Needs a QGuiApplication (fonts).
inline QImage renderText(const QStringList& lines, int pixelSize = 40)
{
    QFont font(QStringLiteral("NanumGothic"));
    font.setPixelSize(pixelSize);
    const int lineHeight = pixelSize * 2;
    QImage image(pixelSize * 24, lineHeight * (static_cast<int>(lines.size()) + 1), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (qsizetype i = 0; i < lines.size(); ++i)
        painter.drawText(pixelSize, lineHeight * static_cast<int>(i + 1), lines[i]);
    return image;
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

/// Writes the given image files as one multi-page TIFF (Qt writes only
/// single images; leptonica writes pages).
inline bool writeMultipageTiff(const QStringList& sources, const QString& target)
{
    PIXA* pixa = pixaCreate(static_cast<int>(sources.size()));
    for (const QString& source : sources)
        pixaAddPix(pixa, pixRead(QFile::encodeName(source).constData()), L_INSERT);
    const bool ok = pixaWriteMultipageTiff(QFile::encodeName(target).constData(), pixa) == 0;
    pixaDestroy(&pixa);
    return ok;
}

/// A file in a format Qt reads but does not write (GIF), through leptonica.
inline bool writeGif(const QString& source, const QString& target)
{
    PIX* pix = pixRead(QFile::encodeName(source).constData());
    const bool ok = pix && pixWrite(QFile::encodeName(target).constData(), pix, IFF_GIF) == 0;
    pixDestroy(&pix);
    return ok;
}

inline quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1U)));
    }
    return ~crc;
}

inline QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[i] = static_cast<char>((value >> (24 - 8 * i)) & 0xFFU);
    return bytes;
}

/// A valid PNG header declaring `width` × `height` pixels, followed by a
/// tiny IDAT: the shape of a decompression bomb without its size.
inline QByteArray pngDeclaring(quint32 width, quint32 height)
{
    const auto chunk = [](const QByteArray& type, const QByteArray& data) -> QByteArray {
        const QByteArray typed = type + data;
        return bigEndian(static_cast<quint32>(data.size())) + typed + bigEndian(crc32(typed));
    };
    const QByteArray header
        = QByteArray(bigEndian(width) + bigEndian(height)) + QByteArray("\x08\x00\x00\x00\x00", 5);
    const QByteArray idat = QByteArray::fromHex("789c030000000001"); // an empty zlib stream
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += chunk("IHDR", header);
    png += chunk("IDAT", idat);
    png += chunk("IEND", QByteArray());
    return png;
}

/// A well-formed PDF whose page tree is empty.
inline QByteArray pdfWithoutPages()
{
    QByteArray body = "%PDF-1.4\n";
    QList<int> offsets;
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"};
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(static_cast<int>(body.size()));
        body += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const int xref = static_cast<int>(body.size());
    body += "xref\n0 3\n0000000000 65535 f \n";
    for (const int offset : offsets)
        body += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    body += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return body;
}

} // namespace voxnote::test
