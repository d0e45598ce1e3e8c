#include "ocr/LeptonicaImage.h"

#include <leptonica/allheaders.h>

namespace voxnote::ocr {

void LeptonicaImage::Deleter::operator()(Pix* pix) const
{
    pixDestroy(&pix);
}

LeptonicaImage::LeptonicaImage(Pix* pix)
    : m_pix(pix)
{
}

LeptonicaImage LeptonicaImage::fromImage(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    Pix* pix = pixCreate(gray.width(), gray.height(), 8);
    if (!pix)
        return {};
    l_uint32* data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* in = gray.constScanLine(y);
        l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
        for (int x = 0; x < gray.width(); ++x)
            SET_DATA_BYTE(line, x, in[x]);
    }
    const int dpi = qRound(gray.dotsPerMeterX() * 0.0254);
    pixSetResolution(pix, dpi, dpi);
    return LeptonicaImage(pix);
}

QImage LeptonicaImage::toImage() const
{
    if (!m_pix)
        return {};
    const LeptonicaImage gray(pixConvertTo8(m_pix.get(), 0));
    Pix* pix = gray.get();
    if (!pix)
        return {};
    QImage image(pixGetWidth(pix), pixGetHeight(pix), QImage::Format_Grayscale8);
    const l_uint32* data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < image.height(); ++y) {
        uchar* out = image.scanLine(y);
        const l_uint32* line = data + static_cast<ptrdiff_t>(y) * wpl;
        for (int x = 0; x < image.width(); ++x)
            out[x] = static_cast<uchar>(GET_DATA_BYTE(line, x));
    }
    return image;
}

} // namespace voxnote::ocr
