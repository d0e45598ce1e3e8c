#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::search {

struct SearchOptions
{
    QStringList kinds; ///< "note", "segment", "ocr", "task"; empty for all
    QString tag; ///< only hits in notes with this tag
    std::optional<qint64> fromMs; ///< created at or after
    std::optional<qint64> toMs; ///< created before
    int limit = 50;
};

struct SearchHit
{
    QString kind; ///< note, segment, ocr, task
    QString refId; ///< the note, segment, OCR page or task
    QString noteId; ///< the note it belongs to (empty for tasks)
    QString title; ///< the note's or task's title
    /// Text around the match; matched words sit between kMatchStart and kMatchEnd.
    QString snippet;
    std::optional<qint64> timeMs; ///< where a transcript hit starts in the recording
    std::optional<int> page; ///< the page of an OCR hit
    qint64 createdAtMs = 0;
    double rank = 0; ///< higher is better (see MatchRank.h)
};

/// One full-text search over note titles and bodies, transcript segments,
/// OCR text and tasks, ranked by relevance. Queries are plain words, never
/// FTS syntax: quotes, stars and brackets are searched for as text. Words of
/// three or more characters match anywhere inside a word (회의록 finds
/// 회의록을, "eting" finds "meeting"); shorter words match word beginnings
/// (회의 finds 회의록을). Hits in the trash are not found. Use on the
/// connection's thread.
class SearchService
{
public:
    static constexpr QChar kMatchStart {0xE000};
    static constexpr QChar kMatchEnd {0xE001};
    /// At most this many of the newest matches are ranked.
    static constexpr int kCandidates = 2000;

    explicit SearchService(storage::Connection& connection);

    /// Throws `Error` with a sentence if the query has nothing to search for.
    QList<SearchHit> search(const QString& query, const SearchOptions& options = {});

    /// The snippet with its markers replaced by `open` and `close`.
    static QString markedSnippet(const QString& snippet, const QString& open, const QString& close);
    /// The snippet as HTML: text escaped, matches in <mark>.
    static QString htmlSnippet(const QString& snippet);

private:
    /// Words match at the start of a word (as typed), or anywhere inside one.
    enum class MatchMode { WordStart, Anywhere };

    QList<SearchHit> run(
        const QString& table, const QStringList& words, MatchMode mode, const SearchOptions& options);
    /// About 160 characters of `text` around its first match, every match
    /// between kMatchStart and kMatchEnd, "…" where it was cut.
    static QString snippetOf(const QString& text, const QStringList& words, MatchMode mode);

    storage::Connection& m_connection;
};

} // namespace voxnote::search
