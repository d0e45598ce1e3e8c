#pragma once

// Scoring OCR output against ground truth, shared by the tests and the
// benchmark so both measure the same thing.

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <vector>

namespace voxnote::test {

/// Text with every run of white space made one space, trimmed: layout
/// (line breaks, blank lines between paragraphs) is not what CER measures.
inline QString normalizedForScoring(const QString& text)
{
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    return QString(text).replace(kSpace, QStringLiteral(" ")).trimmed();
}

/// Levenshtein distance in characters.
inline int editDistance(const QString& a, const QString& b)
{
    std::vector<int> previous(static_cast<size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[static_cast<size_t>(b.size())];
}

/// Character error rate of `recognized` against `truth`, 0 … (can exceed 1).
inline double characterErrorRate(const QString& recognized, const QString& truth)
{
    const QString expected = normalizedForScoring(truth);
    if (expected.isEmpty())
        return recognized.trimmed().isEmpty() ? 0.0 : 1.0;
    return static_cast<double>(editDistance(normalizedForScoring(recognized), expected)) / expected.size();
}

} // namespace voxnote::test
