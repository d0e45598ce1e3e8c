#pragma once

#include "speech/Transcript.h"

#include <QWidget>

class QHBoxLayout;

namespace voxnote::ui {

/// One coloured chip per speaker of a transcript, in the colours of the
/// transcript's paragraphs. Clicking a chip asks to rename that speaker.
/// Lives on the GUI thread.
class SpeakerChips : public QWidget
{
    Q_OBJECT

public:
    explicit SpeakerChips(QWidget* parent = nullptr);

    void setSpeakers(const QList<speech::Speaker>& speakers);

signals:
    void renameRequested(int speaker);

private:
    QHBoxLayout* m_layout;
};

} // namespace voxnote::ui
