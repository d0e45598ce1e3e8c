#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace voxnote::ui {

/// What a section shows while it has nothing to list: an icon, a short title,
/// one or two sentences on how to fill it, and buttons for the ways to start.
/// Its text wraps to the room it gets; it never widens the pane it sits in.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(
        const QString& iconPath, const QString& title, const QString& text, QWidget* parent = nullptr);

    QString title() const;
    QString text() const;
    /// Adds a button under the text (one per way to start) named `objectName`.
    QPushButton* addButton(const QString& text, const QString& objectName);

private:
    QLabel* m_title;
    QLabel* m_text;
    QVBoxLayout* m_buttons;
};

} // namespace voxnote::ui
