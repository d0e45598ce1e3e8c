#pragma once

#include <QString>
#include <QStringList>

namespace voxnote::speech {

/// The word error rate of a transcript against what was really said:
/// (substitutions + deletions + insertions) / reference words, after lower-
/// casing and removing punctuation. Used to measure engines and settings.
/// Call from any thread.
class WordErrorRate
{
public:
    /// Lower-case words without punctuation (apostrophes inside words stay).
    static QStringList normalizedWords(const QString& text);
    /// The edit distance in words between `reference` and `hypothesis`.
    static int errors(const QStringList& reference, const QStringList& hypothesis);
    /// errors / reference words (1.0 for an empty reference with any output).
    static double of(const QString& reference, const QString& hypothesis);
};

} // namespace voxnote::speech
