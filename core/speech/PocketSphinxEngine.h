#pragma once

#include "speech/TranscriptionEngine.h"

namespace voxnote::speech {

/// PocketSphinx with Debian's `pocketsphinx-en-us` model (US English).
/// Creating the engine only checks that the model files are there; each
/// decoder loads them (about 0.2 s and 100 MB). Call from any thread.
class PocketSphinxEngine : public TranscriptionEngine
{
public:
    /// Uses the model in `modelDir` (holding `en-us/`, `en-us.lm.bin` and
    /// `cmudict-en-us.dict`), or the system one if empty. Throws `Error`
    /// naming the missing file and the package to install.
    explicit PocketSphinxEngine(const QString& modelDir = {});

    QString name() const override;
    QString language() const override;
    std::unique_ptr<SpeechDecoder> createDecoder() const override;

    static QString systemModelDir();

private:
    QString m_acousticModel;
    QString m_languageModel;
    QString m_dictionary;
};

} // namespace voxnote::speech
