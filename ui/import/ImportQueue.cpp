#include "import/ImportQueue.h"

#include "Error.h"
#include "settings/Preferences.h"
#include "util/Log.h"

#include "pipelines/MediaImport.h"

#include <QFileInfo>
#include <QTimer>

namespace voxnote::ui {

ImportQueue::ImportQueue(storage::Profile& profile, jobs::JobQueue& queue, QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_import = std::make_unique<pipelines::MediaImport>(profile, queue);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ImportQueue::importNext);
}

ImportQueue::~ImportQueue() = default;

pipelines::MediaDefaults ImportQueue::mediaDefaults()
{
    pipelines::MediaDefaults defaults;
    defaults.ocrLanguages = Preferences::ocrLanguages().join(u'+');
    defaults.speakers = Preferences::speakers();
    defaults.voice = Preferences::voice();
    if (Preferences::rateWpm() > 0)
        defaults.rateWpm = Preferences::rateWpm();
    return defaults;
}

void ImportQueue::applyPreferences()
{
    m_import->setDefaults(mediaDefaults());
}

void ImportQueue::importFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (m_pending.isEmpty() && !m_finishing) {
        applyPreferences();
        m_total = 0;
        m_imported.clear();
        m_failures.clear();
    }
    m_pending += paths;
    m_total += static_cast<int>(paths.size());
    emit progressChanged(m_total - static_cast<int>(m_pending.size()), m_total);
    m_timer->start();
}

QString ImportQueue::importImage(const QImage& image, const QString& name)
{
    applyPreferences();
    const pipelines::ImportedMedia media = m_import->importImage(image, name);
    emit noteImported(media.noteId);
    return media.noteId;
}

void ImportQueue::importNext()
{
    if (m_pending.isEmpty())
        return;
    const QString path = m_pending.takeFirst();
    const QString fileName = QFileInfo(path).fileName();
    try {
        const pipelines::ImportedMedia media = m_import->importFile(path);
        m_imported << fileName;
        emit noteImported(media.noteId);
    } catch (const Error& error) {
        qCInfo(lcUi) << "import failed:" << error.message();
        m_failures << error.message();
    }
    emit progressChanged(m_total - static_cast<int>(m_pending.size()), m_total);
    if (!m_pending.isEmpty()) {
        m_timer->start();
        return;
    }
    // The report (and the list reload it brings) gets a turn of its own, so
    // the last file's copying and it never hold the window together.
    m_finishing = true;
    QTimer::singleShot(0, this, [this] {
        m_finishing = false;
        if (!m_pending.isEmpty())
            return; // more files came meanwhile: one report at the end
        const QStringList imported = std::exchange(m_imported, {});
        const QStringList failures = std::exchange(m_failures, {});
        emit batchFinished(imported, failures);
    });
}

} // namespace voxnote::ui
