#pragma once

#include "notes/NoteRepository.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace voxnote::jobs {
class JobQueue;
struct JobStatus;
} // namespace voxnote::jobs
namespace voxnote::storage {
class Profile;
}

namespace voxnote::ui {

/// The attachments of a note as a row of cards: recordings (open the
/// transcript and player), images (a thumbnail; open the text found in
/// them), spoken versions (play). Work running for an attachment — or for
/// the note, like reading it aloud — shows its progress on the card; failed
/// work shows its sentence with Retry. Lives on the GUI thread.
class AttachmentStrip : public QWidget
{
    Q_OBJECT

public:
    AttachmentStrip(storage::Profile& profile, jobs::JobQueue& queue, QWidget* parent = nullptr);

    void setNote(const QString& noteId);
    /// Reads the attachments and their jobs again.
    void reload();
    /// Shows job `jobId` (just started for this note) on its card.
    void trackJob(const QString& jobId);

    const QList<notes::Attachment>& attachments() const { return m_attachments; }
    /// The sentence on the card of `attachmentId` (progress, failure, summary).
    QString statusOf(const QString& attachmentId) const;
    /// The job shown on the card of `attachmentId`, if any.
    QString jobOf(const QString& attachmentId) const;

    /// The job key of work that belongs to the whole note (reading aloud).
    static QString noteWorkKey() { return QStringLiteral("note"); }

signals:
    void attachmentOpened(const notes::Attachment& attachment);
    /// The attachments were read again (one came, went, or its work finished).
    void attachmentsChanged();
    /// Work for `attachmentId` (empty: for the whole note) finished.
    void jobFinished(const QString& attachmentId, const QString& jobId);
    /// Work for `attachmentId` progressed or failed: `text` says how.
    void jobStatusChanged(const QString& attachmentId, const QString& text, bool failed);

private:
    struct Card
    {
        QWidget* widget = nullptr;
        QLabel* status = nullptr;
        QProgressBar* progress = nullptr;
        QPushButton* retry = nullptr;
        QString jobId;
    };

    void rebuild();
    QWidget* makeCard(const notes::Attachment& attachment, Card& card);
    QWidget* makeNoteWorkCard(Card& card);
    /// Which card job `status` belongs to ("" if not this note's).
    QString cardKeyOf(const jobs::JobStatus& status) const;
    void showJob(const jobs::JobStatus& status);
    void onProgress(const QString& jobId, double progress);
    void onFinished(const QString& jobId);
    void onFailed(const QString& jobId, const QString& error);
    QString summaryOf(const notes::Attachment& attachment) const;

    storage::Profile& m_profile;
    jobs::JobQueue& m_queue;
    QString m_noteId;
    QList<notes::Attachment> m_attachments;
    QHash<QString, Card> m_cards; ///< by attachment id, or noteWorkKey()
    QHash<QString, QString> m_jobCards; ///< job id → card key
    QSet<QString> m_otherJobs; ///< jobs seen that are not this note's
    QHBoxLayout* m_layout;
};

} // namespace voxnote::ui
