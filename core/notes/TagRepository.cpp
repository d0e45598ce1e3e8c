#include "notes/TagRepository.h"

#include "Error.h"
#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>

namespace voxnote::notes {

namespace {

const QString kTags = QStringLiteral("tags");
const QString kNoteTags = QStringLiteral("note_tags");
constexpr int kMaxTagLength = 64;

QString tr(const char* text)
{
    return QCoreApplication::translate("TagRepository", text);
}

QString linkId(const QString& noteId, const QString& tagId)
{
    return noteId + u'/' + tagId;
}

} // namespace

TagRepository::TagRepository(storage::Connection& connection)
    : m_connection(connection)
    , m_writer(connection)
{
}

QString TagRepository::checkedName(const QString& name)
{
    QString tag = name.simplified();
    if (tag.startsWith(u'#'))
        tag.remove(0, 1);
    if (tag.isEmpty())
        throw Error(tr("A tag needs a name."));
    if (tag.size() > kMaxTagLength)
        throw Error(tr("“%1” is too long for a tag (at most %2 characters).").arg(tag).arg(kMaxTagLength));
    return tag;
}

QString TagRepository::findTag(const QString& name)
{
    storage::Statement select = m_connection.prepare(
        "SELECT id FROM tags WHERE name = ?1 COLLATE NOCASE ORDER BY created_at, id LIMIT 1");
    select.bind(1, name);
    return select.step() ? select.columnText(0) : QString();
}

QString TagRepository::findOrCreateTag(const QString& name)
{
    QString id = findTag(name);
    if (id.isEmpty()) {
        id = newUuidV7();
        m_writer.insert(kTags, id,
            {{QStringLiteral("name"), name}, {QStringLiteral("created_at"), Clock::instance().nowMs()}});
    }
    return id;
}

void TagRepository::addTag(const QString& noteId, const QString& name)
{
    const QString tag = checkedName(name);
    storage::Transaction transaction(m_connection);
    storage::Statement note = m_connection.prepare("SELECT 1 FROM notes WHERE id = ?1");
    note.bind(1, noteId);
    if (!note.step())
        throw Error(tr("There is no note with the id %1.").arg(noteId));
    const QString tagId = findOrCreateTag(tag);
    storage::Statement exists = m_connection.prepare("SELECT 1 FROM note_tags WHERE id = ?1");
    exists.bind(1, linkId(noteId, tagId));
    if (!exists.step()) {
        m_writer.insert(kNoteTags, linkId(noteId, tagId),
            {{QStringLiteral("note_id"), noteId}, {QStringLiteral("tag_id"), tagId},
                {QStringLiteral("created_at"), Clock::instance().nowMs()}});
    }
    transaction.commit();
}

bool TagRepository::removeTag(const QString& noteId, const QString& name)
{
    const QString tagId = findTag(name.simplified());
    if (tagId.isEmpty())
        return false;
    return m_writer.remove(kNoteTags, linkId(noteId, tagId));
}

int TagRepository::rename(const QString& oldName, const QString& newName)
{
    const QString name = checkedName(newName);
    storage::Transaction transaction(m_connection);
    const QString oldId = findTag(oldName.simplified());
    if (oldId.isEmpty())
        throw Error(tr("There is no tag called “%1”.").arg(oldName.simplified()));
    const QString targetId = findTag(name);
    if (targetId.isEmpty() || targetId == oldId) {
        m_writer.update(kTags, oldId, {{QStringLiteral("name"), name}});
    } else {
        // Merge: every note with the old tag gets the existing one instead.
        storage::Statement notes = m_connection.prepare("SELECT note_id FROM note_tags WHERE tag_id = ?1");
        notes.bind(1, oldId);
        QStringList noteIds;
        while (notes.step())
            noteIds << notes.columnText(0);
        for (const QString& noteId : noteIds) {
            m_writer.remove(kNoteTags, linkId(noteId, oldId));
            addTag(noteId, name);
        }
        m_writer.remove(kTags, oldId);
    }
    storage::Statement count = m_connection.prepare("SELECT count(*) FROM note_tags WHERE tag_id = ?1");
    count.bind(1, targetId.isEmpty() ? oldId : targetId);
    count.step();
    const int notes = static_cast<int>(count.columnInt64(0));
    transaction.commit();
    return notes;
}

QStringList TagRepository::tagsOf(const QString& noteId)
{
    storage::Statement select = m_connection.prepare(
        "SELECT t.name FROM note_tags nt JOIN tags t ON t.id = nt.tag_id WHERE nt.note_id = ?1 "
        "ORDER BY t.name COLLATE NOCASE");
    select.bind(1, noteId);
    QStringList tags;
    while (select.step())
        tags << select.columnText(0);
    return tags;
}

QList<TagCount> TagRepository::list()
{
    storage::Statement select = m_connection.prepare(
        "SELECT t.name, count(n.id) FROM tags t LEFT JOIN note_tags nt ON nt.tag_id = t.id "
        "LEFT JOIN notes n ON n.id = nt.note_id AND n.deleted_at IS NULL GROUP BY t.id "
        "ORDER BY t.name COLLATE NOCASE");
    QList<TagCount> tags;
    while (select.step())
        tags << TagCount {select.columnText(0), static_cast<int>(select.columnInt64(1))};
    return tags;
}

} // namespace voxnote::notes
