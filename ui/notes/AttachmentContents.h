#pragma once

#include "notes/NoteRepository.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace voxnote::storage {
class Profile;
}

namespace voxnote::ui {

/// What a note's recordings and images hold, shown in the note itself under
/// their cards: a recording's length, speakers and first lines with their
/// times; an image's recognised text with the warning of a page partly
/// unread and the words the recogniser was unsure of tinted. Each expands in
/// place to all of it. A line's time opens the recording there; the card
/// stays the handle for playback and export. Reads only the first lines of
/// a transcript until it is expanded, so a note with an hour of speech opens
/// at once. Lives on the GUI thread.
class AttachmentContents : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentContents(storage::Profile& profile, QWidget* parent = nullptr);

    /// Shows what `attachments` hold (those with nothing yet are left out),
    /// keeping expanded what was.
    void setAttachments(const QList<notes::Attachment>& attachments);
    /// Shows all of `attachmentId`'s text, or only its start again.
    void setExpanded(const QString& attachmentId, bool expanded);
    bool isExpanded(const QString& attachmentId) const;
    /// The text shown for `attachmentId` (empty if it shows nothing).
    QString shownText(const QString& attachmentId) const;
    /// The warnings shown for `attachmentId` (a page partly unread).
    QString warningsOf(const QString& attachmentId) const;
    /// True if anything is shown.
    bool isEmpty() const { return m_sections.isEmpty(); }

    /// Lines of a transcript, and of recognised text, shown before expanding.
    static constexpr int kPreviewLines = 4;
    static constexpr int kPreviewTextLines = 6;

signals:
    /// A line's time was clicked: open `attachment` at `positionMs`.
    void openRequested(const notes::Attachment& attachment, qint64 positionMs);
    /// What is shown changed size (a section came, went, expanded).
    void contentsResized();

private:
    struct Section
    {
        notes::Attachment attachment;
        QWidget* frame = nullptr;
        QLabel* warning = nullptr;
        QLabel* preview = nullptr;
        QTextBrowser* full = nullptr;
        QToolButton* expand = nullptr;
        QString fullHtml; ///< filled when first expanded
        QString plainPreview;
        QString plainFull;
        int lineCount = 0; ///< of the whole text, for the expand button
    };

    void clear();
    bool addTranscript(const notes::Attachment& attachment);
    bool addRecognisedText(const notes::Attachment& attachment);
    Section& addSection(const notes::Attachment& attachment, const QString& heading);
    void finishSection(Section& section, const QString& previewHtml, bool more, const QString& moreText);

    storage::Profile& m_profile;
    QVBoxLayout* m_layout;
    QHash<QString, Section> m_sections; ///< by attachment id
    QSet<QString> m_expanded;
};

} // namespace voxnote::ui
