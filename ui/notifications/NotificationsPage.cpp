#include "notifications/NotificationsPage.h"

#include "EmptyStatePage.h"
#include "Error.h"
#include "notify/NotificationRepository.h"
#include "people/PersonRepository.h"
#include "storage/DataChanges.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kTaskRole = Qt::UserRole + 2;
constexpr int kKindRole = Qt::UserRole + 3;
constexpr int kUnreadRole = Qt::UserRole + 4;
constexpr int kWhenRole = Qt::UserRole + 5;

/// A notification: the dot, the sentence (bold while unread), and when, muted, below it.
class NotificationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString message = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const bool unread = index.data(kUnreadRole).toBool();
        const bool selected = opt.state & QStyle::State_Selected;
        const QRect area = opt.rect.adjusted(30, 6, -12, -6);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (unread) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight));
            painter->drawEllipse(
                QPointF(opt.rect.left() + 15, area.top() + opt.fontMetrics.height() / 2.0), 4, 4);
        }
        QFont font = opt.font;
        font.setWeight(unread ? QFont::DemiBold : QFont::Normal);
        painter->setFont(font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics metrics(font);
        painter->drawText(QRect(area.topLeft(), QSize(area.width(), metrics.height())),
            Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(message, Qt::ElideRight, area.width()));
        QFont small = opt.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(small);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(
            QRect(area.left(), area.top() + metrics.height() + 2, area.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, index.data(kWhenRole).toString());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {0, 2 * option.fontMetrics.height() + 16};
    }
};

QString when(qint64 ms)
{
    const qint64 ago = (Clock::instance().nowMs() - ms) / 1000;
    if (ago < 60)
        return NotificationsPage::tr("just now");
    if (ago < 3600)
        return NotificationsPage::tr("%n min ago", nullptr, static_cast<int>(ago / 60));
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

NotificationsPage::NotificationsPage(
    storage::Connection& connection, storage::DataChanges& changes, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_meId(people::PersonRepository(connection).me().id)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_unreadOnly(new QCheckBox(tr("Unread only"), this))
    , m_markAll(new QPushButton(tr("Mark All as Read"), this))
{
    // Follows the data, whoever changed it.
    connect(&changes, &storage::DataChanges::notificationsChanged, this, [this] {
        if (isVisible())
            reload();
    });
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setAccessibleName(tr("Notifications"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setItemDelegate(new NotificationDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_markAll->setObjectName(QStringLiteral("markAllRead"));
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnly"));

    auto* title = new QLabel(tr("Notifications"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(12, 10, 12, 6);
    bar->addWidget(title);
    bar->addStretch();
    bar->addWidget(m_unreadOnly);
    bar->addWidget(m_markAll);

    m_stack->addWidget(
        new EmptyStatePage(QStringLiteral(":/icons/notifications.svg"), tr("You are all caught up"),
            tr("When a task is assigned to you or changes state, or a background job ends, you will see it "
               "here."),
            m_stack));
    m_stack->addWidget(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_markAll, &QPushButton::clicked, this, &NotificationsPage::markAllRead);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &NotificationsPage::reload);
    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { openRow(m_list->row(item)); });
    reload();
}

void NotificationsPage::reload()
{
    QList<notify::Notification> notifications;
    try {
        notifications = notify::NotificationRepository(m_connection).list(m_meId, m_unreadOnly->isChecked());
    } catch (const Error& error) {
        emit errorOccurred(error.message());
        return;
    }
    m_list->clear();
    bool anyUnread = false;
    for (const notify::Notification& notification : std::as_const(notifications)) {
        const bool unread = !notification.readAtMs.has_value();
        anyUnread = anyUnread || unread;
        auto* item = new QListWidgetItem(notification.message, m_list);
        item->setToolTip(notification.message);
        item->setData(kWhenRole, when(notification.createdAtMs));
        item->setData(kIdRole, notification.id);
        item->setData(kTaskRole, notification.taskId);
        item->setData(kKindRole, notification.kind);
        item->setData(kUnreadRole, unread);
    }
    m_markAll->setEnabled(anyUnread);
    m_stack->setCurrentIndex(notifications.isEmpty() ? 0 : 1);
}

void NotificationsPage::markAllRead()
{
    try {
        notify::NotificationRepository(m_connection).markAllRead(m_meId);
    } catch (const Error& error) {
        emit errorOccurred(error.message());
        return;
    }
    reload();
    emit readChanged();
}

void NotificationsPage::openRow(int row)
{
    QListWidgetItem* item = m_list->item(row);
    if (!item)
        return;
    const QString taskId = item->data(kTaskRole).toString();
    const QString kind = item->data(kKindRole).toString();
    if (item->data(kUnreadRole).toBool()) {
        try {
            notify::NotificationRepository(m_connection).markRead(item->data(kIdRole).toString());
        } catch (const Error& error) {
            emit errorOccurred(error.message());
            return;
        }
        // Updated in place: this may run inside the list's own click signal.
        item->setData(kUnreadRole, false);
        emit readChanged();
    }
    if (!taskId.isEmpty())
        emit openTaskRequested(taskId);
    else if (kind.startsWith(u"job_"))
        emit openJobsRequested();
}

bool NotificationsPage::isUnread(int row) const
{
    const QListWidgetItem* item = m_list->item(row);
    return item && item->data(kUnreadRole).toBool();
}

void NotificationsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

} // namespace voxnote::ui
