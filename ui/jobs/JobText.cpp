#include "jobs/JobText.h"

#include "pipelines/Pipelines.h"

#include <QCoreApplication>

namespace voxnote::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("voxnote::ui::JobText", text);
}
} // namespace

QString JobText::kindName(const QString& kind)
{
    return pipelines::jobKindName(kind);
}

QString JobText::stageName(const QString& stage)
{
    return pipelines::jobStageName(stage);
}

QString JobText::stateName(jobs::JobState state)
{
    switch (state) {
    case jobs::JobState::Queued:
        return tr("Waiting");
    case jobs::JobState::Running:
        return tr("Running");
    case jobs::JobState::Done:
        return tr("Done");
    case jobs::JobState::Failed:
        return tr("Failed");
    case jobs::JobState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString JobText::subject(const jobs::JobStatus& job)
{
    for (const char* key : {"title", "fileName", "name"}) {
        const QString value = job.params.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return kindName(job.kind);
}

} // namespace voxnote::ui
