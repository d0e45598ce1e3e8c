#include "storage/DataChanges.h"

#include "storage/Connection.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTimer>

namespace voxnote::storage {

namespace {
constexpr int kCoalesceMs = 80;
} // namespace

/// What the connections' commit hooks share with the notifier: they may run
/// on any thread, and may outlive it.
struct DataChanges::Hub
{
    QMutex mutex;
    DataChanges* target = nullptr; ///< null once the notifier is gone
    int pending = 0;
    bool scheduled = false;

    void post(int topics)
    {
        if (topics == 0)
            return;
        const QMutexLocker locker(&mutex);
        if (!target)
            return;
        pending |= topics;
        if (scheduled)
            return;
        scheduled = true;
        // Dropped by Qt if the notifier is deleted before it runs.
        QMetaObject::invokeMethod(
            target, [notifier = target] { notifier->schedule(); }, Qt::QueuedConnection);
    }

    int take()
    {
        const QMutexLocker locker(&mutex);
        scheduled = false;
        return std::exchange(pending, 0);
    }
};

namespace {

QMutex s_registryMutex;
QHash<QString, std::weak_ptr<DataChanges::Hub>>& registry()
{
    static QHash<QString, std::weak_ptr<DataChanges::Hub>> s_registry;
    return s_registry;
}

} // namespace

DataChanges::DataChanges(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_hub(std::make_shared<Hub>())
    , m_timer(new QTimer(this))
{
    m_hub->target = this;
    m_timer->setSingleShot(true);
    m_timer->setInterval(kCoalesceMs);
    connect(m_timer, &QTimer::timeout, this, &DataChanges::emitPending);
    const QMutexLocker locker(&s_registryMutex);
    registry().insert(m_databasePath, m_hub);
}

DataChanges::~DataChanges()
{
    {
        const QMutexLocker locker(&s_registryMutex);
        if (registry().value(m_databasePath).lock() == m_hub)
            registry().remove(m_databasePath);
    }
    const QMutexLocker locker(&m_hub->mutex);
    m_hub->target = nullptr;
}

void DataChanges::watch(Connection& connection)
{
    std::shared_ptr<Hub> hub;
    {
        const QMutexLocker locker(&s_registryMutex);
        hub = registry().value(connection.path()).lock();
    }
    if (!hub)
        return;
    connection.watchChanges([weak = std::weak_ptr<Hub>(hub)](const QSet<QString>& tables) {
        int topics = 0;
        for (const QString& table : tables)
            topics |= topicOf(table);
        if (const std::shared_ptr<Hub> target = weak.lock())
            target->post(topics);
    });
}

void DataChanges::announce(int topics)
{
    m_hub->post(topics & Everything);
}

int DataChanges::topicOf(const QString& table)
{
    static const QHash<QString, int> s_topics {
        {QStringLiteral("notes"), Notes},
        {QStringLiteral("attachments"), Notes},
        {QStringLiteral("note_tags"), Notes},
        {QStringLiteral("tags"), Notes},
        {QStringLiteral("note_revisions"), Notes},
        {QStringLiteral("note_conflicts"), Notes},
        {QStringLiteral("transcripts"), Notes},
        {QStringLiteral("transcript_segments"), Notes},
        {QStringLiteral("speakers"), Notes},
        {QStringLiteral("ocr_pages"), Notes},
        {QStringLiteral("tasks"), Tasks},
        {QStringLiteral("task_events"), Tasks},
        {QStringLiteral("task_links"), Tasks},
        {QStringLiteral("people"), People},
        {QStringLiteral("notifications"), Notifications},
        {QStringLiteral("jobs"), Jobs},
    };
    return s_topics.value(table, 0);
}

void DataChanges::schedule()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void DataChanges::emitPending()
{
    const int topics = m_hub->take();
    if (topics & Notes)
        emit notesChanged();
    if (topics & Tasks)
        emit tasksChanged();
    if (topics & People)
        emit peopleChanged();
    if (topics & Notifications)
        emit notificationsChanged();
    if (topics & Jobs)
        emit jobsChanged();
}

} // namespace voxnote::storage
