// Tunes speaker diarization without re-running the recogniser: the words of
// each diarization recording are recognised once and cached, then the
// product's own diarization steps (the same ones `Transcriber` runs:
// SpeechChunker → SpeakerEmbedder per chunk → SpeakerClustering →
// speakersOfWords → SegmentBuilder) are scored against the RTTM ground truth.
// Tune on trn*, report on dev* and sample.
//
//   vx_tune_diarization [--cache DIR] [--method bic|cosine] [--penalty P] [--switch S]
//       [--threshold T] [--min-share F] [--min-speech MS] [--max-speakers N] [--window MS] [--hop MS]
//       [--pause S] [--turn-gap MS] [--speakers N] [--oracle-speakers] [--quiet] [--only-cached]
//
// --oracle-speakers gives each file its reference number of speakers (what a
// user's --speakers N does), to score the clustering apart from the estimate.
// Besides the means it prints DER weighted by each file's reference speech,
// over all of trn* and over the trn* files with at least 10 s of it (trn01
// and trn02 have so little that their false alarm dominates).

#include "DiarizationScore.h"

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
    transcript.segments = speech::SegmentBuilder(settings.segmenting).build(words, wordSpeakers);
    const QList<bench::SpeakerTurn> hypothesis = bench::DiarizationScore::turnsOfSegments(transcript);
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
    if (args.contains(u"--method"))
        options.method = value("--method", QStringLiteral("bic")) == u"cosine"
            ? speech::SpeakerClustering::Method::Cosine
            : speech::SpeakerClustering::Method::Bic;
    options.bicPenalty = value("--penalty", QString::number(options.bicPenalty)).toDouble();
    options.switchPenalty = value("--switch", QString::number(options.switchPenalty)).toDouble();
    options.minShare = value("--min-share", QString::number(options.minShare)).toDouble();
    options.minSpeechMs = value("--min-speech", QString::number(options.minSpeechMs)).toInt();
    options.maxSpeakers = value("--max-speakers", QString::number(options.maxSpeakers)).toInt();
    settings.windowMs = value("--window", QString::number(settings.windowMs)).toInt();
    settings.hopMs = value("--hop", QString::number(settings.hopMs)).toInt();
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
