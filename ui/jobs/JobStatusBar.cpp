#include "jobs/JobStatusBar.h"

#include "jobs/JobQueue.h"
#include "jobs/JobText.h"
#include "storage/DataChanges.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace voxnote::ui {

JobStatusBar::JobStatusBar(jobs::JobQueue& queue, storage::DataChanges& changes, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    // Follows the data, whoever changed it.
    connect(&changes, &storage::DataChanges::jobsChanged, this, &JobStatusBar::refresh);
    setObjectName(QStringLiteral("jobStatus"));
    m_label->setObjectName(QStringLiteral("jobStatusText"));
    m_bar->setRange(0, 100);
    m_bar->setFixedWidth(140);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("jobStatusCancel"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Cancel this job"));
    m_cancel->setAccessibleName(tr("Cancel this job"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(); // keeps the text beside its bar when the status bar is wide
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Show all jobs"));

    connect(&queue, &jobs::JobQueue::progressChanged, this, &JobStatusBar::onProgress);
    connect(&queue, &jobs::JobQueue::jobFinished, this, &JobStatusBar::onEnded);
    connect(&queue, &jobs::JobQueue::jobFailed, this, [this](const QString& id) { onEnded(id); });
    connect(&queue, &jobs::JobQueue::jobCancelled, this, &JobStatusBar::onEnded);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (!m_shown.isEmpty())
            m_queue.cancel(m_shown);
    });
    refresh();
}

void JobStatusBar::refresh()
{
    m_active.clear();
    for (const jobs::JobStatus& job : m_queue.jobs(200))
        if (job.isActive())
            m_active.insert(job.id,
                Entry {JobText::subject(job), JobText::kindName(job.kind), job.stageName, job.progress});
    updateView();
}

QString JobStatusBar::text() const
{
    return m_label->text();
}

void JobStatusBar::mousePressEvent(QMouseEvent* event)
{
    QWidget::mousePressEvent(event);
    emit clicked();
}

void JobStatusBar::onProgress(const QString& id, const QString& stage, double progress)
{
    auto it = m_active.find(id);
    if (it == m_active.end()) {
        refresh();
        return;
    }
    it->stage = stage;
    it->progress = progress;
    updateView();
}

void JobStatusBar::onEnded(const QString& id)
{
    m_active.remove(id);
    updateView();
}

void JobStatusBar::updateView()
{
    if (activeCount() != m_reportedCount) {
        m_reportedCount = activeCount();
        emit activeCountChanged(m_reportedCount);
    }
    if (m_active.isEmpty()) {
        m_shown.clear();
        hide();
        return;
    }
    m_shown = m_active.firstKey();
    const Entry& entry = m_active.first();
    // "Recognizing text: scan.png", the stage once it is known, else the kind of job.
    const QString doing = entry.stage.isEmpty() ? entry.kind : JobText::stageName(entry.stage);
    QString text = doing + u": " + entry.text;
    if (m_active.size() > 1)
        text += u"  " + tr("(+%n more)", nullptr, static_cast<int>(m_active.size() - 1));
    m_label->setText(text);
    m_bar->setValue(qRound(entry.progress * 100));
    show();
}

} // namespace voxnote::ui
