#pragma once

#include "audio/AudioChunk.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>

namespace voxnote::speech {

/// A bounded first-in first-out hand-over of audio chunks from the thread that
/// decodes the file to the recogniser threads. Bounded so decoding never runs
/// far ahead of recognition: memory stays a few chunks whatever the length of
/// the recording. Call from any thread.
class ChunkQueue
{
public:
    explicit ChunkQueue(size_t capacity);

    /// Waits for room, then adds `chunk`. Returns false (dropping the chunk)
    /// if the queue was closed or `stop()` turned true while waiting.
    bool push(audio::AudioChunk chunk, const std::function<bool()>& stop);
    /// Waits for a chunk; returns nothing once the queue is closed and empty.
    std::optional<audio::AudioChunk> pop();
    /// No more chunks will come; wakes every waiting thread.
    void close();

private:
    size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<audio::AudioChunk> m_chunks;
    bool m_closed = false;
};

} // namespace voxnote::speech
