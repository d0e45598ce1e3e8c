#include "cli/verbs/SearchVerb.h"

#include "cli/CliContext.h"
#include "cli/Presenter.h"
#include "search/SearchService.h"
#include "storage/Profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SearchVerb", text);
}

qint64 dayStartMs(const QString& text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        throw Error(tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

QString SearchVerb::name() const
{
    return QStringLiteral("search");
}

QString SearchVerb::summary() const
{
    return tr("Search notes, transcripts, recognised text and tasks.");
}

void SearchVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("query"), tr("The words to find."));
    parser.addOption(
        {QStringLiteral("kind"), tr("Only note, segment (transcripts), ocr or task hits."), tr("kind")});
    parser.addOption({QStringLiteral("tag"), tr("Only hits in notes with this tag."), tr("tag")});
    parser.addOption({QStringLiteral("from"), tr("Only things created on or after this date."), tr("date")});
    parser.addOption({QStringLiteral("to"), tr("Only things created before this date."), tr("date")});
    parser.addOption({QStringLiteral("limit"), tr("Show at most <n> hits."), tr("n"), QStringLiteral("20")});
}

int SearchVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QString query = words(parser).join(u' ');
    search::SearchOptions options;
    static const QStringList s_kinds {
        QStringLiteral("note"), QStringLiteral("segment"), QStringLiteral("ocr"), QStringLiteral("task")};
    for (const QString& kind : parser.values(QStringLiteral("kind"))) {
        if (!s_kinds.contains(kind))
            throw Error(tr("“%1” is not a kind of hit; use note, segment, ocr or task.").arg(kind));
        options.kinds << kind;
    }
    options.tag = parser.value(QStringLiteral("tag"));
    if (parser.isSet(QStringLiteral("from")))
        options.fromMs = dayStartMs(parser.value(QStringLiteral("from")));
    if (parser.isSet(QStringLiteral("to")))
        options.toMs = dayStartMs(parser.value(QStringLiteral("to")));
    options.limit = std::clamp(parser.value(QStringLiteral("limit")).toInt(), 1, 1000);

    storage::Connection& db = context.profile().database();
    const QList<search::SearchHit> hits = search::SearchService(db).search(query, options);
    Presenter present(db);
    if (context.json()) {
        QJsonArray json;
        for (const search::SearchHit& hit : hits)
            json.append(present.hit(hit));
        context.printJson({{QStringLiteral("query"), query}, {QStringLiteral("hits"), json}});
    } else if (hits.isEmpty()) {
        context.out() << tr("Nothing found for “%1”.").arg(query) << Qt::endl;
    } else {
        for (const search::SearchHit& hit : hits)
            context.out() << present.hitLine(hit) << Qt::endl;
    }
    return 0;
}

} // namespace voxnote::cli
