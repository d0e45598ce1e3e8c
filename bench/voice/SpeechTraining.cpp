#include "SpeechTraining.h"

#include "audio/AudioDecoder.h"

namespace voxnote::bench {

QList<LabelledRecording> labelledRecordings()
{
    const QString dir = QStringLiteral(VOXNOTE_TESTDATA_DIR "/diarization/");
    QList<LabelledRecording> list;
    QStringList names {QStringLiteral("dev00"), QStringLiteral("dev01"), QStringLiteral("sample")};
    for (int i = 1; i <= 9; ++i)
        names << QStringLiteral("trn%1").arg(i, 2, 10, QLatin1Char('0'));
    for (const QString& name : names) {
        const QString rttm = dir
            + (name == u"sample"              ? QStringLiteral("sample.rttm")
                    : name.startsWith(u"dev") ? QStringLiteral("debug.development.rttm")
                                              : QStringLiteral("debug.train.rttm"));
        list.append(
            {name, dir + name + u".wav", DiarizationScore::readRttm(rttm, name), name.startsWith(u"trn")});
    }
    return list;
}

bool isReferenceSpeech(const QList<SpeakerTurn>& reference, double seconds)
{
    return std::any_of(reference.begin(), reference.end(),
        [&](const SpeakerTurn& turn) { return turn.start <= seconds && seconds < turn.end; });
}

std::vector<float> decodedSamples(const QString& path)
{
    audio::AudioDecoder decoder(path);
    std::vector<float> samples;
    std::vector<float> block;
    while (decoder.read(block, 1 << 16)) {
        samples.insert(samples.end(), block.begin(), block.end());
        block.clear();
    }
    samples.insert(samples.end(), block.begin(), block.end());
    return samples;
}

} // namespace voxnote::bench
