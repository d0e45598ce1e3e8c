// Measures what the user's vocabulary does for rare words, on real speech:
// the LibriVox clips of pocketsphinx-testdata with their rare words taken out
// of the recogniser's dictionary (so the language model's n-grams for them
// can never be reached), then added back as vocabulary words the way a user
// adds a name the model does not know: pronunciation from espeak-ng mapped to
// CMU phones, a new language-model unigram at the model's uniform weight.
// Prints term recall and WER per clip and per part (tune: 0870-0890, report:
// 0920, 0930) for three models: the stock one, the one lacking the words,
// and that one with the vocabulary.
//
//   vx_bench_vocabulary

#include "LibrivoxClips.h"

#include "speech/PocketSphinxEngine.h"
#include "speech/Transcriber.h"
#include "speech/WordErrorRate.h"
#include "speech/WordPronouncer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace voxnote;

namespace {

// The words of the clips the stock model finds hard or that few texts use:
// a surname and the uncommon words of the passage.
const QStringList kRareWords {QStringLiteral("dashwood"), QStringLiteral("prudently"),
    QStringLiteral("disposed"), QStringLiteral("leisure"), QStringLiteral("selfish"),
    QStringLiteral("amiable"), QStringLiteral("respectable")};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A model folder like the system one whose dictionary lacks `words`.
QString modelWithout(const QString& folder, const QStringList& words)
{
    const QDir system(speech::PocketSphinxEngine::systemModelDir());
    QDir().mkpath(folder);
    QFile::link(system.filePath(QStringLiteral("en-us")), folder + u"/en-us");
    QFile::link(system.filePath(QStringLiteral("en-us.lm.bin")), folder + u"/en-us.lm.bin");
    QFile in(system.filePath(QStringLiteral("cmudict-en-us.dict")));
    QFile copy(folder + u"/cmudict-en-us.dict");
    in.open(QIODevice::ReadOnly);
    copy.open(QIODevice::WriteOnly);
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        QByteArray word = line.left(line.indexOf(' '));
        if (word.contains('('))
            word = word.left(word.indexOf('('));
        if (!words.contains(QString::fromUtf8(word)))
            copy.write(line);
    }
    return folder;
}

struct Score
{
    int terms = 0; ///< rare words said
    int found = 0; ///< of them, recognised
    int words = 0; ///< reference words
    int errors = 0;

    void add(const QStringList& reference, const QStringList& hypothesis)
    {
        for (const QString& term : kRareWords) {
            const int said = int(reference.count(term));
            terms += said;
            found += std::min(said, int(hypothesis.count(term)));
        }
        words += int(reference.size());
        errors += speech::WordErrorRate::errors(reference, hypothesis);
    }
    QString recall() const { return QString::number(terms ? 100.0 * found / terms : 0.0, 'f', 1) + u" %"; }
    QString wer() const { return QString::number(words ? 100.0 * errors / words : 0.0, 'f', 1) + u" %"; }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir scratch;
    const QString weak = modelWithout(scratch.filePath(QStringLiteral("model")), kRareWords);

    // As `voxnote vocab add Dashwood` would do with a model that lacks it.
    const speech::WordPronouncer pronouncer(weak + u"/cmudict-en-us.dict");
    speech::TranscriptionOptions withWords;
    withWords.diarize = false;
    out() << "# Vocabulary: rare words of the LibriVox clips\n\n| word | pronunciation (espeak-ng → CMU) "
             "|\n|---|---|\n";
    for (const QString& term : kRareWords) {
        QString spelling = term;
        spelling[0] = spelling[0].toUpper(); // as a user types a name
        const QString phones = pronouncer.phonesFor(spelling);
        withWords.vocabulary.append({spelling, {}, phones});
        out() << "| " << spelling << " | " << phones << " |\n";
    }
    speech::TranscriptionOptions plain;
    plain.diarize = false;

    struct Condition
    {
        const char* name;
        QString model;
        const speech::TranscriptionOptions* options;
    };
    const Condition conditions[] {{"stock model", {}, &plain}, {"words removed", weak, &plain},
        {"words removed + vocabulary", weak, &withWords}};
    Score totals[3][2]; // [condition][report part?]
    out()
        << "\n| clip | part | condition | recognised | rare words found | WER |\n|---|---|---|---|---|---|\n";
    for (int c = 0; c < 3; ++c) {
        speech::Transcriber transcriber(std::make_shared<speech::PocketSphinxEngine>(conditions[c].model));
        for (const bench::LibrivoxClip& clip : bench::librivoxClips()) {
            const QStringList reference = speech::WordErrorRate::normalizedWords(clip.reference);
            const QString text
                = transcriber.transcribe(clip.wav, *conditions[c].options, {}, Cancellation()).plainText();
            const QStringList hypothesis = speech::WordErrorRate::normalizedWords(text);
            Score one;
            one.add(reference, hypothesis);
            totals[c][clip.tune ? 0 : 1].add(reference, hypothesis);
            out() << "| " << clip.name << " | " << (clip.tune ? "tune" : "report") << " | "
                  << conditions[c].name << " | " << text.simplified() << " | " << one.found << "/"
                  << one.terms << " | " << one.wer() << " |\n";
            out().flush();
        }
    }
    out() << "\n| part | condition | rare-word recall | WER |\n|---|---|---|---|\n";
    for (int part = 0; part < 2; ++part) {
        for (int c = 0; c < 3; ++c) {
            out() << "| " << (part == 0 ? "tune (0870-0890)" : "report (0920, 0930)") << " | "
                  << conditions[c].name << " | " << totals[c][part].found << "/" << totals[c][part].terms
                  << " = " << totals[c][part].recall() << " | " << totals[c][part].wer() << " |\n";
        }
    }
    return 0;
}
