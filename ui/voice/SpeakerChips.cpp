#include "voice/SpeakerChips.h"

#include "voice/SpeakerColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace voxnote::ui {

SpeakerChips::SpeakerChips(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

void SpeakerChips::setSpeakers(const QList<speech::Speaker>& speakers)
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (speakers.isEmpty())
        return;
    auto* label = new QLabel(tr("Speakers:"), this);
    m_layout->addWidget(label);
    label->show(); // children added to a shown widget stay hidden otherwise
    for (int i = 0; i < speakers.size(); ++i) {
        auto* chip = new QToolButton(this);
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
}

} // namespace voxnote::ui
