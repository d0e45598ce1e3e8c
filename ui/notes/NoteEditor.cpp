#include "notes/NoteEditor.h"

#include "ActionBar.h"
#include "Error.h"
#include "notes/AttachmentContents.h"
#include "notes/AttachmentStrip.h"
#include "notes/NoteRepository.h"
#include "notes/TagRepository.h"
#include "pipelines/MediaImport.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {

QStringList tagsFromText(const QString& text)
{
    QStringList tags;
    for (const QString& word :
        text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
        const QString tag = word.startsWith(u'#') ? word.mid(1) : word;
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

QString tagsToText(const QStringList& tags)
{
    return tags.isEmpty() ? QString() : u'#' + tags.join(QStringLiteral(" #"));
}

} // namespace

NoteEditor::NoteEditor(
    storage::Profile& profile, jobs::JobQueue& queue, pipelines::MediaImport& import, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_connection(profile.database())
    , m_import(import)
    , m_attachments(new AttachmentStrip(profile, queue, this))
    , m_contents(new AttachmentContents(profile, this))
    , m_contentsArea(new QScrollArea(this))
    , m_actions(new ActionBar(tr("Note actions"), this))
    , m_title(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_state(new QLabel(this))
    , m_trashBar(new QWidget(this))
    , m_autosave(new QTimer(this))
{
    m_title->setObjectName(QStringLiteral("noteTitle"));
    m_title->setPlaceholderText(tr("Title"));
    m_title->setAccessibleName(tr("Note title"));
    m_title->setFrame(false);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_tags->setObjectName(QStringLiteral("noteTags"));
    m_tags->setPlaceholderText(tr("#tags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setAccessibleDescription(tr("Words starting with #, separated by spaces"));
    m_tags->setFrame(false);
    m_body->setObjectName(QStringLiteral("noteBody"));
    m_body->setPlaceholderText(tr("Write in markdown…"));
    m_body->setAccessibleName(tr("Note text"));
    m_body->setFrameShape(QFrame::NoFrame);
    m_state->setForegroundRole(QPalette::PlaceholderText);

    // In the order they give way: what does not fit goes into the » menu from the right.
    m_actions->setObjectName(QStringLiteral("noteActions"));
    m_attach = m_actions->addButton(tr("Attach…"), QStringLiteral("attachFile"),
        tr("Attach a recording or an image; it is transcribed or read in the background"));
    m_readAloud = m_actions->addButton(
        tr("Read Aloud"), QStringLiteral("readAloud"), tr("Read this note aloud, following the words"));
    auto* readMenu = new QMenu(this);
    readMenu->addAction(tr("Read Aloud Here"), this, [this] {
        save();
        emit readAloudRequested(m_noteId);
    });
    readMenu->addAction(tr("Save a Spoken Version to the Note"), this, &NoteEditor::saveSpokenVersion);
    m_readAloud->setMenu(readMenu);
    m_actions->buttonOf(m_readAloud)->setPopupMode(QToolButton::MenuButtonPopup);
    m_readPages = m_actions->addButton(tr("Read This Page Aloud"), QStringLiteral("readPagesAloud"),
        tr("Recognise the text of this note's page images and save it as speech"));
    m_pin = m_actions->addButton(
        tr("Pin"), QStringLiteral("pinNote"), tr("Keep this note at the top of the list"));
    m_pin->setCheckable(true);
    m_history = m_actions->addButton(
        tr("History"), QStringLiteral("noteHistory"), tr("Earlier versions of this note, to restore"));
    m_history->setMenu(new QMenu(this));
    m_actions->buttonOf(m_history)->setPopupMode(QToolButton::InstantPopup);
    m_trash = m_actions->addButton(tr("Move to Trash"), QStringLiteral("trashNote"),
        tr("Move this note to the trash; it can be restored from there"));

    auto* trashLabel = new QLabel(tr("This note is in the trash."), m_trashBar);
    auto* restore = new QPushButton(tr("Restore"), m_trashBar);
    restore->setObjectName(QStringLiteral("restoreNote"));
    auto* purge = new QPushButton(tr("Delete Forever…"), m_trashBar);
    auto* trashLayout = new QHBoxLayout(m_trashBar);
    trashLayout->addWidget(trashLabel, 1);
    trashLayout->addWidget(restore);
    trashLayout->addWidget(purge);

    m_contentsArea->setObjectName(QStringLiteral("attachmentContentsArea"));
    m_contentsArea->setAccessibleName(tr("What the attachments hold"));
    m_contentsArea->setWidget(m_contents);
    m_contentsArea->setWidgetResizable(true);
    m_contentsArea->setFrameShape(QFrame::NoFrame);
    m_contentsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contentsArea->hide();
    // Its height follows what it holds once its layout has settled.
    m_contents->installEventFilter(this);
    m_state->setObjectName(QStringLiteral("noteState"));
    auto* tagsRow = new QHBoxLayout;
    tagsRow->addWidget(m_tags, 1);
    tagsRow->addWidget(m_state);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 4, 16, 8);
    layout->addWidget(m_actions);
    layout->addWidget(m_trashBar);
    layout->addWidget(m_title);
    layout->addLayout(tagsRow);
    layout->addWidget(m_attachments);
    layout->addWidget(m_contentsArea);
    layout->addWidget(m_body, 1);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &NoteEditor::save);
    connect(m_title, &QLineEdit::textEdited, this, &NoteEditor::scheduleSave);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NoteEditor::scheduleSave);
    connect(m_tags, &QLineEdit::editingFinished, this, &NoteEditor::saveTags);
    connect(m_pin, &QAction::triggered, this, &NoteEditor::togglePin);
    connect(m_trash, &QAction::triggered, this, &NoteEditor::moveToTrash);
    connect(restore, &QPushButton::clicked, this, &NoteEditor::restoreFromTrash);
    connect(purge, &QPushButton::clicked, this, &NoteEditor::deleteForever);
    connect(m_history->menu<QMenu*>(), &QMenu::aboutToShow, this, &NoteEditor::fillHistoryMenu);
    connect(m_readAloud, &QAction::triggered, this, [this] {
        save();
        emit readAloudRequested(m_noteId);
    });
    connect(m_readPages, &QAction::triggered, this, &NoteEditor::readPagesAloud);
    connect(m_attach, &QAction::triggered, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Recordings or Images"),
            QString(),
            tr("Recordings and images (*.wav *.flac *.ogg *.mp3 *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp "
               "*.pdf);;All files (*)"));
        for (const QString& path : paths)
            attachFile(path);
    });
    connect(m_attachments, &AttachmentStrip::attachmentOpened, this, &NoteEditor::attachmentOpened);
    connect(m_attachments, &AttachmentStrip::attachmentsChanged, this,
        [this] { m_contents->setAttachments(m_attachments->attachments()); });
    connect(m_contents, &AttachmentContents::contentsResized, this, &NoteEditor::fitContents);
    connect(m_contents, &AttachmentContents::openRequested, this, &NoteEditor::attachmentOpenedAt);
    connect(m_attachments, &AttachmentStrip::jobFinished, this, &NoteEditor::updateMediaActions);
    openNote({});
}

NoteEditor::~NoteEditor()
{
    // The last keystrokes are kept, but nobody is told: the list and the page
    // that listen may already be gone.
    const QSignalBlocker quiet(this);
    save();
}

bool NoteEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_contents && event->type() == QEvent::LayoutRequest)
        QMetaObject::invokeMethod(this, &NoteEditor::fitContents, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void NoteEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitContents();
}

void NoteEditor::fitContents()
{
    if (m_contents->isEmpty()) {
        m_contentsArea->hide();
        return;
    }
    // The editor's width less its margins: the area's own may not be laid out yet.
    const QMargins margins = layout()->contentsMargins();
    const int width = std::max(100, this->width() - margins.left() - margins.right());
    const int needed = m_contents->hasHeightForWidth() ? m_contents->heightForWidth(width)
                                                       : m_contents->sizeHint().height();
    // The note's own text keeps room below; what does not fit scrolls.
    const int most = std::max(120, height() * 55 / 100);
    m_contentsArea->setFixedHeight(std::min(needed, most));
    m_contentsArea->show();
}

void NoteEditor::openNote(const QString& id)
{
    save();
    m_noteId = id;
    load();
}

void NoteEditor::load()
{
    m_loading = true;
    const std::optional<notes::Note> note
        = m_noteId.isEmpty() ? std::nullopt : notes::NoteRepository(m_connection).find(m_noteId);
    const bool inTrash = note && note->deletedAtMs.has_value();
    m_title->setText(note ? note->title : QString());
    m_body->setPlainText(note ? note->body : QString());
    m_tags->setText(note ? tagsToText(notes::TagRepository(m_connection).tagsOf(m_noteId)) : QString());
    m_pinned = note && note->pinned;
    m_pin->setChecked(m_pinned);
    for (QWidget* editable : std::initializer_list<QWidget*> {m_title, m_tags, m_body})
        editable->setEnabled(note && !inTrash);
    for (QAction* action : m_actions->actions())
        action->setEnabled(note && !inTrash);
    m_attachments->setNote(note ? m_noteId : QString());
    updateMediaActions();
    m_title->setReadOnly(inTrash);
    m_body->setReadOnly(inTrash);
    m_trashBar->setVisible(inTrash);
    m_state->setText(note ? tr("Edited %1")
                                .arg(QLocale().toString(
                                    QDateTime::fromMSecsSinceEpoch(note->updatedAtMs), QLocale::ShortFormat))
                          : QString());
    m_dirty = false;
    m_loading = false;
}

void NoteEditor::scheduleSave()
{
    if (m_loading || m_noteId.isEmpty())
        return;
    m_dirty = true;
    m_state->setText(tr("Editing…"));
    m_autosave->start();
}

void NoteEditor::save()
{
    m_autosave->stop();
    if (!m_dirty || m_noteId.isEmpty())
        return;
    try {
        notes::NoteRepository(m_connection).setTitleAndBody(m_noteId, m_title->text(), m_body->toPlainText());
        m_dirty = false;
        m_state->setText(tr("Saved"));
        emit noteChanged(m_noteId);
    } catch (const Error& error) {
        m_state->setText(tr("Not saved"));
        emit errorOccurred(error.message());
    }
}

void NoteEditor::saveTags()
{
    if (m_noteId.isEmpty() || m_loading)
        return;
    try {
        notes::TagRepository tags(m_connection);
        const QStringList wanted = tagsFromText(m_tags->text());
        storage::Transaction transaction(m_connection);
        for (const QString& tag : tags.tagsOf(m_noteId)) {
            if (!wanted.contains(tag, Qt::CaseInsensitive))
                tags.removeTag(m_noteId, tag);
        }
        for (const QString& tag : wanted)
            tags.addTag(m_noteId, tag);
        transaction.commit();
        m_tags->setText(tagsToText(tags.tagsOf(m_noteId)));
        emit noteChanged(m_noteId);
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
}

void NoteEditor::togglePin()
{
    save();
    try {
        m_pinned = !m_pinned;
        notes::NoteRepository(m_connection).setPinned(m_noteId, m_pinned);
        emit noteChanged(m_noteId);
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
    m_pin->setChecked(m_pinned);
}

void NoteEditor::moveToTrash()
{
    save();
    const QString id = m_noteId;
    try {
        notes::NoteRepository(m_connection).moveToTrash(id);
    } catch (const Error& error) {
        emit errorOccurred(error.message());
        return;
    }
    load();
    emit noteChanged(id);
}

void NoteEditor::restoreFromTrash()
{
    const QString id = m_noteId;
    try {
        notes::NoteRepository(m_connection).restore(id);
    } catch (const Error& error) {
        emit errorOccurred(error.message());
        return;
    }
    load();
    emit noteChanged(id);
}

void NoteEditor::deleteForever()
{
    const QString id = m_noteId;
    const auto answer = QMessageBox::question(this, tr("Delete Forever"),
        tr("Delete “%1” and its attachments for good? This cannot be undone.").arg(m_title->text()));
    if (answer != QMessageBox::Yes)
        return;
    try {
        notes::NoteRepository(m_connection).purge(id);
    } catch (const Error& error) {
        emit errorOccurred(error.message());
        return;
    }
    openNote({});
    emit noteChanged(id);
}

void NoteEditor::fillHistoryMenu()
{
    save();
    QMenu* menu = m_history->menu<QMenu*>();
    menu->clear();
    const QList<notes::NoteRevision> revisions = notes::NoteRepository(m_connection).revisions(m_noteId);
    if (revisions.isEmpty()) {
        menu->addAction(tr("No earlier versions yet"))->setEnabled(false);
        return;
    }
    for (const notes::NoteRevision& revision : revisions) {
        const QString when
            = QLocale().toString(QDateTime::fromMSecsSinceEpoch(revision.createdAtMs), QLocale::ShortFormat);
        QAction* action = menu->addAction(
            tr("Restore the version from %1 (%2 characters)").arg(when).arg(revision.body.size()));
        connect(action, &QAction::triggered, this, [this, id = revision.id] {
            try {
                notes::NoteRepository(m_connection).restoreRevision(m_noteId, id);
                load();
                emit noteChanged(m_noteId);
            } catch (const Error& error) {
                emit errorOccurred(error.message());
            }
        });
    }
}

void NoteEditor::updateMediaActions()
{
    bool images = false;
    for (const notes::Attachment& attachment : m_attachments->attachments())
        images = images || attachment.kind == QLatin1String("image");
    m_readPages->setVisible(images);
}

bool NoteEditor::attachFile(const QString& path)
{
    if (m_noteId.isEmpty())
        return false;
    save();
    try {
        const pipelines::ImportedMedia imported = m_import.importFile(path, m_noteId);
        m_attachments->reload();
        m_attachments->trackJob(imported.jobId);
        updateMediaActions();
        emit noteChanged(m_noteId);
        return true;
    } catch (const Error& error) {
        emit errorOccurred(error.message());
        return false;
    }
}

QString NoteEditor::saveSpokenVersion()
{
    save();
    try {
        const QString jobId = m_import.readAloud(m_noteId);
        m_attachments->trackJob(jobId);
        return jobId;
    } catch (const Error& error) {
        emit errorOccurred(error.message());
        return {};
    }
}

QString NoteEditor::readPagesAloud()
{
    save();
    try {
        const QString jobId = m_import.readPagesAloud(m_noteId);
        m_attachments->trackJob(jobId);
        return jobId;
    } catch (const Error& error) {
        emit errorOccurred(error.message());
        return {};
    }
}

} // namespace voxnote::ui
