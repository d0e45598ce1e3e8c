#include "notes/NotesPage.h"

#include "EmptyStatePage.h"
#include "Error.h"
#include "notes/NoteEditor.h"
#include "notes/NoteListDelegate.h"
#include "notes/NoteListModel.h"
#include "storage/NoteRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace voxnote::ui {

NotesPage::NotesPage(storage::Connection& connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(new NoteListModel(connection, this))
    , m_view(new QComboBox(this))
    , m_list(new QListView(this))
    , m_editor(new NoteEditor(connection, this))
    , m_right(new QStackedWidget(this))
{
    m_view->addItems({tr("All Notes"), tr("Trash")});
    auto* add = new QPushButton(tr("New Note"), this);
    add->setObjectName(QStringLiteral("newNote"));

    m_list->setObjectName(QStringLiteral("noteList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new NoteListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    auto* left = new QWidget(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_view, 1);
    header->addWidget(add);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 0);
    leftLayout->addLayout(header);
    leftLayout->addWidget(m_list, 1);

    auto* empty = new EmptyStatePage(QStringLiteral(":/icons/notes.svg"), tr("No note selected"),
        tr("Choose a note on the left, or press Ctrl+N to start a new one."), m_right);
    m_right->addWidget(empty);
    m_right->addWidget(m_editor);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("notesSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(add, &QPushButton::clicked, this, &NotesPage::newNote);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_editor->openNote({});
        m_model->setShowTrash(index == 1);
        updateEmptyState();
    });
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotesPage::onCurrentChanged);
    connect(m_editor, &NoteEditor::noteChanged, this, &NotesPage::onNoteChanged);
    connect(m_editor, &NoteEditor::errorOccurred, this, &NotesPage::errorOccurred);
    m_model->reload();
    updateEmptyState();
}

void NotesPage::newNote()
{
    try {
        if (m_view->currentIndex() != 0)
            m_view->setCurrentIndex(0);
        const storage::Note note = storage::NoteRepository(m_connection).create(QString(), QString());
        m_model->reload();
        select(note.id);
        m_editor->findChild<QLineEdit*>(QStringLiteral("noteTitle"))->setFocus();
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
}

void NotesPage::select(const QString& noteId)
{
    const int row = m_model->rowOf(noteId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else
        m_editor->openNote(noteId);
    updateEmptyState();
}

void NotesPage::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    m_editor->openNote(current.isValid() ? current.data(NoteListModel::IdRole).toString() : QString());
    updateEmptyState();
}

void NotesPage::onNoteChanged(const QString& id)
{
    // An autosave must not reset a list scrolled deep into its pages.
    if (m_model->refresh(id)) {
        updateEmptyState();
        return;
    }
    // Keep the selection on the note that changed, unless it left this view.
    const QSignalBlocker blocker(m_list->selectionModel());
    m_model->reload();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    updateEmptyState();
}

void NotesPage::updateEmptyState()
{
    m_right->setCurrentWidget(m_editor->noteId().isEmpty() ? m_right->widget(0) : m_editor);
}

} // namespace voxnote::ui
