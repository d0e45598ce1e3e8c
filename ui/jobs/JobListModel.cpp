#include "jobs/JobListModel.h"

#include "jobs/JobQueue.h"
#include "jobs/JobText.h"

#include <QLocale>

namespace voxnote::ui {

JobListModel::JobListModel(jobs::JobQueue& queue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    connect(&queue, &jobs::JobQueue::progressChanged, this, &JobListModel::onProgress);
    connect(&queue, &jobs::JobQueue::jobFinished, this, &JobListModel::refresh);
    connect(&queue, &jobs::JobQueue::jobFailed, this, [this](const QString& id) { refresh(id); });
    connect(&queue, &jobs::JobQueue::jobCancelled, this, &JobListModel::refresh);
    reload();
}

void JobListModel::reload()
{
    beginResetModel();
    m_jobs = m_queue.jobs(200);
    endResetModel();
}

int JobListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_jobs.size(); ++row)
        if (m_jobs.at(row).id == id)
            return row;
    return -1;
}

void JobListModel::onProgress(const QString& id, const QString& stage, double progress)
{
    const int row = rowOf(id);
    if (row < 0) {
        reload(); // a job this list has not seen yet
        return;
    }
    jobs::JobStatus& job = m_jobs[row];
    job.state = jobs::JobState::Running;
    job.stageName = stage;
    job.progress = progress;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobListModel::refresh(const QString& id)
{
    const int row = rowOf(id);
    const std::optional<jobs::JobStatus> status = m_queue.status(id);
    if (row < 0 || !status) {
        reload();
        return;
    }
    m_jobs[row] = *status;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int JobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const jobs::JobStatus& job = m_jobs.at(index.row());
    switch (role) {
    case IdRole:
        return job.id;
    case ProgressRole:
        return job.progress;
    case StateRole:
        return static_cast<int>(job.state);
    case Qt::ToolTipRole:
        return job.error.isEmpty() ? QVariant() : QVariant(job.error);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return JobText::kindName(job.kind);
    case SubjectColumn:
        return JobText::subject(job);
    case StateColumn:
        return JobText::stateName(job.state);
    case StageColumn:
        return job.state == jobs::JobState::Running ? JobText::stageName(job.stageName) : QString();
    case ProgressColumn:
        return QString(QLocale().toString(qRound(job.progress * 100)) + u'%');
    case MessageColumn:
        if (job.state == jobs::JobState::Failed)
            return job.error;
        if (job.finishedAtMs)
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(*job.finishedAtMs), QLocale::ShortFormat);
        return {};
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Job");
    case SubjectColumn:
        return tr("File or note");
    case StateColumn:
        return tr("State");
    case StageColumn:
        return tr("Stage");
    case ProgressColumn:
        return tr("Progress");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace voxnote::ui
