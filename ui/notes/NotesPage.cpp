#include "notes/NotesPage.h"

#include "ActionBar.h"
#include "EmptyStatePage.h"
#include "Error.h"
#include "images/OcrView.h"
#include "jobs/JobQueue.h"
#include "notes/AttachmentStrip.h"
#include "notes/NoteEditor.h"
#include "notes/NoteListDelegate.h"
#include "notes/NoteListModel.h"
#include "notes/NoteRepository.h"
#include "ocr/OcrRepository.h"
#include "pipelines/MediaImport.h"
#include "readaloud/ReadAloudPanel.h"
#include "services/Services.h"
#include "storage/DataChanges.h"
#include "storage/Profile.h"
#include "tts/SpeechRenditions.h"
#include "voice/AudioPlayer.h"
#include "voice/TranscriptView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace voxnote::ui {

NotesPage::NotesPage(services::Services& services, QWidget* parent)
    : QWidget(parent)
    , m_profile(services.profile())
    , m_queue(services.jobQueue())
    , m_import(services.mediaImport())
    , m_model(new NoteListModel(m_profile.database(), this))
    , m_view(new QComboBox(this))
    , m_list(new QListView(this))
    , m_listStack(new QStackedWidget(this))
    , m_editor(new NoteEditor(m_profile, m_queue, m_import, this))
    , m_right(new QStackedWidget(this))
    , m_noteArea(new QSplitter(Qt::Vertical, this))
    , m_mediaPanel(new QWidget(this))
    , m_mediaTitle(new QLabel(this))
    , m_media(new QStackedWidget(this))
    , m_transcript(new TranscriptView(m_profile, nullptr, this))
    , m_ocr(new OcrView(m_profile, this))
    , m_readAloud(new ReadAloudPanel({}, this))
{
    m_view->setObjectName(QStringLiteral("notesView"));
    m_view->addItems({tr("All Notes"), tr("Trash")});
    m_view->setAccessibleName(tr("Notes to show"));
    m_view->setAccessibleDescription(tr("All notes, or the notes in the trash"));

    // The ways in, over every view of the notes (the list, the trash, a note).
    auto* header = new ActionBar(tr("Notes actions"), this);
    header->setObjectName(QStringLiteral("notesHeader"));
    QAction* record = header->addButton(
        tr("Record…"), QStringLiteral("recordNote"), tr("Record from the microphone into a new note"));
    QAction* import = header->addButton(tr("Import Files…"), QStringLiteral("importFiles"),
        tr("Import recordings and images; each becomes a note"));
    QAction* add = header->addButton(tr("New Note"), QStringLiteral("newNote"), tr("Write a new note"));
    connect(record, &QAction::triggered, this, &NotesPage::recordRequested);
    connect(import, &QAction::triggered, this, &NotesPage::importRequested);

    m_list->setObjectName(QStringLiteral("noteList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new NoteListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Notes"));

    // A first start shows the three ways in where the notes will be listed.
    m_firstRun = new EmptyStatePage(QStringLiteral(":/icons/notes.svg"), tr("No notes yet"),
        tr("Drop a recording or a photo of a page here, or start one of these ways."), m_listStack);
    m_firstRun->setObjectName(QStringLiteral("notesFirstRun"));
    QPushButton* firstRecord = m_firstRun->addButton(tr("Record…"), QStringLiteral("firstRunRecord"));
    firstRecord->setToolTip(record->toolTip());
    QPushButton* firstImport = m_firstRun->addButton(tr("Import Files…"), QStringLiteral("firstRunImport"));
    firstImport->setToolTip(import->toolTip());
    QPushButton* firstPaste = m_firstRun->addButton(tr("Paste an Image"), QStringLiteral("firstRunPaste"));
    firstPaste->setToolTip(tr("Make a note of the image on the clipboard and read its text"));
    connect(firstRecord, &QPushButton::clicked, this, &NotesPage::recordRequested);
    connect(firstImport, &QPushButton::clicked, this, &NotesPage::importRequested);
    connect(firstPaste, &QPushButton::clicked, this, &NotesPage::pasteImageRequested);
    m_emptyTrash = new EmptyStatePage(QStringLiteral(":/icons/notes.svg"), tr("The trash is empty"),
        tr("Notes moved to the trash wait here until they are restored or deleted for good."), m_listStack);
    m_emptyTrash->setObjectName(QStringLiteral("emptyTrash"));
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_firstRun);
    m_listStack->addWidget(m_emptyTrash);

    auto* left = new QWidget(this);
    // Wide enough for a title beside its date; the editor never takes this room.
    // …and wider with larger fonts (200 %), where the date takes more of it.
    left->setMinimumWidth(std::max(kListMinimumWidth, fontMetrics().averageCharWidth() * 36));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 4, 0, 0);
    leftLayout->addWidget(m_view);
    leftLayout->addWidget(m_listStack, 1);

    auto* empty = new EmptyStatePage(QStringLiteral(":/icons/notes.svg"), tr("No note selected"),
        tr("Choose a note on the left, or press Ctrl+N to start a new one."), m_right);
    m_right->addWidget(empty);

    // Under the editor: the attachment being looked at, with a bar naming it.
    m_mediaTitle->setObjectName(QStringLiteral("mediaTitle"));
    QFont bold = m_mediaTitle->font();
    bold.setWeight(QFont::DemiBold);
    m_mediaTitle->setFont(bold);
    auto* close = new QToolButton(m_mediaPanel);
    close->setObjectName(QStringLiteral("closeMedia"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close"));
    close->setAccessibleDescription(tr("Closes the attachment shown below the note"));
    close->setAutoRaise(true);
    auto* mediaBar = new QHBoxLayout;
    mediaBar->setContentsMargins(12, 4, 4, 0);
    mediaBar->addWidget(m_mediaTitle, 1);
    mediaBar->addWidget(close);
    m_media->addWidget(m_transcript);
    m_media->addWidget(m_ocr);
    m_media->addWidget(m_readAloud);
    auto* mediaLayout = new QVBoxLayout(m_mediaPanel);
    mediaLayout->setContentsMargins(0, 0, 0, 0);
    mediaLayout->setSpacing(0);
    mediaLayout->addLayout(mediaBar);
    mediaLayout->addWidget(m_media, 1);
    m_noteArea->setObjectName(QStringLiteral("noteArea"));
    m_noteArea->addWidget(m_editor);
    m_noteArea->addWidget(m_mediaPanel);
    m_noteArea->setChildrenCollapsible(false);
    m_noteArea->setStretchFactor(0, 2);
    m_noteArea->setStretchFactor(1, 3);
    m_mediaPanel->hide();
    m_right->addWidget(m_noteArea);
    connect(close, &QToolButton::clicked, this, &NotesPage::closeMedia);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("notesSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(splitter, 1);
    // Searches for "the notes page's combo box" should find the list's view
    // choice before the ones of the media views (raise() only reorders children).
    m_right->raise();

    connect(add, &QAction::triggered, this, &NotesPage::newNote);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesPage::updateListState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NotesPage::updateListState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NotesPage::updateListState);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_editor->openNote({});
        m_model->setShowTrash(index == 1);
        updateEmptyState();
    });
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotesPage::onCurrentChanged);
    connect(m_editor, &NoteEditor::noteChanged, this, &NotesPage::onNoteChanged);
    connect(m_editor, &NoteEditor::errorOccurred, this, &NotesPage::errorOccurred);
    connect(m_editor, &NoteEditor::attachmentOpened, this, &NotesPage::openAttachment);
    connect(m_editor, &NoteEditor::attachmentOpenedAt, this,
        [this](const notes::Attachment& attachment, qint64 positionMs) {
            showNote(attachment.noteId, attachment.id, positionMs);
        });
    connect(m_editor, &NoteEditor::readAloudRequested, this, [this](const QString& noteId) {
        try {
            readAloud(tts::SpeechRenditions(m_profile.database(), m_profile.blobs()).textOfNote(noteId));
        } catch (const Error& error) {
            emit errorOccurred(error.message());
        }
    });
    connect(m_editor->attachments(), &AttachmentStrip::jobStatusChanged, this, &NotesPage::onJobStatus);
    connect(m_editor->attachments(), &AttachmentStrip::jobFinished, this, &NotesPage::onJobFinished);
    connect(m_transcript, &TranscriptView::errorOccurred, this, &NotesPage::errorOccurred);
    connect(m_transcript, &TranscriptView::taskCreated, this, &NotesPage::taskCreated);
    connect(m_ocr, &OcrView::errorOccurred, this, &NotesPage::errorOccurred);
    connect(m_ocr, &OcrView::readAloudRequested, this, &NotesPage::readAloud);
    connect(m_ocr, &OcrView::recognizeAgainRequested, this,
        [this](const QString& noteId, const QString& attachmentId, const QString& languages) {
            try {
                const QString jobId = m_import.recognizeAgain(noteId, attachmentId, languages);
                m_editor->attachments()->trackJob(jobId);
            } catch (const Error& error) {
                emit errorOccurred(error.message());
            }
        });
    connect(m_ocr, &OcrView::readPageAloudRequested, m_editor, &NoteEditor::readPagesAloud);
    connect(m_readAloud, &ReadAloudPanel::errorOccurred, this, &NotesPage::errorOccurred);
    connect(&services.changes(), &storage::DataChanges::notesChanged, this, &NotesPage::reloadIfChanged);
    // A finished job may have filled its note; its row is updated in place.
    const auto jobEnded = [this](const QString& id) {
        if (const std::optional<jobs::JobStatus> job = m_queue.status(id))
            m_model->refresh(job->params.value(QStringLiteral("noteId")).toString());
    };
    connect(&m_queue, &jobs::JobQueue::jobFinished, this, jobEnded);
    connect(&m_queue, &jobs::JobQueue::jobFailed, this, [jobEnded](const QString& id) { jobEnded(id); });
    m_model->reload();
    m_listVersion = notes::NoteRepository(m_profile.database()).listVersion();
    updateEmptyState();
    updateListState();
}

void NotesPage::updateListState()
{
    QWidget* shown = m_list;
    if (m_model->rowCount() == 0)
        shown = m_model->showsTrash() ? m_emptyTrash : m_firstRun;
    m_listStack->setCurrentWidget(shown);
}

void NotesPage::reloadIfChanged()
{
    // The page's own edits are in the list already; a recognised text or a
    // transcript changes no note in it. Neither resets a list scrolled far down.
    const QString version = notes::NoteRepository(m_profile.database()).listVersion();
    if (version == m_listVersion)
        return;
    m_listVersion = version;
    m_editor->save();
    const QString current = m_editor->noteId();
    // The open note and its player stay as they are.
    const QSignalBlocker blocker(m_list->selectionModel());
    m_model->reload();
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    updateEmptyState();
}

void NotesPage::newNote()
{
    try {
        if (m_view->currentIndex() != 0)
            m_view->setCurrentIndex(0);
        const notes::Note note = notes::NoteRepository(m_profile.database()).create(QString(), QString());
        m_model->reload();
        m_listVersion = notes::NoteRepository(m_profile.database()).listVersion();
        select(note.id);
        m_editor->findChild<QLineEdit*>(QStringLiteral("noteTitle"))->setFocus();
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
}

void NotesPage::select(const QString& noteId)
{
    int row = m_model->rowOf(noteId);
    if (row < 0) {
        // Made elsewhere since the list was read (an import, a recording).
        const QSignalBlocker blocker(m_list->selectionModel());
        m_model->reload();
        row = m_model->rowOf(noteId);
    }
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else
        m_editor->openNote(noteId);
    updateEmptyState();
}

void NotesPage::onCurrentChanged()
{
    closeMedia();
    const QModelIndex current = m_list->currentIndex();
    m_editor->openNote(current.isValid() ? current.data(NoteListModel::IdRole).toString() : QString());
    updateEmptyState();
}

void NotesPage::onNoteChanged(const QString& id)
{
    m_listVersion = notes::NoteRepository(m_profile.database()).listVersion();
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
    m_right->setCurrentWidget(m_editor->noteId().isEmpty() ? m_right->widget(0) : m_noteArea);
}

NotesPage::~NotesPage() = default;

QWidget* NotesPage::currentMedia() const
{
    return m_mediaPanel->isVisibleTo(this) ? m_media->currentWidget() : nullptr;
}

void NotesPage::showNote(const QString& noteId, const QString& attachmentId, qint64 positionMs)
{
    const std::optional<notes::Note> note = notes::NoteRepository(m_profile.database()).find(noteId);
    if (!note) {
        emit errorOccurred(tr("That note no longer exists."));
        return;
    }
    const int wanted = note->deletedAtMs ? 1 : 0;
    if (m_view->currentIndex() != wanted)
        m_view->setCurrentIndex(wanted);
    if (m_editor->noteId() != noteId)
        select(noteId);
    // A time without an attachment is a place in the note's recording.
    const bool inRecording = attachmentId.isEmpty() && positionMs >= 0;
    if (attachmentId.isEmpty() && !inRecording)
        return;
    for (const notes::Attachment& attachment : m_editor->attachments()->attachments()) {
        if (attachment.id == attachmentId || (inRecording && attachment.kind == u"audio")) {
            if (m_openAttachment != attachmentId)
                openAttachment(attachment);
            if (positionMs >= 0 && m_media->currentWidget() == m_transcript)
                m_transcript->seek(positionMs);
            return;
        }
    }
}

void NotesPage::openAttachment(const notes::Attachment& attachment)
{
    m_readAloud->stop();
    const QString status = m_editor->attachments()->statusOf(attachment.id);
    const bool working = !m_editor->attachments()->jobOf(attachment.id).isEmpty();
    m_openAttachment = attachment.id;
    if (attachment.kind == QLatin1String("image")) {
        m_ocr->open(attachment.noteId, attachment.id, working ? status : QString());
        showMedia(m_ocr, attachment.fileName);
    } else if (attachment.kind == QLatin1String("speech")) {
        m_transcript->open(
            attachment.noteId, attachment.id, tr("A spoken version of this note. Play it below."));
        showMedia(m_transcript, attachment.fileName);
    } else {
        m_transcript->open(attachment.noteId, attachment.id, working ? status : QString());
        showMedia(m_transcript, attachment.fileName);
    }
}

void NotesPage::readAloud(const QString& text)
{
    m_openAttachment.clear();
    m_readAloud->setText(text);
    showMedia(m_readAloud, tr("Read aloud"));
    m_readAloud->play();
}

void NotesPage::closeMedia()
{
    m_readAloud->stop();
    m_transcript->player().pause();
    m_openAttachment.clear();
    m_mediaPanel->hide();
}

void NotesPage::showMedia(QWidget* view, const QString& title)
{
    m_mediaTitle->setText(title);
    m_media->setCurrentWidget(view);
    if (!m_mediaPanel->isVisibleTo(this)) {
        m_mediaPanel->show();
        const int height = std::max(400, m_noteArea->height());
        m_noteArea->setSizes({height * 2 / 5, height * 3 / 5});
    }
}

void NotesPage::onJobStatus(const QString& attachmentId, const QString& text, bool failed)
{
    if (attachmentId.isEmpty() || attachmentId != m_openAttachment)
        return;
    if (m_media->currentWidget() == m_transcript && !m_transcript->hasTranscript())
        m_transcript->setWaitingText(
            failed ? tr("%1\nUse Retry on the attachment to try again.").arg(text) : text);
    else if (m_media->currentWidget() == m_ocr)
        m_ocr->setWaitingText(failed ? tr("%1\nUse Retry on the attachment to try again.").arg(text) : text);
}

void NotesPage::onJobFinished(const QString& attachmentId)
{
    if (attachmentId.isEmpty() || attachmentId != m_openAttachment)
        return;
    if (m_media->currentWidget() == m_transcript)
        m_transcript->reload();
    else if (m_media->currentWidget() == m_ocr)
        m_ocr->reload();
}

} // namespace voxnote::ui
