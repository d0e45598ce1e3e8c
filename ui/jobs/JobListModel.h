#pragma once

#include "jobs/Job.h"

#include <QAbstractTableModel>
#include <QList>

namespace voxnote::jobs {
class JobQueue;
}

namespace voxnote::ui {

/// The recent jobs of the queue, newest first, kept current from the
/// queue's signals: progress updates a row in place, the end of a job
/// re-reads its status. Lives on the GUI thread.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        SubjectColumn,
        StateColumn,
        StageColumn,
        ProgressColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, ProgressRole, StateRole };

    explicit JobListModel(jobs::JobQueue& queue, QObject* parent = nullptr);

    /// Re-reads the list from the queue (after jobs were added).
    void reload();
    jobs::JobStatus jobAt(int row) const { return m_jobs.value(row); }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onProgress(const QString& id, const QString& stage, double progress);
    void refresh(const QString& id);

    jobs::JobQueue& m_queue;
    QList<jobs::JobStatus> m_jobs;
};

} // namespace voxnote::ui
