#include "notes/WordAlignment.h"

#include <algorithm>
#include <vector>

namespace voxnote::notes {

namespace {

QString normalized(QStringView word)
{
    QString result;
    result.reserve(word.size());
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

struct Span
{
    int offset;
    int length;
};

QList<Span> tokenize(const QString& text)
{
    QList<Span> spans;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        const int start = i;
        while (i < n && !text.at(i).isSpace())
            ++i;
        if (i > start)
            spans.append({start, i - start});
    }
    return spans;
}

// Pairs of (token index, word index) matched by a longest common subsequence.
// Segments are sentences, so the table stays small; past a limit, match
// nothing and let the times be spread.
QList<std::pair<int, int>> matchInOrder(const QStringList& tokens, const QStringList& words)
{
    constexpr qsizetype kMaxCells = 4'000'000;
    const qsizetype n = tokens.size();
    const qsizetype m = words.size();
    if (n == 0 || m == 0 || n * m > kMaxCells)
        return {};
    std::vector<int> table(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int& {
        return table[size_t(i * (m + 1) + j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            at(i, j) = (!tokens[i].isEmpty() && tokens[i] == words[j]) ? at(i + 1, j + 1) + 1
                                                                       : std::max(at(i + 1, j), at(i, j + 1));
        }
    }
    QList<std::pair<int, int>> pairs;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (!tokens[i].isEmpty() && tokens[i] == words[j]) {
            pairs.append({int(i), int(j)});
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return pairs;
}

// Gives tokens [first, last) times spread evenly over [from, to].
void spread(QList<TimedToken>& tokens, int first, int last, qint64 from, qint64 to)
{
    const int count = last - first;
    if (count <= 0)
        return;
    to = std::max(from, to);
    const qint64 span = to - from;
    for (int k = 0; k < count; ++k) {
        TimedToken& token = tokens[first + k];
        token.startMs = from + span * k / count;
        token.endMs = from + span * (k + 1) / count;
        token.confidence = 1.0; // typed by a person
    }
}

} // namespace

QList<TimedToken> alignWords(
    const QString& text, const QList<speech::Word>& words, qint64 segmentStartMs, qint64 segmentEndMs)
{
    const QList<Span> spans = tokenize(text);
    QList<TimedToken> tokens;
    tokens.reserve(spans.size());
    QStringList tokenKeys;
    for (const Span& span : spans) {
        tokens.append({span.offset, span.length, 0, 0, 0.0});
        tokenKeys << normalized(QStringView(text).mid(span.offset, span.length));
    }
    QStringList wordKeys;
    for (const speech::Word& word : words)
        wordKeys << normalized(word.text);

    // Anchors: matched pairs, framed by the segment's start and end.
    QList<std::pair<int, int>> anchors = matchInOrder(tokenKeys, wordKeys);
    int previousToken = -1;
    int previousWord = -1;
    qint64 previousEnd = segmentStartMs;
    anchors.append({int(tokens.size()), int(words.size())});
    for (const auto& [token, word] : anchors) {
        const bool end = token == tokens.size();
        const qint64 nextStart = end ? segmentEndMs : words[word].startMs;
        // The unmatched tokens between two anchors take the time of the
        // unmatched words between them, or of the gap if there are none.
        qint64 from = previousEnd;
        qint64 to = nextStart;
        if (word - previousWord > 1) {
            from = words[previousWord + 1].startMs;
            to = words[word - 1].endMs;
        }
        spread(tokens, previousToken + 1, token, from, to);
        if (!end) {
            tokens[token].startMs = words[word].startMs;
            tokens[token].endMs = words[word].endMs;
            tokens[token].confidence = words[word].confidence;
            previousEnd = words[word].endMs;
        }
        previousToken = token;
        previousWord = word;
    }
    for (TimedToken& token : tokens) {
        token.startMs = std::clamp(token.startMs, segmentStartMs, std::max(segmentStartMs, segmentEndMs));
        token.endMs = std::clamp(token.endMs, token.startMs, std::max(token.startMs, segmentEndMs));
    }
    return tokens;
}

QList<speech::Word> wordsForText(const QString& text, const QList<TimedToken>& tokens)
{
    QList<speech::Word> words;
    words.reserve(tokens.size());
    for (const TimedToken& token : tokens)
        words.append({text.mid(token.offset, token.length), token.startMs, token.endMs, token.confidence});
    return words;
}

} // namespace voxnote::notes
