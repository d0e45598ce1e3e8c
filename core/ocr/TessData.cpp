#include "ocr/TessData.h"

#include "Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace voxnote::ocr {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TesseractEngine", text);
}

// OSD's script confidence from which a page is taken to be Latin text.
constexpr double kMinLatinConfidence = 2.0;

// pdf.ttf is a few kilobytes; anything much larger is not that font.
constexpr qint64 kMaxFontBytes = 1024 * 1024;

} // namespace

QString TessData::path()
{
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty())
        return QDir(prefix).exists(QStringLiteral("tessdata"))
            ? QDir(prefix).filePath(QStringLiteral("tessdata"))
            : prefix;
    for (const char* candidate : {"/usr/share/tesseract-ocr/5/tessdata",
             "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata"}) {
        if (QDir(QString::fromLatin1(candidate)).exists())
            return QString::fromLatin1(candidate);
    }
    return QStringLiteral("/usr/share/tesseract-ocr/5/tessdata");
}

QStringList TessData::installedLanguages()
{
    QStringList languages;
    for (const QString& file :
        QDir(path()).entryList({QStringLiteral("*.traineddata")}, QDir::Files, QDir::Name)) {
        const QString language = file.chopped(12);
        if (language != u"osd")
            languages.append(language);
    }
    return languages;
}

void TessData::checkLanguages(const QString& languages)
{
    static const QRegularExpression kLanguage(QStringLiteral("^[A-Za-z0-9_]+$"));
    const QStringList installed = installedLanguages();
    const QString available = installed.isEmpty() ? tr("none") : installed.join(QStringLiteral(", "));
    for (const QString& language : languages.split(u'+')) {
        if (!kLanguage.match(language).hasMatch()) {
            throw Error(tr("\"%1\" is not a list of OCR languages; write them like \"eng\" or \"eng+kor\" "
                           "(installed: %2).")
                            .arg(languages, available));
        }
        if (!installed.contains(language)) {
            throw Error(tr("The OCR language \"%1\" is not installed. Install the package tesseract-ocr-%2 "
                           "(installed: %3).")
                            .arg(language, language.toLower().replace(u'_', u'-'), available));
        }
    }
}

QString TessData::languagesForScript(const QString& script, double confidence, const QStringList& installed)
{
    QStringList chosen;
    // OSD is sure of Latin text (confidence 7-30 on the photo set) but not
    // of Hangul, which it scores below 1 and sometimes takes for another
    // script: anything but confident Latin is read as Korean. Korean pages
    // read with "kor" alone: "kor+eng" put Latin letters into Hangul words
    // (bench/images: 0.9 % against 2.4 % CER on the clean pages).
    if (script == u"Latin" && confidence >= kMinLatinConfidence)
        chosen << QStringLiteral("eng");
    else
        chosen << QStringLiteral("kor");
    chosen.removeIf([&](const QString& language) { return !installed.contains(language); });
    if (chosen.isEmpty() && !installed.isEmpty())
        chosen << (installed.contains(QStringLiteral("eng")) ? QStringLiteral("eng") : installed.first());
    return chosen.join(u'+');
}

QByteArray TessData::glyphlessFont()
{
    QFile file(QDir(path()).filePath(QStringLiteral("pdf.ttf")));
    if (file.size() > kMaxFontBytes || !file.open(QIODevice::ReadOnly)) {
        throw Error(tr("A searchable PDF needs tesseract's font %1, which is missing. Install the package "
                       "libtesseract5.")
                        .arg(QDir::toNativeSeparators(file.fileName())));
    }
    return file.readAll();
}

} // namespace voxnote::ocr
