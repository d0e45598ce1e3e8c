// Fuzzes the search query builder (core/search/SearchService): any text a
// person types, with any kinds, tag and dates, either finds hits or throws
// Error with a sentence; FTS5 never sees it as query syntax (an SQL error
// would surface as a crash here), hits respect the limit, and snippets
// render as HTML with nothing but <mark> as markup.

#include "FuzzHarness.h"

#include "Error.h"
#include "notes/NoteRepository.h"
#include "search/SearchService.h"
#include "storage/Profile.h"
#include "tasks/TaskRepository.h"

#include <QDir>

#include <cstdio>
#include <memory>

using namespace voxnote;

namespace {

std::unique_ptr<storage::Profile>& profile()
{
    static std::unique_ptr<storage::Profile> s_profile;
    return s_profile;
}

} // namespace

namespace voxnote::fuzz {

QList<std::pair<QString, QByteArray>> seeds()
{
    // A flag byte (kinds), a tag, then the query.
    const auto seed = [](char kinds, const QByteArray& tag, const QByteArray& query) -> QByteArray {
        return QByteArray(1, kinds) + QByteArray(1, static_cast<char>(tag.size())) + QByteArray(1, '\0') + tag
            + QByteArray(8, '\0') + QByteArray(8, '\0') + query;
    };
    return {{QStringLiteral("word"), seed(0, {}, "meeting")}, {QStringLiteral("korean"), seed(0, {}, "회의")},
        {QStringLiteral("syntax"), seed(0, {}, "\"a\" OR b* NEAR(c)")},
        {QStringLiteral("tasks"), seed(8, {}, "call mina")},
        {QStringLiteral("tagged"), seed(1, "work", "eting")}, {QStringLiteral("short"), seed(0, {}, "a")}};
}

} // namespace voxnote::fuzz

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv, false);
    profile() = storage::Profile::open(QDir(fuzz::scratchDir()).filePath(QStringLiteral("profile")));
    storage::NoteRepository notes(profile()->database());
    notes.create(QStringLiteral("Team meeting"), QStringLiteral("We met and wrote the 회의록을 for Mina."));
    notes.create(
        QStringLiteral("Shopping"), QStringLiteral("Milk, \"quoted\" eggs * and (brackets) OR NEAR"));
    tasks::TaskRepository tasks(profile()->database(), QString());
    tasks::TaskDraft draft;
    draft.title = QStringLiteral("Call Mina about the meeting");
    tasks.create(draft);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::InputReader in(data, size);
    search::SearchOptions options;
    const uint8_t kinds = in.byte();
    const char* names[] = {"note", "segment", "ocr", "task", "other"};
    for (int i = 0; i < 5; ++i) {
        if (kinds & (1 << i))
            options.kinds << QString::fromLatin1(names[i]);
    }
    options.tag = in.text(32);
    if (const qint64 from = in.integer())
        options.fromMs = from;
    if (const qint64 to = in.integer())
        options.toMs = to;
    options.limit = 1 + (kinds >> 5) * 7;
    const QString query = QString::fromUtf8(in.rest());
    try {
        const QList<search::SearchHit> hits
            = search::SearchService(profile()->database()).search(query, options);
        if (hits.size() > options.limit)
            fuzz::violated("a search gave more hits than its limit");
        for (const search::SearchHit& hit : hits) {
            QString html = search::SearchService::htmlSnippet(hit.snippet);
            html.remove(QStringLiteral("<mark>")).remove(QStringLiteral("</mark>"));
            if (html.contains(u'<') || html.contains(u'>'))
                fuzz::violated("a snippet holds markup other than <mark>");
        }
    } catch (const Error& error) {
        // The only refusal is for a query with nothing to search for; an SQL
        // error here would mean the text reached FTS5 as syntax.
        if (!error.message().startsWith(QStringLiteral("Type a word"))) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            fuzz::violated("a search failed with an error other than an empty query");
        }
    }
    return 0;
}
