#include "voice/TranscriptEditor.h"

#include "voice/PlayerBar.h"
#include "voice/SpeakerColors.h"

#include "speech/WordConfidence.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBlockUserData>
#include <QTextFrame>
#include <QToolTip>

#include <algorithm>

namespace voxnote::ui {

namespace {

constexpr int kChipPadding = 8;
constexpr int kSideMargin = 14;

/// What a paragraph knows about its segment: which one it is and where its
/// words are.
class SegmentData : public QTextBlockUserData
{
public:
    SegmentData(int segmentIndex, QList<notes::TimedToken> wordTokens)
        : segment(segmentIndex)
        , tokens(std::move(wordTokens))
    {
    }
    int segment;
    QList<notes::TimedToken> tokens;
};

SegmentData* dataOf(const QTextBlock& block)
{
    return static_cast<SegmentData*>(block.userData());
}

QColor unsureColor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(255, 150, 60) : QColor(210, 90, 0);
}

QColor playingColor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(160, 120, 20) : QColor(255, 222, 120);
}

} // namespace

TranscriptEditor::TranscriptEditor(QWidget* parent)
    : QTextEdit(parent)
{
    setObjectName(QStringLiteral("transcriptText"));
    setAcceptRichText(false);
    setFrameShape(QFrame::NoFrame);
    // Dragging text could move words between segments; edits stay in one.
    setAcceptDrops(false);
    viewport()->setCursor(Qt::PointingHandCursor);
    viewport()->setMouseTracking(true);
    document()->setDocumentMargin(8);
    connect(document(), &QTextDocument::contentsChange, this, &TranscriptEditor::onContentsChange);
}

int TranscriptEditor::headerHeight() const
{
    return fontMetrics().height() + 18;
}

void TranscriptEditor::setTranscript(const speech::Transcript* transcript)
{
    m_loading = true;
    m_transcript = transcript;
    m_edited.clear();
    m_playing = {-1, -1};
    setExtraSelections({});
    QTextDocument* doc = document();
    doc->setUndoRedoEnabled(false);
    doc->clear();
    if (transcript && !transcript->segments.isEmpty()) {
        QTextBlockFormat format;
        format.setTopMargin(headerHeight());
        format.setBottomMargin(10);
        format.setLeftMargin(kSideMargin);
        format.setRightMargin(kSideMargin);
        format.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
        QTextCursor cursor(doc);
        cursor.beginEditBlock();
        cursor.setBlockFormat(format);
        for (int i = 0; i < transcript->segments.size(); ++i) {
            if (i > 0)
                cursor.insertBlock(format);
            cursor.insertText(transcript->segments[i].text);
        }
        cursor.endEditBlock();
        // The first paragraph's top margin does not count at the top of
        // the document; make room for its chip there.
        QTextFrameFormat root = doc->rootFrame()->frameFormat();
        root.setTopMargin(headerHeight());
        doc->rootFrame()->setFrameFormat(root);
        QTextBlock block = doc->begin();
        for (int i = 0; i < transcript->segments.size() && block.isValid(); ++i, block = block.next()) {
            const speech::TranscriptSegment& segment = transcript->segments[i];
            block.setUserData(new SegmentData(
                i, notes::alignWords(segment.text, segment.words, segment.startMs, segment.endMs)));
        }
    }
    doc->setUndoRedoEnabled(true);
    setReadOnly(!transcript);
    m_loading = false;
    viewport()->update();
}

void TranscriptEditor::refreshSpeakers()
{
    viewport()->update();
}

int TranscriptEditor::segmentCount() const
{
    return m_transcript ? int(m_transcript->segments.size()) : 0;
}

QList<notes::TimedToken> TranscriptEditor::tokensOf(int segment) const
{
    const QTextBlock block = document()->findBlockByNumber(segment);
    const SegmentData* segmentData = block.isValid() ? dataOf(block) : nullptr;
    return segmentData ? segmentData->tokens : QList<notes::TimedToken>();
}

QString TranscriptEditor::segmentText(int segment) const
{
    return document()->findBlockByNumber(segment).text();
}

QRect TranscriptEditor::wordRect(int segment, int word) const
{
    const QTextBlock block = document()->findBlockByNumber(segment);
    const SegmentData* segmentData = block.isValid() ? dataOf(block) : nullptr;
    if (!segmentData || word < 0 || word >= segmentData->tokens.size())
        return {};
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + segmentData->tokens[word].offset);
    const QRect start = cursorRect(cursor);
    cursor.setPosition(
        block.position() + segmentData->tokens[word].offset + segmentData->tokens[word].length);
    const QRect end = cursorRect(cursor);
    if (end.top() != start.top()) // wrapped: the part on the first line
        return QRect(start.topLeft(), QSize(fontMetrics().averageCharWidth() * 2, start.height()));
    return QRect(start.topLeft(), QPoint(end.left(), start.bottom()));
}

std::pair<int, int> TranscriptEditor::wordAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    const SegmentData* segmentData = block.isValid() ? dataOf(block) : nullptr;
    if (!segmentData || segmentData->tokens.isEmpty())
        return {-1, -1};
    const int inBlock = position - block.position();
    // The word under the position, or the one before the space it is in.
    auto after = std::upper_bound(segmentData->tokens.cbegin(), segmentData->tokens.cend(), inBlock,
        [](int pos, const notes::TimedToken& token) { return pos < token.offset; });
    const int index
        = after == segmentData->tokens.cbegin() ? 0 : int(after - segmentData->tokens.cbegin()) - 1;
    return {segmentData->segment, index};
}

QList<int> TranscriptEditor::takeEditedSegments()
{
    QList<int> edited(m_edited.cbegin(), m_edited.cend());
    std::sort(edited.begin(), edited.end());
    m_edited.clear();
    return edited;
}

void TranscriptEditor::setPlayingPosition(qint64 ms, bool follow)
{
    std::pair<int, int> playing {-1, -1};
    if (m_transcript && !m_transcript->segments.isEmpty()) {
        const auto& segments = m_transcript->segments;
        auto after = std::upper_bound(segments.cbegin(), segments.cend(), ms,
            [](qint64 t, const speech::TranscriptSegment& segment) { return t < segment.startMs; });
        if (after != segments.cbegin()) {
            const int segment = int(after - segments.cbegin()) - 1;
            const QList<notes::TimedToken> tokens = tokensOf(segment);
            if (ms < segments[segment].endMs && !tokens.isEmpty()) {
                auto word = std::upper_bound(tokens.cbegin(), tokens.cend(), ms,
                    [](qint64 t, const notes::TimedToken& token) { return t < token.startMs; });
                playing = {segment, word == tokens.cbegin() ? 0 : int(word - tokens.cbegin()) - 1};
            }
        }
    }
    if (playing == m_playing)
        return;
    m_playing = playing;
    if (playing.first < 0) {
        setExtraSelections({});
        return;
    }
    const QTextBlock block = document()->findBlockByNumber(playing.first);
    const notes::TimedToken token = dataOf(block)->tokens.at(playing.second);
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    selection.cursor.setPosition(block.position() + token.offset);
    selection.cursor.setPosition(block.position() + token.offset + token.length, QTextCursor::KeepAnchor);
    const QColor background = playingColor(palette());
    selection.format.setBackground(background);
    selection.format.setForeground(textColorOn(background));
    setExtraSelections({selection});
    if (follow) {
        const QRect rect = cursorRect(selection.cursor);
        const QRect comfortable = viewport()->rect().adjusted(0, headerHeight() * 2, 0, -headerHeight() * 2);
        if (!comfortable.contains(rect)) {
            QScrollBar* bar = verticalScrollBar();
            bar->setValue(bar->value() + rect.top() - viewport()->height() / 3);
        }
    }
}

QRect TranscriptEditor::chipRect(const QTextBlock& block, QPainter* painter) const
{
    const SegmentData* segmentData = dataOf(block);
    if (!segmentData || !m_transcript)
        return {};
    // The chip sits in the paragraph's top margin, just above its first line.
    const QRect firstLine = cursorRect(QTextCursor(block));
    const speech::TranscriptSegment& segment = m_transcript->segments.at(segmentData->segment);
    const bool known = segment.speaker >= 0 && segment.speaker < m_transcript->speakers.size();
    const QString name
        = known ? m_transcript->speakers[segment.speaker].displayName() : tr("Unknown speaker");
    const QFontMetrics metrics(font());
    const QString shown = metrics.elidedText(name, Qt::ElideRight, 240);
    const QPoint origin(firstLine.left(), firstLine.top() - metrics.height() - 10);
    const QRect chip(
        origin, QSize(metrics.horizontalAdvance(shown) + 2 * kChipPadding, metrics.height() + 4));
    if (painter) {
        const QColor color = speakerColor(known ? segment.speaker : -1);
        QPainterPath path;
        path.addRoundedRect(QRectF(chip), chip.height() / 2.0, chip.height() / 2.0);
        painter->fillPath(path, color);
        painter->setPen(textColorOn(color));
        painter->drawText(chip, Qt::AlignCenter, shown);
        painter->setPen(palette().color(QPalette::PlaceholderText));
        const QRect time(chip.right() + 8, chip.top(), 200, chip.height());
        painter->drawText(time, Qt::AlignVCenter | Qt::AlignLeft,
            formatPlayerTime(segment.startMs) + QStringLiteral(" – ") + formatPlayerTime(segment.endMs));
    }
    return chip;
}

void TranscriptEditor::paintEvent(QPaintEvent* event)
{
    QTextEdit::paintEvent(event);
    if (!m_transcript)
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    QTextBlock block = cursorForPosition(QPoint(0, 0)).block();
    if (block.previous().isValid())
        block = block.previous();
    const int bottom = viewport()->height();
    for (; block.isValid(); block = block.next()) {
        const QRect chip = chipRect(block, nullptr);
        if (chip.top() > bottom)
            break;
        chipRect(block, &painter);
        paintUnsureWords(block, painter);
    }
}

void TranscriptEditor::paintUnsureWords(const QTextBlock& block, QPainter& painter) const
{
    const SegmentData* segmentData = dataOf(block);
    if (!segmentData)
        return;
    QPen pen(unsureColor(palette()), 1.2);
    painter.setPen(pen);
    for (int i = 0; i < segmentData->tokens.size(); ++i) {
        if (!speech::isLowConfidence(segmentData->tokens[i].confidence))
            continue;
        const QRect rect = wordRect(segmentData->segment, i);
        if (rect.isEmpty())
            continue;
        // A wavy line under the word, like a spelling checker's, in its own colour.
        QPainterPath wave;
        const qreal y = rect.bottom() + 2; // below the descenders
        constexpr qreal kStep = 2.5;
        wave.moveTo(rect.left(), y);
        bool up = true;
        for (qreal x = rect.left() + kStep; x <= rect.right() + 0.5; x += kStep, up = !up)
            wave.lineTo(x, up ? y - 2 : y);
        painter.drawPath(wave);
    }
}

QList<std::pair<int, int>> TranscriptEditor::unsureWords() const
{
    QList<std::pair<int, int>> unsure;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (const SegmentData* segmentData = dataOf(block)) {
            for (int i = 0; i < segmentData->tokens.size(); ++i) {
                if (speech::isLowConfidence(segmentData->tokens[i].confidence))
                    unsure.append({segmentData->segment, i});
            }
        }
    }
    return unsure;
}

void TranscriptEditor::confirmWord(int segment, int word)
{
    const QTextBlock block = document()->findBlockByNumber(segment);
    SegmentData* segmentData = block.isValid() ? dataOf(block) : nullptr;
    if (!segmentData || word < 0 || word >= segmentData->tokens.size() || isReadOnly())
        return;
    segmentData->tokens[word].confidence = 1.0; // checked by a person
    m_edited.insert(segment);
    viewport()->update();
    emit wordConfirmed(segment);
}

std::pair<int, int> TranscriptEditor::unsureWordAt(const QPoint& pos) const
{
    const auto [segment, word] = wordAt(cursorForPosition(pos).position());
    if (segment < 0 || !wordRect(segment, word).adjusted(-2, -2, 2, 2).contains(pos))
        return {-1, -1};
    const QList<notes::TimedToken> tokens = tokensOf(segment);
    if (!speech::isLowConfidence(tokens.at(word).confidence))
        return {-1, -1};
    return {segment, word};
}

bool TranscriptEditor::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const auto [segment, word] = unsureWordAt(help->pos());
        if (segment >= 0) {
            const int percent = int(tokensOf(segment).at(word).confidence * 100.0 + 0.5);
            QToolTip::showText(help->globalPos(),
                tr("The recogniser was unsure of this word (%1 % sure). Correct it, or right-click "
                   "and choose “Mark as correct”.")
                    .arg(percent),
                viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

bool TranscriptEditor::selectionSpansSegments() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return false;
    return document()->findBlock(cursor.selectionStart()) != document()->findBlock(cursor.selectionEnd());
}

void TranscriptEditor::keyPressEvent(QKeyEvent* event)
{
    const QTextCursor cursor = textCursor();
    const int key = event->key();
    const bool editing = !event->text().isEmpty() || key == Qt::Key_Backspace || key == Qt::Key_Delete
        || event->matches(QKeySequence::Cut) || event->matches(QKeySequence::Paste);
    // A segment is one paragraph: no new paragraphs, no joining two.
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        event->accept();
        return;
    }
    if (!isReadOnly() && editing && selectionSpansSegments()) {
        event->accept();
        return;
    }
    if (!cursor.hasSelection()
        && ((key == Qt::Key_Backspace && cursor.atBlockStart())
            || (key == Qt::Key_Delete && cursor.atBlockEnd()))) {
        event->accept();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void TranscriptEditor::mousePressEvent(QMouseEvent* event)
{
    m_pressPosition = event->position().toPoint();
    m_pressed = event->button() == Qt::LeftButton;
    QTextEdit::mousePressEvent(event);
}

void TranscriptEditor::mouseReleaseEvent(QMouseEvent* event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (!m_pressed || event->button() != Qt::LeftButton)
        return;
    m_pressed = false;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPosition).manhattanLength() > 4 || textCursor().hasSelection())
        return;
    const QTextCursor at = cursorForPosition(pos);
    const QTextBlock block = at.block();
    const QRect chip = chipRect(block);
    if (chip.contains(pos) && m_transcript) {
        emit speakerClicked(m_transcript->segments.at(dataOf(block)->segment).speaker);
        return;
    }
    // Only a click on the text itself seeks, not one in a margin.
    const QRectF bounds = document()->documentLayout()->blockBoundingRect(block).translated(
        -horizontalScrollBar()->value(), -verticalScrollBar()->value());
    if (pos.y() < bounds.top())
        return;
    const auto [segment, word] = wordAt(at.position());
    if (segment >= 0)
        emit wordClicked(segment, word, tokensOf(segment).at(word).startMs);
}

void TranscriptEditor::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu(event->pos());
    const auto [segment, word] = unsureWordAt(event->pos());
    if (segment >= 0 && !isReadOnly()) {
        QAction* confirm = new QAction(tr("Mark as correct"), menu);
        confirm->setObjectName(QStringLiteral("confirm-word"));
        connect(confirm, &QAction::triggered, this,
            [this, segment = segment, word = word] { confirmWord(segment, word); });
        menu->insertAction(menu->actions().value(0), confirm);
        menu->insertSeparator(menu->actions().value(1));
    }
    if (selectionSpansSegments()) {
        // Cutting or pasting over two segments would join them.
        for (QAction* action : menu->actions()) {
            const QString name = action->objectName();
            if (name == QLatin1String("edit-cut") || name == QLatin1String("edit-paste")
                || name == QLatin1String("edit-delete"))
                action->setEnabled(false);
        }
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

bool TranscriptEditor::canInsertFromMimeData(const QMimeData* source) const
{
    return source->hasText() && !selectionSpansSegments();
}

void TranscriptEditor::insertFromMimeData(const QMimeData* source)
{
    if (!source->hasText() || selectionSpansSegments())
        return;
    // Pasted lines join the segment instead of splitting it.
    textCursor().insertText(source->text().simplified());
}

void TranscriptEditor::onContentsChange(int position, int removed, int added)
{
    if (m_loading || !m_transcript)
        return;
    if (document()->blockCount() != m_transcript->segments.size()) {
        // Should not happen (edits stay within a segment); undo rather than
        // store text under the wrong times.
        QMetaObject::invokeMethod(
            this, [this] { document()->undo(); }, Qt::QueuedConnection);
        return;
    }
    QTextBlock block = document()->findBlock(position);
    const QTextBlock last = document()->findBlock(position + std::max(removed, added));
    for (; block.isValid(); block = block.next()) {
        if (SegmentData* segmentData = dataOf(block)) {
            const speech::TranscriptSegment& segment = m_transcript->segments.at(segmentData->segment);
            const bool changed = block.text() != segment.text;
            if (changed || m_edited.contains(segmentData->segment))
                segmentData->tokens
                    = notes::alignWords(block.text(), segment.words, segment.startMs, segment.endMs);
            if (changed) {
                m_edited.insert(segmentData->segment);
                emit segmentEdited(segmentData->segment);
            }
        }
        if (block == last)
            break;
    }
    if (m_playing.first >= 0) {
        m_playing = {-1, -1};
        setExtraSelections({});
    }
}

} // namespace voxnote::ui
