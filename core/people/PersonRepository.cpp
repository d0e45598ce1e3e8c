#include "people/PersonRepository.h"

#include "Error.h"
#include "people/EmailAddress.h"
#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace voxnote::people {

namespace {

const QString kPeople = QStringLiteral("people");

QString tr(const char* text)
{
    return QCoreApplication::translate("PersonRepository", text);
}

Person personFrom(const storage::Statement& row)
{
    return {row.columnText(0), row.columnText(1), row.columnText(2), row.columnInt64(3)};
}

} // namespace

PersonRepository::PersonRepository(storage::Connection& connection)
    : m_connection(connection)
    , m_writer(connection)
{
}

void PersonRepository::checkEmail(const QString& email)
{
    if (!email.isEmpty() && !isValidEmailAddress(email))
        throw Error(tr("“%1” is not an e-mail address Voxnote can send to; write it as name@example.org, "
                       "without spaces or brackets.")
                        .arg(email));
}

Person PersonRepository::me()
{
    storage::Transaction transaction(m_connection);
    const QString id = m_connection.queryText("SELECT value FROM meta WHERE key = 'me'");
    if (auto person = find(id)) {
        transaction.commit();
        return *person;
    }
    Person person {newUuidV7(), QString(), QString(), Clock::instance().nowMs()};
    m_writer.insert(kPeople, person.id,
        {{QStringLiteral("name"), QString()}, {QStringLiteral("email"), QString()},
            {QStringLiteral("created_at"), person.createdAtMs}});
    storage::Statement remember
        = m_connection.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('me', ?1)");
    remember.bind(1, person.id);
    remember.run();
    transaction.commit();
    return person;
}

Person PersonRepository::setMe(const QString& name, const QString& email)
{
    storage::Transaction transaction(m_connection);
    const Person person = update(me().id, name, email);
    transaction.commit();
    return person;
}

Person PersonRepository::add(const QString& name, const QString& email)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw Error(tr("A team member needs a name."));
    checkEmail(email.trimmed());
    Person person {newUuidV7(), trimmed, email.trimmed(), Clock::instance().nowMs()};
    m_writer.insert(kPeople, person.id,
        {{QStringLiteral("name"), person.name}, {QStringLiteral("email"), person.email},
            {QStringLiteral("created_at"), person.createdAtMs}});
    return person;
}

Person PersonRepository::update(const QString& id, const QString& name, const QString& email)
{
    checkEmail(email.trimmed());
    storage::Transaction transaction(m_connection);
    std::optional<Person> person = find(id);
    if (!person)
        throw Error(tr("There is no person with the id %1.").arg(id));
    m_writer.update(
        kPeople, id, {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("email"), email.trimmed()}});
    transaction.commit();
    person->name = name.trimmed();
    person->email = email.trimmed();
    return *person;
}

std::optional<Person> PersonRepository::find(const QString& id)
{
    storage::Statement select
        = m_connection.prepare("SELECT id, name, email, created_at FROM people WHERE id = ?1");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return personFrom(select);
}

Person PersonRepository::resolve(const QString& nameOrEmail)
{
    const QString wanted = nameOrEmail.trimmed();
    if (wanted.compare(u"me", Qt::CaseInsensitive) == 0)
        return me();
    if (auto person = find(wanted))
        return *person;
    QList<Person> matches;
    for (const Person& person : list()) {
        if (person.name.compare(wanted, Qt::CaseInsensitive) == 0
            || (!person.email.isEmpty() && person.email.compare(wanted, Qt::CaseInsensitive) == 0))
            matches << person;
    }
    if (matches.isEmpty())
        throw Error(
            tr("Nobody called “%1” is in the team. Add them first with 'voxnote person add'.").arg(wanted));
    if (matches.size() > 1)
        throw Error(tr("More than one person is called “%1”; use their e-mail or id instead.").arg(wanted));
    return matches.first();
}

QList<Person> PersonRepository::list()
{
    storage::Statement select = m_connection.prepare(
        "SELECT id, name, email, created_at FROM people ORDER BY name COLLATE NOCASE, created_at");
    QList<Person> people;
    while (select.step())
        people << personFrom(select);
    return people;
}

QString PersonRepository::displayName(const Person& person, const QString& meId)
{
    if (!person.name.isEmpty())
        return person.name;
    if (person.id == meId)
        return tr("Me");
    return !person.email.isEmpty() ? person.email : tr("Someone");
}

} // namespace voxnote::people
