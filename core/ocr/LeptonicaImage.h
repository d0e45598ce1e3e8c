#pragma once

#include <QImage>

#include <memory>

struct Pix;

namespace voxnote::ocr {

/// Owns one Leptonica image, and converts 8-bit grey images between Qt and
/// Leptonica. Plain data: use from one thread at a time.
class LeptonicaImage
{
public:
    LeptonicaImage() = default;
    /// Takes ownership of `pix` (may be null).
    explicit LeptonicaImage(Pix* pix);

    /// An 8-bit grey copy of `image` (converted if it is not grey).
    static LeptonicaImage fromImage(const QImage& image);
    /// An 8-bit grey copy (a 1-bit image becomes black on white).
    QImage toImage() const;

    Pix* get() const { return m_pix.get(); }
    explicit operator bool() const { return m_pix != nullptr; }

private:
    struct Deleter
    {
        void operator()(Pix* pix) const;
    };
    std::unique_ptr<Pix, Deleter> m_pix;
};

} // namespace voxnote::ocr
