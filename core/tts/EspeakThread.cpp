#include "tts/EspeakThread.h"

#include "Error.h"
#include "util/Log.h"

#include <QCoreApplication>

#include <espeak-ng/speak_lib.h>

namespace voxnote::tts {

namespace {

// Audio reaches the callback in chunks of this length: short enough for a
// quick first sound and a prompt cancel, long enough to keep calls few.
constexpr int kBufferMs = 100;

} // namespace

EspeakThread& EspeakThread::instance()
{
    static EspeakThread s_thread;
    return s_thread;
}

EspeakThread::EspeakThread()
{
    m_thread = std::thread([this] { loop(); });
    run([this] {
        // DONT_EXIT: without it espeak-ng ends the process when its data is missing.
        // sampleRate() reports a failure to whoever needs espeak-ng.
        m_sampleRate
            = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, kBufferMs, nullptr, espeakINITIALIZE_DONT_EXIT);
        qCDebug(lcTts) << "espeak-ng" << espeak_Info(nullptr) << "started at" << m_sampleRate << "Hz";
    });
}

EspeakThread::~EspeakThread()
{
    if (m_sampleRate > 0)
        run([] { espeak_Terminate(); });
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void EspeakThread::run(std::function<void()> task)
{
    std::packaged_task<void()> packaged(std::move(task));
    std::future<void> done = packaged.get_future();
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(packaged));
    }
    m_wake.notify_one();
    done.get();
}

int EspeakThread::sampleRate()
{
    if (m_sampleRate <= 0) {
        throw Error(QCoreApplication::translate("EspeakThread",
            "espeak-ng could not start: its voice data is missing. Install the package espeak-ng-data."));
    }
    return m_sampleRate;
}

void EspeakThread::loop()
{
    while (true) {
        std::packaged_task<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        task();
    }
}

} // namespace voxnote::tts
