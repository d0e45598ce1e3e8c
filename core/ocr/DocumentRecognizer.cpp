#include "ocr/DocumentRecognizer.h"

#include "ocr/ImageDocument.h"
#include "ocr/PageCoverage.h"
#include "ocr/PagePreprocessor.h"
#include "ocr/TesseractEngine.h"
#include "ocr/TextLayerPage.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QThread>
#include <QTransform>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#ifdef VOXNOTE_HAVE_OPENMP
#include <omp.h>
#endif

namespace voxnote::ocr {

namespace {

constexpr std::chrono::milliseconds kProgressInterval {60};
// A page warns that part of it could not be read when at least this share
// of its text-like ink produced no words (see PageCoverage).
constexpr double kWarnUnreadShare = 0.1;
// Below this mean word confidence (0 … 100) the words of a page are noise.
constexpr double kNoiseConfidence = 35;

/// The engines one worker thread has loaded, by language set and options.
using EngineCache = std::map<QString, std::unique_ptr<OcrEngine>>;

QString engineKey(const OcrSettings& settings)
{
    return settings.languages + (settings.detectOrientation ? u"|osd|" : u"|")
        + QString::number(settings.steps);
}

/// The shared state of one `recognize` call.
struct Batch
{
    Batch(ImageDocument doc, OcrSettings options)
        : document(std::move(doc))
        , settings(std::move(options))
        , pages(document.pageCount())
        , permille(static_cast<size_t>(document.pageCount()))
        , remaining(document.pageCount())
    {
    }

    double fractionDone() const
    {
        int sum = 0;
        for (const auto& value : permille)
            sum += value.load(std::memory_order_relaxed);
        return sum / (1000.0 * static_cast<double>(permille.size()));
    }

    const ImageDocument document;
    const OcrSettings settings;
    QList<OcrPage> pages;
    std::vector<std::atomic_int> permille; // progress of each page, 0 … 1000
    Cancellation cancel; // set by the caller's cancel or the first failure
    std::mutex mutex;
    std::condition_variable finished;
    int remaining;
    std::exception_ptr error;
};

/// Maps the word boxes of a page read from a prepared image (and turned
/// upright by the engine) back to the pixels of the original page, turned
/// upright the same way.
void mapToOriginal(OcrPage& page, const QSize& original, const PagePreprocessor::Result& prepared)
{
    const QTransform turn = QTransform().rotate(page.rotation);
    const QTransform map
        = QImage::trueMatrix(turn, prepared.image.width(), prepared.image.height()).inverted()
        * prepared.toOriginal * QImage::trueMatrix(turn, original.width(), original.height());
    page.size = page.rotation % 180 == 0 ? original : original.transposed();
    if (map.isIdentity())
        return;
    const QRect bounds(QPoint(0, 0), page.size);
    for (OcrWord& word : page.words)
        word.box = map.mapRect(word.box).intersected(bounds);
    for (QRect& region : page.unreadRegions)
        region = map.mapRect(region).intersected(bounds);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("DocumentRecognizer", text);
}

/// "line 7", "lines 12–30", joined by commas.
QString lineRanges(const QList<std::pair<int, int>>& ranges)
{
    QStringList parts;
    for (const auto& [first, last] : ranges) {
        parts.append(first == last ? tr("line %1").arg(first) : tr("lines %1\u2013%2").arg(first).arg(last));
    }
    return parts.join(QStringLiteral(", "));
}

/// Sets the page's unread share, and its warning when enough of its
/// text-like ink produced no words. `upright` is the image the words were
/// read from, turned as the page was.
void checkCoverage(OcrPage& page, const QImage& upright)
{
    // What tesseract makes of the grain of a photo without text: a few
    // short "words" it has no confidence in. Such a page has no text.
    if (!page.words.isEmpty() && page.meanConfidence < kNoiseConfidence) {
        qCDebug(lcOcr) << "page" << page.page << "read as noise, confidence" << page.meanConfidence;
        page.words.clear();
        page.text.clear();
        page.meanConfidence = 0;
    }
    const PageCoverage coverage = PageCoverage::measure(upright, page.words);
    page.unreadShare = coverage.unreadShare;
    if (coverage.unreadShare < kWarnUnreadShare || coverage.unreadLines.isEmpty())
        return;
    page.unreadRegions = coverage.unreadRegions;
    page.warning = tr("Part of this page could not be read: %1.").arg(lineRanges(coverage.unreadLines));
}

void recognizePage(
    Batch& batch, int index, EngineCache& engines, const DocumentRecognizer::EngineFactory& factory)
{
    const QImage original = batch.document.page(index);
    auto& permille = batch.permille[static_cast<size_t>(index)];
    if (std::optional<OcrPage> typed = TextLayerPage::read(batch.document, index, original)) {
        batch.pages[index] = std::move(*typed);
        permille.store(1000, std::memory_order_relaxed);
        return;
    }
    std::unique_ptr<OcrEngine>& engine = engines[engineKey(batch.settings)];
    if (!engine)
        engine = factory(batch.settings);
    const PagePreprocessor::Result prepared
        = PagePreprocessor::prepare(original, batch.settings.preprocess ? batch.settings.steps : 0U);
    batch.cancel.check();
    OcrPage page;
    try {
        page = engine->recognize(
            prepared.image,
            [&permille](
                double fraction) { permille.store(qRound(fraction * 1000), std::memory_order_relaxed); },
            batch.cancel);
    } catch (const Cancelled&) {
        throw;
    } catch (const Error& error) {
        throw Error(QCoreApplication::translate("DocumentRecognizer", "%1, page %2: %3")
                        .arg(batch.document.displayName())
                        .arg(index + 1)
                        .arg(error.message()));
    }
    page.page = index;
    checkCoverage(page,
        page.rotation == 0 ? prepared.image : prepared.image.transformed(QTransform().rotate(page.rotation)));
    mapToOriginal(page, original.size(), prepared);
    batch.pages[index] = std::move(page);
    permille.store(1000, std::memory_order_relaxed);
}

} // namespace

/// The worker threads and their queue of pages.
class DocumentRecognizer::Workers
{
public:
    Workers(int count, EngineFactory factory)
        : m_factory(std::move(factory))
    {
        for (int i = 0; i < count; ++i)
            m_threads.emplace_back([this] { run(); });
    }

    ~Workers()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        for (std::thread& thread : m_threads)
            thread.join();
    }

    void enqueue(std::shared_ptr<Batch> batch, int page)
    {
        {
            std::lock_guard lock(m_mutex);
            m_queue.emplace_back(std::move(batch), page);
        }
        m_wake.notify_one();
    }

    int count() const { return static_cast<int>(m_threads.size()); }

private:
    void run()
    {
#ifdef VOXNOTE_HAVE_OPENMP
        // Tesseract would start 4 OpenMP threads per page on top of one page
        // per core; their busy-waiting doubled the CPU time of a document in
        // bench/images. One page per worker thread is parallel enough.
        omp_set_max_active_levels(0);
#endif
        EngineCache engines; // lives as long as the thread: models stay loaded
        while (true) {
            std::pair<std::shared_ptr<Batch>, int> task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                task = std::move(m_queue.front());
                m_queue.pop_front();
            }
            process(*task.first, task.second, engines);
        }
    }

    void process(Batch& batch, int page, EngineCache& engines)
    {
        try {
            if (!batch.cancel.requested())
                recognizePage(batch, page, engines, m_factory);
        } catch (const Cancelled&) {
        } catch (...) {
            std::lock_guard lock(batch.mutex);
            if (!batch.error)
                batch.error = std::current_exception();
            batch.cancel.request();
        }
        std::lock_guard lock(batch.mutex);
        --batch.remaining;
        batch.finished.notify_all();
    }

    EngineFactory m_factory;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<std::shared_ptr<Batch>, int>> m_queue;
    bool m_stopping = false;
};

DocumentRecognizer::DocumentRecognizer(int threads, EngineFactory factory)
{
    if (!factory) {
        factory = [](const OcrSettings& settings) {
            return std::make_unique<TesseractEngine>(
                settings.languages, settings.detectOrientation, settings.preprocess ? settings.steps : 0U);
        };
    }
    m_workers
        = std::make_unique<Workers>(threads > 0 ? threads : QThread::idealThreadCount(), std::move(factory));
}

DocumentRecognizer::~DocumentRecognizer() = default;

int DocumentRecognizer::threadCount() const
{
    return m_workers->count();
}

QList<OcrPage> DocumentRecognizer::recognize(const ImageDocument& document, const OcrSettings& settings,
    const ProgressCallback& progress, const Cancellation& cancel)
{
    auto batch = std::make_shared<Batch>(document, settings);
    for (int page = 0; page < document.pageCount(); ++page)
        m_workers->enqueue(batch, page);

    // Waits here rather than blocking on the pages, so that the caller's
    // cancel reaches the workers and progress is reported on this thread.
    double reported = -1;
    std::unique_lock lock(batch->mutex);
    while (!batch->finished.wait_for(lock, kProgressInterval, [&] { return batch->remaining == 0; })) {
        if (cancel.requested())
            batch->cancel.request();
        const double fraction = batch->fractionDone();
        if (progress && fraction != reported) {
            reported = fraction;
            lock.unlock();
            progress(fraction);
            lock.lock();
        }
    }
    if (batch->error)
        std::rethrow_exception(batch->error);
    cancel.check();
    if (progress)
        progress(1.0);
    qCDebug(lcOcr) << "recognised" << document.displayName() << document.pageCount() << "pages";
    return std::move(batch->pages);
}

} // namespace voxnote::ocr
