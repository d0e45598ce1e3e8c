#include "tasks/TasksPage.h"

#include "Error.h"
#include "people/PersonRepository.h"
#include "storage/DataChanges.h"
#include "tasks/TaskEditor.h"
#include "tasks/TaskListModel.h"
#include "tasks/TaskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {
const QString kMine = QStringLiteral("@me");
const QString kNobody = QStringLiteral("@nobody");
} // namespace

TasksPage::TasksPage(storage::Connection& connection, storage::DataChanges& changes, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_meId(people::PersonRepository(connection).me().id)
    , m_model(new TaskListModel(connection, m_meId, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_quickAdd(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue"), this))
    , m_thisWeek(new QCheckBox(tr("Due this week"), this))
    , m_text(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_editor(new TaskEditor(connection, m_meId, this))
{
    // Follows the data, whoever changed it.
    connect(&changes, &storage::DataChanges::tasksChanged, this, &TasksPage::reload);
    connect(&changes, &storage::DataChanges::peopleChanged, this, &TasksPage::reload);
    m_quickAdd->setObjectName(QStringLiteral("quickAddTask"));
    m_quickAdd->setPlaceholderText(tr("Add a task and press Enter"));
    m_quickAdd->setClearButtonEnabled(true);
    m_quickAdd->setAccessibleName(tr("New task"));
    m_quickAdd->setAccessibleDescription(m_quickAdd->placeholderText());
    m_status->addItem(tr("Any status"), -1);
    for (tasks::TaskStatus status :
        {tasks::TaskStatus::Todo, tasks::TaskStatus::InProgress, tasks::TaskStatus::Done})
        m_status->addItem(tasks::statusLabel(status), static_cast<int>(status));
    m_text->setPlaceholderText(tr("Filter"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter the tasks"));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(TaskListModel::SortRole);
    m_list->setObjectName(QStringLiteral("taskList"));
    m_list->setAccessibleName(tr("Tasks"));
    m_list->setModel(m_sorted);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(-1, Qt::AscendingOrder); // board order until a header is clicked
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TaskListModel::Title, QHeaderView::Stretch);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_assignee);
    filters->addWidget(m_overdue);
    filters->addWidget(m_thisWeek);
    filters->addWidget(m_text, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 0);
    leftLayout->addWidget(m_quickAdd);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_list, 1);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("tasksSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_quickAdd, &QLineEdit::returnPressed, this, [this] {
        if (!m_quickAdd->text().trimmed().isEmpty()) {
            addTask(m_quickAdd->text());
            m_quickAdd->clear();
        }
    });
    connect(m_status, &QComboBox::activated, this, &TasksPage::applyFilter);
    connect(m_assignee, &QComboBox::activated, this, &TasksPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &TasksPage::applyFilter);
    connect(m_thisWeek, &QCheckBox::toggled, this, &TasksPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &TasksPage::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            m_editor->openTask(
                current.isValid() ? current.data(TaskListModel::IdRole).toString() : QString());
        });
    connect(m_editor, &TaskEditor::taskChanged, this, &TasksPage::onTaskChanged);
    connect(m_editor, &TaskEditor::errorOccurred, this, &TasksPage::errorOccurred);
    reload();
}

void TasksPage::reload()
{
    const QString selected = m_editor->taskId();
    const QVariant assignee = m_assignee->currentData();
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), QString());
    m_assignee->addItem(tr("Assigned to me"), kMine);
    m_assignee->addItem(tr("Unassigned"), kNobody);
    for (const people::Person& person : people::PersonRepository(m_connection).list()) {
        if (person.id != m_meId)
            m_assignee->addItem(person.name, person.id);
    }
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(assignee)));
    m_editor->reloadPeople();
    applyFilter();
    select(selected);
}

void TasksPage::applyFilter()
{
    tasks::TaskFilter filter;
    filter.limit = 5000;
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = static_cast<tasks::TaskStatus>(status);
    const QString who = m_assignee->currentData().toString();
    if (who == kMine)
        filter.assigneeId = m_meId;
    else if (who == kNobody)
        filter.unassigned = true;
    else
        filter.assigneeId = who;
    filter.overdue = m_overdue->isChecked();
    filter.dueThisWeek = m_thisWeek->isChecked();
    filter.text = m_text->text();
    m_model->setFilter(filter);
}

void TasksPage::addTask(const QString& title)
{
    try {
        const tasks::Task task = tasks::TaskRepository(m_connection, m_meId).create({.title = title});
        applyFilter();
        select(task.id);
        emit tasksChanged();
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
}

void TasksPage::select(const QString& taskId)
{
    const int row = m_model->rowOf(taskId);
    if (row >= 0)
        m_list->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
    else
        m_editor->openTask(taskId);
}

void TasksPage::onTaskChanged(const QString& id)
{
    const QSignalBlocker blocker(m_list->selectionModel());
    m_model->reload();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, 0)));
    emit tasksChanged();
}

} // namespace voxnote::ui
