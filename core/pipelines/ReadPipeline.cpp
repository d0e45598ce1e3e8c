#include "pipelines/ReadPipeline.h"

#include "Error.h"
#include "jobs/JobQueue.h"
#include "jobs/JobStore.h"
#include "notes/NoteRepository.h"
#include "ocr/DocumentReader.h"
#include "ocr/LocalDocumentReader.h"
#include "ocr/OcrRepository.h"
#include "pipelines/ReadingResults.h"
#include "storage/BlobStore.h"
#include "storage/Connection.h"
#include "storage/DataDirectory.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "tts/SoundFileWriter.h"
#include "tts/SpeechSynthesizer.h"
#include "util/Log.h"
#include "worker/EngineWorkers.h"
#include "worker/WorkerDocumentReader.h"
#include "worker/WorkerSynthesizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace voxnote::pipelines {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReadPipeline", text);
}

const QString kPages = QStringLiteral("pages");
const QString kHash = QStringLiteral("hash");
const QString kFileName = QStringLiteral("fileName");
const QString kAttachmentId = QStringLiteral("attachmentId");
const QString kKey = QStringLiteral("key");
const QString kError = QStringLiteral("error");
const QString kText = QStringLiteral("text");
const QString kNoteId = QStringLiteral("noteId");

QByteArray sha256(std::initializer_list<QByteArrayView> parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (QByteArrayView part : parts) {
        hash.addData(part);
        hash.addData(QByteArrayView("\x1f", 1)); // parts never run into each other
    }
    return hash.result().toHex();
}

QString languagesOf(const QJsonObject& params)
{
    return params.value(QStringLiteral("languages")).toString(QStringLiteral("eng"));
}

/// "scan1 and 2 more pages".
QString withMorePages(const QString& first, qsizetype more)
{
    if (more <= 0)
        return first;
    return more == 1 ? tr("%1 and 1 more page").arg(first)
                     : tr("%1 and %2 more pages").arg(first, QString::number(more));
}

QJsonObject pageToJson(const ocr::OcrPage& page)
{
    return {{QStringLiteral("page"), page.page}, {QStringLiteral("rotation"), page.rotation},
        {QStringLiteral("width"), page.size.width()}, {QStringLiteral("height"), page.size.height()},
        {QStringLiteral("languages"), page.languages}, {QStringLiteral("engine"), page.engine},
        {kText, page.text}, {QStringLiteral("meanConfidence"), page.meanConfidence},
        {QStringLiteral("words"), page.wordsToJson()}};
}

ocr::OcrPage pageFromJson(const QJsonObject& object)
{
    ocr::OcrPage page;
    page.page = object.value(QStringLiteral("page")).toInt();
    page.rotation = object.value(QStringLiteral("rotation")).toInt();
    page.size = QSize(
        object.value(QStringLiteral("width")).toInt(), object.value(QStringLiteral("height")).toInt());
    page.languages = object.value(QStringLiteral("languages")).toString();
    page.engine = object.value(QStringLiteral("engine")).toString();
    page.text = object.value(kText).toString();
    page.meanConfidence = object.value(QStringLiteral("meanConfidence")).toDouble();
    page.words = ocr::OcrPage::wordsFromJson(object.value(QStringLiteral("words")).toArray());
    return page;
}

QList<ocr::OcrPage> pagesFromJson(const QJsonObject& file)
{
    QList<ocr::OcrPage> pages;
    for (const QJsonValue& page : file.value(kPages).toArray())
        pages.append(pageFromJson(page.toObject()));
    return pages;
}

/// Reads every image of the request, each file at most once per engine and
/// language set, several files at a time.
class RecognizePagesStage : public jobs::JobStage
{
public:
    explicit RecognizePagesStage(std::shared_ptr<ocr::DocumentReader> reader)
        : m_reader(std::move(reader))
    {
    }

    QString name() const override { return QStringLiteral("recognize"); }

    QByteArray cacheKey(const jobs::JobContext& context) const override
    {
        return sha256({"read-recognize", context.inputHash.toUtf8(), m_reader->engineKey().toUtf8(),
            languagesOf(context.params).toUtf8()});
    }

    QJsonObject run(jobs::JobContext& context) override
    {
        const QJsonArray requested = context.params.value(kPages).toArray();
        if (requested.isEmpty())
            throw Error(tr("This reading has no pages to read."));
        const QString languages = languagesOf(context.params);
        jobs::JobStore store(*context.database);
        const storage::BlobStore blobs(storage::DataDirectory::blobsPath(context.dataDir));

        // What earlier readings already know, looked up on this thread (the
        // database connection is this worker's own).
        struct File
        {
            QString hash;
            QString fileName;
            QByteArray key;
            std::optional<QJsonObject> recognized;
            QString error;
        };
        const QByteArray engine = m_reader->engineKey().toUtf8();
        std::vector<File> files;
        for (const QJsonValue& value : requested) {
            const QJsonObject page = value.toObject();
            File file {page.value(kHash).toString(), page.value(kFileName).toString(), {}, {}, {}};
            file.key = sha256({"read-file", file.hash.toUtf8(), engine, languages.toUtf8()});
            file.recognized = store.cachedResult(file.key);
            files.push_back(std::move(file));
        }
        recognizeMissing(files, blobs, languages, store, context);

        QJsonArray fileResults;
        QJsonArray problems;
        QStringList texts;
        for (std::size_t i = 0; i < files.size(); ++i) {
            File& file = files[i];
            QJsonObject result {
                {kHash, file.hash}, {kFileName, file.fileName}, {kKey, QString::fromLatin1(file.key)}};
            if (!file.error.isEmpty()) {
                const QString problem = tr("Page %1 (%2) was left out: %3")
                                            .arg(QString::number(i + 1), file.fileName, file.error);
                result.insert(kError, problem);
                problems.append(problem);
            } else {
                QStringList pageTexts;
                for (const ocr::OcrPage& page : pagesFromJson(*file.recognized))
                    pageTexts.append(page.text.trimmed());
                texts.append(pageTexts.join(QStringLiteral("\n\n")));
            }
            fileResults.append(result);
        }
        if (problems.size() == static_cast<qsizetype>(files.size())) {
            throw Error(files.size() == 1 ? files.front().error
                                          : tr("None of the %1 images could be read. The first: %2")
                                                .arg(QString::number(files.size()), files.front().error));
        }
        return RecognizedReading {fileResults, problems, texts.join(QStringLiteral("\n\n"))}.toJson();
    }

private:
    /// Recognises the files no earlier reading knows, several at a time:
    /// each thread hands one file to the shared recognizer, whose workers take
    /// its pages, so several one-page files keep every core busy. Each file's
    /// pages are stored as soon as they are known, so a crash in the middle
    /// loses only the files in progress.
    template<typename Files>
    void recognizeMissing(Files& files, const storage::BlobStore& blobs, const QString& languages,
        jobs::JobStore& store, jobs::JobContext& context)
    {
        // The same page given twice in one request is recognised once.
        std::vector<std::size_t> missing;
        std::vector<std::pair<std::size_t, std::size_t>> repeats; // (copy, original)
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (files[i].recognized)
                continue;
            const auto original = std::find_if(missing.begin(), missing.end(),
                [&](std::size_t earlier) { return files[earlier].key == files[i].key; });
            if (original == missing.end())
                missing.push_back(i);
            else
                repeats.emplace_back(i, *original);
        }
        if (missing.empty())
            return;
        ocr::OcrSettings settings;
        settings.languages = languages;

        std::mutex mutex;
        std::condition_variable finished;
        std::deque<std::size_t> toStore; // indexes into `files`, guarded by `mutex`
        std::size_t ended = 0; // threads that are done, guarded by `mutex`
        std::exception_ptr cancelled; // guarded by `mutex`
        std::atomic_size_t next {0};
        const auto work = [&] {
            for (std::size_t n = next++; n < missing.size(); n = next++) {
                auto& file = files[missing[n]];
                try {
                    blobs.verify(file.hash);
                    const QList<ocr::OcrPage> pages = m_reader->read(
                        blobs.pathOf(file.hash), file.fileName, settings, {}, *context.cancellation);
                    QJsonArray array;
                    for (const ocr::OcrPage& page : pages)
                        array.append(pageToJson(page));
                    file.recognized = QJsonObject {{kFileName, file.fileName}, {kPages, array}};
                } catch (const Cancelled&) {
                    const std::lock_guard lock(mutex);
                    cancelled = std::current_exception();
                    break;
                } catch (const Error& error) {
                    file.error = error.message();
                    qCInfo(lcJobs) << "reading leaves out" << file.fileName << ":" << error.message();
                } catch (const std::exception& error) {
                    file.error = QString::fromLocal8Bit(error.what());
                    qCWarning(lcJobs) << "reading leaves out" << file.fileName << ":" << error.what();
                }
                const std::lock_guard lock(mutex);
                toStore.push_back(missing[n]);
                finished.notify_one();
            }
            const std::lock_guard lock(mutex);
            ++ended;
            finished.notify_one();
        };
        const std::size_t threadCount
            = std::min<std::size_t>(missing.size(), static_cast<std::size_t>(m_reader->parallelism()));
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < threadCount; ++i)
            threads.emplace_back(work);

        std::size_t stored = 0;
        std::unique_lock lock(mutex);
        while (ended < threadCount || !toStore.empty()) {
            finished.wait(lock, [&] { return ended == threadCount || !toStore.empty(); });
            while (!toStore.empty()) {
                const std::size_t index = toStore.front();
                toStore.pop_front();
                lock.unlock();
                if (files[index].recognized)
                    store.storeResult(
                        files[index].key, QStringLiteral("read-file"), *files[index].recognized);
                if (context.progress)
                    context.progress(static_cast<double>(++stored) / static_cast<double>(missing.size()));
                lock.lock();
            }
        }
        lock.unlock();
        for (std::thread& thread : threads)
            thread.join();
        if (cancelled)
            std::rethrow_exception(cancelled);
        for (const auto& [copy, original] : repeats) {
            files[copy].recognized = files[original].recognized;
            files[copy].error = files[original].error;
        }
    }

    std::shared_ptr<ocr::DocumentReader> m_reader;
};

/// Speaks the text of every page into one audio file in the blob store.
class SynthesizeStage : public jobs::JobStage
{
public:
    explicit SynthesizeStage(std::shared_ptr<tts::SpeechSynthesizer> synthesizer)
        : m_synthesizer(std::move(synthesizer))
    {
    }

    QString name() const override { return QStringLiteral("synthesize"); }
    QString exclusiveResource() const override { return QStringLiteral("espeak-ng"); }

    QByteArray cacheKey(const jobs::JobContext& context) const override
    {
        const QJsonObject& params = context.params;
        return sha256({"read-speech", textOf(context).toUtf8(), m_synthesizer->engineKey().toUtf8(),
            params.value(QStringLiteral("voice")).toString().toUtf8(),
            QByteArray::number(params.value(QStringLiteral("rateWpm")).toInt(175)),
            params.value(QStringLiteral("format")).toString(QStringLiteral("ogg")).toUtf8()});
    }

    QJsonObject run(jobs::JobContext& context) override
    {
        const QString text = textOf(context);
        if (text.trimmed().isEmpty())
            throw Error(tr("No text was found on the pages, so there is nothing to read aloud."));
        const QString format = context.params.value(QStringLiteral("format")).toString(QStringLiteral("ogg"));
        tts::SpeechSettings settings;
        settings.voice = context.params.value(QStringLiteral("voice")).toString();
        settings.rateWpm = context.params.value(QStringLiteral("rateWpm")).toInt(settings.rateWpm);

        QTemporaryDir scratch(
            storage::DataDirectory::blobsPath(context.dataDir) + QStringLiteral("/.reading-XXXXXX"));
        if (!scratch.isValid())
            throw Error(
                tr("Voxnote cannot make a temporary file for the audio (%1).").arg(scratch.errorString()));
        const QString path = scratch.filePath(QStringLiteral("reading.") + format);
        tts::SoundFileWriter writer(path, m_synthesizer->sampleRate());
        const tts::SpeechResult result
            = m_synthesizer->synthesize(text, settings, writer, {}, context.progress, *context.cancellation);
        writer.commit();
        storage::BlobStore blobs(storage::DataDirectory::blobsPath(context.dataDir));
        const QString hash = blobs.putFile(path);
        return SpokenReading {hash, format, result.voice.identifier, result.durationMs(), blobs.size(hash)}
            .toJson();
    }

private:
    static QString textOf(const jobs::JobContext& context) { return RecognizedReading::of(context).text; }

    std::shared_ptr<tts::SpeechSynthesizer> m_synthesizer;
};

QString mimeTypeOfFormat(const QString& format)
{
    if (format == u"mp3")
        return QStringLiteral("audio/mpeg");
    if (format == u"wav")
        return QStringLiteral("audio/wav");
    if (format == u"flac")
        return QStringLiteral("audio/flac");
    return QStringLiteral("audio/ogg");
}

/// Writes the note of a reading in one transaction.
class SaveReadingStage : public jobs::JobStage
{
public:
    QString name() const override { return QStringLiteral("save"); }
    /// Never reused blindly: the note an earlier reading made may have been
    /// deleted since, so `run` looks for it instead.
    QByteArray cacheKey(const jobs::JobContext&) const override { return {}; }

    QJsonObject run(jobs::JobContext& context) override
    {
        const QJsonArray files = RecognizedReading::of(context).files;
        const SpokenReading speech = SpokenReading::of(context);
        const QString& audioHash = speech.audioHash;
        const QString& format = speech.format;
        const QJsonArray requested = context.params.value(kPages).toArray();
        storage::Connection& database = *context.database;
        const storage::BlobStore blobs(storage::DataDirectory::blobsPath(context.dataDir));
        blobs.verify(audioHash);

        QSet<QString> imageHashes;
        for (const QJsonValue& file : files) {
            if (!file.toObject().contains(kError))
                imageHashes.insert(file.toObject().value(kHash).toString());
        }
        QString noteId = context.params.value(kNoteId).toString();
        if (noteId.isEmpty()) {
            noteId = earlierReading(database, audioHash, imageHashes);
            if (!noteId.isEmpty()) {
                qCInfo(lcJobs) << "reading" << context.jobId << "is note" << noteId << "already";
                return {{kNoteId, noteId}, {QStringLiteral("reused"), true}};
            }
        }

        jobs::JobStore store(database);
        storage::Transaction transaction(database);
        storage::NoteRepository notes(database);
        if (noteId.isEmpty())
            noteId = notes.create(titleOf(files), QString()).id;
        else if (!notes.find(noteId))
            throw Error(tr("The note these pages belong to was deleted, so the reading was not saved."));
        const QMimeDatabase mimeTypes;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QJsonObject file = files.at(i).toObject();
            if (file.contains(kError))
                continue;
            QString attachmentId = requested.at(i).toObject().value(kAttachmentId).toString();
            const QString hash = file.value(kHash).toString();
            const QString fileName = file.value(kFileName).toString();
            if (attachmentId.isEmpty()) {
                attachmentId = notes
                                   .attach(noteId, hash, QStringLiteral("image"), fileName,
                                       mimeTypes.mimeTypeForFile(blobs.pathOf(hash)).name(), blobs.size(hash))
                                   .id;
            }
            const std::optional<QJsonObject> recognized
                = store.cachedResult(file.value(kKey).toString().toLatin1());
            if (recognized)
                ocr::OcrRepository(database).save(noteId, attachmentId, pagesFromJson(*recognized));
        }
        QString audioAttachmentId = speechAttachment(database, noteId, audioHash);
        if (audioAttachmentId.isEmpty()) {
            const QString title = notes.find(noteId)->title;
            audioAttachmentId = notes
                                    .attach(noteId, audioHash, QStringLiteral("speech"),
                                        (title.isEmpty() ? tr("Reading") : title) + u'.' + format,
                                        mimeTypeOfFormat(format), blobs.size(audioHash))
                                    .id;
        }
        transaction.commit();
        return {{kNoteId, noteId}, {QStringLiteral("audioAttachmentId"), audioAttachmentId},
            {QStringLiteral("reused"), false}};
    }

private:
    static QString titleOf(const QJsonArray& files)
    {
        QString first;
        for (const QJsonValue& file : files) {
            if (!file.toObject().contains(kError)) {
                first = QFileInfo(file.toObject().value(kFileName).toString()).completeBaseName();
                break;
            }
        }
        const qsizetype more = std::count_if(files.begin(), files.end(), [](const QJsonValue& file) {
            return !file.toObject().contains(kError);
        }) - 1;
        return withMorePages(first, more);
    }

    static QString speechAttachment(
        storage::Connection& database, const QString& noteId, const QString& audioHash)
    {
        storage::Statement query(database,
            "SELECT id FROM attachments WHERE note_id = ? AND blob_hash = ? AND kind = 'speech' LIMIT 1");
        query.bind(1, noteId);
        query.bind(2, audioHash);
        return query.step() ? query.columnText(0) : QString();
    }

    /// A note in use (not in the trash) that holds this audio and exactly these images.
    static QString earlierReading(
        storage::Connection& database, const QString& audioHash, const QSet<QString>& images)
    {
        storage::Statement candidates(database,
            "SELECT a.note_id FROM attachments a JOIN notes n ON n.id = a.note_id "
            "WHERE a.blob_hash = ? AND a.kind = 'speech' AND n.deleted_at IS NULL");
        candidates.bind(1, audioHash);
        while (candidates.step()) {
            const QString noteId = candidates.columnText(0);
            storage::Statement imagesOf(
                database, "SELECT blob_hash FROM attachments WHERE note_id = ? AND kind = 'image'");
            imagesOf.bind(1, noteId);
            QSet<QString> held;
            while (imagesOf.step())
                held.insert(imagesOf.columnText(0));
            if (held == images)
                return noteId;
        }
        return {};
    }
};

QJsonObject paramsOf(const QJsonArray& pages, const ReadOptions& options)
{
    QJsonObject params {{kPages, pages}, {QStringLiteral("languages"), options.languages},
        {QStringLiteral("rateWpm"), options.rateWpm}, {QStringLiteral("format"), options.format}};
    if (!options.voice.isEmpty())
        params.insert(QStringLiteral("voice"), options.voice);
    if (!options.noteId.isEmpty())
        params.insert(kNoteId, options.noteId);
    return params;
}

JobRequest requestOf(const QJsonArray& pages, const ReadOptions& options)
{
    QJsonObject params = paramsOf(pages, options);
    // What notifications call the job.
    const QString first = pages.at(0).toObject().value(kFileName).toString();
    params.insert(QStringLiteral("title"), withMorePages(first, pages.size() - 1));
    QCryptographicHash input(QCryptographicHash::Sha256);
    for (const QJsonValue& page : pages)
        input.addData(page.toObject().value(kHash).toString().toLatin1());
    return {ReadPipeline::kind(), QString::fromLatin1(input.result().toHex()), params};
}

} // namespace

namespace ReadPipeline {

QString kind()
{
    return QStringLiteral("read");
}

void registerWith(jobs::JobQueue& queue, std::shared_ptr<ocr::DocumentRecognizer> recognizer)
{
    registerWith(queue, std::make_shared<ocr::LocalDocumentReader>(std::move(recognizer)));
}

void registerWith(jobs::JobQueue& queue, std::shared_ptr<ocr::DocumentReader> reader,
    std::shared_ptr<tts::SpeechSynthesizer> synthesizer)
{
    if (!reader)
        reader = std::make_shared<worker::WorkerDocumentReader>(
            worker::EngineWorkers::shared(), worker::Priority::Background);
    if (!synthesizer)
        synthesizer = worker::WorkerSynthesizer::background();
    queue.registerPipeline(kind(), [reader, synthesizer] {
        jobs::Pipeline pipeline;
        pipeline.push_back(std::make_unique<RecognizePagesStage>(reader));
        pipeline.push_back(std::make_unique<SynthesizeStage>(synthesizer));
        pipeline.push_back(std::make_unique<SaveReadingStage>());
        return pipeline;
    });
}

JobRequest request(storage::BlobStore& blobs, const QStringList& imagePaths, const ReadOptions& options)
{
    QJsonArray pages;
    for (const QString& path : imagePaths) {
        const QFileInfo info(path);
        if (info.isDir())
            throw Error(tr("%1 is a folder; give the page images inside it.").arg(path));
        if (!info.exists())
            throw Error(tr("%1 does not exist.").arg(path));
        pages.append(QJsonObject {{kHash, blobs.putFile(path)}, {kFileName, info.fileName()}});
    }
    if (pages.isEmpty())
        throw Error(tr("Give at least one page image to read."));
    return requestOf(pages, options);
}

JobRequest request(const QList<AttachedPage>& pages, const ReadOptions& options)
{
    QJsonArray array;
    for (const AttachedPage& page : pages)
        array.append(QJsonObject {
            {kHash, page.blobHash}, {kFileName, page.fileName}, {kAttachmentId, page.attachmentId}});
    return requestOf(array, options);
}

} // namespace ReadPipeline

} // namespace voxnote::pipelines
