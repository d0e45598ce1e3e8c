#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

template<typename T>
class QFutureWatcher;

namespace voxnote::services {
class Services;
}
namespace voxnote::storage {
class Profile;
}
namespace voxnote::pipelines {
class MediaImport;
struct SkippedFile;
} // namespace voxnote::pipelines

namespace voxnote::ui {

/// Turns dropped, chosen or pasted media into notes with their jobs
/// (transcription or OCR) through the services' `pipelines::MediaImport`,
/// with the person's choices from Settings. The slow half of
/// each import (reading, checking, hashing and copying the file) runs on a
/// worker thread, one item after another; only the note and its job are
/// written on the GUI thread, so neither a 2 GB recording nor fifty dropped
/// files freeze the window. An item that cannot be imported fails alone, and
/// the batch ends with one report of what was imported and what failed.
/// Lives on the GUI thread.
class ImportQueue : public QObject
{
    Q_OBJECT

public:
    explicit ImportQueue(services::Services& services, QObject* parent = nullptr);
    /// Waits for the file being copied, so no half-stored blob is left.
    ~ImportQueue() override;

    /// Adds `paths` to the running batch (or starts one).
    void importFiles(const QStringList& paths);
    /// Adds a pasted image to the running batch (or starts one).
    void importImage(const QImage& image);

    /// True until the batch's report is out.
    bool isBusy() const { return m_total > 0; }

signals:
    /// `done` of `total` items of the current batch are handled.
    void progressChanged(int done, int total);
    /// A note was created (or attached to) for an imported item.
    void noteImported(const QString& noteId);
    /// The batch ended: the names of the items imported, one sentence per
    /// failure, and what was left out of dropped folders (a sentence per reason).
    void batchFinished(const QStringList& imported, const QStringList& failures, const QStringList& skipped);

private:
    struct Item
    {
        QString path; ///< empty for a pasted image
        QImage image;
    };
    struct Prepared;

    void add(QList<Item> items);
    void prepareNext();
    void onPrepared();

    services::Services& m_services;
    QFutureWatcher<Prepared>* m_watcher;
    QList<Item> m_pending;
    QStringList m_imported;
    QStringList m_failures;
    QList<pipelines::SkippedFile> m_skipped;
    QString m_folderName; ///< the path of the item being prepared
    int m_done = 0;
    int m_total = 0;
    bool m_preparing = false; ///< an item is on the worker thread
};

} // namespace voxnote::ui
