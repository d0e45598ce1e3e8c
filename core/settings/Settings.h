#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace voxnote::pipelines {
struct MediaDefaults;
}

namespace voxnote::speech {
class Vocabulary;
}

namespace voxnote::settings {

/// The person's choices that are not part of the synced data, kept in the
/// application settings (QSettings) of this computer: how media is
/// processed and the interface language. The window, the command line and
/// the jobs they start read the same values. Each setter emits `changed`
/// when the value is new. Use from the thread that made it (the GUI or the
/// CLI's main thread); several instances read and write the same settings.
class Settings : public QObject
{
    Q_OBJECT

public:
    explicit Settings(QObject* parent = nullptr);

    /// Tesseract languages for new OCR jobs, e.g. {"eng", "kor"}; {"eng"} until chosen.
    QStringList ocrLanguages() const;
    /// True once the person chose OCR languages (the CLI otherwise picks them per page).
    bool hasOcrLanguages() const;
    void setOcrLanguages(const QStringList& languages);
    /// The read-aloud voice identifier; empty for "by the text's language".
    QString voice() const;
    void setVoice(const QString& voice);
    /// Read-aloud speed in words per minute; 0 for the engine's default.
    int rateWpm() const;
    void setRateWpm(int rateWpm);
    /// Speakers to find in a recording; 0 to estimate.
    int speakers() const;
    void setSpeakers(int speakers);
    /// The language recordings are transcribed in (BCP 47, e.g. "en-US");
    /// empty for the speech model's own.
    QString speechLanguage() const;
    void setSpeechLanguage(const QString& language);
    /// "en", "ko", or empty to follow the system. Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString& language);

    /// The user's own words for the recogniser (names, places, jargon).
    speech::Vocabulary vocabulary() const;
    void setVocabulary(const speech::Vocabulary& vocabulary);

    /// The choices above as the defaults of media imports and the jobs they start.
    pipelines::MediaDefaults mediaDefaults() const;

signals:
    /// `key` (e.g. "processing/speakers") has a new value.
    void changed(const QString& key);

private:
    void store(const QString& key, const QVariant& value);
};

} // namespace voxnote::settings
