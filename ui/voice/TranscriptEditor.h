#pragma once

#include "notes/WordAlignment.h"
#include "speech/Transcript.h"

#include <QSet>
#include <QTextEdit>

namespace voxnote::ui {

/// The text of a transcript, one paragraph per segment, each under a chip
/// with its speaker and start time drawn in the paragraph's top margin (so
/// it cannot be edited away). One QTextDocument holds it all, with each
/// word's offset and times kept per paragraph, so a transcript of hundreds
/// of thousands of characters stays smooth: no widget per word, and the
/// played word is one extra selection.
///
/// The text can be edited within a segment; paragraphs cannot be split or
/// joined, so every segment keeps its start and end, and an edited
/// segment's words are re-aligned to the recognised ones (`alignWords`).
///
/// Words the recogniser was unsure of (`speech::isLowConfidence`) are drawn
/// with a wavy underline and say so in a tooltip; a word the user types
/// (or confirms with "Mark as correct") counts as sure, so the mark goes.
/// Lives on the GUI thread.
class TranscriptEditor : public QTextEdit
{
    Q_OBJECT

public:
    explicit TranscriptEditor(QWidget* parent = nullptr);

    /// Shows `transcript` (which must outlive the display or be replaced).
    void setTranscript(const speech::Transcript* transcript);
    /// Redraws the chips after a speaker was renamed.
    void refreshSpeakers();

    /// Highlights the word being played at `ms` and, if `follow`, scrolls to
    /// keep it in view. Returns the segment of the word (-1 if none).
    void setPlayingPosition(qint64 ms, bool follow);
    /// The highlighted word: segment and word index (-1, -1 if none).
    std::pair<int, int> playingWord() const { return m_playing; }

    int segmentCount() const;
    /// The words of segment `segment` as they are shown.
    QList<notes::TimedToken> tokensOf(int segment) const;
    /// The current text of segment `segment`.
    QString segmentText(int segment) const;
    /// Where word `word` of segment `segment` is drawn, in viewport pixels.
    QRect wordRect(int segment, int word) const;
    /// The word at document position `position`: (segment, word) or (-1, -1).
    std::pair<int, int> wordAt(int position) const;
    /// The segments edited since `takeEditedSegments` was last called.
    QList<int> takeEditedSegments();
    /// The words shown as unsure, as (segment, word) pairs in order.
    QList<std::pair<int, int>> unsureWords() const;
    /// Takes word `word` of segment `segment` as right as it is: it is no
    /// longer marked, and the segment counts as edited (`wordConfirmed`).
    void confirmWord(int segment, int word);

signals:
    /// A word was clicked (not dragged over): play from its start.
    void wordClicked(int segment, int word, qint64 startMs);
    /// The speaker chip of a segment was clicked.
    void speakerClicked(int speaker);
    /// The text of a segment was changed by the user.
    void segmentEdited(int segment);
    /// The user marked an unsure word of `segment` as correct.
    void wordConfirmed(int segment);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    void onContentsChange(int position, int removed, int added);
    bool selectionSpansSegments() const;
    QRect chipRect(const QTextBlock& block, QPainter* painter = nullptr) const;
    void paintUnsureWords(const QTextBlock& block, QPainter& painter) const;
    /// The unsure word at viewport point `pos`, or (-1, -1).
    std::pair<int, int> unsureWordAt(const QPoint& pos) const;
    int headerHeight() const;

    const speech::Transcript* m_transcript = nullptr;
    bool m_loading = false;
    QSet<int> m_edited;
    std::pair<int, int> m_playing {-1, -1};
    QPoint m_pressPosition;
    bool m_pressed = false;
};

} // namespace voxnote::ui
