#include "services/Services.h"

#include "jobs/JobQueue.h"
#include "pipelines/MediaImport.h"
#include "pipelines/Pipelines.h"
#include "settings/Settings.h"
#include "storage/DataChanges.h"
#include "storage/DataDirectory.h"
#include "storage/Profile.h"
#include "sync/SyncService.h"

namespace voxnote::services {

Services::Services(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_settings(std::make_unique<settings::Settings>())
    , m_changes(std::make_unique<storage::DataChanges>(storage::DataDirectory::databasePath(m_dataDir)))
{
}

std::unique_ptr<Services> Services::open(const QString& dataDir)
{
    std::unique_ptr<Services> services(new Services(dataDir));
    // The notifier exists first, so the profile's connection reports to it.
    services->m_profile = storage::Profile::open(dataDir);
    return services;
}

Services::~Services()
{
    if (m_sync)
        m_sync->stop();
    m_sync.reset();
    m_import.reset();
    m_queue.reset();
    m_profile.reset();
}

storage::Connection& Services::database()
{
    return m_profile->database();
}

storage::BlobStore& Services::blobs()
{
    return m_profile->blobs();
}

jobs::JobQueue& Services::jobQueue(int workers)
{
    if (!m_queue) {
        jobs::JobQueue::Options options;
        if (workers > 0)
            options.workers = workers;
        m_queue = std::make_unique<jobs::JobQueue>(m_dataDir, options);
        // All of them: a queue runs whatever is queued in the profile, and
        // work left queued by the window or another verb would fail as unknown.
        pipelines::registerPipelines(*m_queue);
    }
    return *m_queue;
}

pipelines::MediaImport& Services::mediaImport()
{
    if (!m_import) {
        m_import = std::make_unique<pipelines::MediaImport>(*m_profile, jobQueue());
        connect(m_settings.get(), &settings::Settings::changed, this,
            [this] { m_import->setDefaults(m_settings->mediaDefaults()); });
    }
    // Read again each time: another window or verb may have changed them.
    m_import->setDefaults(m_settings->mediaDefaults());
    return *m_import;
}

sync::SyncService& Services::sync()
{
    if (!m_sync) {
        m_sync = std::make_unique<sync::SyncService>(m_dataDir);
        // Changes from other devices are written on sync's own thread and
        // reach the notifier through its connection; this covers the rest.
        connect(m_sync.get(), &sync::SyncService::remoteChangesApplied, this,
            [this] { m_changes->announce(storage::DataChanges::Everything); });
    }
    return *m_sync;
}

} // namespace voxnote::services
