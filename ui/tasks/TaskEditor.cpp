#include "tasks/TaskEditor.h"

#include "Error.h"
#include "notes/NoteRepository.h"
#include "people/PersonRepository.h"
#include "tasks/TaskEventText.h"
#include "tasks/TaskRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace voxnote::ui {

TaskEditor::TaskEditor(storage::Connection& connection, QString meId, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_meId(std::move(meId))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_hasDue(new QCheckBox(tr("Due"), this))
    , m_due(new QDateEdit(this))
    , m_links(new QLabel(this))
    , m_history(new QListWidget(this))
    , m_comment(new QLineEdit(this))
    , m_descriptionTimer(new QTimer(this))
{
    m_title->setObjectName(QStringLiteral("taskTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setFrame(false);
    m_description->setObjectName(QStringLiteral("taskDescription"));
    m_description->setPlaceholderText(tr("Description"));
    m_description->setMaximumHeight(120);
    for (tasks::TaskStatus status :
        {tasks::TaskStatus::Todo, tasks::TaskStatus::InProgress, tasks::TaskStatus::Done})
        m_status->addItem(tasks::statusLabel(status), static_cast<int>(status));
    m_status->setObjectName(QStringLiteral("taskStatus"));
    for (int priority = 0; priority <= 3; ++priority)
        m_priority->addItem(tasks::priorityLabel(priority), priority);
    m_assignee->setObjectName(QStringLiteral("taskAssignee"));
    m_due->setCalendarPopup(true);
    m_due->setDate(QDate::currentDate());
    m_links->setWordWrap(true);
    m_links->setForegroundRole(QPalette::PlaceholderText);
    m_history->setObjectName(QStringLiteral("taskHistory"));
    m_history->setWordWrap(true);
    m_history->setFrameShape(QFrame::NoFrame);
    m_comment->setObjectName(QStringLiteral("taskComment"));
    m_comment->setPlaceholderText(tr("Add a comment and press Enter"));
    auto* remove = new QPushButton(tr("Delete Task"), this);

    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Priority"), m_priority);
    form->addRow(tr("Assignee"), m_assignee);
    form->addRow(dueRow);
    auto* historyLabel = new QLabel(tr("History"), this);
    QFont bold = historyLabel->font();
    bold.setWeight(QFont::DemiBold);
    historyLabel->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addLayout(form);
    layout->addWidget(m_links);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_comment);
    layout->addWidget(remove, 0, Qt::AlignRight);

    m_descriptionTimer->setSingleShot(true);
    m_descriptionTimer->setInterval(800);
    connect(m_descriptionTimer, &QTimer::timeout, this, &TaskEditor::applyDescription);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_descriptionTimer->start();
    });
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        tasks::TaskChanges changes;
        changes.title = m_title->text();
        apply(changes);
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        tasks::TaskChanges changes;
        changes.status = static_cast<tasks::TaskStatus>(m_status->currentData().toInt());
        apply(changes);
    });
    connect(m_priority, &QComboBox::activated, this, [this] {
        tasks::TaskChanges changes;
        changes.priority = m_priority->currentData().toInt();
        apply(changes);
    });
    connect(m_assignee, &QComboBox::activated, this, [this] {
        tasks::TaskChanges changes;
        changes.assigneeId = m_assignee->currentData().toString();
        apply(changes);
    });
    const auto applyDue = [this] {
        m_due->setEnabled(m_hasDue->isChecked());
        tasks::TaskChanges changes;
        changes.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
        apply(changes);
    };
    connect(m_hasDue, &QCheckBox::toggled, this, applyDue);
    connect(m_due, &QDateEdit::editingFinished, this, applyDue);
    connect(m_comment, &QLineEdit::returnPressed, this, &TaskEditor::addComment);
    connect(remove, &QPushButton::clicked, this, &TaskEditor::deleteTask);
    reloadPeople();
}

void TaskEditor::reloadPeople()
{
    m_loading = true;
    m_assignee->clear();
    m_assignee->addItem(tr("Nobody"), QString());
    for (const people::Person& person : people::PersonRepository(m_connection).list())
        m_assignee->addItem(people::PersonRepository::displayName(person, m_meId), person.id);
    m_loading = false;
    load();
}

void TaskEditor::openTask(const QString& id)
{
    if (m_descriptionTimer->isActive())
        applyDescription();
    m_taskId = id;
    load();
}

void TaskEditor::load()
{
    m_loading = true;
    std::optional<tasks::Task> task;
    if (!m_taskId.isEmpty())
        task = tasks::TaskRepository(m_connection, m_meId).find(m_taskId);
    setEnabled(task.has_value());
    m_title->setText(task ? task->title : QString());
    m_description->setPlainText(task ? task->description : QString());
    m_status->setCurrentIndex(task ? static_cast<int>(task->status) : 0);
    m_priority->setCurrentIndex(task ? task->priority : 0);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(task ? task->assigneeId : QString())));
    m_hasDue->setChecked(task && task->dueDate.isValid());
    m_due->setEnabled(m_hasDue->isChecked());
    if (task && task->dueDate.isValid())
        m_due->setDate(task->dueDate);

    m_history->clear();
    QStringList links;
    if (task) {
        tasks::TaskRepository repository(m_connection, m_meId);
        people::PersonRepository people(m_connection);
        const auto nameOf = [&](const QString& id) {
            const auto person = people.find(id);
            return person ? people::PersonRepository::displayName(*person, m_meId) : tr("Someone");
        };
        for (const tasks::TaskEvent& event : repository.history(task->id)) {
            const QString when
                = QLocale().toString(QDateTime::fromMSecsSinceEpoch(event.atMs), QLocale::ShortFormat);
            m_history->addItem(
                when + u"  " + nameOf(event.actorId) + u"  " + tasks::describeTaskEvent(event, nameOf));
        }
        m_history->scrollToBottom();
        for (const tasks::TaskLink& link : repository.links(task->id)) {
            const auto note = notes::NoteRepository(m_connection).find(link.noteId);
            QString text = note ? note->title : link.noteId;
            if (link.timeMs)
                text += QStringLiteral(" @ %1:%2")
                            .arg(*link.timeMs / 60000)
                            .arg((*link.timeMs / 1000) % 60, 2, 10, QLatin1Char('0'));
            links << text;
        }
    }
    m_links->setText(links.isEmpty() ? QString() : tr("From: %1").arg(links.join(QStringLiteral(", "))));
    m_links->setVisible(!links.isEmpty());
    m_loading = false;
}

void TaskEditor::apply(const tasks::TaskChanges& changes)
{
    if (m_loading || m_taskId.isEmpty())
        return;
    try {
        tasks::TaskRepository(m_connection, m_meId).update(m_taskId, changes);
        emit taskChanged(m_taskId);
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
    load();
}

void TaskEditor::applyDescription()
{
    m_descriptionTimer->stop();
    tasks::TaskChanges changes;
    changes.description = m_description->toPlainText();
    apply(changes);
}

void TaskEditor::addComment()
{
    if (m_taskId.isEmpty() || m_comment->text().trimmed().isEmpty())
        return;
    try {
        tasks::TaskRepository(m_connection, m_meId).comment(m_taskId, m_comment->text());
        m_comment->clear();
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
    load();
}

void TaskEditor::deleteTask()
{
    const QString id = m_taskId;
    try {
        tasks::TaskRepository(m_connection, m_meId).remove(id);
    } catch (const Error& error) {
        emit errorOccurred(error.message());
        return;
    }
    m_taskId.clear();
    load();
    emit taskChanged(id);
}

} // namespace voxnote::ui
