#include "settings/Settings.h"

#include "pipelines/MediaImport.h"
#include "speech/Vocabulary.h"

#include <QSettings>

namespace voxnote::settings {

namespace {
const QString kOcrLanguages = QStringLiteral("processing/ocrLanguages");
const QString kVoice = QStringLiteral("processing/voice");
const QString kRate = QStringLiteral("processing/rateWpm");
const QString kSpeakers = QStringLiteral("processing/speakers");
const QString kSpeechLanguage = QStringLiteral("processing/speechLanguage");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kVocabulary = QStringLiteral("speech/vocabulary");
} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
{
}

QStringList Settings::ocrLanguages() const
{
    const QStringList languages = QSettings().value(kOcrLanguages).toStringList();
    return languages.isEmpty() ? QStringList {QStringLiteral("eng")} : languages;
}

bool Settings::hasOcrLanguages() const
{
    return !QSettings().value(kOcrLanguages).toStringList().isEmpty();
}

void Settings::setOcrLanguages(const QStringList& languages)
{
    store(kOcrLanguages, languages);
}

QString Settings::voice() const
{
    return QSettings().value(kVoice).toString();
}

void Settings::setVoice(const QString& voice)
{
    store(kVoice, voice);
}

int Settings::rateWpm() const
{
    return QSettings().value(kRate, 0).toInt();
}

void Settings::setRateWpm(int rateWpm)
{
    store(kRate, rateWpm);
}

int Settings::speakers() const
{
    return QSettings().value(kSpeakers, 0).toInt();
}

void Settings::setSpeakers(int speakers)
{
    store(kSpeakers, speakers);
}

QString Settings::speechLanguage() const
{
    return QSettings().value(kSpeechLanguage).toString();
}

void Settings::setSpeechLanguage(const QString& language)
{
    store(kSpeechLanguage, language.trimmed());
}

QString Settings::language() const
{
    return QSettings().value(kLanguage).toString();
}

void Settings::setLanguage(const QString& language)
{
    store(kLanguage, language);
}

speech::Vocabulary Settings::vocabulary() const
{
    return speech::Vocabulary::fromJson(QSettings().value(kVocabulary).toByteArray());
}

void Settings::setVocabulary(const speech::Vocabulary& vocabulary)
{
    store(kVocabulary, vocabulary.toJson());
}

pipelines::MediaDefaults Settings::mediaDefaults() const
{
    pipelines::MediaDefaults defaults;
    defaults.ocrLanguages = ocrLanguages().join(u'+');
    defaults.speakers = speakers();
    defaults.speechLanguage = speechLanguage();
    defaults.voice = voice();
    defaults.vocabulary = vocabulary().toJsonArray();
    if (rateWpm() > 0)
        defaults.rateWpm = rateWpm();
    return defaults;
}

void Settings::store(const QString& key, const QVariant& value)
{
    QSettings settings;
    if (settings.contains(key) && settings.value(key) == value)
        return;
    settings.setValue(key, value);
    emit changed(key);
}

} // namespace voxnote::settings
