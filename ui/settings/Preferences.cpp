#include "settings/Preferences.h"

#include <QSettings>

namespace voxnote::ui {

namespace {
const QString kOcrLanguages = QStringLiteral("processing/ocrLanguages");
const QString kVoice = QStringLiteral("processing/voice");
const QString kRate = QStringLiteral("processing/rateWpm");
const QString kSpeakers = QStringLiteral("processing/speakers");
const QString kLanguage = QStringLiteral("appearance/language");
} // namespace

QStringList Preferences::ocrLanguages()
{
    const QStringList languages = QSettings().value(kOcrLanguages).toStringList();
    return languages.isEmpty() ? QStringList {QStringLiteral("eng")} : languages;
}

void Preferences::setOcrLanguages(const QStringList& languages)
{
    QSettings().setValue(kOcrLanguages, languages);
}

QString Preferences::voice()
{
    return QSettings().value(kVoice).toString();
}

void Preferences::setVoice(const QString& voice)
{
    QSettings().setValue(kVoice, voice);
}

int Preferences::rateWpm()
{
    return QSettings().value(kRate, 0).toInt();
}

void Preferences::setRateWpm(int rateWpm)
{
    QSettings().setValue(kRate, rateWpm);
}

int Preferences::speakers()
{
    return QSettings().value(kSpeakers, 0).toInt();
}

void Preferences::setSpeakers(int speakers)
{
    QSettings().setValue(kSpeakers, speakers);
}

QString Preferences::language()
{
    return QSettings().value(kLanguage).toString();
}

void Preferences::setLanguage(const QString& language)
{
    QSettings().setValue(kLanguage, language);
}

} // namespace voxnote::ui
