#pragma once

#include <QString>
#include <QStringList>

namespace voxnote::ui {

/// The person's choices that are not part of the synced data, kept in the
/// application settings (QSettings) of this computer: how media is
/// processed and the interface language. Use from the GUI thread.
class Preferences
{
public:
    /// Tesseract languages for new OCR jobs, e.g. {"eng", "kor"}; default {"eng"}.
    static QStringList ocrLanguages();
    static void setOcrLanguages(const QStringList& languages);
    /// The read-aloud voice identifier; empty for "by the text's language".
    static QString voice();
    static void setVoice(const QString& voice);
    /// Read-aloud speed in words per minute; 0 for the engine's default.
    static int rateWpm();
    static void setRateWpm(int rateWpm);
    /// Speakers to find in a recording; 0 to estimate.
    static int speakers();
    static void setSpeakers(int speakers);
    /// "en", "ko", or empty to follow the system. Takes effect at the next start.
    static QString language();
    static void setLanguage(const QString& language);
};

} // namespace voxnote::ui
