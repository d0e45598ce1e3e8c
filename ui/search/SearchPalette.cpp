#include "search/SearchPalette.h"

#include "Error.h"
#include "notes/NoteRepository.h"
#include "ocr/OcrRepository.h"
#include "search/SearchService.h"
#include "speech/TranscriptRepository.h"
#include "util/Log.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {

constexpr int kHeaderRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2;
constexpr int kIdRole = Qt::UserRole + 3;
constexpr int kNoteRole = Qt::UserRole + 4;
constexpr int kTimeRole = Qt::UserRole + 5;
constexpr int kPageRole = Qt::UserRole + 6;
constexpr int kTermRole = Qt::UserRole + 7;

/// The first matched word of a snippet, lower-cased.
QString firstMatch(const QString& snippet)
{
    const qsizetype start = snippet.indexOf(search::SearchService::kMatchStart);
    const qsizetype end = snippet.indexOf(search::SearchService::kMatchEnd, start + 1);
    return start < 0 || end < 0 ? QString() : snippet.mid(start + 1, end - start - 1).toLower();
}

QString clockTime(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

/// Paints a hit as rich text: the title, then the snippet with its matches marked.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString html = opt.text;
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        if (index.data(kHeaderRole).toBool()) {
            QFont font = opt.font;
            font.setPointSizeF(font.pointSizeF() * 0.85);
            font.setWeight(QFont::DemiBold);
            painter->save();
            painter->setFont(font);
            painter->setPen(opt.palette.color(QPalette::PlaceholderText));
            painter->drawText(opt.rect.adjusted(10, 0, -10, -2), Qt::AlignLeft | Qt::AlignBottom,
                index.data(Qt::DisplayRole).toString().toUpper());
            painter->restore();
            return;
        }
        QTextDocument document;
        document.setDefaultFont(opt.font);
        document.setHtml(html);
        document.setTextWidth(opt.rect.width() - 20);
        QAbstractTextDocumentLayout::PaintContext context;
        const bool selected = opt.state & QStyle::State_Selected;
        context.palette.setColor(
            QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(10, 4));
        painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size() - QSize(20, 8)));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const int line = option.fontMetrics.height();
        if (index.data(kHeaderRole).toBool())
            return {0, line + 10};
        return {0, 2 * line + 14};
    }
};

} // namespace

SearchPalette::SearchPalette(storage::Connection& connection, QWidget* parent)
    : QFrame(parent)
    , m_connection(connection)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(28);
    shadow->setOffset(0, 6);
    shadow->setColor(QColor(0, 0, 0, 90));
    setGraphicsEffect(shadow);

    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search notes, transcripts, text in images and tasks"));
    m_field->setClearButtonEnabled(true);
    m_field->setFrame(false);
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_field->setFont(big);
    m_field->setMinimumHeight(36);
    m_field->installEventFilter(this);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(16);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_field);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_typing, &QTimer::timeout, this, [this] { search(m_field->text()); });
    connect(m_field, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPalette::activateCurrent);
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (item->flags() & Qt::ItemIsSelectable) {
            m_results->setCurrentItem(item);
            activateCurrent();
        }
    });
    parent->installEventFilter(this);
    search({});
    hide();
}

void SearchPalette::open()
{
    place();
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPalette::place()
{
    const QWidget* window = parentWidget();
    const int width = std::min(640, window->width() - 40);
    const int height = std::min(480, window->height() - 80);
    setGeometry((window->width() - width) / 2, 48, width, height);
}

void SearchPalette::search(const QString& text)
{
    m_typing->stop();
    if (m_field->text() != text)
        m_field->setText(text);
    m_results->clear();
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        m_message->setText(tr("Type to search everything. Enter opens the selected result."));
        m_message->show();
        return;
    }
    QList<search::SearchHit> hits;
    try {
        hits = search::SearchService(m_connection).search(query, {.limit = 60});
    } catch (const Error& error) {
        m_message->setText(error.message());
        m_message->show();
        return;
    }
    if (hits.isEmpty()) {
        m_message->setText(tr("Nothing matches “%1”.").arg(query));
        m_message->show();
        return;
    }
    m_message->hide();
    const QList<std::pair<QString, QString>> groups {{QStringLiteral("note"), tr("Notes")},
        {QStringLiteral("segment"), tr("Transcripts")}, {QStringLiteral("ocr"), tr("Text in images")},
        {QStringLiteral("task"), tr("Tasks")}};
    const QColor mark = palette().color(QPalette::Highlight);
    const QString open
        = QStringLiteral("<span style=\"background-color: rgba(%1,%2,%3,90); font-weight:600\">")
              .arg(mark.red())
              .arg(mark.green())
              .arg(mark.blue());
    for (const auto& [kind, label] : groups) {
        bool first = true;
        for (const search::SearchHit& hit : std::as_const(hits)) {
            if (hit.kind != kind)
                continue;
            if (first) {
                auto* header = new QListWidgetItem(label, m_results);
                header->setData(kHeaderRole, true);
                header->setFlags(Qt::NoItemFlags);
                first = false;
            }
            QString where;
            if (hit.timeMs)
                where = u"  ·  " + clockTime(*hit.timeMs);
            else if (hit.page)
                where = u"  ·  " + tr("page %1").arg(*hit.page + 1);
            const QString title = hit.title.isEmpty() ? tr("Untitled") : hit.title;
            const QString snippet = search::SearchService::markedSnippet(
                hit.snippet.toHtmlEscaped(), open, QStringLiteral("</span>"));
            auto* item = new QListWidgetItem(m_results);
            item->setText(QStringLiteral("<b>%1</b><span style=\"color:gray\">%2</span><br>%3")
                              .arg(title.toHtmlEscaped(), where.toHtmlEscaped(), snippet));
            item->setData(kKindRole, hit.kind);
            item->setData(kIdRole, hit.refId);
            item->setData(kNoteRole, hit.noteId);
            item->setData(kTimeRole, hit.timeMs.value_or(-1));
            item->setData(kPageRole, hit.page.value_or(-1));
            item->setData(kTermRole, firstMatch(hit.snippet));
            item->setToolTip(title);
        }
    }
    moveSelection(1);
}

void SearchPalette::moveSelection(int step)
{
    const int count = m_results->count();
    if (count == 0)
        return;
    int row = m_results->currentRow();
    for (int i = 0; i < count; ++i) {
        row = row < 0 ? (step > 0 ? 0 : count - 1) : (row + step + count) % count;
        if (m_results->item(row)->flags() & Qt::ItemIsSelectable) {
            m_results->setCurrentRow(row);
            m_results->scrollToItem(m_results->item(row));
            if (row > 0 && step < 0 && !(m_results->item(row - 1)->flags() & Qt::ItemIsSelectable))
                m_results->scrollToItem(m_results->item(row - 1));
            return;
        }
    }
}

void SearchPalette::activateCurrent()
{
    if (m_typing->isActive())
        search(m_field->text());
    QListWidgetItem* item = m_results->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return;
    hide();
    const Place place = placeOf(item);
    emit resultActivated(item->data(kKindRole).toString(), item->data(kIdRole).toString(),
        item->data(kNoteRole).toString(), place.attachmentId, place.positionMs);
}

SearchPalette::Place SearchPalette::placeOf(const QListWidgetItem* item) const
{
    const QString kind = item->data(kKindRole).toString();
    const QString id = item->data(kIdRole).toString();
    const QString noteId = item->data(kNoteRole).toString();
    Place place {{}, item->data(kTimeRole).toLongLong()};
    try {
        if (kind == u"segment") {
            speech::TranscriptRepository transcripts(m_connection);
            const QString term = item->data(kTermRole).toString();
            for (const QString& transcriptId : transcripts.idsForNote(noteId)) {
                const std::optional<speech::Transcript> transcript = transcripts.find(transcriptId);
                if (!transcript)
                    continue;
                for (const speech::TranscriptSegment& segment : transcript->segments) {
                    if (segment.id != id)
                        continue;
                    place.attachmentId = transcript->attachmentId;
                    for (const speech::Word& word : segment.words) {
                        if (!term.isEmpty() && word.text.toLower().contains(term)) {
                            place.positionMs = word.startMs;
                            break;
                        }
                    }
                    return place;
                }
            }
        } else if (kind == u"ocr") {
            // Pages have no id of their own here: the first image with a page of that number.
            ocr::OcrRepository pages(m_connection);
            const int page = item->data(kPageRole).toInt();
            for (const notes::Attachment& attachment :
                notes::NoteRepository(m_connection).attachments(noteId)) {
                if (attachment.kind == u"image" && pages.pages(attachment.id).size() > page) {
                    place.attachmentId = attachment.id;
                    return place;
                }
            }
        }
    } catch (const Error& error) {
        qCWarning(lcUi) << "cannot find where a search hit is:" << error.message();
    }
    return place;
}

bool SearchPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize && isVisible())
            place();
        return false;
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
            moveSelection(5);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-5);
            return true;
        case Qt::Key_Escape:
            hide();
            parentWidget()->setFocus();
            return true;
        default:
            break;
        }
    }
    if (watched == m_field && event->type() == QEvent::FocusOut) {
        auto* focus = static_cast<QFocusEvent*>(event);
        if (focus->reason() == Qt::MouseFocusReason && !underMouse())
            hide();
    }
    return false;
}

} // namespace voxnote::ui
