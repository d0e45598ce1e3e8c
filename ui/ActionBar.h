#pragma once

#include <QToolBar>

class QToolButton;

namespace voxnote::ui {

/// A row of text buttons inside a page (the notes header, the editor's and
/// the text view's actions). Unlike a row of buttons in a layout, it never
/// asks for more width than one button and its » button: what does not fit
/// goes into the » menu, so a narrow window or a long translation never
/// squeezes the panes beside it. Its buttons take the keyboard focus with Tab.
/// Lives on the GUI thread.
class ActionBar : public QToolBar
{
    Q_OBJECT

public:
    /// `name` is what a screen reader calls the row ("Note actions").
    explicit ActionBar(const QString& name, QWidget* parent = nullptr);

    /// Adds a button for a new action named `objectName` (the button is named
    /// the same, for tests and style sheets) and returns the action.
    QAction* addButton(const QString& text, const QString& objectName, const QString& toolTip = {});
    /// The button of `action` in this row.
    QToolButton* buttonOf(QAction* action) const;
    /// The » button that opens the menu of the actions that do not fit.
    QToolButton* overflowButton() const;

protected:
    void actionEvent(QActionEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateOverflowIcon();
};

} // namespace voxnote::ui
