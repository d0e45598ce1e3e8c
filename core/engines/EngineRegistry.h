#pragma once

#include "ocr/OcrEngine.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace voxnote::speech {
class TranscriptionEngine;
}
namespace voxnote::tts {
class SpeechSynthesizer;
}

namespace voxnote::engines {

/// What names an engine in stored results and in cache and dedup keys.
struct EngineInfo
{
    QString name; ///< as registered, e.g. "tesseract"
    QString version; ///< e.g. "5.3.0"
    QString model; ///< e.g. "en-us"; empty if the engine has one model
    QString language = {}; ///< BCP 47, for a speech recogniser: what its model recognises

    /// "name version model", for keys.
    QString key() const;
};

/// The engines Voxnote can run, chosen by name: OCR engines, speech
/// recognisers and speech synthesizers. A new engine is one class and one
/// `add…` call; callers ask for a name (or the default, the first added) and
/// never see the engine's type. Used in the engine workers; fill it before
/// use, then read it from any thread.
class EngineRegistry
{
public:
    using OcrFactory = std::function<std::unique_ptr<ocr::OcrEngine>(const ocr::OcrSettings& settings)>;
    using RecognizerFactory = std::function<std::shared_ptr<const speech::TranscriptionEngine>()>;
    using SynthesizerFactory = std::function<std::shared_ptr<tts::SpeechSynthesizer>()>;

    template<typename Factory>
    struct Entry
    {
        EngineInfo info;
        Factory make;
    };

    void addOcr(EngineInfo info, OcrFactory make);
    void addRecognizer(EngineInfo info, RecognizerFactory make);
    void addSynthesizer(EngineInfo info, SynthesizerFactory make);

    /// The engine called `name`, or the default for an empty name. Throws
    /// `Error` naming the engines there are if there is none by that name.
    const Entry<OcrFactory>& ocr(const QString& name) const;
    const Entry<RecognizerFactory>& recognizer(const QString& name) const;
    const Entry<SynthesizerFactory>& synthesizer(const QString& name) const;

    QList<EngineInfo> ocrEngines() const;
    QList<EngineInfo> recognizers() const;
    QList<EngineInfo> synthesizers() const;

    /// tesseract (OCR), pocketsphinx (speech recognition) and espeak-ng
    /// (speech synthesis), the engines Voxnote ships with.
    static void addBuiltInEngines(EngineRegistry& registry);

private:
    QList<Entry<OcrFactory>> m_ocr;
    QList<Entry<RecognizerFactory>> m_recognizers;
    QList<Entry<SynthesizerFactory>> m_synthesizers;
};

} // namespace voxnote::engines
