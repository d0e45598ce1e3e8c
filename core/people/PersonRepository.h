#pragma once

#include "storage/SyncedWriter.h"

#include <QList>
#include <QString>

#include <optional>

namespace voxnote::storage {
class Connection;
}

namespace voxnote::people {

struct Person
{
    QString id;
    QString name; ///< empty for an anonymous "me"
    QString email;
    qint64 createdAtMs = 0;
};

/// The people tasks are assigned to: the local profile ("me", anonymous
/// until a name is set) and team members. No passwords are kept. Writes go
/// through SyncedWriter. Use on the connection's thread; bad input throws
/// `Error` with a sentence and changes nothing.
class PersonRepository
{
public:
    explicit PersonRepository(storage::Connection& connection);

    /// The person who uses this profile; created (anonymous) on first use.
    Person me();
    /// Sets my name and e-mail (either may be empty).
    Person setMe(const QString& name, const QString& email);

    Person add(const QString& name, const QString& email);
    Person update(const QString& id, const QString& name, const QString& email);

    std::optional<Person> find(const QString& id);
    /// Finds a person by id, exact name or e-mail (case-insensitive), or
    /// "me". Throws `Error` if nobody or more than one person matches.
    Person resolve(const QString& nameOrEmail);
    QList<Person> list();

    /// "Me" for the anonymous local profile, else the name.
    static QString displayName(const Person& person, const QString& meId);

private:
    static void checkEmail(const QString& email);

    storage::Connection& m_connection;
    storage::SyncedWriter m_writer;
};

} // namespace voxnote::people
