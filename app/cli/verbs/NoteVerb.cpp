#include "cli/verbs/NoteVerb.h"

#include "cli/CliContext.h"
#include "cli/Presenter.h"
#include "notes/NoteRepository.h"
#include "notes/TagRepository.h"
#include "search/SearchService.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>

namespace voxnote::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("NoteVerb", text, nullptr, n);
}

QString readBody(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("body")))
        return parser.value(QStringLiteral("body"));
    const QString path = parser.value(QStringLiteral("body-file"));
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        throw Error(tr("Voxnote cannot read %1 (%2).").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        throw Error(tr("%1 is not UTF-8 text.").arg(path));
    return text;
}

bool hasBody(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("body")) || parser.isSet(QStringLiteral("body-file"));
}

notes::Note existingNote(notes::NoteRepository& notes, const QString& id)
{
    const std::optional<notes::Note> note = notes.find(id);
    if (!note)
        throw Error(tr("There is no note with the id %1.").arg(id));
    return *note;
}

QString needWord(const QStringList& words, int index, const char* what)
{
    if (words.size() <= index)
        throw UsageError(tr("Missing %1.").arg(tr(what)));
    return words[index];
}

// Stores the file in the blob store (once, whatever its name) and attaches it.
void attachFile(storage::Profile& profile, const QString& noteId, const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw Error(tr("%1 is not a file Voxnote can attach.").arg(path));
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info);
    const QString kind = mime.name().startsWith(u"audio/") ? QStringLiteral("audio")
        : mime.name().startsWith(u"image/")                ? QStringLiteral("image")
                                                           : QStringLiteral("document");
    const QString hash = profile.blobs().putFile(path);
    notes::NoteRepository(profile.database())
        .attach(noteId, hash, kind, info.fileName(), mime.name(), info.size());
}

} // namespace

QString NoteVerb::name() const
{
    return QStringLiteral("note");
}

QString NoteVerb::summary() const
{
    return tr("Notes: add, list, show, edit, rm, restore, revisions, search, tag.");
}

void NoteVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("command"),
        tr("add TITLE | list | show ID | edit ID | rm ID | restore ID | revisions ID | search QUERY | "
           "tag add ID TAG… | tag rm ID TAG… | tag rename OLD NEW | tag list"));
    parser.addOption({QStringLiteral("body"), tr("The note's text (markdown)."), tr("text")});
    parser.addOption(
        {QStringLiteral("body-file"), tr("Read the note's text from <file> (- for stdin)."), tr("file")});
    parser.addOption({QStringLiteral("title"), tr("A new title (edit)."), tr("title")});
    parser.addOption({QStringLiteral("tag"), tr("A tag to add (add) or to list by (list)."), tr("tag")});
    parser.addOption({QStringLiteral("attach"), tr("Attach this file (add; may be repeated)."), tr("file")});
    parser.addOption({QStringLiteral("pin"), tr("Pin the note.")});
    parser.addOption({QStringLiteral("unpin"), tr("Unpin the note.")});
    parser.addOption({QStringLiteral("trash"), tr("List the notes in the trash.")});
    parser.addOption({QStringLiteral("purge"), tr("Delete for good instead of moving to the trash (rm).")});
    parser.addOption({QStringLiteral("revision"), tr("Restore this revision (restore)."), tr("id")});
    parser.addOption(
        {QStringLiteral("limit"), tr("Show at most <n> notes."), tr("n"), QStringLiteral("100")});
}

int NoteVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList args = words(parser);
    const QString command = needWord(args, 0, "the command (add, list, show …)");
    storage::Connection& db = context.profile().database();
    notes::NoteRepository notes(db);
    notes::TagRepository tags(db);
    Presenter present(db);
    QTextStream& out = context.out();

    const auto printNote = [&](const notes::Note& note) {
        if (context.json()) {
            context.printJson(present.note(note));
        } else {
            out << present.noteLine(note) << Qt::endl;
            if (command == u"show" && !note.body.isEmpty())
                out << Qt::endl << note.body << Qt::endl;
        }
    };

    if (command == u"add") {
        const QString title = needWord(args, 1, "the note's title").trimmed();
        if (title.isEmpty())
            throw Error(tr("A note needs a title."));
        storage::Transaction transaction(db);
        const notes::Note created = notes.create(title, hasBody(parser) ? readBody(parser) : QString());
        for (const QString& tag : parser.values(QStringLiteral("tag")))
            tags.addTag(created.id, tag);
        for (const QString& path : parser.values(QStringLiteral("attach")))
            attachFile(context.profile(), created.id, path);
        if (parser.isSet(QStringLiteral("pin")))
            notes.setPinned(created.id, true);
        transaction.commit();
        printNote(existingNote(notes, created.id));
    } else if (command == u"list") {
        const int limit = parser.value(QStringLiteral("limit")).toInt();
        const QList<notes::Note> list = parser.isSet(QStringLiteral("trash"))
            ? notes.trash(limit)
            : notes.list(limit, 0, parser.value(QStringLiteral("tag")));
        QJsonArray json;
        for (const notes::Note& note : list) {
            if (context.json())
                json.append(present.note(note));
            else
                out << present.noteLine(note) << Qt::endl;
        }
        if (context.json())
            context.printJson({{QStringLiteral("notes"), json}});
        else if (list.isEmpty())
            out << tr("No notes.") << Qt::endl;
    } else if (command == u"show") {
        printNote(existingNote(notes, needWord(args, 1, "the note id")));
    } else if (command == u"edit") {
        const notes::Note note = existingNote(notes, needWord(args, 1, "the note id"));
        const QString title = parser.isSet(QStringLiteral("title"))
            ? parser.value(QStringLiteral("title")).trimmed()
            : note.title;
        if (title.isEmpty())
            throw Error(tr("A note needs a title."));
        storage::Transaction transaction(db);
        notes.setTitleAndBody(note.id, title, hasBody(parser) ? readBody(parser) : note.body);
        if (parser.isSet(QStringLiteral("pin")) || parser.isSet(QStringLiteral("unpin")))
            notes.setPinned(note.id, parser.isSet(QStringLiteral("pin")));
        transaction.commit();
        printNote(existingNote(notes, note.id));
    } else if (command == u"rm") {
        const notes::Note note = existingNote(notes, needWord(args, 1, "the note id"));
        if (parser.isSet(QStringLiteral("purge")))
            notes.purge(note.id);
        else
            notes.moveToTrash(note.id);
        if (!context.json())
            out << (parser.isSet(QStringLiteral("purge")) ? tr("Deleted “%1” for good.")
                                                          : tr("Moved “%1” to the trash."))
                       .arg(note.title)
                << Qt::endl;
        else
            context.printJson({{QStringLiteral("id"), note.id},
                {QStringLiteral("purged"), parser.isSet(QStringLiteral("purge"))}});
    } else if (command == u"restore") {
        const notes::Note note = existingNote(notes, needWord(args, 1, "the note id"));
        if (parser.isSet(QStringLiteral("revision"))) {
            notes.restoreRevision(note.id, parser.value(QStringLiteral("revision")));
        } else {
            notes.restore(note.id);
        }
        printNote(existingNote(notes, note.id));
    } else if (command == u"revisions") {
        const notes::Note note = existingNote(notes, needWord(args, 1, "the note id"));
        QJsonArray json;
        for (const notes::NoteRevision& revision : notes.revisions(note.id)) {
            json.append(present.revision(revision));
            if (!context.json())
                out << revision.id << QStringLiteral("  ") << Presenter::time(revision.createdAtMs)
                    << QStringLiteral("  ") << revision.title << QStringLiteral("  (")
                    << tr("%n character(s)", static_cast<int>(revision.body.size())) << QChar(u')')
                    << Qt::endl;
        }
        if (context.json())
            context.printJson({{QStringLiteral("revisions"), json}});
    } else if (command == u"search") {
        search::SearchOptions options;
        options.kinds = {QStringLiteral("note")};
        options.tag = parser.value(QStringLiteral("tag"));
        QJsonArray json;
        for (const search::SearchHit& hit :
            search::SearchService(db).search(args.mid(1).join(u' '), options)) {
            json.append(present.hit(hit));
            if (!context.json())
                out << present.hitLine(hit) << Qt::endl;
        }
        if (context.json())
            context.printJson({{QStringLiteral("hits"), json}});
    } else if (command == u"tag") {
        const QString action = needWord(args, 1, "the tag command (add, rm, rename, list)");
        if (action == u"list") {
            QJsonArray json;
            for (const notes::TagCount& tag : tags.list()) {
                json.append(
                    QJsonObject {{QStringLiteral("name"), tag.name}, {QStringLiteral("notes"), tag.notes}});
                if (!context.json())
                    out << QChar(u'#') << tag.name << QStringLiteral("  ") << tag.notes << Qt::endl;
            }
            if (context.json())
                context.printJson({{QStringLiteral("tags"), json}});
        } else if (action == u"rename") {
            const int count
                = tags.rename(needWord(args, 2, "the tag to rename"), needWord(args, 3, "the new name"));
            if (context.json())
                context.printJson({{QStringLiteral("name"), notes::TagRepository::checkedName(args[3])},
                    {QStringLiteral("notes"), count}});
            else
                out << tr("Renamed; %n note(s) carry #%1.", count)
                           .arg(notes::TagRepository::checkedName(args[3]))
                    << Qt::endl;
        } else if (action == u"add" || action == u"rm") {
            const notes::Note note = existingNote(notes, needWord(args, 2, "the note id"));
            needWord(args, 3, "a tag");
            storage::Transaction transaction(db);
            for (const QString& tag : args.mid(3)) {
                if (action == u"add")
                    tags.addTag(note.id, tag);
                else
                    tags.removeTag(note.id, tag);
            }
            transaction.commit();
            printNote(note);
        } else {
            throw UsageError(tr("'%1' is not a tag command; use add, rm, rename or list.").arg(action));
        }
    } else {
        throw UsageError(tr("'%1' is not a note command.").arg(command));
    }
    return 0;
}

} // namespace voxnote::cli
