#pragma once

#include <QString>
#include <QStringList>

namespace voxnote::ocr {

/// The files tesseract's recognition reads: the language models in the
/// tessdata folder and the glyphless font its PDF renderer uses. Knows where
/// they live and which are installed without loading the engine, so the
/// window, the CLI and the exporters can ask. Call from any thread.
class TessData
{
public:
    /// The folder holding the *.traineddata files: `$TESSDATA_PREFIX` (or
    /// its tessdata/ folder) if set, else Debian's folder.
    static QString path();
    /// The installed recognition languages, without "osd", sorted.
    static QStringList installedLanguages();
    /// Throws `Error` if `languages` is malformed or names a language that is
    /// not installed; the sentence names the package that provides it.
    static void checkLanguages(const QString& languages);
    /// The languages among `installed` that read the script OSD named
    /// `script` ("Latin", "Korean", …) with `confidence`: confident Latin →
    /// "eng", anything else → "kor"; when that is not installed, "eng" or
    /// the first installed language.
    static QString languagesForScript(const QString& script, double confidence, const QStringList& installed);
    /// The bytes of tesseract's glyphless TrueType font (pdf.ttf), which
    /// carries the invisible text of a searchable PDF. Throws `Error` naming
    /// the package when it is missing.
    static QByteArray glyphlessFont();
};

} // namespace voxnote::ocr
