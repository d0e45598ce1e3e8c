#pragma once

#include "ocr/OcrEngine.h"

#include <QStringList>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace voxnote::ocr {

/// `OcrEngine` on libtesseract's C++ API (LSTM models). Orientation comes
/// from tesseract's OSD model: a page found sideways or upside down is
/// turned upright before recognition, and the turn is reported in
/// `OcrPage::rotation`. Not thread-safe: one instance per thread.
class TesseractEngine : public OcrEngine
{
public:
    /// Loads the models of `languages` ("eng", "eng+kor"). Throws `Error`
    /// naming the Debian package to install if a language is missing.
    TesseractEngine(const QString& languages, bool detectOrientation);
    ~TesseractEngine() override;
    TesseractEngine(const TesseractEngine&) = delete;
    TesseractEngine& operator=(const TesseractEngine&) = delete;

    OcrPage recognize(
        const QImage& image, const ProgressCallback& progress, const Cancellation& cancel) override;
    QString name() const override;

    /// The folder holding the *.traineddata files. Call from any thread.
    static QString dataPath();
    /// The installed recognition languages, without "osd". Call from any thread.
    static QStringList installedLanguages();
    /// Throws `Error` if `languages` is malformed or names a language that is
    /// not installed; the sentence names the package that provides it.
    static void checkLanguages(const QString& languages);

private:
    /// Clockwise degrees that make `image` upright, 0 if unsure.
    /// Reads a page that is already turned upright by `rotation` degrees.
    OcrPage recognizeUpright(
        const QImage& gray, int rotation, const ProgressCallback& progress, const Cancellation& cancel);
    int uprightRotation(const QImage& image);
    /// Runs recognition of `gray` with page segmentation mode `mode`.
    void recognizeWith(
        int mode, const QImage& gray, const ProgressCallback& progress, const Cancellation& cancel);

    QString m_languages;
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::unique_ptr<tesseract::TessBaseAPI> m_osd; ///< null when orientation is not detected
};

} // namespace voxnote::ocr
