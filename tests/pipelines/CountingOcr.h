#pragma once

// A DocumentRecognizer whose tesseract engines note every page they
// recognise in a file (one line per page, appended), so a test can count the
// engine's calls across processes, including one that was killed.

#include "ocr/DocumentRecognizer.h"
#include "ocr/TesseractEngine.h"

#include <QFile>

#include <memory>

namespace voxnote::test {

class CountingOcrEngine : public ocr::OcrEngine
{
public:
    CountingOcrEngine(const ocr::OcrSettings& settings, QString countFile)
        : m_engine(settings.languages, settings.detectOrientation)
        , m_countFile(std::move(countFile))
    {
    }

    ocr::OcrPage recognize(
        const QImage& image, const ProgressCallback& progress, const Cancellation& cancel) override
    {
        ocr::OcrPage page = m_engine.recognize(image, progress, cancel);
        QFile count(m_countFile);
        if (count.open(QIODevice::Append))
            count.write("page\n");
        return page;
    }

    QString name() const override { return m_engine.name(); }

private:
    ocr::TesseractEngine m_engine;
    QString m_countFile;
};

inline std::shared_ptr<ocr::DocumentRecognizer> countingRecognizer(const QString& countFile)
{
    return std::make_shared<ocr::DocumentRecognizer>(0, [countFile](const ocr::OcrSettings& settings) {
        return std::make_unique<CountingOcrEngine>(settings, countFile);
    });
}

inline int countedCalls(const QString& countFile)
{
    QFile count(countFile);
    return count.open(QIODevice::ReadOnly) ? static_cast<int>(count.readAll().count('\n')) : 0;
}

} // namespace voxnote::test
