#include "speech/PocketSphinxDecoder.h"

#include "speech/EspeakToCmu.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QSet>

#include <pocketsphinx.h>
#include <sphinxbase/ckd_alloc.h>
#include <sphinxbase/cmn.h>
#include <sphinxbase/err.h>
#include <sphinxbase/fe.h>
#include <sphinxbase/feat.h>
#include <sphinxbase/ngram_model.h>

#include <algorithm>
#include <cmath>

namespace voxnote::speech {

namespace {

// Frames per second of the decoder (its -frate default).
constexpr int kFrameRate = 100;
// Audio fed per call, so a cancel is noticed within a fraction of a second.
constexpr size_t kFeedSamples = audio::kSpeechRate / 4;

bool isFiller(const char* word)
{
    // <s>, </s>, <sil>, [NOISE], ++GARBAGE++ and the like.
    return word[0] == '<' || word[0] == '[' || word[0] == '+';
}

QString withoutVariant(const char* word)
{
    // "been(2)" is the second pronunciation of "been".
    QString text = QString::fromUtf8(word);
    const qsizetype paren = text.indexOf(u'(');
    return paren > 0 ? text.left(paren) : text;
}

[[noreturn]] void fail(const char* what)
{
    throw Error(QCoreApplication::translate("PocketSphinxDecoder", "The speech recogniser failed (%1).")
                    .arg(QString::fromUtf8(what)));
}

} // namespace

PocketSphinxDecoder::PocketSphinxDecoder(
    const QString& acousticModel, const QString& languageModel, const QString& dictionary)
{
    // The library logs to stderr by default; a CLI's stdout and stderr belong
    // to the user.
    err_set_logfp(nullptr);
    const QByteArray hmm = acousticModel.toLocal8Bit();
    const QByteArray lm = languageModel.toLocal8Bit();
    const QByteArray dict = dictionary.toLocal8Bit();
    // Our own chunking finds the speech; the library's silence removal also
    // corrupts the word times it reports.
    cmd_ln_t* config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.constData(), "-lm", lm.constData(),
        "-dict", dict.constData(), "-logfn", "/dev/null", "-remove_silence", "no", nullptr);
    if (!config)
        fail("configuration rejected");
    m_decoder = ps_init(config);
    cmd_ln_free_r(config);
    if (!m_decoder)
        fail("the model could not be loaded");
}

PocketSphinxDecoder::~PocketSphinxDecoder()
{
    if (m_decoder) {
        finishAbandonedUtterance();
        ps_free(m_decoder);
    }
}

QList<Word> PocketSphinxDecoder::recognize(const audio::AudioChunk& chunk, const Cancellation& cancel)
{
    m_pcm.resize(chunk.samples.size());
    std::transform(chunk.samples.begin(), chunk.samples.end(), m_pcm.begin(),
        [](float sample) { return short(std::lrint(std::clamp(sample, -1.0F, 1.0F) * 32767.0F)); });
    finishAbandonedUtterance();
    if (ps_start_utt(m_decoder) < 0)
        fail("could not start an utterance");
    normaliseTo(m_pcm);
    for (size_t at = 0; at < m_pcm.size(); at += kFeedSamples) {
        if (cancel.requested()) {
            // Ending the utterance runs the final search over all of it, which
            // can take longer than a cancel may; it is done before the next one.
            m_inUtterance = true;
            throw Cancelled();
        }
        const size_t count = std::min(kFeedSamples, m_pcm.size() - at);
        if (ps_process_raw(m_decoder, m_pcm.data() + at, count, FALSE, FALSE) < 0)
            fail("could not process the audio");
    }
    if (ps_end_utt(m_decoder) < 0)
        fail("could not finish the utterance");
    cancel.check();
    return words(chunk.startMs());
}

void PocketSphinxDecoder::addVocabulary(const VocabularyWords& words)
{
    finishAbandonedUtterance();
    // The search `ps_init` makes from "-lm" is called "_default" in this
    // PocketSphinx; `ps_get_search` would name it but leaks an iterator.
    ngram_model_t* languageModel = ps_get_lm(m_decoder, "_default");
    if (!languageModel)
        languageModel = ps_get_lm(m_decoder, ps_get_search(m_decoder));
    std::vector<std::pair<QByteArray, QByteArray>> fresh;
    QSet<QByteArray> seen;
    for (const VocabularyWord& entry : words) {
        const QByteArray word = entry.word.toUtf8();
        const QStringList phones = entry.phones.split(u' ', Qt::SkipEmptyParts);
        if (word.isEmpty() || phones.isEmpty() || seen.contains(word)
            || !std::all_of(phones.cbegin(), phones.cend(), EspeakToCmu::isCmuPhone))
            continue;
        // Known by this spelling: the model's own pronunciation and n-grams stay.
        if (char* known = ps_lookup_word(m_decoder, word.constData())) {
            ckd_free(known);
            continue;
        }
        // In the language model but not the dictionary: adding it would give
        // the model the same word twice, which this PocketSphinx mishandles.
        if (languageModel && ngram_wid(languageModel, word.constData()) != ngram_unknown_wid(languageModel))
            continue;
        seen.insert(word);
        fresh.emplace_back(word, phones.join(u' ').toUtf8());
    }
    // The search is rebuilt once, with the last word, not once per word:
    // rebuilding takes a noticeable moment.
    for (size_t i = 0; i < fresh.size(); ++i) {
        const bool last = i + 1 == fresh.size();
        if (ps_add_word(
                m_decoder, fresh[i].first.constData(), fresh[i].second.constData(), last ? TRUE : FALSE)
            < 0)
            fail("a vocabulary word was refused");
    }
    qCDebug(lcSpeech) << "vocabulary:" << fresh.size() << "of" << words.size() << "words added";
}

void PocketSphinxDecoder::normaliseTo(const std::vector<short>& pcm)
{
    // Live cepstral mean normalisation starts from a generic mean and adapts
    // over a few seconds: a chunk's first words are misheard, worst on old or
    // unusual recordings. Starting it at this chunk's own mean (one cheap
    // front-end pass) gives it what a whole-utterance decode would have,
    // while the audio is still fed in small steps so a cancel is prompt.
    fe_t* frontEnd = ps_get_fe(m_decoder);
    const int coefficients = fe_get_output_size(frontEnd);
    constexpr int kBlock = 64;
    std::vector<mfcc_t> storage(size_t(kBlock * coefficients));
    std::vector<mfcc_t*> rows(kBlock);
    for (int i = 0; i < kBlock; ++i)
        rows[size_t(i)] = storage.data() + size_t(i * coefficients);
    std::vector<double> sum(size_t(coefficients), 0.0);
    qint64 frames = 0;
    const int16* samples = pcm.data();
    size_t remaining = pcm.size();
    fe_start_utt(frontEnd);
    while (remaining > 0) {
        int32 produced = kBlock;
        if (fe_process_frames(frontEnd, &samples, &remaining, rows.data(), &produced, nullptr) < 0
            || produced == 0)
            break;
        for (int f = 0; f < produced; ++f) {
            for (int c = 0; c < coefficients; ++c)
                sum[size_t(c)] += rows[size_t(f)][c];
        }
        frames += produced;
    }
    int32 last = 0;
    fe_end_utt(frontEnd, storage.data(), &last);
    if (frames == 0)
        return;
    std::vector<mfcc_t> mean(static_cast<size_t>(coefficients));
    for (int c = 0; c < coefficients; ++c)
        mean[size_t(c)] = mfcc_t(sum[size_t(c)] / double(frames));
    cmn_live_set(ps_get_feat(m_decoder)->cmn_struct, mean.data());
}

void PocketSphinxDecoder::finishAbandonedUtterance()
{
    if (m_inUtterance)
        ps_end_utt(m_decoder);
    m_inUtterance = false;
}

QList<Word> PocketSphinxDecoder::words(qint64 offsetMs)
{
    QList<Word> result;
    int32 score = 0;
    if (!ps_get_hyp(m_decoder, &score))
        return result;
    logmath_t* logmath = ps_get_logmath(m_decoder);
    // This PocketSphinx numbers frames on from the previous utterance; the
    // first segment (<s>) starts at the utterance's first frame.
    int firstFrame = -1;
    for (ps_seg_t* seg = ps_seg_iter(m_decoder); seg; seg = ps_seg_next(seg)) {
        const char* text = ps_seg_word(seg);
        int startFrame = 0;
        int endFrame = 0;
        ps_seg_frames(seg, &startFrame, &endFrame);
        if (firstFrame < 0)
            firstFrame = startFrame;
        startFrame -= firstFrame;
        endFrame -= firstFrame;
        if (!text || isFiller(text))
            continue;
        int32 acoustic = 0;
        int32 language = 0;
        int32 backoff = 0;
        const int32 posterior = ps_seg_prob(seg, &acoustic, &language, &backoff);
        Word word;
        word.text = withoutVariant(text);
        word.startMs = offsetMs + qint64(startFrame) * 1000 / kFrameRate;
        word.endMs = offsetMs + qint64(endFrame + 1) * 1000 / kFrameRate;
        word.confidence = std::clamp(logmath_exp(logmath, posterior), 0.0, 1.0);
        result.append(word);
    }
    qCDebug(lcSpeech) << "chunk at" << offsetMs << "ms:" << result.size() << "words";
    return result;
}

} // namespace voxnote::speech
