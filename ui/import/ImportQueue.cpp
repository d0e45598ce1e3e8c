#include "import/ImportQueue.h"

#include "Error.h"
#include "util/Log.h"

#include "pipelines/FolderScan.h"
#include "pipelines/MediaImport.h"
#include "services/Services.h"
#include "storage/Profile.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace voxnote::ui {

/// What the worker thread hands back: the stored media, or why not.
struct ImportQueue::Prepared
{
    pipelines::PreparedMedia media;
    QString error;
    std::optional<pipelines::FolderScan> folder; ///< for a folder: what is in it
};

ImportQueue::ImportQueue(services::Services& services, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_watcher(new QFutureWatcher<Prepared>(this))
{
    connect(m_watcher, &QFutureWatcher<Prepared>::finished, this, &ImportQueue::onPrepared);
}

ImportQueue::~ImportQueue()
{
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
}

void ImportQueue::importFiles(const QStringList& paths)
{
    QList<Item> items;
    for (const QString& path : paths)
        items.append({path, {}});
    add(std::move(items));
}

void ImportQueue::importImage(const QImage& image)
{
    add({{{}, image}});
}

void ImportQueue::add(QList<Item> items)
{
    if (items.isEmpty())
        return;
    if (m_total == 0) {
        // A new batch: the person's latest choices from Settings apply to it
        // (mediaImport() reads them again).
        m_done = 0;
        m_imported.clear();
        m_failures.clear();
        m_skipped.clear();
    }
    m_total += static_cast<int>(items.size());
    m_pending += std::move(items);
    emit progressChanged(m_done, m_total);
    if (!m_preparing)
        prepareNext();
}

void ImportQueue::prepareNext()
{
    const Item item = m_pending.takeFirst();
    m_folderName = item.path;
    m_preparing = true;
    storage::BlobStore& blobs = m_services.blobs();
    m_watcher->setFuture(QtConcurrent::run([&blobs, item] {
        Prepared prepared;
        // A folder is looked through here too: ten thousand files take a while.
        if (!item.path.isEmpty() && QFileInfo(item.path).isDir()) {
            prepared.folder = pipelines::FolderScan::of(item.path);
            return prepared;
        }
        try {
            prepared.media = item.path.isEmpty() ? pipelines::MediaImport::prepareImage(blobs, item.image)
                                                 : pipelines::MediaImport::prepareFile(blobs, item.path);
        } catch (const Error& error) {
            prepared.error = error.message();
        }
        return prepared;
    }));
}

void ImportQueue::onPrepared()
{
    m_preparing = false;
    const Prepared prepared = m_watcher->result();
    QString error = prepared.error;
    if (prepared.folder) {
        // Its files join the batch in its place, before what was dropped after it.
        const pipelines::FolderScan& folder = *prepared.folder;
        m_skipped.append(folder.skipped);
        QList<Item> files;
        for (const QString& path : folder.files)
            files.append({path, {}});
        m_pending = files + m_pending;
        m_total += int(files.size());
        if (folder.files.isEmpty())
            error = tr("%1 holds no recordings or images.").arg(QFileInfo(m_folderName).fileName());
    } else if (error.isEmpty()) {
        try {
            const pipelines::ImportedMedia media = m_services.mediaImport().add(prepared.media);
            m_imported << media.fileName;
            emit noteImported(media.noteId);
        } catch (const Error& failure) {
            error = failure.message();
        }
    }
    if (!error.isEmpty()) {
        qCInfo(lcUi) << "import failed:" << error;
        m_failures << error;
    }
    ++m_done;
    emit progressChanged(m_done, m_total);
    if (!m_pending.isEmpty()) {
        prepareNext();
        return;
    }
    m_total = 0;
    emit batchFinished(std::exchange(m_imported, {}), std::exchange(m_failures, {}),
        pipelines::FolderScan::summary(std::exchange(m_skipped, {})));
}

} // namespace voxnote::ui
