#include "jobs/JobText.h"

#ifdef VOXNOTE_HAVE_PIPELINES
#include "pipelines/Pipelines.h"
#endif

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
#ifdef VOXNOTE_HAVE_PIPELINES
    return pipelines::jobKindName(kind);
#else
    if (kind == u"ocr")
        return tr("Recognizing text");
    if (kind == u"speak")
        return tr("Reading aloud");
    if (kind == u"transcribe")
        return tr("Transcribing");
    if (kind == u"read")
        return tr("Reading the page aloud");
    return kind;
#endif
}

QString JobText::stageName(const QString& stage)
{
#ifdef VOXNOTE_HAVE_PIPELINES
    return pipelines::jobStageName(stage);
#else
    return stage;
#endif
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
