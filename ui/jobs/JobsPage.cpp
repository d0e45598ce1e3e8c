#include "jobs/JobsPage.h"

#include "EmptyStatePage.h"
#include "jobs/JobListModel.h"
#include "jobs/JobQueue.h"
#include "storage/DataChanges.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {

/// Rows with room to breathe.
class RowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 14));
        return size;
    }
};

/// Draws the progress column as a bar with its percentage beside it.
class ProgressDelegate : public RowDelegate
{
public:
    using RowDelegate::RowDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter);
        const QString text = index.data().toString();
        const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100%")) + 8;
        const int barHeight = 8;
        QStyleOptionProgressBar bar;
        bar.rect = QRect(option.rect.left() + 6, option.rect.center().y() - barHeight / 2,
            option.rect.width() - textWidth - 12, barHeight);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = qRound(index.data(JobListModel::ProgressRole).toDouble() * 100);
        bar.textVisible = false;
        bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
        bar.palette = option.palette;
        if (index.data(JobListModel::StateRole).toInt() == static_cast<int>(jobs::JobState::Failed))
            bar.palette.setColor(QPalette::Highlight, QColor(0xe0, 0x4f, 0x5f)); // stopped, not still going
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
        painter->save();
        painter->setPen(option.palette.color(
            option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(
            QRect(option.rect.right() - textWidth, option.rect.top(), textWidth - 4, option.rect.height()),
            Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
    }
};

} // namespace

JobsPage::JobsPage(jobs::JobQueue& queue, storage::DataChanges& changes, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new JobListModel(queue, this))
    , m_view(new QTreeView(this))
    , m_stack(new QStackedWidget(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_openNote(new QPushButton(tr("Open Note"), this))
    , m_details(new QLabel(this))
{
    // Follows the data, whoever changed it.
    connect(&changes, &storage::DataChanges::jobsChanged, this, &JobsPage::reload);
    m_view->setObjectName(QStringLiteral("jobList"));
    m_view->setAccessibleName(tr("Background jobs"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setItemDelegate(new RowDelegate(m_view));
    m_view->setItemDelegateForColumn(JobListModel::ProgressColumn, new ProgressDelegate(m_view));
    // The subject and the message share what the fixed columns leave, so the
    // list fits the page instead of scrolling sideways in a small window.
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(JobListModel::SubjectColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(JobListModel::KindColumn, 150);
    m_view->header()->resizeSection(JobListModel::StateColumn, 90);
    m_view->header()->resizeSection(JobListModel::StageColumn, 120);
    m_view->header()->resizeSection(JobListModel::ProgressColumn, 130);
    m_details->setObjectName(QStringLiteral("jobDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setContentsMargins(12, 8, 12, 10);
    m_details->hide();
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_retry->setObjectName(QStringLiteral("retryJob"));
    m_openNote->setObjectName(QStringLiteral("openJobNote"));

    auto* title = new QLabel(tr("Background jobs"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 10, 12, 6);
    buttons->addWidget(title);
    buttons->addStretch();
    buttons->addWidget(m_openNote);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);

    m_stack->addWidget(new EmptyStatePage(QStringLiteral(":/icons/jobs.svg"), tr("No jobs yet"),
        tr("Transcriptions, text recognition and read-aloud run here in the background, so the window never "
           "waits. Drop an audio file or an image on the window to start one."),
        m_stack));
    m_stack->addWidget(m_view);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);

    connect(m_cancel, &QPushButton::clicked, this, &JobsPage::cancelSelected);
    connect(m_retry, &QPushButton::clicked, this, &JobsPage::retrySelected);
    connect(m_openNote, &QPushButton::clicked, this, &JobsPage::openSelectedNote);
    connect(m_view, &QTreeView::doubleClicked, this, &JobsPage::openSelectedNote);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateButtons();
    });
    updateEmptyState();
    updateButtons();
}

void JobsPage::reload()
{
    const QString selected = selectedId();
    m_model->reload();
    if (!selected.isEmpty())
        selectJob(selected);
}

void JobsPage::selectJob(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

QString JobsPage::details() const
{
    return m_details->isHidden() ? QString() : m_details->text();
}

QString JobsPage::selectedId() const
{
    return m_view->currentIndex().data(JobListModel::IdRole).toString();
}

void JobsPage::cancelSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty() && !m_queue.cancel(id))
        emit errorOccurred(tr("This job has already ended, so there is nothing to cancel."));
    updateButtons();
}

void JobsPage::retrySelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    if (!m_queue.retry(id)) {
        emit errorOccurred(tr("Only a failed or cancelled job can be tried again."));
        return;
    }
    reload();
}

void JobsPage::openSelectedNote()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const QString noteId = m_model->jobAt(row).params.value(QStringLiteral("noteId")).toString();
    if (!noteId.isEmpty())
        emit openNoteRequested(noteId);
}

void JobsPage::updateButtons()
{
    const int row = m_view->currentIndex().row();
    const jobs::JobStatus job = m_model->jobAt(row);
    m_cancel->setEnabled(row >= 0 && job.isActive());
    m_retry->setEnabled(
        row >= 0 && (job.state == jobs::JobState::Failed || job.state == jobs::JobState::Cancelled));
    m_openNote->setEnabled(row >= 0 && job.params.contains(QStringLiteral("noteId")));
    // The whole sentence of a failure, which the list can only cut short.
    m_details->setVisible(row >= 0 && !job.error.isEmpty());
    m_details->setText(job.state == jobs::JobState::Failed ? tr("Failed: %1").arg(job.error) : job.error);
}

void JobsPage::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

} // namespace voxnote::ui
