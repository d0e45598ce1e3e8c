#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace voxnote::jobs {
class JobQueue;
}

namespace voxnote::storage {
class DataChanges;
}

namespace voxnote::ui {

/// The status bar's view of background work: the first running job with its
/// progress and a cancel button, and how many more are waiting. Hidden when
/// nothing runs. Lives on the GUI thread.
class JobStatusBar : public QWidget
{
    Q_OBJECT

public:
    JobStatusBar(jobs::JobQueue& queue, storage::DataChanges& changes, QWidget* parent = nullptr);

    /// Re-reads the active jobs from the queue (after some were queued).
    void refresh();
    /// The id of the job shown, or empty.
    QString shownJobId() const { return m_shown; }
    QString text() const;

    /// How many jobs are queued or running.
    int activeCount() const { return static_cast<int>(m_active.size()); }

signals:
    void clicked();
    void activeCountChanged(int count);

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Entry
    {
        QString text; ///< what the job works on
        QString kind; ///< the kind's name, until a stage is known
        QString stage;
        double progress = 0;
    };
    void onProgress(const QString& id, const QString& stage, double progress);
    void onEnded(const QString& id);
    void updateView();

    jobs::JobQueue& m_queue;
    QMap<QString, Entry> m_active; // ids are time-ordered, so the oldest comes first
    QString m_shown;
    int m_reportedCount = 0;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace voxnote::ui
