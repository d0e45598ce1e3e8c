#include "ActionBar.h"

#include <QActionEvent>
#include <QPainter>
#include <QToolButton>

namespace voxnote::ui {

namespace {

/// "»" in the palette's text colour: the style's own arrow is dark on a dark palette.
QIcon overflowIcon(const QPalette& palette, const QFont& font, qreal pixelRatio)
{
    const QSize size(16, 16);
    QPixmap pixmap(size * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QFont bold = font;
    bold.setWeight(QFont::Bold);
    painter.setFont(bold);
    painter.setPen(palette.color(QPalette::ButtonText));
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, QStringLiteral("»"));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

ActionBar::ActionBar(const QString& name, QWidget* parent)
    : QToolBar(name, parent)
{
    setAccessibleName(name);
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Flat, in the page's own colours: a row of buttons, not a window's toolbar.
    setStyleSheet(QStringLiteral("QToolBar { border: none; background: transparent; spacing: 2px; }"));
    if (QToolButton* more = overflowButton()) {
        more->setFocusPolicy(Qt::TabFocus);
        more->setToolTip(tr("More actions"));
        more->setAccessibleName(tr("More actions"));
        more->setAccessibleDescription(tr("Opens the actions that do not fit in the row"));
    }
    updateOverflowIcon();
}

void ActionBar::updateOverflowIcon()
{
    if (QToolButton* more = overflowButton())
        more->setIcon(overflowIcon(palette(), font(), devicePixelRatio()));
}

void ActionBar::changeEvent(QEvent* event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateOverflowIcon();
}

QAction* ActionBar::addButton(const QString& text, const QString& objectName, const QString& toolTip)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!toolTip.isEmpty())
        action->setToolTip(toolTip);
    addAction(action);
    return action;
}

QToolButton* ActionBar::buttonOf(QAction* action) const
{
    return qobject_cast<QToolButton*>(widgetForAction(action));
}

QToolButton* ActionBar::overflowButton() const
{
    return findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"), Qt::FindDirectChildrenOnly);
}

void ActionBar::actionEvent(QActionEvent* event)
{
    QToolBar::actionEvent(event);
    if (event->type() != QEvent::ActionAdded && event->type() != QEvent::ActionChanged)
        return;
    QAction* action = event->action();
    QToolButton* button = buttonOf(action);
    if (!button)
        return;
    // QToolBar makes its buttons unfocusable; here they are the page's controls.
    button->setFocusPolicy(Qt::TabFocus);
    if (!action->objectName().isEmpty())
        button->setObjectName(action->objectName());
    button->setAccessibleName(action->iconText());
    // A tooltip that only repeats the text says nothing more.
    button->setAccessibleDescription(action->toolTip() != action->iconText() ? action->toolTip() : QString());
}

} // namespace voxnote::ui
