#include "cli/verbs/PersonVerb.h"

#include "cli/CliContext.h"
#include "cli/Presenter.h"
#include "people/PersonRepository.h"
#include "storage/Profile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PersonVerb", text);
}

} // namespace

QString PersonVerb::name() const
{
    return QStringLiteral("person");
}

QString PersonVerb::summary() const
{
    return tr("People: add a team member, list them, set who you are.");
}

void PersonVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("command"), tr("add NAME | list | me | edit ID"));
    parser.addOption({QStringLiteral("name"), tr("A name (me, edit)."), tr("name")});
    parser.addOption({QStringLiteral("email"), tr("An e-mail address."), tr("address")});
}

int PersonVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList args = words(parser);
    if (args.isEmpty())
        throw UsageError(tr("Missing the command (add, list, me, edit)."));
    const QString command = args.first();
    storage::Connection& db = context.profile().database();
    people::PersonRepository people(db);
    Presenter present(db);
    const QString meId = people.me().id;

    const auto print = [&](const people::Person& person) {
        if (context.json())
            context.printJson(present.person(person));
        else
            context.out() << person.id << QStringLiteral("  ")
                          << people::PersonRepository::displayName(person, meId)
                          << (person.email.isEmpty() ? QString() : u"  <" + person.email + u'>')
                          << (person.id == meId ? tr("  (me)") : QString()) << Qt::endl;
    };
    const QString name = parser.value(QStringLiteral("name"));
    const QString email = parser.value(QStringLiteral("email"));

    if (command == u"add") {
        if (args.size() < 2)
            throw UsageError(tr("Missing the person's name."));
        print(people.add(args.mid(1).join(u' '), email));
    } else if (command == u"list") {
        QJsonArray json;
        for (const people::Person& person : people.list()) {
            if (context.json())
                json.append(present.person(person));
            else
                print(person);
        }
        if (context.json())
            context.printJson({{QStringLiteral("people"), json}});
    } else if (command == u"me") {
        people::Person me = people.me();
        if (parser.isSet(QStringLiteral("name")) || parser.isSet(QStringLiteral("email")))
            me = people.setMe(parser.isSet(QStringLiteral("name")) ? name : me.name,
                parser.isSet(QStringLiteral("email")) ? email : me.email);
        print(me);
    } else if (command == u"edit") {
        if (args.size() < 2)
            throw UsageError(tr("Missing the person's id."));
        const auto person = people.find(args[1]);
        if (!person)
            throw Error(tr("There is no person with the id %1.").arg(args[1]));
        print(people.update(person->id, parser.isSet(QStringLiteral("name")) ? name : person->name,
            parser.isSet(QStringLiteral("email")) ? email : person->email));
    } else {
        throw UsageError(tr("'%1' is not a person command.").arg(command));
    }
    return 0;
}

} // namespace voxnote::cli
