#include "LibrivoxClips.h"

#include <QFile>

#include <vector>

namespace voxnote::bench {

namespace {
const QString kLibrivox = QStringLiteral("/usr/share/pocketsphinx/test/data/librivox");
}

QList<LibrivoxClip> librivoxClips()
{
    QList<LibrivoxClip> list;
    QFile transcription(kLibrivox + u"/transcription");
    if (!transcription.open(QIODevice::ReadOnly))
        return list;
    for (const QString& line : QString::fromUtf8(transcription.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype open = line.lastIndexOf(u'(');
        const QString id = line.mid(open + 1).chopped(1);
        QString text = line.left(open);
        text.remove(QStringLiteral("<s>")).remove(QStringLiteral("</s>"));
        const QString name = id.right(4);
        const bool tune = name == u"0870" || name == u"0880" || name == u"0890";
        list.append({name, kLibrivox + u'/' + id + u".wav", text.simplified(), tune});
    }
    return list;
}

QList<bool> correctWords(const QStringList& reference, const QStringList& hypothesis)
{
    const qsizetype n = reference.size();
    const qsizetype m = hypothesis.size();
    std::vector<std::vector<int>> cost(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = 0; i <= n; ++i)
        cost[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        cost[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int substitute
                = cost[size_t(i - 1)][size_t(j - 1)] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 1);
            cost[size_t(i)][size_t(j)] = std::min(
                {cost[size_t(i - 1)][size_t(j)] + 1, cost[size_t(i)][size_t(j - 1)] + 1, substitute});
        }
    }
    QList<bool> correct(m, false);
    qsizetype i = n;
    qsizetype j = m;
    while (i > 0 && j > 0) {
        const bool same = reference[i - 1] == hypothesis[j - 1];
        if (cost[size_t(i)][size_t(j)] == cost[size_t(i - 1)][size_t(j - 1)] + (same ? 0 : 1)) {
            correct[j - 1] = same;
            --i;
            --j;
        } else if (cost[size_t(i)][size_t(j)] == cost[size_t(i)][size_t(j - 1)] + 1) {
            --j;
        } else {
            --i;
        }
    }
    return correct;
}

} // namespace voxnote::bench
