#include "ocr/PagePreprocessor.h"

#include "ocr/LeptonicaImage.h"
#include "ocr/OcrSteps.h"
#include "util/Log.h"

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace voxnote::ocr {

namespace {

// Pages whose longer side is below kSmallPage pixels are enlarged towards
// kTargetSize, at most kMaxScale times. Measured in bench/images: at a third
// of their size the test pages go from 4.6 % and 45 % CER to 0.4 % and 2.2 %;
// at full size (eurotext is 1024 pixels wide) enlarging made it worse.
constexpr int kSmallPage = 1000;
constexpr int kTargetSize = 1200;
constexpr double kMaxScale = 3.0;

// Skew is searched up to kMaxSkew degrees either way. Leptonica's own
// deskew trusts an angle from a confidence of 3, but blurred and noisy
// photos of pages tilted 4-10° score 1.2-2.5 (bench/images), and their
// angles were right; turns below 0.1° change nothing but cost a rotation.
constexpr float kMaxSkew = 15.0F;
constexpr float kMinSkewConfidence = 1.0F;
constexpr double kMinSkew = 0.1;

QImage enlarged(const QImage& gray, double* scale)
{
    const int longer = std::max(gray.width(), gray.height());
    *scale = 1.0;
    if (longer >= kSmallPage || longer <= 0)
        return gray;
    *scale = std::min(kMaxScale, static_cast<double>(kTargetSize) / longer);
    return gray.scaled(qRound(gray.width() * *scale), qRound(gray.height() * *scale), Qt::IgnoreAspectRatio,
        Qt::SmoothTransformation);
}

QTransform turnAboutCentre(const QSize& size, double degrees)
{
    return QTransform()
        .translate(size.width() / 2.0, size.height() / 2.0)
        .rotate(degrees)
        .translate(-size.width() / 2.0, -size.height() / 2.0);
}

QImage turned(const QImage& gray, double degrees)
{
    const LeptonicaImage source = LeptonicaImage::fromImage(gray);
    const LeptonicaImage rotated(pixRotate(source.get(), static_cast<float>(degrees * std::numbers::pi / 180),
        L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    if (!rotated)
        return gray;
    QImage image = rotated.toImage();
    image.setDotsPerMeterX(gray.dotsPerMeterX());
    image.setDotsPerMeterY(gray.dotsPerMeterY());
    return image;
}

} // namespace

double PagePreprocessor::findSkew(const QImage& gray)
{
    const LeptonicaImage page = LeptonicaImage::fromImage(gray);
    // Adaptive binarisation: a shadow across a photo must not turn into a
    // black area that hides the lines.
    const LeptonicaImage binary(pixConvertTo1Adaptive(page.get()));
    if (!binary)
        return 0;
    float angle = 0;
    float confidence = 0;
    if (pixFindSkewSweepAndSearch(binary.get(), &angle, &confidence, 2, 1, kMaxSkew, 1.0F, 0.01F) != 0)
        return 0;
    qCDebug(lcOcr) << "skew" << angle << "confidence" << confidence;
    if (confidence < kMinSkewConfidence || std::abs(angle) < kMinSkew)
        return 0;
    return angle;
}

PagePreprocessor::Result PagePreprocessor::prepare(const QImage& page, unsigned steps)
{
    Result result;
    result.image = page.convertToFormat(QImage::Format_Grayscale8);
    if (steps & kStepEnlarge) {
        double scale = 1.0;
        result.image = enlarged(result.image, &scale);
        result.toOriginal = QTransform::fromScale(1 / scale, 1 / scale);
    }
    if (steps & kStepDeskew) {
        const double skew = findSkew(result.image);
        if (skew != 0) {
            // Turned about its centre on a canvas of the same size; the
            // corners that leave it are margin on any page worth reading.
            result.toOriginal = turnAboutCentre(result.image.size(), -skew) * result.toOriginal;
            result.image = turned(result.image, skew);
            result.skewDegrees = skew;
        }
    }
    return result;
}

} // namespace voxnote::ocr
