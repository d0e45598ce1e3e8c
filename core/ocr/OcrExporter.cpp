#include "ocr/OcrExporter.h"

#include "Error.h"
#include "ocr/SearchablePdf.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace voxnote::ocr {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OcrExporter", text);
}

QString bbox(const QRect& box)
{
    return QStringLiteral("bbox %1 %2 %3 %4")
        .arg(box.left())
        .arg(box.top())
        .arg(box.right() + 1)
        .arg(box.bottom() + 1);
}

/// Appends one hOCR element per run of words that share `level` (block,
/// paragraph or line), each with the box around its words.
class HocrWriter
{
public:
    explicit HocrWriter(QString& out)
        : m_out(out)
    {
    }

    void page(const RecognizedDocument& document, const OcrPage& page, int number)
    {
        m_out
            += QStringLiteral("  <div class='ocr_page' id='page_%1' title='image \"%2\"; %3; ppageno %4'>\n")
                   .arg(number)
                   .arg(document.fileName.toHtmlEscaped(), bbox(QRect(QPoint(0, 0), page.size)))
                   .arg(page.page);
        const QList<OcrWord>& words = page.words;
        for (qsizetype blockStart = 0; blockStart < words.size();) {
            const qsizetype blockEnd = runEnd(words, blockStart, &OcrWord::block);
            open(QStringLiteral("div"), QStringLiteral("ocr_carea"), words, blockStart, blockEnd, 4);
            for (qsizetype parStart = blockStart; parStart < blockEnd;) {
                const qsizetype parEnd = runEnd(words, parStart, &OcrWord::paragraph);
                open(QStringLiteral("p"), QStringLiteral("ocr_par"), words, parStart, parEnd, 6);
                for (qsizetype lineStart = parStart; lineStart < parEnd;) {
                    const qsizetype lineEnd = runEnd(words, lineStart, &OcrWord::line);
                    open(QStringLiteral("span"), QStringLiteral("ocr_line"), words, lineStart, lineEnd, 8);
                    for (qsizetype i = lineStart; i < lineEnd; ++i)
                        word(words[i], number, i);
                    m_out += QStringLiteral("        </span>\n");
                    lineStart = lineEnd;
                }
                m_out += QStringLiteral("      </p>\n");
                parStart = parEnd;
            }
            m_out += QStringLiteral("    </div>\n");
            blockStart = blockEnd;
        }
        m_out += QStringLiteral("  </div>\n");
    }

private:
    static qsizetype runEnd(const QList<OcrWord>& words, qsizetype start, int OcrWord::*level)
    {
        qsizetype end = start + 1;
        while (end < words.size() && words[end].*level == words[start].*level)
            ++end;
        return end;
    }

    void open(const QString& tag, const QString& cls, const QList<OcrWord>& words, qsizetype from,
        qsizetype to, int indent)
    {
        QRect box;
        for (qsizetype i = from; i < to; ++i)
            box = box.united(words[i].box);
        m_out += QString(indent, u' ')
            + QStringLiteral("<%1 class='%2' title='%3'>\n").arg(tag, cls, bbox(box));
    }

    void word(const OcrWord& word, int page, qsizetype index)
    {
        m_out += QStringLiteral(
            "          <span class='ocrx_word' id='word_%1_%2' title='%3; x_wconf %4'>%5</span>\n")
                     .arg(page)
                     .arg(index + 1)
                     .arg(bbox(word.box))
                     .arg(qRound(word.confidence))
                     .arg(word.text.toHtmlEscaped());
    }

    QString& m_out;
};

} // namespace

OcrExporter::Format OcrExporter::formatFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == u"txt" || lower == u"text")
        return Format::Text;
    if (lower == u"json")
        return Format::Json;
    if (lower == u"hocr" || lower == u"html")
        return Format::Hocr;
    if (lower == u"pdf")
        return Format::Pdf;
    throw Error(tr("\"%1\" is not an OCR export format; choose txt, json, hocr or pdf.").arg(name));
}

QByteArray OcrExporter::render(const QList<RecognizedDocument>& documents, Format format)
{
    switch (format) {
    case Format::Text:
        return renderText(documents);
    case Format::Json:
        return renderJson(documents);
    case Format::Hocr:
        return renderHocr(documents);
    case Format::Pdf:
        return renderSearchablePdf(documents);
    }
    return {};
}

QByteArray OcrExporter::renderText(const QList<RecognizedDocument>& documents)
{
    QStringList pages;
    for (const RecognizedDocument& document : documents) {
        for (const OcrPage& page : document.pages)
            pages.append(page.text);
    }
    return (pages.join(QStringLiteral("\n\f\n")) + u'\n').toUtf8();
}

QByteArray OcrExporter::renderJson(const QList<RecognizedDocument>& documents)
{
    QJsonArray documentArray;
    for (const RecognizedDocument& document : documents) {
        QJsonArray pageArray;
        for (const OcrPage& page : document.pages) {
            QJsonArray words;
            for (const OcrWord& word : page.words) {
                words.append(
                    QJsonObject {{QStringLiteral("text"), word.text}, {QStringLiteral("x"), word.box.x()},
                        {QStringLiteral("y"), word.box.y()}, {QStringLiteral("width"), word.box.width()},
                        {QStringLiteral("height"), word.box.height()},
                        {QStringLiteral("confidence"), qRound(word.confidence * 10) / 10.0},
                        {QStringLiteral("block"), word.block}, {QStringLiteral("paragraph"), word.paragraph},
                        {QStringLiteral("line"), word.line}});
            }
            QJsonObject pageObject {{QStringLiteral("page"), page.page},
                {QStringLiteral("rotation"), page.rotation}, {QStringLiteral("width"), page.size.width()},
                {QStringLiteral("height"), page.size.height()}, {QStringLiteral("languages"), page.languages},
                {QStringLiteral("engine"), page.engine},
                {QStringLiteral("meanConfidence"), qRound(page.meanConfidence * 10) / 10.0},
                {QStringLiteral("unreadShare"), qRound(page.unreadShare * 1000) / 1000.0},
                {QStringLiteral("text"), page.text}, {QStringLiteral("words"), words}};
            if (!page.warning.isEmpty()) {
                pageObject.insert(QStringLiteral("warning"), page.warning);
                pageObject.insert(QStringLiteral("unreadRegions"), page.unreadRegionsToJson());
            }
            pageArray.append(pageObject);
        }
        QJsonObject object {
            {QStringLiteral("file"), document.fileName}, {QStringLiteral("pages"), pageArray}};
        if (!document.noteId.isEmpty())
            object.insert(QStringLiteral("noteId"), document.noteId);
        documentArray.append(object);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("documents"), documentArray}})
        .toJson(QJsonDocument::Indented);
}

QByteArray OcrExporter::renderHocr(const QList<RecognizedDocument>& documents)
{
    QString out = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n<head>\n"
        "  <title>Voxnote OCR</title>\n"
        "  <meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
        "  <meta name='ocr-system' content='Voxnote " VOXNOTE_VERSION "'/>\n"
        "  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word'/>\n"
        "</head>\n<body>\n");
    HocrWriter writer(out);
    int number = 0;
    for (const RecognizedDocument& document : documents) {
        for (const OcrPage& page : document.pages)
            writer.page(document, page, ++number);
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

void OcrExporter::save(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        throw Error(
            tr("Voxnote could not write %1 (%2). Check the folder and the free disk space; the file was "
               "left as it was.")
                .arg(path, file.errorString()));
    }
}

} // namespace voxnote::ocr
