#pragma once

#include <QImage>
#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace voxnote::storage {
class Profile;
}
namespace voxnote::jobs {
class JobQueue;
}
namespace voxnote::pipelines {
class MediaImport;
struct MediaDefaults;
} // namespace voxnote::pipelines

namespace voxnote::ui {

/// Turns dropped, chosen or pasted media into notes with their jobs
/// (transcription or OCR) through `pipelines::MediaImport`. Files are
/// imported one per turn of the event loop, so fifty dropped files never
/// freeze the window; a file that cannot be imported fails alone, and the
/// batch ends with one report of what was imported and what failed.
/// Lives on the GUI thread.
class ImportQueue : public QObject
{
    Q_OBJECT

public:
    ImportQueue(storage::Profile& profile, jobs::JobQueue& queue, QObject* parent = nullptr);
    ~ImportQueue() override;

    /// Adds `paths` to the running batch (or starts one).
    void importFiles(const QStringList& paths);
    /// Imports a pasted image at once. Returns the new note's id; throws
    /// `Error` with a sentence if it cannot be stored.
    QString importImage(const QImage& image, const QString& name = {});

    /// True until the batch's report is out.
    bool isBusy() const { return !m_pending.isEmpty() || m_finishing; }

    /// The person's choices from Settings (OCR languages, speakers, voice and
    /// rate) as the importer's defaults.
    static pipelines::MediaDefaults mediaDefaults();

signals:
    /// `done` of `total` files of the current batch are handled.
    void progressChanged(int done, int total);
    /// A note was created (or attached to) for an imported file.
    void noteImported(const QString& noteId);
    /// The batch ended: the names of the files imported, and one sentence per failure.
    void batchFinished(const QStringList& imported, const QStringList& failures);

private:
    /// Hands the person's choices (OCR languages, speakers, voice) to the importer.
    void applyPreferences();
    void importNext();

    std::unique_ptr<pipelines::MediaImport> m_import;
    QStringList m_pending;
    QStringList m_imported;
    QStringList m_failures;
    int m_total = 0;
    bool m_finishing = false;
    QTimer* m_timer;
};

} // namespace voxnote::ui
