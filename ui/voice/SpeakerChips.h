#pragma once

#include "speech/Transcript.h"

#include <QWidget>

class QHBoxLayout;
class QScrollArea;

namespace voxnote::ui {

/// One coloured chip per speaker of a transcript, in the colours of the
/// transcript's paragraphs. Clicking a chip asks to rename that speaker.
/// Many speakers scroll sideways rather than squeeze their names.
/// Lives on the GUI thread.
class SpeakerChips : public QWidget
{
    Q_OBJECT

public:
    explicit SpeakerChips(QWidget* parent = nullptr);

    void setSpeakers(const QList<speech::Speaker>& speakers);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void renameRequested(int speaker);

private:
    QScrollArea* m_scroll;
    QWidget* m_row;
    QHBoxLayout* m_layout;
};

} // namespace voxnote::ui
