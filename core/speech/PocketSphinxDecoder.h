#pragma once

#include "speech/SpeechDecoder.h"

#include <vector>

struct ps_decoder_s;

namespace voxnote::speech {

/// One PocketSphinx decoder (`ps_decoder_t`), used by `PocketSphinxEngine`.
/// A chunk is decoded as one utterance: fed whole, the language model sees
/// the full phrase, which recognises better than splitting it further.
/// Not thread-safe: one per thread. Failures throw `Error`.
class PocketSphinxDecoder : public SpeechDecoder
{
public:
    PocketSphinxDecoder(
        const QString& acousticModel, const QString& languageModel, const QString& dictionary);
    ~PocketSphinxDecoder() override;
    PocketSphinxDecoder(const PocketSphinxDecoder&) = delete;
    PocketSphinxDecoder& operator=(const PocketSphinxDecoder&) = delete;

    QList<Word> recognize(const audio::AudioChunk& chunk, const Cancellation& cancel) override;
    void addVocabulary(const VocabularyWords& words) override;

private:
    QList<Word> words(qint64 offsetMs);
    void finishAbandonedUtterance();
    void normaliseTo(const std::vector<short>& pcm);

    ps_decoder_s* m_decoder = nullptr;
    std::vector<short> m_pcm;
    bool m_inUtterance = false;
};

} // namespace voxnote::speech
