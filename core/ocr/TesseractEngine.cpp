#include "ocr/TesseractEngine.h"

#include "Error.h"
#include "ocr/LayoutJudgement.h"
#include "ocr/TessData.h"
#include "ocr/TextColumns.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTransform>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <memory>

namespace voxnote::ocr {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TesseractEngine", text);
}

// OSD reports a confidence for its best orientation against the others; below
// this it guesses, and turning a correctly oriented page would ruin it. The
// sideways and upside-down test pages score above 10, upright pages of little
// text below 1.
constexpr float kMinOrientationConfidence = 2.0F;
// A page read as it lies with at least this mean word confidence (0 … 100)
// is taken to be upright; text read upside down or sideways scores far lower.
constexpr double kConfidentUpright = 70.0;

// Of the characters a page read with the Korean model holds, the share of
// digits, Latin letters and symbols from which it is read again with English
// added. On the tuning part of bench/images: Korean pages 0-1.6 %, Korean
// pages with English words 35-42 %.
constexpr double kMisreadLatinShare = 0.05;

// Image resolutions outside this range are missing or made up; tesseract then
// estimates the resolution from the text height itself.
constexpr int kMinCredibleDpi = 70;
constexpr int kMaxCredibleDpi = 2400;

/// What tesseract's monitor callbacks reach through `cancel_this`.
struct MonitorContext
{
    const ProgressCallback* progress;
    const Cancellation* cancel;
};

bool cancelRequested(void* context, int)
{
    return static_cast<MonitorContext*>(context)->cancel->requested();
}

bool reportProgress(tesseract::ETEXT_DESC* monitor, int, int, int, int)
{
    const auto* context = static_cast<MonitorContext*>(monitor->cancel_this);
    if (*context->progress)
        (*context->progress)(monitor->progress / 100.0);
    return true;
}

QString takeText(char* text)
{
    const std::unique_ptr<char[]> owned(text);
    return owned ? QString::fromUtf8(owned.get()).trimmed() : QString();
}

std::unique_ptr<tesseract::TessBaseAPI> loadApi(const QString& languages, tesseract::OcrEngineMode mode)
{
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    if (api->Init(QFile::encodeName(TessData::path()).constData(), languages.toUtf8().constData(), mode)
        != 0) {
        throw Error(tr("Tesseract could not load its models for %1 from %2. Reinstall the tesseract-ocr "
                       "language packages.")
                        .arg(languages, TessData::path()));
    }
    // Tesseract prints notes such as "Estimating resolution" to stderr; the
    // command line's output must stay clean.
    api->SetVariable("debug_file", "/dev/null");
    return api;
}

void setImage(tesseract::TessBaseAPI& api, const QImage& gray)
{
    api.SetImage(gray.constBits(), gray.width(), gray.height(), 1, static_cast<int>(gray.bytesPerLine()));
    const int dpi = qRound(gray.dotsPerMeterX() * 0.0254);
    if (dpi >= kMinCredibleDpi && dpi <= kMaxCredibleDpi)
        api.SetSourceResolution(dpi);
}

/// Reads the words, their boxes and the layout out of a finished recognition.
/// The text is taken line by line from tesseract, which knows where a line
/// has spaces: a Korean word is several recognised syllables without any.
void collectWords(tesseract::TessBaseAPI& api, OcrPage& page)
{
    const std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it)
        return;
    int block = -1;
    int paragraph = -1;
    int line = -1;
    QString text;
    do {
        const bool newBlock = it->IsAtBeginningOf(tesseract::RIL_BLOCK);
        const bool newParagraph = newBlock || it->IsAtBeginningOf(tesseract::RIL_PARA);
        const bool newLine = newParagraph || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE);
        block += newBlock ? 1 : 0;
        paragraph += newParagraph ? 1 : 0;
        line += newLine ? 1 : 0;
        if (newLine) {
            const QString lineText = takeText(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
            if (!lineText.isEmpty() && !text.isEmpty())
                text += newParagraph ? QStringLiteral("\n\n") : QStringLiteral("\n");
            text += lineText;
        }
        const QString word = takeText(it->GetUTF8Text(tesseract::RIL_WORD));
        if (word.isEmpty())
            continue;
        int left = 0, top = 0, right = 0, bottom = 0;
        it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom);
        page.words.append({word, QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)),
            it->Confidence(tesseract::RIL_WORD), std::max(block, 0), std::max(paragraph, 0),
            std::max(line, 0)});
    } while (it->Next(tesseract::RIL_WORD));
    page.text = text;
}

} // namespace

TesseractEngine::TesseractEngine(const QString& languages, bool detectOrientation, unsigned steps)
    : m_languages(languages)
    , m_steps(steps)
    , m_installed(TessData::installedLanguages())
{
    const bool haveOsd
        = QFileInfo::exists(QDir(TessData::path()).filePath(QStringLiteral("osd.traineddata")));
    if (!languages.isEmpty()) {
        TessData::checkLanguages(languages);
        m_api = &api(languages);
    } else if (m_installed.isEmpty()) {
        throw Error(tr("No OCR language is installed. Install the package tesseract-ocr-eng (English) or "
                       "tesseract-ocr-kor (Korean)."));
    }
    if ((detectOrientation || languages.isEmpty()) && haveOsd)
        m_osd = loadApi(QStringLiteral("osd"), tesseract::OEM_TESSERACT_ONLY);
    else if (detectOrientation)
        qCWarning(lcOcr) << "osd.traineddata is not installed; pages are recognised as they are";
    m_detectOrientation = detectOrientation;
}

TesseractEngine::~TesseractEngine()
{
    for (auto& [languages, api] : m_apis)
        api->End();
    if (m_osd)
        m_osd->End();
}

tesseract::TessBaseAPI& TesseractEngine::api(const QString& languages)
{
    std::unique_ptr<tesseract::TessBaseAPI>& api = m_apis[languages];
    if (!api)
        api = loadApi(languages, tesseract::OEM_LSTM_ONLY);
    return *api;
}

QString TesseractEngine::name() const
{
    return u"tesseract " + QString::fromLatin1(tesseract::TessBaseAPI::Version());
}

namespace {

/// Whether `text`, read with the Korean model alone, looks like it holds
/// Latin words that model could not read: it writes them as runs of digits,
/// Latin letters and odd symbols ("04&와", "0『0161에"), which Korean prose
/// has few of.
bool latinLooksMisread(const QString& text)
{
    qsizetype letters = 0;
    qsizetype foreign = 0;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        ++letters;
        if (c.script() == QChar::Script_Hangul || QStringView(u".,?!'\"()-~:;").contains(c))
            continue;
        ++foreign;
    }
    return letters > 0 && double(foreign) / double(letters) >= kMisreadLatinShare;
}

/// Read confidently, in lines that run across the page: tesseract also reads
/// a page lying on its side, one vertical line at a time, and such a page is
/// still turned, so that its lines and boxes run the way people read them.
bool looksUpright(const OcrPage& page)
{
    if (page.meanConfidence < kConfidentUpright)
        return false;
    qsizetype across = 0;
    qsizetype longWords = 0;
    for (const OcrWord& word : page.words) {
        if (word.text.size() < 3)
            continue;
        ++longWords;
        if (word.box.width() > word.box.height())
            ++across;
    }
    return across * 2 > longWords;
}

} // namespace

const TesseractEngine::Detection& TesseractEngine::detect(const QImage& gray)
{
    if (m_detection)
        return *m_detection;
    m_detection = Detection {}; // not emplace(): clang 14 (the fuzz build) rejects it for a nested struct
    if (!m_osd)
        return *m_detection;
    setImage(*m_osd, gray);
    int orientation = 0;
    float orientationConfidence = 0;
    const char* script = nullptr;
    float scriptConfidence = 0;
    // Fails on pages with too little text to judge: those stay as they are.
    const bool detected
        = m_osd->DetectOrientationScript(&orientation, &orientationConfidence, &script, &scriptConfidence);
    m_osd->Clear();
    if (!detected)
        return *m_detection;
    qCDebug(lcOcr) << "orientation" << orientation << "confidence" << orientationConfidence << "script"
                   << script << "confidence" << scriptConfidence;
    m_detection->script = QString::fromLatin1(script);
    m_detection->scriptConfidence = scriptConfidence;
    // OSD gives the page's counter-clockwise turn; undo it.
    if (orientationConfidence >= kMinOrientationConfidence)
        m_detection->rotation = (360 - orientation) % 360;
    return *m_detection;
}

OcrPage TesseractEngine::readWith(
    int mode, const QImage& gray, const ProgressCallback& progress, const Cancellation& cancel)
{
    m_api->SetPageSegMode(static_cast<tesseract::PageSegMode>(mode));
    setImage(*m_api, gray);
    MonitorContext context {&progress, &cancel};
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &cancelRequested;
    monitor.cancel_this = &context;
    monitor.progress_callback2 = &reportProgress;
    const int status = m_api->Recognize(&monitor);
    cancel.check();
    if (status != 0)
        throw Error(tr("Tesseract could not recognise the page."));
    OcrPage page;
    page.size = gray.size();
    page.languages = m_pageLanguages;
    page.engine = name();
    collectWords(*m_api, page);
    page.meanConfidence = page.words.isEmpty() ? 0 : m_api->MeanTextConf();
    m_api->Clear();
    return page;
}

OcrPage TesseractEngine::readColumns(const QImage& gray, const QList<QRect>& columns,
    const ProgressCallback& progress, const Cancellation& cancel)
{
    OcrPage page;
    page.size = gray.size();
    page.languages = m_pageLanguages;
    page.engine = name();
    QStringList texts;
    double confidence = 0;
    int block = 0, paragraph = 0, line = 0;
    for (const QRect& column : columns) {
        OcrPage part = readWith(tesseract::PSM_SINGLE_BLOCK, gray.copy(column), progress, cancel);
        int lastParagraph = paragraph, lastLine = line;
        for (OcrWord& word : part.words) {
            word.box.translate(column.topLeft());
            word.block = block;
            lastParagraph = paragraph + word.paragraph;
            lastLine = line + word.line;
            word.paragraph = lastParagraph;
            word.line = lastLine;
            confidence += part.meanConfidence;
            page.words.append(word);
        }
        if (part.words.isEmpty())
            continue;
        ++block;
        paragraph = lastParagraph + 1;
        line = lastLine + 1;
        texts.append(part.text);
    }
    page.text = texts.join(QStringLiteral("\n\n"));
    page.meanConfidence = page.words.isEmpty() ? 0 : confidence / static_cast<double>(page.words.size());
    return page;
}

OcrPage TesseractEngine::recognizeUpright(
    const QImage& gray, int rotation, const ProgressCallback& progress, const Cancellation& cancel)
{
    OcrPage page = readWith(tesseract::PSM_AUTO, gray, progress, cancel);
    if ((m_steps & kStepLayoutFallback) && !page.words.isEmpty()) {
        const QList<QRect> textColumns = TextColumns::find(gray);
        const LayoutJudgement automatic = LayoutJudgement::of(page, gray, textColumns);
        if (automatic.fragmented()) {
            OcrPage columns = readColumns(gray, textColumns, progress, cancel);
            const LayoutJudgement blocks = LayoutJudgement::of(columns, gray, textColumns);
            qCDebug(lcOcr) << "fragmented layout:" << automatic.summary()
                           << "| columns as blocks:" << blocks.summary();
            if (blocks.score() > automatic.score())
                page = std::move(columns);
        }
    }
    // The automatic layout analysis takes a few lines of large text (a
    // photographed note or sign) for a picture and finds no text at all;
    // reading the page as one block of text then finds it.
    if (page.words.isEmpty())
        page = readWith(tesseract::PSM_SINGLE_BLOCK, gray, progress, cancel);
    page.rotation = rotation;
    return page;
}

OcrPage TesseractEngine::recognize(
    const QImage& image, const ProgressCallback& progress, const Cancellation& cancel)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    m_detection.reset();
    m_pageLanguages = m_languages.isEmpty()
        ? TessData::languagesForScript(detect(gray).script, detect(gray).scriptConfidence, m_installed)
        : m_languages;
    m_api = &api(m_pageLanguages);
    // Most pages are upright, and orientation detection costs twice what
    // reading the page does: read it as it is first, and ask which way is
    // up only when what was read looks like noise.
    OcrPage page = recognizeUpright(gray, 0, progress, cancel);
    if (m_detectOrientation && m_osd && !looksUpright(page)) {
        const int rotation = detect(gray).rotation;
        cancel.check();
        if (rotation != 0) {
            OcrPage turned = recognizeUpright(
                gray.transformed(QTransform().rotate(rotation)), rotation, progress, cancel);
            // Turned as the detector says, unless that reads clearly worse.
            if (turned.meanConfidence + 10 >= page.meanConfidence)
                page = std::move(turned);
        }
    }
    // Korean handouts leave names and terms in Latin letters, which the
    // Korean model alone turns into digits and symbols: such a page is read
    // again with English added, and the surer reading kept.
    if ((m_steps & kStepMixedScript) && m_languages.isEmpty() && m_pageLanguages == u"kor"
        && m_installed.contains(QStringLiteral("eng")) && latinLooksMisread(page.text)) {
        m_pageLanguages = QStringLiteral("kor+eng");
        m_api = &api(m_pageLanguages);
        const QImage upright
            = page.rotation == 0 ? gray : gray.transformed(QTransform().rotate(page.rotation));
        OcrPage mixed = recognizeUpright(upright, page.rotation, progress, cancel);
        qCDebug(lcOcr) << "Latin in a Korean page? kor" << page.meanConfidence << "kor+eng"
                       << mixed.meanConfidence;
        if (mixed.meanConfidence > page.meanConfidence)
            page = std::move(mixed);
    }
    if (progress)
        progress(1.0);
    return page;
}

} // namespace voxnote::ocr
