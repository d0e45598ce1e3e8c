#pragma once

#include <QWidget>

class QLabel;

namespace voxnote::ui {

/// What a section shows while it has nothing to list: an icon, a short title
/// and one or two sentences on how to fill it.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePage(
        const QString& iconPath, const QString& title, const QString& text, QWidget* parent = nullptr);

    QString title() const;

private:
    QLabel* m_title;
};

} // namespace voxnote::ui
