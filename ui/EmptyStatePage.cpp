#include "EmptyStatePage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace voxnote::ui {

EmptyStatePage::EmptyStatePage(
    const QString& iconPath, const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
{
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);

    auto* description = new QLabel(text, this);
    description->setWordWrap(true);
    description->setAlignment(Qt::AlignCenter);
    description->setFixedWidth(420);
    description->setMinimumHeight(description->heightForWidth(420));
    description->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(description, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

QString EmptyStatePage::title() const
{
    return m_title->text();
}

} // namespace voxnote::ui
