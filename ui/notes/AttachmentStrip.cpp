#include "notes/AttachmentStrip.h"

#include "Error.h"
#include "jobs/JobQueue.h"
#include "notes/NoteContents.h"
#include "ocr/OcrRepository.h"
#include "pipelines/Pipelines.h"
#include "storage/Profile.h"
#include "voice/PlayerBar.h"

#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMouseEvent>
#include <QPixmapCache>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {

constexpr int kThumbnail = 48;
constexpr int kCardWidth = 230; ///< at the usual font size; larger fonts get wider cards

/// The card's width for the font in use: 230 px at 9 pt, more for larger fonts.
int cardWidth(const QWidget* widget)
{
    return std::max(kCardWidth, widget->fontMetrics().averageCharWidth() * 33);
}

/// A card that reports clicks.
class CardFrame : public QFrame
{
public:
    explicit CardFrame(std::function<void()> onClick, QWidget* parent)
        : QFrame(parent)
        , m_onClick(std::move(onClick))
    {
        setFrameShape(QFrame::StyledPanel);
        setCursor(Qt::PointingHandCursor);
        setFixedWidth(cardWidth(this));
    }

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && m_onClick)
            m_onClick();
    }

private:
    std::function<void()> m_onClick;
};

QPixmap thumbnailOf(const QString& path, const QString& hash)
{
    QPixmap pixmap;
    if (QPixmapCache::find(hash, &pixmap))
        return pixmap;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(kThumbnail * 2, kThumbnail * 2, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    pixmap = QPixmap::fromImage(
        image.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    QPixmapCache::insert(hash, pixmap);
    return pixmap;
}

} // namespace

AttachmentStrip::AttachmentStrip(storage::Profile& profile, jobs::JobQueue& queue, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_queue(queue)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("attachmentStrip"));
    m_layout->setContentsMargins(0, 4, 0, 4);
    m_layout->setSpacing(8);
    connect(&m_queue, &jobs::JobQueue::progressChanged, this,
        [this](const QString& id, const QString&, double progress) { onProgress(id, progress); });
    connect(&m_queue, &jobs::JobQueue::jobFinished, this, &AttachmentStrip::onFinished);
    connect(&m_queue, &jobs::JobQueue::jobFailed, this, &AttachmentStrip::onFailed);
    connect(&m_queue, &jobs::JobQueue::jobCancelled, this, [this](const QString& id) {
        if (m_jobCards.contains(id))
            reload();
    });
    hide();
}

void AttachmentStrip::setNote(const QString& noteId)
{
    m_noteId = noteId;
    m_otherJobs.clear();
    reload();
}

void AttachmentStrip::reload()
{
    m_attachments.clear();
    if (!m_noteId.isEmpty()) {
        try {
            m_attachments = notes::NoteRepository(m_profile.database()).attachments(m_noteId);
        } catch (const Error&) {
            // An unreadable note shows no attachments; the editor reports the error.
        }
    }
    rebuild();
}

void AttachmentStrip::rebuild()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cards.clear();
    m_jobCards.clear();
    for (const notes::Attachment& attachment : m_attachments) {
        Card card;
        QWidget* widget = makeCard(attachment, card);
        m_layout->addWidget(widget);
        widget->show(); // children added to a shown widget stay hidden otherwise
        m_cards.insert(attachment.id, card);
    }
    // The newest job of each card: active ones, and failed ones to retry.
    if (!m_noteId.isEmpty()) {
        QList<jobs::JobStatus> latest;
        QSet<QString> seen;
        for (const jobs::JobStatus& status : m_queue.jobs(300)) {
            const QString key = cardKeyOf(status);
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            if (status.isActive() || status.state == jobs::JobState::Failed)
                latest.append(status);
        }
        for (const jobs::JobStatus& status : latest)
            showJob(status);
    }
    m_layout->addStretch(1);
    setVisible(!m_cards.isEmpty());
    emit attachmentsChanged();
}

QWidget* AttachmentStrip::makeCard(const notes::Attachment& attachment, Card& card)
{
    auto* frame = new CardFrame([this, attachment] { emit attachmentOpened(attachment); }, this);
    frame->setObjectName(QStringLiteral("attachment_") + attachment.id);
    frame->setToolTip(attachment.fileName);
    auto* icon = new QLabel(frame);
    icon->setFixedSize(kThumbnail, kThumbnail);
    icon->setAlignment(Qt::AlignCenter);
    QPixmap pixmap;
    if (attachment.kind == QLatin1String("image"))
        pixmap = thumbnailOf(m_profile.blobs().pathOf(attachment.blobHash), attachment.blobHash);
    if (pixmap.isNull()) {
        const QStyle::StandardPixmap standard = attachment.kind == QLatin1String("image")
            ? QStyle::SP_FileIcon
            : attachment.kind == QLatin1String("document") ? QStyle::SP_FileIcon
                                                           : QStyle::SP_MediaVolume;
        pixmap = style()->standardIcon(standard).pixmap(32, 32);
    }
    icon->setPixmap(pixmap);

    auto* name = new QLabel(frame);
    name->setText(
        fontMetrics().elidedText(attachment.fileName, Qt::ElideMiddle, cardWidth(this) - kThumbnail - 40));
    QFont bold = name->font();
    bold.setWeight(QFont::DemiBold);
    name->setFont(bold);
    card.status = new QLabel(summaryOf(attachment), frame);
    card.status->setObjectName(QStringLiteral("attachmentStatus"));
    card.status->setForegroundRole(QPalette::PlaceholderText);
    card.status->setWordWrap(true);
    card.progress = new QProgressBar(frame);
    card.progress->setRange(0, 100);
    card.progress->setTextVisible(false);
    card.progress->setFixedHeight(6);
    card.progress->hide();
    card.retry = new QPushButton(tr("Retry"), frame);
    card.retry->setObjectName(QStringLiteral("retryJob"));
    card.retry->hide();
    connect(card.retry, &QPushButton::clicked, this, [this, id = attachment.id] {
        const QString jobId = m_cards.value(id).jobId;
        if (!jobId.isEmpty() && m_queue.retry(jobId))
            trackJob(jobId);
    });

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(name);
    text->addWidget(card.status);
    text->addWidget(card.progress);
    text->addWidget(card.retry, 0, Qt::AlignLeft);
    auto* layout = new QHBoxLayout(frame);
    layout->setContentsMargins(6, 6, 8, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return frame;
}

QWidget* AttachmentStrip::makeNoteWorkCard(Card& card)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("noteWork"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFixedWidth(cardWidth(this));
    card.status = new QLabel(frame);
    card.status->setObjectName(QStringLiteral("attachmentStatus"));
    card.status->setWordWrap(true);
    card.progress = new QProgressBar(frame);
    card.progress->setRange(0, 100);
    card.progress->setTextVisible(false);
    card.progress->setFixedHeight(6);
    card.retry = new QPushButton(tr("Retry"), frame);
    card.retry->setObjectName(QStringLiteral("retryJob"));
    card.retry->hide();
    connect(card.retry, &QPushButton::clicked, this, [this] {
        const QString jobId = m_cards.value(noteWorkKey()).jobId;
        if (!jobId.isEmpty() && m_queue.retry(jobId))
            trackJob(jobId);
    });
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(card.status);
    layout->addWidget(card.progress);
    layout->addWidget(card.retry, 0, Qt::AlignLeft);
    return frame;
}

QString AttachmentStrip::summaryOf(const notes::Attachment& attachment) const
{
    try {
        if (attachment.kind == QLatin1String("audio")) {
            // Its length and speakers only: a long transcript's lines and words are not read here.
            const std::optional<notes::TranscriptOutline> transcript
                = notes::NoteContents(m_profile.database()).transcript(attachment.id, 0);
            if (!transcript)
                return tr("Recording");
            const QString length = formatPlayerTime(transcript->durationMs);
            // An empty transcript is not a success to show as one.
            if (transcript->lineCount == 0)
                return tr("%1 · no speech found, only silence or noise").arg(length);
            return transcript->speakers.size() > 1
                ? tr("%1 · transcript, %2 speakers").arg(length).arg(transcript->speakers.size())
                : tr("%1 · transcript").arg(length);
        }
        if (attachment.kind == QLatin1String("image")) {
            const QList<ocr::OcrPage> pages = ocr::OcrRepository(m_profile.database()).pages(attachment.id);
            if (pages.isEmpty())
                return tr("Image");
            int words = 0;
            QStringList warnings;
            for (const ocr::OcrPage& page : pages) {
                words += int(page.words.size());
                // Said on the card, so that half a page is not taken for all of it.
                if (!page.warning.isEmpty())
                    warnings << (pages.size() > 1 ? tr("Page %1: %2").arg(page.page + 1).arg(page.warning)
                                                  : page.warning);
            }
            const QString found = words > 0 ? tr("Text found: %1 words").arg(words) : tr("No text found");
            return warnings.isEmpty() ? found : found + u'\n' + warnings.join(u'\n');
        }
        if (attachment.kind == QLatin1String("speech"))
            return tr("Spoken version · play");
    } catch (const Error&) {
        // Fall through to the plain kind.
    }
    return attachment.mimeType;
}

QString AttachmentStrip::cardKeyOf(const jobs::JobStatus& status) const
{
    if (status.params.value(QStringLiteral("noteId")).toString() != m_noteId || m_noteId.isEmpty())
        return {};
    const QString attachmentId = status.params.value(QStringLiteral("attachmentId")).toString();
    if (!attachmentId.isEmpty())
        return m_cards.contains(attachmentId) ? attachmentId : QString();
    return noteWorkKey();
}

void AttachmentStrip::trackJob(const QString& jobId)
{
    m_otherJobs.remove(jobId);
    if (const std::optional<jobs::JobStatus> status = m_queue.status(jobId))
        showJob(*status);
}

void AttachmentStrip::showJob(const jobs::JobStatus& status)
{
    const QString key = cardKeyOf(status);
    if (key.isEmpty()) {
        m_otherJobs.insert(status.id);
        return;
    }
    if (!m_cards.contains(key)) {
        Card card;
        QWidget* widget = makeNoteWorkCard(card);
        m_layout->insertWidget(int(m_cards.size()), widget);
        widget->show();
        m_cards.insert(key, card);
        setVisible(true);
    }
    Card& card = m_cards[key];
    if (!card.jobId.isEmpty())
        m_jobCards.remove(card.jobId);
    card.jobId = status.id;
    m_jobCards.insert(status.id, key);
    const QString name = pipelines::jobKindName(status.kind);
    if (status.state == jobs::JobState::Failed) {
        onFailed(status.id, status.error);
    } else if (status.isActive()) {
        card.retry->hide();
        card.status->setToolTip({});
        card.progress->show();
        card.progress->setValue(int(status.progress * 100));
        const QString text = status.state == jobs::JobState::Queued
            ? tr("%1 — waiting…").arg(name)
            : tr("%1… %2%").arg(name).arg(int(status.progress * 100));
        card.status->setText(text);
        emit jobStatusChanged(key == noteWorkKey() ? QString() : key, text, false);
    }
}

void AttachmentStrip::onProgress(const QString& jobId, double progress)
{
    if (m_otherJobs.contains(jobId))
        return;
    const QString key = m_jobCards.value(jobId);
    if (key.isEmpty()) {
        trackJob(jobId); // started elsewhere (a drop on the window); maybe ours
        return;
    }
    Card& card = m_cards[key];
    const std::optional<jobs::JobStatus> status = m_queue.status(jobId);
    const QString name = status ? pipelines::jobKindName(status->kind) : QString();
    card.progress->show();
    card.progress->setValue(int(progress * 100));
    card.retry->hide();
    card.status->setToolTip({});
    const QString text = tr("%1… %2%").arg(name).arg(int(progress * 100));
    card.status->setText(text);
    emit jobStatusChanged(key == noteWorkKey() ? QString() : key, text, false);
}

void AttachmentStrip::onFinished(const QString& jobId)
{
    QString key = m_jobCards.value(jobId);
    if (key.isEmpty() && !m_otherJobs.contains(jobId)) {
        if (const std::optional<jobs::JobStatus> status = m_queue.status(jobId))
            key = cardKeyOf(*status);
    }
    if (key.isEmpty())
        return;
    // The work may have added an attachment (a spoken version) or its text.
    reload();
    emit jobFinished(key == noteWorkKey() ? QString() : key, jobId);
}

void AttachmentStrip::onFailed(const QString& jobId, const QString& error)
{
    if (!m_jobCards.contains(jobId)) {
        if (m_otherJobs.contains(jobId))
            return;
        trackJob(jobId);
        return;
    }
    Card& card = m_cards[m_jobCards.value(jobId)];
    card.progress->hide();
    card.retry->show();
    // The card has room for the gist; the whole sentence is its tooltip and
    // stands in the open view.
    constexpr int kShown = 90;
    card.status->setText(error.size() > kShown ? error.left(kShown - 1).trimmed() + u'…' : error);
    card.status->setToolTip(error);
    card.status->setForegroundRole(QPalette::WindowText);
    const QString key = m_jobCards.value(jobId);
    emit jobStatusChanged(key == noteWorkKey() ? QString() : key, error, true);
}

QString AttachmentStrip::statusOf(const QString& attachmentId) const
{
    const auto it = m_cards.constFind(attachmentId);
    if (it == m_cards.cend())
        return {};
    // A failure's whole sentence is the tooltip of its shortened text.
    return it->status->toolTip().isEmpty() ? it->status->text() : it->status->toolTip();
}

QString AttachmentStrip::jobOf(const QString& attachmentId) const
{
    return m_cards.value(attachmentId).jobId;
}

} // namespace voxnote::ui
