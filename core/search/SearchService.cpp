#include "search/SearchService.h"

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
    QStringList words;
    for (const QString& word : query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
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

} // namespace

SearchService::SearchService(storage::Connection& connection)
    : m_connection(connection)
{
}

QList<SearchHit> SearchService::search(const QString& query, const SearchOptions& options)
{
    const QStringList words = wordsOf(query);
    if (words.isEmpty())
        throw Error(QCoreApplication::translate("SearchService", "Type a word or number to search for."));

    // The trigram index finds substrings but needs three characters; the
    // word index finds word beginnings of any length.
    const bool substrings
        = std::all_of(words.cbegin(), words.cend(), [](const QString& w) { return w.size() >= 3; });
    const QString table = substrings ? QStringLiteral("search_trigram") : QStringLiteral("search_words");
    QStringList terms;
    for (const QString& word : words)
        terms << (substrings ? quoted(word) : quoted(word) + u'*');

    storage::QueryParameters parameters;
    parameters.add(terms.join(u' ')); // ?1, the MATCH expression
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

    // Ranking every match of a very common word would cost time in
    // proportion to the whole collection, so only the newest kCandidates
    // matches are ranked (all of them for any word that is not that common);
    // snippets are made for the hits shown only.
    const QString marks = QStringLiteral("'%1', '%2'").arg(kMatchStart, kMatchEnd);
    const QString sql
        = QStringLiteral(
            "WITH candidates AS (SELECT %1.rowid AS id, bm25(%1, 4.0, 1.0) AS score FROM %1 "
            "JOIN search_docs d ON d.rowid = %1.rowid WHERE %1 MATCH ?1%3 ORDER BY %1.rowid DESC LIMIT %6), "
            "top AS (SELECT id, score FROM candidates ORDER BY score LIMIT %4) "
            "SELECT d.kind, d.ref_id, coalesce(d.note_id, ''), coalesce(n.title, d.title), "
            "snippet(%1, -1, %2, '…', %5), d.time_ms, d.page, d.created_at, top.score "
            "FROM top JOIN %1 ON %1.rowid = top.id JOIN search_docs d ON d.rowid = top.id "
            "LEFT JOIN notes n ON n.id = d.note_id WHERE %1 MATCH ?1 ORDER BY top.score")
              .arg(table, marks, where, parameters.add(options.limit),
                  // A trigram "token" is one character; a unicode61 one a word.
                  substrings ? QStringLiteral("64") : QStringLiteral("20"), QString::number(kCandidates));

    storage::Statement select = m_connection.prepare(sql.toStdString());
    parameters.bindTo(select);
    QList<SearchHit> hits;
    while (select.step()) {
        SearchHit hit;
        hit.kind = select.columnText(0);
        hit.refId = select.columnText(1);
        hit.noteId = select.columnText(2);
        hit.title = select.columnText(3);
        hit.snippet = select.columnText(4);
        if (!select.isNull(5))
            hit.timeMs = select.columnInt64(5);
        if (!select.isNull(6))
            hit.page = static_cast<int>(select.columnInt64(6));
        hit.createdAtMs = select.columnInt64(7);
        hit.rank = select.columnDouble(8);
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
