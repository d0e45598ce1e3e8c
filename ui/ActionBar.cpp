#include "ActionBar.h"

#include <QActionEvent>
#include <QToolButton>

namespace voxnote::ui {

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
    // The style's own arrow is dark on a dark palette, and tiny: a "»" in the text colour.
    if (QToolButton* more = overflowButton()) {
        more->setIcon(QIcon());
        more->setToolButtonStyle(Qt::ToolButtonTextOnly);
        more->setText(QStringLiteral("»"));
    }
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
