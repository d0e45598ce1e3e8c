#include "voice/TranscriptView.h"

#include "Error.h"
#include "notes/NoteRepository.h"
#include "people/PersonRepository.h"
#include "speech/TranscriptRepository.h"
#include "storage/Profile.h"
#include "tasks/TaskRepository.h"
#include "util/Log.h"
#include "voice/MediaAudioPlayer.h"
#include "voice/PlayerBar.h"
#include "voice/SpeakerChips.h"
#include "voice/TranscriptEditor.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {

constexpr int kTaskTitleLength = 120;

QString formatName(exporting::TranscriptFormat format)
{
    switch (format) {
    case exporting::TranscriptFormat::Text:
        return TranscriptView::tr("Plain text (.txt)");
    case exporting::TranscriptFormat::Srt:
        return TranscriptView::tr("SRT subtitles (.srt)");
    case exporting::TranscriptFormat::WebVtt:
        return TranscriptView::tr("WebVTT subtitles (.vtt)");
    case exporting::TranscriptFormat::Json:
        return TranscriptView::tr("JSON with word timings (.json)");
    case exporting::TranscriptFormat::Markdown:
        return TranscriptView::tr("Markdown (.md)");
    }
    return {};
}

} // namespace

TranscriptView::TranscriptView(storage::Profile& profile, AudioPlayer* player, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_player(player ? player : new MediaAudioPlayer(this))
    , m_chips(new SpeakerChips(this))
    , m_editor(new TranscriptEditor(this))
    , m_waiting(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_info(new QLabel(this))
    , m_follow(new QToolButton(this))
    , m_createTask(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_bar(new PlayerBar(*m_player, this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("transcriptView"));
    m_player->setParent(this);

    m_follow->setObjectName(QStringLiteral("followPlayback"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the word being played in view"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_createTask->setObjectName(QStringLiteral("createTask"));
    m_createTask->setText(tr("Create Task"));
    m_createTask->setToolTip(tr("Make a task of the selected text, linked to this moment of the recording"));
    m_export->setObjectName(QStringLiteral("exportTranscript"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_export);
    for (const auto format : {exporting::TranscriptFormat::Text, exporting::TranscriptFormat::Srt,
             exporting::TranscriptFormat::WebVtt, exporting::TranscriptFormat::Json,
             exporting::TranscriptFormat::Markdown}) {
        exportMenu->addAction(formatName(format), this, [this, format] { askExport(format); });
    }
    m_export->setMenu(exportMenu);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(12, 8, 12, 4);
    top->addWidget(m_chips, 1);
    top->addWidget(m_follow);
    top->addWidget(m_createTask);
    top->addWidget(m_export);

    m_waiting->setObjectName(QStringLiteral("transcriptWaiting"));
    m_waiting->setAlignment(Qt::AlignCenter);
    m_waiting->setWordWrap(true);
    m_waiting->setMargin(24);
    m_waiting->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_waiting);
    m_stack->addWidget(m_editor);

    m_info->setObjectName(QStringLiteral("transcriptInfo"));
    m_info->setContentsMargins(12, 2, 12, 2);
    m_info->setWordWrap(true);
    m_info->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_info);
    layout->addWidget(m_bar);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &TranscriptView::saveEdits);
    connect(m_editor, &TranscriptEditor::segmentEdited, m_saveTimer, qOverload<>(&QTimer::start));
    // Stored at once: the next re-alignment of the segment starts from the
    // stored words, so a confirmation must be among them.
    connect(m_editor, &TranscriptEditor::wordConfirmed, this, &TranscriptView::saveEdits);
    connect(m_editor, &TranscriptEditor::wordClicked, this, [this](int, int, qint64 startMs) {
        m_player->setPosition(startMs);
        m_editor->setPlayingPosition(startMs, false);
    });
    connect(m_editor, &TranscriptEditor::speakerClicked, this, &TranscriptView::askRenameSpeaker);
    connect(m_editor, &TranscriptEditor::selectionChanged, this, &TranscriptView::updateActions);
    connect(m_chips, &SpeakerChips::renameRequested, this, &TranscriptView::askRenameSpeaker);
    connect(m_player, &AudioPlayer::positionChanged, this,
        [this](qint64 ms) { m_editor->setPlayingPosition(ms, m_follow->isChecked()); });
    connect(m_player, &AudioPlayer::errorOccurred, this, &TranscriptView::showInfo);
    connect(m_createTask, &QToolButton::clicked, this, &TranscriptView::createTaskFromSelection);
    updateActions();
}

TranscriptView::~TranscriptView()
{
    saveEdits();
}

void TranscriptView::open(const QString& noteId, const QString& attachmentId, const QString& waitingText)
{
    saveEdits();
    m_noteId = noteId;
    m_attachmentId = attachmentId;
    m_info->hide();
    m_waiting->setText(waitingText.isEmpty() ? tr("The transcript appears here once the recording has been "
                                                  "transcribed.")
                                             : waitingText);
    try {
        notes::NoteRepository notes(m_profile.database());
        for (const notes::Attachment& attachment : notes.attachments(noteId)) {
            if (attachment.id == attachmentId) {
                m_player->setSource(m_profile.blobs().pathOf(attachment.blobHash), attachment.fileName);
                break;
            }
        }
    } catch (const Error& error) {
        showInfo(error.message());
    }
    reload();
}

void TranscriptView::reload()
{
    m_transcript = {};
    try {
        speech::TranscriptRepository repository(m_profile.database());
        const QStringList ids = repository.idsForNote(m_noteId);
        // The newest transcript of this recording.
        for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
            std::optional<speech::Transcript> transcript = repository.find(*it);
            if (transcript && transcript->attachmentId == m_attachmentId) {
                m_transcript = std::move(*transcript);
                break;
            }
        }
    } catch (const Error& error) {
        showInfo(error.message());
    }
    m_editor->setTranscript(hasTranscript() ? &m_transcript : nullptr);
    m_chips->setSpeakers(m_transcript.speakers);
    if (hasTranscript() && m_transcript.segments.isEmpty())
        m_waiting->setText(tr("No speech was recognised in this recording."));
    m_stack->setCurrentWidget(
        hasTranscript() && !m_transcript.segments.isEmpty() ? static_cast<QWidget*>(m_editor) : m_waiting);
    updateActions();
}

void TranscriptView::setWaitingText(const QString& text)
{
    m_waiting->setText(text);
}

void TranscriptView::seek(qint64 ms)
{
    m_player->setPosition(std::max<qint64>(0, ms));
    m_editor->setPlayingPosition(ms, true);
}

bool TranscriptView::saveEdits()
{
    m_saveTimer->stop();
    const QList<int> edited = m_editor->takeEditedSegments();
    if (edited.isEmpty() || !hasTranscript())
        return true;
    try {
        speech::TranscriptRepository repository(m_profile.database());
        for (const int index : edited) {
            speech::TranscriptSegment& segment = m_transcript.segments[index];
            const QString text = m_editor->segmentText(index);
            const QList<speech::Word> words = notes::wordsForText(text, m_editor->tokensOf(index));
            repository.updateSegmentText(segment.id, text, words);
            segment.text = text;
            segment.words = words;
        }
        return true;
    } catch (const Error& error) {
        showInfo(tr("Your corrections could not be saved: %1").arg(error.message()));
        emit errorOccurred(error.message());
        return false;
    }
}

bool TranscriptView::renameSpeaker(int speaker, const QString& name)
{
    if (speaker < 0 || speaker >= m_transcript.speakers.size())
        return false;
    try {
        speech::TranscriptRepository(m_profile.database())
            .renameSpeaker(m_transcript.speakers[speaker].id, name);
        m_transcript.speakers[speaker].name = name.trimmed();
    } catch (const Error& error) {
        showInfo(error.message());
        return false;
    }
    m_chips->setSpeakers(m_transcript.speakers);
    m_editor->refreshSpeakers();
    return true;
}

void TranscriptView::askRenameSpeaker(int speaker)
{
    if (speaker < 0 || speaker >= m_transcript.speakers.size())
        return;
    const speech::Speaker& current = m_transcript.speakers[speaker];
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Speaker"),
        tr("Name for %1 in the whole transcript (empty: back to “%2”):")
            .arg(current.displayName(), current.label),
        QLineEdit::Normal, current.name, &ok);
    if (ok)
        renameSpeaker(speaker, name);
}

QString TranscriptView::createTaskFromSelection()
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText().replace(QChar::ParagraphSeparator, u' ').simplified();
    if (selected.isEmpty() || !hasTranscript())
        return {};
    saveEdits();
    const auto [segment, word] = m_editor->wordAt(cursor.selectionStart());
    const qint64 timeMs = segment >= 0 ? m_editor->tokensOf(segment).at(word).startMs : 0;
    tasks::TaskDraft draft;
    draft.title = selected.size() > kTaskTitleLength ? selected.left(kTaskTitleLength - 1) + u'…' : selected;
    if (selected.size() > kTaskTitleLength)
        draft.description = selected;
    draft.noteId = m_noteId;
    draft.noteTimeMs = timeMs;
    try {
        storage::Connection& database = m_profile.database();
        const tasks::Task task
            = tasks::TaskRepository(database, people::PersonRepository(database).me().id).create(draft);
        showInfo(
            tr("Task “%1” created, linked to this note at %2.").arg(task.title, formatPlayerTime(timeMs)));
        emit taskCreated(task.id);
        return task.id;
    } catch (const Error& error) {
        showInfo(error.message());
        emit errorOccurred(error.message());
        return {};
    }
}

bool TranscriptView::exportTo(exporting::TranscriptFormat format, const QString& path)
{
    if (!saveEdits())
        return false;
    try {
        exporting::TranscriptExporter::Options options;
        if (const auto note = notes::NoteRepository(m_profile.database()).find(m_noteId))
            options.title = note->title;
        exporting::TranscriptExporter(m_transcript, options).save(format, path);
        showInfo(tr("Saved %1.").arg(QFileInfo(path).fileName()));
        return true;
    } catch (const Error& error) {
        showInfo(error.message());
        emit errorOccurred(error.message());
        return false;
    }
}

void TranscriptView::askExport(exporting::TranscriptFormat format)
{
    QString base = tr("Transcript");
    if (const auto note = notes::NoteRepository(m_profile.database()).find(m_noteId);
        note && !note->title.isEmpty())
        base = note->title;
    base.replace(u'/', u'-');
    const QString extension = exporting::TranscriptExporter::extension(format);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Transcript"), folder + u'/' + base + u'.' + extension, formatName(format));
    if (!path.isEmpty())
        exportTo(format, path);
}

void TranscriptView::showInfo(const QString& text)
{
    m_info->setText(text);
    m_info->setVisible(!text.isEmpty());
}

void TranscriptView::updateActions()
{
    const bool loaded = hasTranscript() && !m_transcript.segments.isEmpty();
    m_createTask->setEnabled(loaded && m_editor->textCursor().hasSelection());
    m_export->setEnabled(loaded);
    m_follow->setEnabled(loaded);
}

} // namespace voxnote::ui
