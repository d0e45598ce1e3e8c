#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace voxnote::jobs {
class JobQueue;
}
namespace voxnote::pipelines {
class MediaImport;
}
namespace voxnote::settings {
class Settings;
}
namespace voxnote::storage {
class BlobStore;
class Connection;
class DataChanges;
class Profile;
} // namespace voxnote::storage
namespace voxnote::sync {
class SyncService;
}

namespace voxnote::services {

/// The composition root: everything the window and every command-line verb
/// work with, built one way for both. Opening it opens (and migrates) the
/// profile with the data-change notifier watching its database and reads
/// the settings; the job queue (with every pipeline registered), the media
/// importer and sync are made when first asked for. Lives on the thread that
/// opened it, which must run an event loop for the signals of the queue, the
/// notifier and sync. Destroyed in the safe order: sync stops, the queue's
/// workers finish, then the database closes.
class Services : public QObject
{
    Q_OBJECT

public:
    /// Throws `Error` with a sentence if the profile cannot be opened.
    static std::unique_ptr<Services> open(const QString& dataDir);
    ~Services() override;

    const QString& dataDir() const { return m_dataDir; }
    storage::Profile& profile() { return *m_profile; }
    storage::Connection& database();
    storage::BlobStore& blobs();
    settings::Settings& settings() { return *m_settings; }
    storage::DataChanges& changes() { return *m_changes; }

    /// The job queue of the profile, every pipeline registered, not started.
    /// `workers` (0: one per core) counts only when the queue is made.
    jobs::JobQueue& jobQueue(int workers = 0);
    bool hasJobQueue() const { return m_queue != nullptr; }
    /// Imports media into notes and starts their jobs, with the defaults
    /// from the settings as they are at this call (and kept current as this
    /// object's settings change).
    pipelines::MediaImport& mediaImport();
    /// Sync of the profile; idle until it is set up.
    sync::SyncService& sync();

private:
    explicit Services(QString dataDir);

    QString m_dataDir;
    std::unique_ptr<settings::Settings> m_settings;
    std::unique_ptr<storage::DataChanges> m_changes;
    std::unique_ptr<storage::Profile> m_profile;
    std::unique_ptr<jobs::JobQueue> m_queue;
    std::unique_ptr<pipelines::MediaImport> m_import;
    std::unique_ptr<sync::SyncService> m_sync;
};

} // namespace voxnote::services
