#include "images/OcrView.h"

#include "ActionBar.h"
#include "Error.h"
#include "images/OcrImageView.h"
#include "notes/NoteRepository.h"
#include "ocr/ImageDocument.h"
#include "ocr/OcrRepository.h"
#include "ocr/TessData.h"
#include "storage/Profile.h"
#include "util/BackgroundTask.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {

QString languageName(const QString& code)
{
    static const QHash<QString, QString> names {{QStringLiteral("eng"), OcrView::tr("English")},
        {QStringLiteral("kor"), OcrView::tr("Korean")}, {QStringLiteral("deu"), OcrView::tr("German")},
        {QStringLiteral("fra"), OcrView::tr("French")}, {QStringLiteral("spa"), OcrView::tr("Spanish")},
        {QStringLiteral("jpn"), OcrView::tr("Japanese")},
        {QStringLiteral("chi_sim"), OcrView::tr("Chinese")}};
    QStringList parts;
    for (const QString& part : code.split(u'+'))
        parts << names.value(part, part);
    return parts.join(QStringLiteral(" + "));
}

struct ExportFormat
{
    ocr::OcrExporter::Format format;
    const char* extension;
    const char* menuText;
    const char* filter;
};

const ExportFormat kExportFormats[] = {
    {ocr::OcrExporter::Format::Pdf, "pdf", QT_TRANSLATE_NOOP("OcrView", "Searchable PDF…"),
        QT_TRANSLATE_NOOP("OcrView", "Searchable PDF (*.pdf)")},
    {ocr::OcrExporter::Format::Text, "txt", QT_TRANSLATE_NOOP("OcrView", "Plain Text…"),
        QT_TRANSLATE_NOOP("OcrView", "Plain text (*.txt)")},
    {ocr::OcrExporter::Format::Json, "json", QT_TRANSLATE_NOOP("OcrView", "JSON with Word Boxes…"),
        QT_TRANSLATE_NOOP("OcrView", "JSON (*.json)")},
    {ocr::OcrExporter::Format::Hocr, "hocr", QT_TRANSLATE_NOOP("OcrView", "hOCR…"),
        QT_TRANSLATE_NOOP("OcrView", "hOCR (*.hocr)")},
};

const ExportFormat& exportFormat(ocr::OcrExporter::Format format)
{
    for (const ExportFormat& candidate : kExportFormats) {
        if (candidate.format == format)
            return candidate;
    }
    return kExportFormats[0];
}

} // namespace

OcrView::OcrView(storage::Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_image(new OcrImageView(this))
    , m_text(new QPlainTextEdit(this))
    , m_waiting(new QLabel(this))
    , m_textStack(new QStackedWidget(this))
    , m_pageChoice(new QComboBox(this))
    , m_languages(new QComboBox(this))
    , m_actions(new ActionBar(tr("Text actions"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("ocrView"));
    m_pageChoice->setObjectName(QStringLiteral("ocrPage"));
    m_languages->setObjectName(QStringLiteral("ocrLanguages"));
    m_languages->setToolTip(tr("Languages to recognise the image in"));
    m_languages->setAccessibleName(tr("Recognition languages"));
    m_languages->setAccessibleDescription(m_languages->toolTip());
    m_pageChoice->setAccessibleName(tr("Page"));
    m_actions->setObjectName(QStringLiteral("ocrActions"));
    m_again = m_actions->addButton(tr("Recognize Again"), QStringLiteral("recognizeAgain"),
        tr("Recognize the text again with the chosen languages"));
    m_actions->addSeparator();
    m_copy = m_actions->addButton(
        tr("Copy Text"), QStringLiteral("copyText"), tr("Copy the selected text, or all of it"));
    m_read = m_actions->addButton(
        tr("Read Aloud"), QStringLiteral("readText"), tr("Read the recognised text aloud here"));
    m_readPage = m_actions->addButton(tr("Read This Page Aloud"), QStringLiteral("readPageAloud"),
        tr("Make a spoken recording of the page, saved with the note"));
    m_export = m_actions->addButton(tr("Export"), QStringLiteral("exportText"),
        tr("Save the recognised text as a searchable PDF, plain text, JSON or hOCR"));
    auto* exportMenu = new QMenu(this);
    for (const ExportFormat& format : kExportFormats)
        exportMenu->addAction(tr(format.menuText), this, [this, kind = format.format] { askExport(kind); });
    m_export->setMenu(exportMenu);
    m_actions->buttonOf(m_export)->setPopupMode(QToolButton::InstantPopup);
    m_summary->setObjectName(QStringLiteral("ocrSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    // A warning of an unread part is a sentence: it wraps rather than widening the view.
    m_summary->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(m_pageChoice);
    controls->addWidget(m_languages);
    controls->addWidget(m_actions, 1);
    auto* top = new QVBoxLayout;
    top->setContentsMargins(12, 6, 12, 4);
    top->setSpacing(2);
    top->addLayout(controls);
    top->addWidget(m_summary);

    m_text->setObjectName(QStringLiteral("ocrText"));
    m_text->setAccessibleName(tr("Recognised text"));
    m_text->setReadOnly(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->document()->setDocumentMargin(12);
    m_waiting->setObjectName(QStringLiteral("ocrWaiting"));
    m_waiting->setAlignment(Qt::AlignCenter);
    m_waiting->setWordWrap(true);
    m_waiting->setMargin(24);
    m_waiting->setForegroundRole(QPalette::PlaceholderText);
    m_textStack->addWidget(m_waiting);
    m_textStack->addWidget(m_text);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("ocrSplitter"));
    splitter->addWidget(m_image);
    splitter->addWidget(m_textStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 440});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_pageChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index != m_page)
            showPage(index);
    });
    connect(m_again, &QAction::triggered, this,
        [this] { emit recognizeAgainRequested(m_noteId, m_attachmentId, chosenLanguages()); });
    connect(m_copy, &QAction::triggered, this, &OcrView::copyText);
    connect(m_read, &QAction::triggered, this, [this] { emit readAloudRequested(text()); });
    connect(m_readPage, &QAction::triggered, this, [this] { emit readPageAloudRequested(m_noteId); });
    connect(m_image, &OcrImageView::wordClicked, this, [this](int index) {
        // Select the clicked word in the text beside the image.
        const QString word = m_image->words().at(index).text;
        QTextCursor cursor(m_text->document());
        int skip = 0;
        for (int i = 0; i < index; ++i)
            skip += m_image->words().at(i).text == word ? 1 : 0;
        for (int i = 0; i <= skip; ++i)
            cursor = m_text->document()->find(word, cursor);
        if (!cursor.isNull())
            m_text->setTextCursor(cursor);
    });
    fillLanguages(QStringLiteral("eng"));
    updateState();
}

void OcrView::fillLanguages(const QString& current)
{
    QStringList installed;
    try {
        installed = ocr::TessData::installedLanguages();
    } catch (const Error&) {
        // No models: recognising again will say so when it runs.
    }
    QStringList choices {QStringLiteral("eng")};
    if (installed.contains(QStringLiteral("kor")))
        choices << QStringLiteral("kor") << QStringLiteral("eng+kor");
    for (const QString& language : installed) {
        if (!choices.contains(language))
            choices << language;
    }
    if (!current.isEmpty() && !choices.contains(current))
        choices.prepend(current);
    const QSignalBlocker blocker(m_languages);
    m_languages->clear();
    for (const QString& choice : choices)
        m_languages->addItem(languageName(choice), choice);
    m_languages->setCurrentIndex(std::max(0, m_languages->findData(current)));
}

void OcrView::open(const QString& noteId, const QString& attachmentId, const QString& waitingText)
{
    m_noteId = noteId;
    m_attachmentId = attachmentId;
    m_blobPath.clear();
    m_fileName.clear();
    m_waiting->setText(waitingText.isEmpty()
            ? tr("The recognised text appears here once the image has been read.")
            : waitingText);
    try {
        for (const notes::Attachment& attachment :
            notes::NoteRepository(m_profile.database()).attachments(noteId)) {
            if (attachment.id == attachmentId) {
                m_blobPath = m_profile.blobs().pathOf(attachment.blobHash);
                m_fileName = attachment.fileName;
            }
        }
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
    reload();
}

void OcrView::reload()
{
    m_pages.clear();
    try {
        m_pages = ocr::OcrRepository(m_profile.database()).pages(m_attachmentId);
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
    {
        const QSignalBlocker blocker(m_pageChoice);
        m_pageChoice->clear();
        for (int i = 0; i < m_pages.size(); ++i)
            m_pageChoice->addItem(tr("Page %1 of %2").arg(i + 1).arg(m_pages.size()));
    }
    if (!m_pages.isEmpty())
        fillLanguages(m_pages.first().languages);
    m_page = -1;
    showPage(0);
}

void OcrView::showPage(int page)
{
    m_page = page;
    QImage image;
    ocr::OcrPage recognised;
    if (page >= 0 && page < m_pages.size())
        recognised = m_pages[page];
    if (!m_blobPath.isEmpty()) {
        try {
            const ocr::ImageDocument document = ocr::ImageDocument::open(m_blobPath, {}, m_fileName);
            if (page < document.pageCount())
                image = document.page(std::max(0, page));
            if (recognised.rotation != 0)
                image = image.transformed(QTransform().rotate(recognised.rotation));
        } catch (const Error& error) {
            m_waiting->setText(error.message());
        }
    }
    m_image->setPage(image, recognised);
    m_text->setPlainText(recognised.text);
    {
        const QSignalBlocker blocker(m_pageChoice);
        m_pageChoice->setCurrentIndex(page);
    }
    updateState();
}

void OcrView::setWaitingText(const QString& text)
{
    m_waiting->setText(text);
}

QString OcrView::text() const
{
    QStringList texts;
    for (const ocr::OcrPage& page : m_pages)
        texts << page.text;
    return texts.join(QStringLiteral("\n\n"));
}

QString OcrView::chosenLanguages() const
{
    return m_languages->currentData().toString();
}

void OcrView::copyText()
{
    const QString selected = m_text->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
    QApplication::clipboard()->setText(selected.isEmpty() ? text() : selected);
}

void OcrView::askExport(ocr::OcrExporter::Format format)
{
    const ExportFormat& chosen = exportFormat(format);
    QString base = QFileInfo(m_fileName).completeBaseName();
    if (base.isEmpty())
        base = tr("Recognised text");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Recognised Text"),
        folder + u'/' + base + u'.' + QString::fromLatin1(chosen.extension), tr(chosen.filter));
    if (!path.isEmpty())
        exportTo(format, path);
}

void OcrView::exportTo(ocr::OcrExporter::Format format, const QString& path)
{
    const QList<ocr::RecognizedDocument> documents {{m_fileName, m_noteId, m_pages, m_blobPath}};
    m_export->setEnabled(false);
    m_summary->setText(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    runInBackground<QString>(
        this,
        [documents, format, path]() -> QString {
            try {
                ocr::OcrExporter::save(path, ocr::OcrExporter::render(documents, format));
                return {};
            } catch (const Error& error) {
                return error.message();
            }
        },
        [this, path](const QString& failure) {
            updateState();
            if (!failure.isEmpty()) {
                m_summary->setText(failure);
                emit errorOccurred(failure);
                return;
            }
            m_summary->setText(tr("Saved %1.").arg(QFileInfo(path).fileName()));
            emit exported(path);
        });
}

void OcrView::updateState()
{
    const bool recognised = !m_pages.isEmpty();
    const bool hasText = recognised && !text().trimmed().isEmpty();
    m_textStack->setCurrentWidget(hasText ? static_cast<QWidget*>(m_text) : m_waiting);
    if (recognised && !hasText)
        m_waiting->setText(
            tr("No text was found in this image. If it is in another language, choose it above "
               "and recognize again."));
    m_pageChoice->setVisible(m_pages.size() > 1);
    m_copy->setEnabled(hasText);
    m_export->setEnabled(hasText);
    m_read->setEnabled(hasText);
    m_readPage->setEnabled(!m_noteId.isEmpty());
    m_again->setEnabled(!m_attachmentId.isEmpty());
    if (recognised && m_page >= 0 && m_page < m_pages.size()) {
        const ocr::OcrPage& page = m_pages[m_page];
        int unsure = 0;
        for (const ocr::OcrWord& word : page.words)
            unsure += word.confidence < OcrImageView::kLowConfidence ? 1 : 0;
        const QString found = page.fromTextLayer()
            ? tr("Text taken from the PDF: %1 words").arg(page.words.size())
            : unsure > 0 ? tr("Words found: %1 (%2 to check, tinted)").arg(page.words.size()).arg(unsure)
                         : tr("Words found: %1").arg(page.words.size());
        // The part that could not be read is outlined in red on the image.
        m_summary->setText(
            page.warning.isEmpty() ? found : found + QStringLiteral(" \u2014 ") + page.warning);
    } else {
        m_summary->clear();
    }
}

} // namespace voxnote::ui
