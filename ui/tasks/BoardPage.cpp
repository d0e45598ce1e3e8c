#include "tasks/BoardPage.h"

#include "Error.h"
#include "people/PersonRepository.h"
#include "storage/DataChanges.h"
#include "tasks/BoardColumn.h"
#include "tasks/TaskRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace voxnote::ui {

BoardPage::BoardPage(storage::Connection& connection, storage::DataChanges& changes, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_meId(people::PersonRepository(connection).me().id)
{
    // Follows the data, whoever changed it.
    connect(&changes, &storage::DataChanges::tasksChanged, this, &BoardPage::reload);
    connect(&changes, &storage::DataChanges::peopleChanged, this, &BoardPage::reload);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    const tasks::TaskStatus statuses[] {
        tasks::TaskStatus::Todo, tasks::TaskStatus::InProgress, tasks::TaskStatus::Done};
    for (int i = 0; i < 3; ++i) {
        auto* header = new QLabel(tasks::statusLabel(statuses[i]), this);
        QFont font = header->font();
        font.setWeight(QFont::DemiBold);
        header->setFont(font);
        m_columns[i] = new BoardColumn(statuses[i], this);
        auto* column = new QVBoxLayout;
        column->addWidget(header);
        column->addWidget(m_columns[i], 1);
        layout->addLayout(column, 1);
        connect(m_columns[i], &BoardColumn::taskDropped, this,
            [this, i](
                const QString& id, tasks::TaskStatus, const QString& before) { moveTask(id, i, before); });
    }
    reload();
}

void BoardPage::reload()
{
    tasks::TaskRepository repository(m_connection, m_meId);
    people::PersonRepository people(m_connection);
    for (BoardColumn* column : m_columns) {
        column->clear();
        tasks::TaskFilter filter;
        filter.status = column->status();
        filter.limit = 1000;
        for (const tasks::Task& task : repository.list(filter, QDate::currentDate())) {
            QStringList detail;
            if (const auto person = people.find(task.assigneeId))
                detail << people::PersonRepository::displayName(*person, m_meId);
            if (task.dueDate.isValid())
                detail << tr("due %1").arg(QLocale().toString(task.dueDate, QLocale::ShortFormat));
            auto* item = new QListWidgetItem(task.title, column);
            item->setData(BoardColumn::IdRole, task.id);
            item->setData(BoardColumn::DetailRole,
                detail.isEmpty() ? tr("Unassigned") : detail.join(QStringLiteral(" · ")));
            item->setToolTip(task.description);
        }
    }
}

void BoardPage::moveTask(const QString& taskId, int statusIndex, const QString& beforeTaskId)
{
    try {
        tasks::TaskRepository(m_connection, m_meId)
            .move(taskId, m_columns[statusIndex]->status(), beforeTaskId);
        emit tasksChanged();
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
    reload();
}

} // namespace voxnote::ui
