#include "cli/verbs/OcrVerb.h"

#include "cli/CliContext.h"
#include "ocr/DocumentRecognizer.h"
#include "ocr/ImageDocument.h"
#include "ocr/ImageImporter.h"
#include "ocr/OcrExporter.h"
#include "ocr/TesseractEngine.h"
#include "storage/Profile.h"
#include "util/Log.h"

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
    parser.addOption({kLang, tr("Languages of the text, e.g. eng or eng+kor (default: eng)."),
        tr("languages"), QStringLiteral("eng")});
    parser.addOption(
        {kFormat, tr("Output format: txt, json or hocr (default: txt; json with --json)."), tr("format")});
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
    ocr::OcrSettings settings;
    settings.languages = parser.value(kLang);
    settings.detectOrientation = !parser.isSet(kNoRotate);
    ocr::TesseractEngine::checkLanguages(settings.languages);

    const bool save = !parser.isSet(kNoSave);
    ocr::DocumentRecognizer recognizer;
    std::unique_ptr<ocr::ImageImporter> importer;
    if (save)
        importer = std::make_unique<ocr::ImageImporter>(context.profile(), recognizer);

    QList<ocr::RecognizedDocument> documents;
    int failures = 0;
    for (const QString& path : images) {
        try {
            const ocr::ImageDocument document = ocr::ImageDocument::open(path);
            if (importer) {
                documents.append(importer->import(document, settings, {}, {}).document);
            } else {
                documents.append(
                    {document.displayName(), QString(), recognizer.recognize(document, settings, {}, {})});
            }
        } catch (const Cancelled&) {
            throw;
        } catch (const Error& error) {
            // One bad file fails that file only; the others are still read.
            ++failures;
            context.err() << error.message() << Qt::endl;
        }
    }

    const QByteArray output = ocr::OcrExporter::render(documents, format);
    if (parser.isSet(kOutput)) {
        if (!documents.isEmpty())
            ocr::OcrExporter::save(parser.value(kOutput), output);
    } else if (!documents.isEmpty()) {
        context.out() << QString::fromUtf8(output);
        context.out().flush();
    }
    if (save && !context.json()) {
        for (const ocr::RecognizedDocument& document : documents)
            context.err() << tr("%1: saved as note %2").arg(document.fileName, document.noteId) << Qt::endl;
    }
    return failures > 0 ? 1 : 0;
}

} // namespace voxnote::cli
