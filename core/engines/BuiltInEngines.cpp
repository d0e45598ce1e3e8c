// The engines Voxnote ships with, registered by name. Only engine workers
// call this: it is where the engine libraries come in.

#include "engines/EngineRegistry.h"

#include "ocr/TesseractEngine.h"
#include "speech/PocketSphinxEngine.h"
#include "tts/EspeakSynthesizer.h"

#include <espeak-ng/speak_lib.h>
#include <tesseract/baseapi.h>

namespace voxnote::engines {

void EngineRegistry::addBuiltInEngines(EngineRegistry& registry)
{
    registry.addOcr({QStringLiteral("tesseract"), QString::fromLatin1(tesseract::TessBaseAPI::Version()), {}},
        [](const ocr::OcrSettings& settings) {
            return std::make_unique<ocr::TesseractEngine>(
                settings.languages, settings.detectOrientation, settings.preprocess ? settings.steps : 0U);
        });
    registry.addRecognizer({QStringLiteral("pocketsphinx"), QStringLiteral("5prealpha"),
                               QStringLiteral("en-us"), QStringLiteral("en-US")},
        [] { return std::make_shared<speech::PocketSphinxEngine>(); });
    registry.addSynthesizer({QStringLiteral("espeak-ng"), QString::fromLatin1(espeak_Info(nullptr)), {}},
        [] { return std::make_shared<tts::EspeakSynthesizer>(); });
}

} // namespace voxnote::engines
