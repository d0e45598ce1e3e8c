#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace voxnote::tts {

/// The one thread that talks to libespeak-ng, which keeps its state in
/// globals and must never be entered from two threads. Requests queue up and
/// run in order. Started on first use; espeak-ng is initialised on it then
/// and terminated when the process exits.
class EspeakThread
{
public:
    static EspeakThread& instance();

    /// Runs `task` on the espeak thread and waits for it; an exception it
    /// throws is rethrown here.
    /// Must not be called from the espeak thread itself.
    void run(std::function<void()> task);

    /// The sample rate espeak-ng produces. Throws `Error` if espeak-ng could
    /// not start (its data is missing); call it before using espeak-ng.
    int sampleRate();

private:
    EspeakThread();
    ~EspeakThread();
    void loop();

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<void()>> m_queue;
    bool m_stopping = false;
    int m_sampleRate = 0;
};

} // namespace voxnote::tts
