#include "EmptyStatePage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {
constexpr int kTextWidth = 420; ///< the widest the sentences get, for lines that read well
}

EmptyStatePage::EmptyStatePage(
    const QString& iconPath, const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
    , m_buttons(new QVBoxLayout)
{
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setMaximumWidth(kTextWidth);

    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setMaximumWidth(kTextWidth);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    m_buttons->setSpacing(6);

    // The sentences wrap in a column of at most kTextWidth, centred; it sits
    // in a row (not aligned in the column) so that its height is worked out
    // for the width it really gets, and no line is cut off.
    auto* column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addSpacing(4);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addLayout(m_buttons);
    column->setAlignment(m_buttons, Qt::AlignHCenter);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 10);
    row->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addStretch(3);
}

QString EmptyStatePage::title() const
{
    return m_title->text();
}

QString EmptyStatePage::text() const
{
    return m_text->text();
}

QPushButton* EmptyStatePage::addButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setMinimumWidth(180);
    m_buttons->addWidget(button);
    return button;
}

} // namespace voxnote::ui
