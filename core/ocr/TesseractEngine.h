#pragma once

#include "ocr/OcrEngine.h"

#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace tesseract {
class TessBaseAPI;
}

namespace voxnote::ocr {

/// `OcrEngine` on libtesseract's C++ API (LSTM models). Orientation comes
/// from tesseract's OSD model: a page found sideways or upside down is
/// turned upright before recognition, and the turn is reported in
/// `OcrPage::rotation`. Without given languages, the same model names the
/// page's script and the installed languages for it are used. The page
/// segmentation is chosen per page: the automatic layout analysis, unless
/// it cut the page into fragments (as it does with lines of Hangul), then a
/// single column. Not thread-safe: one instance per thread.
class TesseractEngine : public OcrEngine
{
public:
    /// Loads the models of `languages` ("eng", "eng+kor"); empty means
    /// "choose per page from the script" (see `TessData::languagesForScript`).
    /// `steps` are `OcrStep` bits (the layout fallback is the engine's).
    /// Throws `Error` naming the Debian package to install if a language is
    /// missing.
    TesseractEngine(const QString& languages, bool detectOrientation, unsigned steps = kAllOcrSteps);
    ~TesseractEngine() override;
    TesseractEngine(const TesseractEngine&) = delete;
    TesseractEngine& operator=(const TesseractEngine&) = delete;

    OcrPage recognize(
        const QImage& image, const ProgressCallback& progress, const Cancellation& cancel) override;
    QString name() const override;

private:
    /// What OSD found on the page being read.
    struct Detection
    {
        int rotation = 0; ///< clockwise degrees that make the page upright, 0 if unsure
        QString script; ///< empty if unsure
        double scriptConfidence = 0;
    };

    /// Reads a page that is already turned upright by `rotation` degrees.
    OcrPage recognizeUpright(
        const QImage& gray, int rotation, const ProgressCallback& progress, const Cancellation& cancel);
    /// Reads `gray` with page segmentation mode `mode` into a page.
    OcrPage readWith(
        int mode, const QImage& gray, const ProgressCallback& progress, const Cancellation& cancel);
    /// Reads each of the `columns` of `gray` (TextColumns) as one block of text.
    OcrPage readColumns(const QImage& gray, const QList<QRect>& columns, const ProgressCallback& progress,
        const Cancellation& cancel);
    /// Runs OSD on `gray` once per page; empty when it cannot judge.
    const Detection& detect(const QImage& gray);
    /// The loaded API for `languages`, loading it the first time.
    tesseract::TessBaseAPI& api(const QString& languages);

    QString m_languages; ///< as given; empty: by script
    unsigned m_steps;
    bool m_detectOrientation = true;
    QStringList m_installed;
    std::map<QString, std::unique_ptr<tesseract::TessBaseAPI>> m_apis;
    tesseract::TessBaseAPI* m_api = nullptr; ///< the one for the page being read
    QString m_pageLanguages; ///< of the page being read
    std::unique_ptr<tesseract::TessBaseAPI> m_osd; ///< null when orientation is not detected
    std::optional<Detection> m_detection; ///< of the page being read, once asked
};

} // namespace voxnote::ocr
