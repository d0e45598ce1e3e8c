#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace voxnote::jobs {
class JobQueue;
}

namespace voxnote::storage {
class DataChanges;
}

namespace voxnote::ui {

class JobListModel;

/// The Jobs section: every recent background job (what, on which file,
/// state, stage, progress, and why it failed) with Cancel, Retry and Open
/// note. Updates live from the queue's signals. Lives on the GUI thread.
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    JobsPage(jobs::JobQueue& queue, storage::DataChanges& changes, QWidget* parent = nullptr);

    JobListModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    /// The full error sentence of the selected job, if it has one.
    QString details() const;
    /// Re-reads the jobs (after some were queued).
    void reload();
    void selectJob(const QString& id);
    void cancelSelected();
    void retrySelected();
    void openSelectedNote();

signals:
    void openNoteRequested(const QString& noteId);
    void errorOccurred(const QString& message);

private:
    QString selectedId() const;
    void updateButtons();
    void updateEmptyState();

    jobs::JobQueue& m_queue;
    JobListModel* m_model;
    QTreeView* m_view;
    QStackedWidget* m_stack;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_openNote;
    QLabel* m_details;
};

} // namespace voxnote::ui
