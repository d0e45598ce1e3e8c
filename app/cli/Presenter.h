#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace voxnote::notes {
struct Note;
struct NoteRevision;
} // namespace voxnote::notes
namespace voxnote::storage {
class Connection;
} // namespace voxnote::storage
namespace voxnote::tasks {
struct Task;
struct TaskEvent;
} // namespace voxnote::tasks
namespace voxnote::people {
struct Person;
}
namespace voxnote::search {
struct SearchHit;
}
namespace voxnote::notify {
struct Notification;
}

namespace voxnote::cli {

/// Turns domain objects into what the CLI prints: JSON objects for --json
/// and short lines for people. Resolves person ids to names through the
/// profile's database. Lives on the main thread.
class Presenter
{
public:
    explicit Presenter(storage::Connection& connection);

    static QString time(qint64 ms);
    static QString duration(qint64 ms);

    QString personName(const QString& personId);

    QJsonObject note(const notes::Note& note);
    QJsonObject task(const tasks::Task& task);
    QJsonObject event(const tasks::TaskEvent& event);
    QJsonObject person(const people::Person& person);
    QJsonObject revision(const notes::NoteRevision& revision);
    QJsonObject hit(const search::SearchHit& hit);
    QJsonObject notification(const notify::Notification& notification);

    QString noteLine(const notes::Note& note);
    QString taskLine(const tasks::Task& task);
    QString eventLine(const tasks::TaskEvent& event);
    QString hitLine(const search::SearchHit& hit);

private:
    storage::Connection& m_connection;
    QString m_meId;
};

} // namespace voxnote::cli
