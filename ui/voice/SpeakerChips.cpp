#include "voice/SpeakerChips.h"

#include "voice/SpeakerColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

namespace voxnote::ui {

SpeakerChips::SpeakerChips(QWidget* parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_row(new QWidget(m_scroll))
    , m_layout(new QHBoxLayout(m_row))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->setSizeConstraint(QLayout::SetFixedSize);
    m_scroll->setWidget(m_row);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setWidgetResizable(false);
    m_scroll->setBackgroundRole(QPalette::Window);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize SpeakerChips::sizeHint() const
{
    const int bar = m_row->width() > m_scroll->viewport()->width()
        ? m_scroll->horizontalScrollBar()->sizeHint().height()
        : 0;
    return {m_row->sizeHint().width(), m_row->sizeHint().height() + bar};
}

QSize SpeakerChips::minimumSizeHint() const
{
    return {0, sizeHint().height()};
}

void SpeakerChips::setSpeakers(const QList<speech::Speaker>& speakers)
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (speakers.isEmpty()) {
        updateGeometry();
        return;
    }
    auto* label = new QLabel(tr("Speakers:"), m_row);
    m_layout->addWidget(label);
    label->show(); // children added to a shown widget stay hidden otherwise
    for (int i = 0; i < speakers.size(); ++i) {
        auto* chip = new QToolButton(m_row);
        chip->setObjectName(QStringLiteral("speakerChip%1").arg(i));
        const QString name = fontMetrics().elidedText(speakers[i].displayName(), Qt::ElideRight, 180);
        chip->setText(name);
        chip->setToolTip(tr("Rename %1 everywhere in this transcript").arg(speakers[i].displayName()));
        const QColor color = speakerColor(i);
        chip->setStyleSheet(QStringLiteral("QToolButton { background: %1; color: %2; border: none; "
                                           "border-radius: 10px; padding: 2px 10px; }"
                                           "QToolButton:hover { background: %3; }")
                                .arg(color.name(), textColorOn(color).name(), color.darker(110).name()));
        connect(chip, &QToolButton::clicked, this, [this, i] { emit renameRequested(i); });
        m_layout->addWidget(chip);
        chip->show();
    }
    m_row->adjustSize();
    updateGeometry();
}

} // namespace voxnote::ui
