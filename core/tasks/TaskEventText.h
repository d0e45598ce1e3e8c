#pragma once

#include <QString>

#include <functional>

namespace voxnote::tasks {

struct TaskEvent;

/// What an activity-log entry says, for people: "changed status: To do →
/// Done", "commented: …". `personName` turns a person id into a name (for
/// assignee changes). Call from any thread.
QString describeTaskEvent(const TaskEvent& event, const std::function<QString(const QString&)>& personName);

} // namespace voxnote::tasks
