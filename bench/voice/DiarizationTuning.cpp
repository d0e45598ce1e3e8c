// Tunes speaker diarization without re-running the recogniser: the words of
// each diarization recording are recognised once and cached, then the
// product's own diarization steps (the same ones `Transcriber` runs:
// SpeechChunker → SpeakerEmbedder per chunk → SpeakerClustering →
// speakersOfWords → SegmentBuilder) are scored against the RTTM ground truth.
// Tune on trn*, report on dev* and sample.
//
//   vx_tune_diarization [--cache DIR] [--method bic|cosine|projected] [--projected-penalty P] [--penalty P]
//   [--switch S]
//       [--threshold T] [--min-share F] [--window MS] [--hop MS] [--pause S] [--speakers N] [--quiet]
//       [--turn-gap MS] [--padding MS] [--smoothing N] [--no-projection] [--only-cached]
//       [--dims K] [--shrinkage A] [--cross-validate] [--write-projection FILE] [--oracle-speakers]
//
// The speaker projection (SpeakerProjection.h) is learned from trn* only:
// --write-projection FILE trains it on all trn* windows labelled with their
// RTTM speakers and writes the C++ table (core/speech/SpeakerProjectionTable.cpp);
// --cross-validate scores each trn* file with a projection trained on the other
// eight (an honest figure for choosing settings) and dev/sample with one
// trained on all of trn*.

#include "DiarizationScore.h"
#include "ProjectionTraining.h"

#include "audio/AudioDecoder.h"
#include "audio/SpeechChunker.h"
#include "speech/PocketSphinxEngine.h"
#include "speech/SegmentBuilder.h"
#include "speech/SpeakerClustering.h"
#include "speech/SpeakerEmbedder.h"
#include "speech/Transcriber.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTextStream>

using namespace voxnote;

namespace {

const QString kDir = QStringLiteral(VOXNOTE_TESTDATA_DIR "/diarization/");

struct Recording
{
    QString name;
    QList<bench::SpeakerTurn> reference;
    std::vector<audio::AudioChunk> chunks;
    std::vector<QList<speech::Word>> chunkWords;
    qint64 durationMs = 0;
};

QList<speech::Word> cachedWords(const QString& cache, const QString& name, const audio::AudioChunk& chunk,
    speech::SpeechDecoder*& decoder, std::unique_ptr<speech::SpeechDecoder>& owner)
{
    const QString path = QStringLiteral("%1/%2-%3.tsv").arg(cache, name).arg(chunk.index);
    QList<speech::Word> words;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.split(u'\t');
            words.append({f[0], f[1].toLongLong(), f[2].toLongLong(), f[3].toDouble()});
        }
        return words;
    }
    if (!decoder) {
        owner = speech::PocketSphinxEngine().createDecoder();
        decoder = owner.get();
    }
    words = decoder->recognize(chunk, Cancellation());
    if (file.open(QIODevice::WriteOnly)) {
        QTextStream out(&file);
        for (const speech::Word& word : words)
            out << word.text << '\t' << word.startMs << '\t' << word.endMs << '\t' << word.confidence << '\n';
    }
    return words;
}

Recording load(const QString& name, const QString& cache, speech::SpeechDecoder*& decoder,
    std::unique_ptr<speech::SpeechDecoder>& owner, bool onlyCached)
{
    Recording recording;
    recording.name = name;
    const QString rttm = kDir
        + (name == u"sample"              ? QStringLiteral("sample.rttm")
                : name.startsWith(u"dev") ? QStringLiteral("debug.development.rttm")
                                          : QStringLiteral("debug.train.rttm"));
    recording.reference = bench::DiarizationScore::readRttm(rttm, name);
    audio::AudioDecoder audio(kDir + name + u".wav");
    recording.durationMs = audio.info().durationMs();
    audio::SpeechChunker chunker;
    std::vector<float> block;
    while (audio.read(block, 1 << 16)) {
        for (audio::AudioChunk& chunk : chunker.push(block.data(), block.size()))
            recording.chunks.push_back(std::move(chunk));
        block.clear();
    }
    for (audio::AudioChunk& chunk : chunker.finish())
        recording.chunks.push_back(std::move(chunk));
    for (const audio::AudioChunk& chunk : recording.chunks) {
        if (onlyCached
            && !QFileInfo::exists(QStringLiteral("%1/%2-%3.tsv").arg(cache, name).arg(chunk.index)))
            return {};
        recording.chunkWords.push_back(cachedWords(cache, name, chunk, decoder, owner));
    }
    return recording;
}

struct Result
{
    bench::DiarizationScore collar;
    bench::DiarizationScore none;
    int speakers = 0;
    int referenceSpeakers = 0;
};

struct Settings
{
    speech::SpeakerClustering::Options clustering;
    speech::SegmentBuilder::Options segmenting;
    int windowMs = speech::SpeakerEmbedder::kWindowMs;
    int hopMs = speech::SpeakerEmbedder::kHopMs;
};

std::vector<speech::SpeakerWindow> windowsOf(const Recording& recording, const Settings& settings)
{
    speech::SpeakerEmbedder embedder(settings.windowMs, settings.hopMs);
    std::vector<speech::SpeakerWindow> windows;
    for (size_t i = 0; i < recording.chunks.size(); ++i) {
        std::vector<speech::SpeakerWindow> chunkWindows
            = embedder.describe(recording.chunks[i], recording.chunkWords[i]);
        std::move(chunkWindows.begin(), chunkWindows.end(), std::back_inserter(windows));
    }
    return windows;
}

// Each window's reference speaker: the one alone speaking in at least 80 % of
// its span, else -1. Ids come from `ids` (recording/speaker), shared by all.
bench::LabelledWindows labelled(
    const Recording& recording, const Settings& settings, QHash<QString, int>& ids)
{
    bench::LabelledWindows result;
    result.windows = windowsOf(recording, settings);
    for (const speech::SpeakerWindow& window : result.windows) {
        QHash<QString, int> alone;
        int frames = 0;
        for (qint64 ms = window.startMs; ms < window.endMs; ms += 10, ++frames) {
            const double t = (double(ms) + 5.0) / 1000.0;
            QString who;
            int speaking = 0;
            for (const bench::SpeakerTurn& turn : recording.reference) {
                if (turn.start <= t && t < turn.end && who != turn.speaker) {
                    who = turn.speaker;
                    ++speaking;
                }
            }
            if (speaking == 1)
                ++alone[who];
        }
        int label = -1;
        for (auto it = alone.cbegin(); it != alone.cend(); ++it) {
            if (it.value() >= 0.8 * frames) {
                const QString key = recording.name + u'/' + it.key();
                label = ids.value(key, int(ids.size()));
                ids.insert(key, label);
            }
        }
        result.speakers.push_back(label);
    }
    return result;
}

int referenceSpeakers(const Recording& recording)
{
    QStringList speakers;
    for (const bench::SpeakerTurn& turn : recording.reference)
        speakers << turn.speaker;
    speakers.removeDuplicates();
    return int(speakers.size());
}

Result diarize(const Recording& recording, const Settings& settings)
{
    QList<speech::Word> words;
    for (const QList<speech::Word>& chunkWords : recording.chunkWords)
        words += chunkWords;
    const std::vector<speech::SpeakerWindow> windows = windowsOf(recording, settings);
    speech::Transcript transcript;
    transcript.durationMs = recording.durationMs;
    std::vector<int> wordSpeakers;
    Result result;
    if (!words.isEmpty()) {
        const std::vector<int> labels = speech::SpeakerClustering(settings.clustering).cluster(windows);
        wordSpeakers = speech::Transcriber::speakersOfWords(words, windows, labels);
        result.speakers = labels.empty() ? 1 : *std::max_element(labels.begin(), labels.end()) + 1;
    }
    transcript.segments
        = speech::SegmentBuilder(settings.segmenting).build(words, wordSpeakers, recording.durationMs);
    const QList<bench::SpeakerTurn> hypothesis = bench::DiarizationScore::turnsOfSegments(transcript);
    if (qEnvironmentVariable("VX_DUMP") == recording.name) { // diagnostic: the hypothesis turns
        for (const bench::SpeakerTurn& turn : hypothesis)
            QTextStream(stderr) << turn.start << ' ' << turn.end << ' ' << turn.speaker << '\n';
    }
    const double end = double(recording.durationMs) / 1000.0;
    result.collar = bench::DiarizationScore::score(recording.reference, hypothesis, 0.0, end, 0.25);
    result.none = bench::DiarizationScore::score(recording.reference, hypothesis, 0.0, end, 0.0);
    result.referenceSpeakers = referenceSpeakers(recording);
    return result;
}

QString percent(double part, double whole)
{
    return QString::number(whole > 0 ? 100.0 * part / whole : 0.0, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const char* name, const QString& fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const QString cache = value("--cache", QDir::tempPath() + u"/vx-diarization-words");
    QDir().mkpath(cache);
    Settings settings;
    speech::SpeakerClustering::Options& options = settings.clustering;
    options.threshold = value("--threshold", QString::number(options.threshold)).toDouble();
    options.speakers = value("--speakers", QStringLiteral("0")).toInt();
    const double pause = value("--pause", QStringLiteral("0")).toDouble(); // 0: the product's
    if (pause > 0)
        settings.segmenting.pauseMs = int(pause * 1000);
    settings.segmenting.turnGapMs
        = value("--turn-gap", QString::number(settings.segmenting.turnGapMs)).toInt();
    settings.segmenting.paddingMs
        = value("--padding", QString::number(settings.segmenting.paddingMs)).toInt();
    if (args.contains(u"--method")) {
        const QString method = value("--method", QStringLiteral("bic"));
        options.method = method == u"cosine" ? speech::SpeakerClustering::Method::Cosine
            : method == u"projected"         ? speech::SpeakerClustering::Method::Projected
                                             : speech::SpeakerClustering::Method::Bic;
    }
    options.projectedPenalty
        = value("--projected-penalty", QString::number(options.projectedPenalty)).toDouble();
    options.bicPenalty = value("--penalty", QString::number(options.bicPenalty)).toDouble();
    options.switchPenalty = value("--switch", QString::number(options.switchPenalty)).toDouble();
    options.minShare = value("--min-share", QString::number(options.minShare)).toDouble();
    options.maxSpeakers = value("--max-speakers", QString::number(options.maxSpeakers)).toInt();
    options.smoothingRadius = value("--smoothing", QString::number(options.smoothingRadius)).toInt();
    if (args.contains(u"--no-projection"))
        options.projection = speech::SpeakerProjection();
    settings.windowMs = value("--window", QString::number(settings.windowMs)).toInt();
    settings.hopMs = value("--hop", QString::number(settings.hopMs)).toInt();
    const int dims = value("--dims", QStringLiteral("12")).toInt();
    const double shrinkage = value("--shrinkage", QStringLiteral("0.1")).toDouble();
    const bool crossValidate = args.contains(u"--cross-validate");
    const QString projectionFile = value("--write-projection", QString());
    const bool quiet = args.contains(u"--quiet");
    const bool onlyCached = args.contains(u"--only-cached");

    QStringList names {QStringLiteral("dev00"), QStringLiteral("dev01"), QStringLiteral("sample")};
    for (int i = 1; i <= 9; ++i)
        names << QStringLiteral("trn%1").arg(i, 2, 10, QLatin1Char('0'));
    speech::SpeechDecoder* decoder = nullptr;
    std::unique_ptr<speech::SpeechDecoder> owner;
    std::vector<Recording> recordings;
    for (const QString& name : names) {
        Recording recording = load(name, cache, decoder, owner, onlyCached);
        if (!recording.name.isEmpty())
            recordings.push_back(std::move(recording));
    }

    // The projection learned from trn* (all of it, and without each one).
    QHash<QString, int> speakerIds;
    std::vector<bench::LabelledWindows> training;
    std::vector<size_t> trainingAt;
    for (size_t i = 0; i < recordings.size(); ++i) {
        if (recordings[i].name.startsWith(u"trn")) {
            training.push_back(labelled(recordings[i], settings, speakerIds));
            trainingAt.push_back(i);
        }
    }
    const auto projectionWithout = [&](size_t left) {
        std::vector<bench::LabelledWindows> subset;
        for (size_t t = 0; t < training.size(); ++t) {
            if (trainingAt[t] != left)
                subset.push_back(training[t]);
        }
        return speech::SpeakerProjection(bench::trainProjection(subset, dims, shrinkage), dims);
    };
    if (!projectionFile.isEmpty()) {
        const std::vector<float> weights = bench::trainProjection(training, dims, shrinkage);
        size_t used = 0;
        for (const bench::LabelledWindows& t : training)
            used += size_t(std::count_if(t.speakers.begin(), t.speakers.end(), [](int s) { return s >= 0; }));
        const QString about = QStringLiteral(
            "LDA of standardised SpeakerWindow embeddings (%1 ms windows every %2 ms) from trn01-09:\n"
            "%3 windows of %4 speakers, %5 outputs, within-speaker scatter shrunk by %6.")
                                  .arg(settings.windowMs)
                                  .arg(settings.hopMs)
                                  .arg(used)
                                  .arg(speakerIds.size())
                                  .arg(dims)
                                  .arg(shrinkage);
        QSaveFile file(projectionFile);
        if (!file.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << "cannot write " << projectionFile << '\n';
            return 1;
        }
        file.write(bench::projectionSource(weights, dims, about).toUtf8());
        if (!file.commit())
            return 1;
    }
    const speech::SpeakerProjection all = crossValidate
        ? speech::SpeakerProjection(bench::trainProjection(training, dims, shrinkage), dims)
        : options.projection;

    QTextStream out(stdout);
    out << "| file | speakers ref/found | DER collar | DER none | miss | FA | confusion "
           "|\n|---|---|---|---|---|---|---|\n";
    double sums[2][2] = {{0, 0}, {0, 0}}; // [report|tune][collar|none]
    int counts[2] = {0, 0};
    double parts[2][3] = {{0, 0, 0}, {0, 0, 0}};
    double weighted[2][4] = {}; // [set][errors, reference with the collar; errors, reference without]
    double sane[2] = {0, 0}; // trn* with at least 10 s of reference speech: errors, reference (collar)

    for (size_t i = 0; i < recordings.size(); ++i) {
        const QString& name = recordings[i].name;
        const int set = name.startsWith(u"trn") ? 1 : 0;
        Settings used = settings;
        if (crossValidate && !args.contains(u"--no-projection"))
            used.clustering.projection = set == 1 ? projectionWithout(i) : all;
        if (args.contains(u"--oracle-speakers")) // diagnostic: the reference count
            used.clustering.speakers = referenceSpeakers(recordings[i]);
        const Result r = diarize(recordings[i], used);
        sums[set][0] += r.collar.rate();
        sums[set][1] += r.none.rate();
        ++counts[set];
        weighted[set][0] += r.collar.missed + r.collar.falseAlarm + r.collar.confusion;
        weighted[set][1] += r.collar.referenceSpeech;
        weighted[set][2] += r.none.missed + r.none.falseAlarm + r.none.confusion;
        weighted[set][3] += r.none.referenceSpeech;
        if (set == 1 && r.none.referenceSpeech >= 10.0) {
            sane[0] += r.collar.missed + r.collar.falseAlarm + r.collar.confusion;
            sane[1] += r.collar.referenceSpeech;
        }
        parts[set][0] += r.none.missed / r.none.referenceSpeech;
        parts[set][1] += r.none.falseAlarm / r.none.referenceSpeech;
        parts[set][2] += r.none.confusion / r.none.referenceSpeech;
        if (!quiet)
            out << "| " << name << " | " << r.referenceSpeakers << '/' << r.speakers << " | "
                << percent(r.collar.rate(), 1) << " | " << percent(r.none.rate(), 1) << " | "
                << percent(r.none.missed, r.none.referenceSpeech) << " | "
                << percent(r.none.falseAlarm, r.none.referenceSpeech) << " | "
                << percent(r.none.confusion, r.none.referenceSpeech) << " |\n";
        out.flush();
    }
    for (int set = 0; set < 2; ++set) {
        out << (set == 0 ? "\nreport (dev00, dev01, sample)" : "tuning (trn01-09)") << ": DER collar "
            << percent(sums[set][0], counts[set]) << " %, no collar " << percent(sums[set][1], counts[set])
            << " % (miss " << percent(parts[set][0], counts[set]) << ", FA "
            << percent(parts[set][1], counts[set]) << ", confusion " << percent(parts[set][2], counts[set])
            << "); time-weighted DER collar " << percent(weighted[set][0], weighted[set][1]) << " %, none "
            << percent(weighted[set][2], weighted[set][3]) << " %\n";
    }
    out << "tuning files with at least 10 s of reference speech: time-weighted DER collar "
        << percent(sane[0], sane[1]) << " %\n";
    return 0;
}
