#include "speech/WordErrorRate.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace voxnote::speech {

QStringList WordErrorRate::normalizedWords(const QString& text)
{
    static const QRegularExpression notWordCharacter(QStringLiteral("[^\\w']+"));
    QStringList words;
    for (QString word : text.toLower().split(notWordCharacter, Qt::SkipEmptyParts)) {
        while (word.startsWith(u'\''))
            word.remove(0, 1);
        while (word.endsWith(u'\''))
            word.chop(1);
        if (!word.isEmpty())
            words << word;
    }
    return words;
}

int WordErrorRate::errors(const QStringList& reference, const QStringList& hypothesis)
{
    std::vector<int> previous(size_t(hypothesis.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= reference.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= hypothesis.size(); ++j) {
            const int substitution
                = previous[size_t(j) - 1] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 1);
            current[size_t(j)]
                = std::min({substitution, previous[size_t(j)] + 1, current[size_t(j) - 1] + 1});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

double WordErrorRate::of(const QString& reference, const QString& hypothesis)
{
    const QStringList ref = normalizedWords(reference);
    const QStringList hyp = normalizedWords(hypothesis);
    if (ref.isEmpty())
        return hyp.isEmpty() ? 0.0 : 1.0;
    return double(errors(ref, hyp)) / double(ref.size());
}

} // namespace voxnote::speech
