#include "search/SearchService.h"

#include "search/MatchRank.h"

#include "Error.h"
#include "storage/Connection.h"
#include "storage/QueryParameters.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace voxnote::search {

namespace {

// Whitespace-separated words of the query that contain a letter or digit.
QStringList wordsOf(const QString& query)
{
    // Control characters separate words too: FTS5 reads a quoted term only
    // up to a NUL, so one left inside would end it mid-quote.
    QString text = query;
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QStringList words;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            words << word;
    }
    return words;
}

QString quoted(const QString& word)
{
    QString text = word;
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

/// Where `word` (folded) occurs in `folded` from `from` on: at the start of a
/// word, or anywhere. -1 if it does not.
qsizetype findMatch(const QString& folded, const QString& word, qsizetype from, bool wordStart)
{
    for (qsizetype at = folded.indexOf(word, from); at >= 0; at = folded.indexOf(word, at + 1)) {
        if (!wordStart || at == 0 || !folded.at(at - 1).isLetterOrNumber())
            return at;
    }
    return -1;
}

} // namespace

QString SearchService::snippetOf(const QString& text, const QStringList& words, MatchMode mode)
{
    constexpr qsizetype kBefore = 40;
    constexpr qsizetype kLength = 160;
    const bool wordStart = mode == MatchMode::WordStart;
    // Case folding keeps the length of all but a few exotic characters; the
    // positions found are only used when it does.
    const QString folded = text.toCaseFolded();
    QStringList foldedWords;
    for (const QString& word : words)
        foldedWords << word.toCaseFolded();
    const bool aligned = folded.size() == text.size();

    // Every match as (start, end), in order, then the window around the first.
    QList<std::pair<qsizetype, qsizetype>> matches;
    if (aligned) {
        for (qsizetype at = 0; at < folded.size();) {
            qsizetype best = -1;
            qsizetype bestEnd = -1;
            for (const QString& word : foldedWords) {
                const qsizetype found = findMatch(folded, word, at, wordStart);
                if (found >= 0
                    && (best < 0 || found < best || (found == best && found + word.size() > bestEnd))) {
                    best = found;
                    bestEnd = found + word.size();
                }
            }
            if (best < 0)
                break;
            if (wordStart) { // the whole word that begins with the prefix
                while (bestEnd < text.size() && text.at(bestEnd).isLetterOrNumber())
                    ++bestEnd;
            }
            matches.append({best, bestEnd});
            at = bestEnd;
        }
    }
    qsizetype start = matches.isEmpty() ? 0 : std::max<qsizetype>(0, matches.front().first - kBefore);
    qsizetype end = std::min(text.size(), start + kLength);
    // Cut at spaces, not inside words.
    if (start > 0) {
        const qsizetype space = text.indexOf(u' ', start);
        if (space >= 0 && (matches.isEmpty() || space < matches.front().first))
            start = space + 1;
    }
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', end);
        if (space > start && (matches.isEmpty() || space >= matches.front().second))
            end = space;
    }
    QString snippet;
    if (start > 0)
        snippet += u'…';
    qsizetype at = start;
    for (const auto& [from, to] : matches) {
        if (from < start)
            continue;
        if (from >= end)
            break;
        snippet
            += text.mid(at, from - at) + kMatchStart + text.mid(from, std::min(to, end) - from) + kMatchEnd;
        at = std::min(to, end);
    }
    snippet += text.mid(at, end - at);
    if (end < text.size())
        snippet += u'…';
    return snippet;
}

SearchService::SearchService(storage::Connection& connection)
    : m_connection(connection)
{
    registerMatchRank(m_connection);
}

QList<SearchHit> SearchService::search(const QString& query, const SearchOptions& options)
{
    const QStringList words = wordsOf(query);
    if (words.isEmpty())
        throw Error(QCoreApplication::translate("SearchService", "Type a word or number to search for."));
    // The word index finds words by their beginning, as typed: "meet" finds
    // "meeting", 회의 finds 회의록을. Only when no word starts that way does
    // the trigram index look inside words ("budget" in "overbudget"), which
    // needs three characters a word and is slower on common letter runs.
    QList<SearchHit> hits = run(QStringLiteral("search_words"), words, MatchMode::WordStart, options);
    const bool longWords
        = std::all_of(words.cbegin(), words.cend(), [](const QString& w) { return w.size() >= 3; });
    if (hits.isEmpty() && longWords)
        hits = run(QStringLiteral("search_trigram"), words, MatchMode::Anywhere, options);
    return hits;
}

QList<SearchHit> SearchService::run(
    const QString& table, const QStringList& words, MatchMode mode, const SearchOptions& options)
{
    const auto matchOf = [&words](bool prefix) {
        QStringList terms;
        for (const QString& word : words)
            terms << (prefix ? quoted(word) + u'*' : quoted(word));
        return terms.join(u' ');
    };
    storage::QueryParameters parameters;
    parameters.add(matchOf(false)); // ?1, the MATCH expression
    QString where;
    if (!options.kinds.isEmpty()) {
        QStringList placeholders;
        for (const QString& kind : options.kinds)
            placeholders << parameters.add(kind);
        where += u" AND d.kind IN (" + placeholders.join(u", ") + u')';
    }
    if (!options.tag.isEmpty())
        where += u" AND d.note_id IN (SELECT nt.note_id FROM note_tags nt JOIN tags t ON t.id = nt.tag_id "
                 u"WHERE t.name = "
            + parameters.add(options.tag) + u" COLLATE NOCASE)";
    if (options.fromMs)
        where += u" AND d.created_at >= " + parameters.add(*options.fromMs);
    if (options.toMs)
        where += u" AND d.created_at < " + parameters.add(*options.toMs);
    const QString candidates = QStringLiteral("SELECT %1.rowid AS id, vx_rank(%1, 4.0) AS score FROM %1 "
                                              "JOIN search_docs d ON d.rowid = %1.rowid WHERE %1 MATCH ?1%2 "
                                              "ORDER BY %1.rowid DESC LIMIT %3")
                                   .arg(table, where, QString::number(kCandidates));
    if (mode == MatchMode::WordStart) {
        // A prefix query merges the lists of every word that begins with the
        // prefix, which for a common word costs time in proportion to the
        // collection; the word itself is read lazily, newest first. When the
        // word itself already fills the candidates, they are ranked alone.
        storage::Statement count
            = m_connection.prepare(QStringLiteral("SELECT count(*) FROM (%1)").arg(candidates).toStdString());
        parameters.bindTo(count);
        if (!count.step() || count.columnInt64(0) < kCandidates)
            parameters.set(1, matchOf(true));
    }
    // Ranking every match of a very common word would cost time in
    // proportion to the whole collection, so only the newest kCandidates
    // matches are ranked (all of them for any word that is not that common),
    // by vx_rank (see MatchRank.h), which looks at nothing but the row;
    // snippets are made for the hits shown only.
    const QString sql = QStringLiteral(
        "WITH candidates AS (%1), "
        "top AS (SELECT id, score FROM candidates ORDER BY score DESC, id DESC LIMIT %2) "
        "SELECT d.kind, d.ref_id, coalesce(d.note_id, ''), coalesce(n.title, d.title), d.title, d.body, "
        "d.time_ms, d.page, d.created_at, top.score "
        "FROM top JOIN search_docs d ON d.rowid = top.id "
        "LEFT JOIN notes n ON n.id = d.note_id ORDER BY top.score DESC, top.id DESC")
                            .arg(candidates, parameters.add(options.limit));
    storage::Statement select = m_connection.prepare(sql.toStdString());
    parameters.bindTo(select);
    QList<SearchHit> hits;
    while (select.step()) {
        SearchHit hit;
        hit.kind = select.columnText(0);
        hit.refId = select.columnText(1);
        hit.noteId = select.columnText(2);
        hit.title = select.columnText(3);
        // Made here rather than by FTS5's snippet(), which would run the
        // query again for each hit: for a prefix that means merging the
        // doclists of every word it begins, once per hit.
        const QString body = select.columnText(5);
        hit.snippet = snippetOf(body, words, mode);
        if (!hit.snippet.contains(kMatchStart))
            hit.snippet = snippetOf(select.columnText(4), words, mode);
        if (!select.isNull(6))
            hit.timeMs = select.columnInt64(6);
        if (!select.isNull(7))
            hit.page = static_cast<int>(select.columnInt64(7));
        hit.createdAtMs = select.columnInt64(8);
        hit.rank = select.columnDouble(9);
        hits << hit;
    }
    return hits;
}

QString SearchService::markedSnippet(const QString& snippet, const QString& open, const QString& close)
{
    QString text = snippet;
    return text.replace(kMatchStart, open).replace(kMatchEnd, close);
}

QString SearchService::htmlSnippet(const QString& snippet)
{
    return markedSnippet(snippet.toHtmlEscaped(), QStringLiteral("<mark>"), QStringLiteral("</mark>"));
}

} // namespace voxnote::search
