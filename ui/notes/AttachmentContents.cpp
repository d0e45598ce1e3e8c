#include "notes/AttachmentContents.h"
#include "voice/PlayerBar.h"

#include "Error.h"
#include "Theme.h"
#include "images/OcrImageView.h"
#include "notes/NoteContents.h"
#include "storage/Profile.h"
#include "voice/SpeakerColors.h"

#include <QFrame>
#include <QLabel>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {

constexpr int kExpandedHeight = 360; ///< the most an expanded text takes before it scrolls

/// A speaker's colour as text on the page (the chips' colour is a background).
QString speakerTextColor(int index)
{
    const QColor color = speakerColor(index);
    return (Theme::isDark() ? color.lighter(140) : color.darker(190)).name();
}

QString mutedColor(const QWidget* widget)
{
    return widget->palette().color(QPalette::PlaceholderText).name();
}

/// The lines with their times (links that open the recording there) and speakers.
QString linesHtml(const notes::TranscriptOutline& outline, const QWidget* widget, QString* plain)
{
    QString html;
    QStringList lines;
    const QString muted = mutedColor(widget);
    for (const notes::TranscriptLine& line : outline.lines) {
        const QString speaker = line.speaker >= 0 && line.speaker < outline.speakers.size()
            ? outline.speakers.at(line.speaker)
            : QString();
        html += QStringLiteral("<p style=\"margin:0 0 4px 0\"><a href=\"t:%1\" style=\"color:%2; "
                               "text-decoration:none\">%3</a>&nbsp;&nbsp;")
                    .arg(line.startMs)
                    .arg(muted, formatPlayerTime(line.startMs));
        if (!speaker.isEmpty())
            html += QStringLiteral("<b style=\"color:%1\">%2</b>&nbsp; ")
                        .arg(speakerTextColor(line.speaker), speaker.toHtmlEscaped());
        html += line.text.toHtmlEscaped() + QStringLiteral("</p>");
        lines << (speaker.isEmpty() ? QString() : speaker + QStringLiteral(": ")) + line.text;
    }
    *plain = lines.join(u'\n');
    return html;
}

/// The page's text with its unsure words tinted, up to `maxLines` lines (all if < 0).
QString pageHtml(const notes::RecognisedPage& page, int maxLines, QString* plain, bool* cut)
{
    QString text = page.text;
    *cut = false;
    if (maxLines >= 0) {
        qsizetype end = -1;
        for (int line = 0; line < maxLines; ++line) {
            end = text.indexOf(u'\n', end + 1);
            if (end < 0)
                break;
        }
        if (end >= 0) {
            text.truncate(end);
            *cut = true;
        }
    }
    *plain = text;
    const QString tint = Theme::isDark() ? QStringLiteral("#6b5310") : QStringLiteral("#fde3a7");
    QString html;
    qsizetype at = 0;
    for (const notes::UnsureSpan& span : page.unsure) {
        if (span.start + span.length > text.size())
            break;
        html += text.mid(at, span.start - at).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color:%1\">%2</span>")
                    .arg(tint, text.mid(span.start, span.length).toHtmlEscaped());
        at = span.start + span.length;
    }
    html += text.mid(at).toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

} // namespace

AttachmentContents::AttachmentContents(storage::Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("attachmentContents"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(8);
    hide();
}

void AttachmentContents::clear()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sections.clear();
}

void AttachmentContents::setAttachments(const QList<notes::Attachment>& attachments)
{
    clear();
    QSet<QString> present;
    m_layout->addStretch(1); // the sections stay at the top of a taller area
    for (const notes::Attachment& attachment : attachments) {
        present.insert(attachment.id);
        try {
            if (attachment.kind == QLatin1String("audio"))
                addTranscript(attachment);
            else if (attachment.kind == QLatin1String("image"))
                addRecognisedText(attachment);
        } catch (const Error&) {
            // An unreadable result shows nothing here; its card and view say why.
        }
    }
    m_expanded.intersect(present);
    for (const QString& id : std::as_const(m_expanded))
        setExpanded(id, true);
    setVisible(!m_sections.isEmpty());
    emit contentsResized();
}

AttachmentContents::Section& AttachmentContents::addSection(
    const notes::Attachment& attachment, const QString& heading)
{
    Section& section = m_sections[attachment.id];
    section.attachment = attachment;
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("contents_") + attachment.id);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    section.frame = frame;
    auto* title = new QLabel(heading, frame);
    title->setObjectName(QStringLiteral("contentsHeading"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    section.warning = new QLabel(frame);
    section.warning->setObjectName(QStringLiteral("contentsWarning"));
    section.warning->setWordWrap(true);
    section.warning->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(Theme::isDark() ? QStringLiteral("#f0a202") : QStringLiteral("#a35200")));
    section.warning->hide();
    section.preview = new QLabel(frame);
    section.preview->setObjectName(QStringLiteral("contentsPreview"));
    section.preview->setWordWrap(true);
    section.preview->setTextFormat(Qt::RichText);
    section.preview->setTextInteractionFlags(Qt::TextBrowserInteraction);
    section.full = new QTextBrowser(frame);
    section.full->setObjectName(QStringLiteral("contentsFull"));
    section.full->setOpenLinks(false);
    section.full->setFrameShape(QFrame::NoFrame);
    section.full->setMaximumHeight(kExpandedHeight);
    section.full->hide();
    section.expand = new QToolButton(frame);
    section.expand->setObjectName(QStringLiteral("contentsExpand"));
    section.expand->setAutoRaise(true);
    section.expand->hide();
    const auto openAt = [this, attachment](const QUrl& url) {
        const QString link = url.toString();
        if (link.startsWith(u"t:"))
            emit openRequested(attachment, link.mid(2).toLongLong());
    };
    connect(
        section.preview, &QLabel::linkActivated, this, [openAt](const QString& link) { openAt(QUrl(link)); });
    connect(section.full, &QTextBrowser::anchorClicked, this, openAt);
    connect(section.expand, &QToolButton::clicked, this,
        [this, id = attachment.id] { setExpanded(id, !isExpanded(id)); });

    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(section.warning);
    layout->addWidget(section.preview);
    layout->addWidget(section.full);
    layout->addWidget(section.expand, 0, Qt::AlignLeft);
    m_layout->insertWidget(m_layout->count() - 1, frame);
    frame->show(); // a child added to a shown widget stays hidden otherwise
    return section;
}

void AttachmentContents::finishSection(
    Section& section, const QString& previewHtml, bool more, const QString& moreText)
{
    section.preview->setText(previewHtml);
    section.expand->setVisible(more);
    section.expand->setText(moreText);
    section.expand->setAccessibleName(moreText);
    section.expand->setProperty("moreText", moreText);
}

bool AttachmentContents::addTranscript(const notes::Attachment& attachment)
{
    const std::optional<notes::TranscriptOutline> outline
        = notes::NoteContents(m_profile.database()).transcript(attachment.id, kPreviewLines);
    if (!outline || outline->lineCount == 0)
        return false;
    QString heading
        = tr("%1 · %2 · transcript").arg(attachment.fileName, formatPlayerTime(outline->durationMs));
    if (outline->speakers.size() > 1)
        heading += QStringLiteral(" · ") + outline->speakers.join(QStringLiteral(", "));
    Section& section = addSection(attachment, heading);
    section.lineCount = outline->lineCount;
    const QString html = linesHtml(*outline, this, &section.plainPreview);
    finishSection(section, html, outline->lineCount > outline->lines.size(),
        tr("Show all %n line(s)", nullptr, outline->lineCount));
    section.preview->setAccessibleName(tr("Start of the transcript of %1").arg(attachment.fileName));
    return true;
}

bool AttachmentContents::addRecognisedText(const notes::Attachment& attachment)
{
    const QList<notes::RecognisedPage> pages
        = notes::NoteContents(m_profile.database())
              .recognisedText(attachment.id, OcrImageView::kLowConfidence);
    QStringList warnings;
    bool hasText = false;
    bool unsure = false;
    for (const notes::RecognisedPage& page : pages) {
        hasText = hasText || !page.text.trimmed().isEmpty();
        unsure = unsure || !page.unsure.isEmpty();
        if (!page.warning.isEmpty())
            warnings << (pages.size() > 1 ? tr("Page %1: %2").arg(page.page + 1).arg(page.warning)
                                          : page.warning);
    }
    if (!hasText && warnings.isEmpty())
        return false;
    const QString heading
        = unsure ? tr("%1 · recognised text (tinted words may be misread)") : tr("%1 · recognised text");
    Section& section = addSection(attachment, heading.arg(attachment.fileName));
    if (!warnings.isEmpty()) {
        // Said before the text, so that half a page is not taken for all of it.
        section.warning->setText(u"⚠ " + warnings.join(QStringLiteral("\n⚠ ")));
        section.warning->show();
    }
    // The preview is the start of the first page with text; the rest comes on expanding.
    QString html;
    bool more = pages.size() > 1;
    for (const notes::RecognisedPage& page : pages) {
        if (page.text.trimmed().isEmpty())
            continue;
        bool cut = false;
        html = pageHtml(page, kPreviewTextLines, &section.plainPreview, &cut);
        more = more || cut;
        break;
    }
    int lines = 0;
    for (const notes::RecognisedPage& page : pages)
        lines += int(page.text.count(u'\n')) + 1;
    section.lineCount = lines;
    finishSection(section, html, more,
        pages.size() > 1 ? tr("Show the text of all %n page(s)", nullptr, int(pages.size()))
                         : tr("Show all the text"));
    section.preview->setAccessibleName(tr("Text recognised in %1").arg(attachment.fileName));
    return true;
}

void AttachmentContents::setExpanded(const QString& attachmentId, bool expanded)
{
    const auto it = m_sections.find(attachmentId);
    if (it == m_sections.end())
        return;
    Section& section = *it;
    if (expanded && section.fullHtml.isEmpty()) {
        try {
            notes::NoteContents contents(m_profile.database());
            if (section.attachment.kind == QLatin1String("audio")) {
                if (const std::optional<notes::TranscriptOutline> outline
                    = contents.transcript(attachmentId, -1))
                    section.fullHtml = linesHtml(*outline, this, &section.plainFull);
            } else {
                QStringList plain;
                const QList<notes::RecognisedPage> pages
                    = contents.recognisedText(attachmentId, OcrImageView::kLowConfidence);
                for (const notes::RecognisedPage& page : pages) {
                    QString pagePlain;
                    bool cut = false;
                    if (pages.size() > 1)
                        section.fullHtml += QStringLiteral("<p><b>%1</b></p>")
                                                .arg(tr("Page %1").arg(page.page + 1).toHtmlEscaped());
                    section.fullHtml += QStringLiteral("<p>%1</p>").arg(pageHtml(page, -1, &pagePlain, &cut));
                    plain << pagePlain;
                }
                section.plainFull = plain.join(QStringLiteral("\n\n"));
            }
        } catch (const Error&) {
            return; // the note's view of it says why
        }
        section.full->setHtml(section.fullHtml);
    }
    if (expanded)
        m_expanded.insert(attachmentId);
    else
        m_expanded.remove(attachmentId);
    section.full->setVisible(expanded);
    section.preview->setVisible(!expanded);
    const QString text = expanded ? tr("Show less") : section.expand->property("moreText").toString();
    section.expand->setText(text);
    section.expand->setAccessibleName(text);
    emit contentsResized();
}

bool AttachmentContents::isExpanded(const QString& attachmentId) const
{
    return m_expanded.contains(attachmentId) && m_sections.contains(attachmentId);
}

QString AttachmentContents::shownText(const QString& attachmentId) const
{
    const auto it = m_sections.constFind(attachmentId);
    if (it == m_sections.cend())
        return {};
    return isExpanded(attachmentId) ? it->plainFull : it->plainPreview;
}

QString AttachmentContents::warningsOf(const QString& attachmentId) const
{
    const auto it = m_sections.constFind(attachmentId);
    return it == m_sections.cend() || it->warning->isHidden() ? QString() : it->warning->text();
}

} // namespace voxnote::ui
