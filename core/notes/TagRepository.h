#pragma once

#include "storage/SyncedWriter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::notes {

struct TagCount
{
    QString name;
    int notes = 0; ///< notes outside the trash that carry it
};

/// Tags on notes. Names are case-insensitive ("Work" and "work" are one
/// tag); a tag on a note is one row whatever device added it. Writes go
/// through SyncedWriter. Use on the connection's thread; bad input throws
/// `Error` and changes nothing.
class TagRepository
{
public:
    explicit TagRepository(storage::Connection& connection);

    void addTag(const QString& noteId, const QString& name);
    /// Returns false if the note did not carry the tag.
    bool removeTag(const QString& noteId, const QString& name);
    /// Renames the tag on every note; merges it into `newName` if that exists.
    /// Returns how many notes carry the renamed tag.
    int rename(const QString& oldName, const QString& newName);

    QStringList tagsOf(const QString& noteId);
    QList<TagCount> list();

    static QString checkedName(const QString& name);

private:
    QString findTag(const QString& name);
    QString findOrCreateTag(const QString& name);

    storage::Connection& m_connection;
    storage::SyncedWriter m_writer;
};

} // namespace voxnote::notes
