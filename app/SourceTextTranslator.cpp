#include "SourceTextTranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace voxnote {

SourceTextTranslator::SourceTextTranslator(QObject* parent)
    : QTranslator(parent)
{
}

bool SourceTextTranslator::loadTs(const QString& tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const bool unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            // Korean has one plural form, so a <numerusform> child reads as the whole text.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!unfinished && !text.isEmpty() && !source.isEmpty())
                m_texts.insert(source, text);
        }
    }
    return !xml.hasError();
}

QString SourceTextTranslator::translate(const char*, const char* sourceText, const char*, int) const
{
    return m_texts.value(QString::fromUtf8(sourceText));
}

} // namespace voxnote
