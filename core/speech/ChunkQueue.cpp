#include "speech/ChunkQueue.h"

#include <chrono>

namespace voxnote::speech {

namespace {

// How often a producer blocked on a full queue looks at its stop condition.
constexpr std::chrono::milliseconds kStopPoll {50};

} // namespace

ChunkQueue::ChunkQueue(size_t capacity)
    : m_capacity(std::max<size_t>(1, capacity))
{
}

bool ChunkQueue::push(audio::AudioChunk chunk, const std::function<bool()>& stop)
{
    std::unique_lock lock(m_mutex);
    while (!m_closed && m_chunks.size() >= m_capacity) {
        if (stop && stop())
            return false;
        m_changed.wait_for(lock, kStopPoll);
    }
    if (m_closed)
        return false;
    m_chunks.push_back(std::move(chunk));
    m_changed.notify_all();
    return true;
}

std::optional<audio::AudioChunk> ChunkQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_closed || !m_chunks.empty(); });
    if (m_chunks.empty())
        return std::nullopt;
    audio::AudioChunk chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_changed.notify_all();
    return chunk;
}

void ChunkQueue::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_changed.notify_all();
}

} // namespace voxnote::speech
