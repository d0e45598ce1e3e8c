#include "cli/verbs/OcrVerb.h"

#include "cli/CliContext.h"
#include "jobs/JobQueue.h"
#include "ocr/ImageDocument.h"
#include "ocr/OcrExporter.h"
#include "ocr/OcrRepository.h"
#include "ocr/TessData.h"
#include "pipelines/MediaImport.h"
#include "services/Services.h"
#include "settings/Settings.h"
#include "storage/Profile.h"
#include "util/Log.h"
#include "worker/EngineWorkers.h"
#include "worker/WorkerDocumentReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OcrVerb", text);
}

const QString kLang = QStringLiteral("lang");
const QString kFormat = QStringLiteral("format");
const QString kOutput = QStringLiteral("output");
const QString kNoSave = QStringLiteral("no-save");
const QString kNoRotate = QStringLiteral("no-rotate");

} // namespace

QString OcrVerb::name() const
{
    return QStringLiteral("ocr");
}

QString OcrVerb::summary() const
{
    return tr("Recognise the text in images (PNG, JPEG, TIFF, BMP, WebP, GIF, PDF) and save each as a note.");
}

void OcrVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("images"), tr("Image files to recognise."), tr("IMAGE..."));
    parser.addOption({kLang,
        tr("Languages of the text, e.g. eng or eng+kor (default: chosen for each page from its script, "
           "among the installed languages)."),
        tr("languages")});
    parser.addOption({{QStringLiteral("f"), kFormat},
        tr("Output format: txt, json, hocr or pdf (a searchable PDF of the images; needs -o) "
           "(default: txt; json with --json)."),
        tr("format")});
    parser.addOption(
        {{QStringLiteral("o"), kOutput}, tr("Write the output to <file> instead of stdout."), tr("file")});
    parser.addOption({kNoSave, tr("Only print the text; do not save the images as notes.")});
    parser.addOption({kNoRotate, tr("Do not turn pages that look sideways or upside down.")});
}

int OcrVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList images = parser.positionalArguments().mid(1);
    if (images.isEmpty())
        throw UsageError(tr("Name at least one image."));
    const ocr::OcrExporter::Format format
        = ocr::OcrExporter::formatFromName(parser.isSet(kFormat) ? parser.value(kFormat)
                : context.json()                                 ? QStringLiteral("json")
                                                                 : QStringLiteral("txt"));
    if (format == ocr::OcrExporter::Format::Pdf && !parser.isSet(kOutput))
        throw UsageError(tr("A PDF is written to a file: add -o FILE.pdf."));
    ocr::OcrSettings settings;
    settings.languages = parser.value(kLang);
    // Without --lang, the languages chosen in Settings, as the window uses them.
    if (!parser.isSet(kLang) && context.settings().hasOcrLanguages())
        settings.languages = context.settings().ocrLanguages().join(u'+');
    settings.detectOrientation = !parser.isSet(kNoRotate);
    if (!settings.languages.isEmpty())
        ocr::TessData::checkLanguages(settings.languages);

    QList<ocr::RecognizedDocument> documents;
    int failures = 0;
    // One bad file fails that file only; the others are still read.
    const auto reportFailure = [&](const QString& message) {
        ++failures;
        context.err() << message << Qt::endl;
    };
    if (parser.isSet(kNoSave)) {
        worker::WorkerDocumentReader reader(worker::EngineWorkers::shared(), worker::Priority::Interactive);
        for (const QString& path : images) {
            try {
                const ocr::ImageDocument document
                    = ocr::ImageDocument::open(path); // names a bad file at once
                documents.append({document.displayName(), QString(),
                    reader.read(path, document.displayName(), settings, {}, {}), path});
            } catch (const Cancelled&) {
                throw;
            } catch (const Error& error) {
                reportFailure(error.message());
            }
        }
    } else {
        // Saved images become notes whose recognition runs as jobs, several at once.
        storage::Profile& profile = context.profile();
        jobs::JobQueue& queue = context.services().jobQueue();
        queue.start();
        pipelines::MediaImport& import = context.services().mediaImport();
        pipelines::MediaDefaults defaults = import.defaults();
        defaults.ocrLanguages = settings.languages;
        defaults.detectOrientation = settings.detectOrientation;
        import.setDefaults(defaults);
        QList<std::pair<pipelines::ImportedMedia, QString>> imported;
        for (const QString& path : images) {
            try {
                ocr::ImageDocument::open(path); // refuses audio and anything else that is not an image
                imported.append({import.importFile(path), path});
            } catch (const Error& error) {
                reportFailure(error.message());
            }
        }
        for (const auto& [media, path] : imported) {
            const std::optional<jobs::JobStatus> status
                = queue.waitForJob(media.jobId, std::numeric_limits<int>::max());
            if (status && status->state == jobs::JobState::Done) {
                documents.append({media.fileName, media.noteId,
                    ocr::OcrRepository(profile.database()).pages(media.attachmentId), path});
            } else {
                reportFailure(status ? status->error : tr("%1 was not read.").arg(media.fileName));
            }
        }
    }

    if (!documents.isEmpty()) {
        const QByteArray output = ocr::OcrExporter::render(documents, format);
        if (parser.isSet(kOutput)) {
            ocr::OcrExporter::save(parser.value(kOutput), output);
        } else {
            context.out() << QString::fromUtf8(output);
            context.out().flush();
        }
    }
    // A page that could be read only in part says so, whatever the format:
    // nobody should take half a page for the whole of it.
    for (const ocr::RecognizedDocument& document : documents) {
        for (const ocr::OcrPage& page : document.pages) {
            if (!page.warning.isEmpty())
                context.err()
                    << tr("%1, page %2: %3").arg(document.fileName).arg(page.page + 1).arg(page.warning)
                    << Qt::endl;
            if (page.fromTextLayer())
                context.err() << tr("%1, page %2: the PDF's own text was used; the page was not recognised.")
                                     .arg(document.fileName)
                                     .arg(page.page + 1)
                              << Qt::endl;
        }
    }
    if (!parser.isSet(kNoSave) && !context.json()) {
        for (const ocr::RecognizedDocument& document : documents)
            context.err() << tr("%1: saved as note %2").arg(document.fileName, document.noteId) << Qt::endl;
    }
    return failures > 0 ? 1 : 0;
}

} // namespace voxnote::cli
