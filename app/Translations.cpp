#include "Translations.h"

#include "SourceTextTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace voxnote {

void installTranslations(QCoreApplication& application)
{
    const QLocale locale;
    auto* qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    for (const QString& language : locale.uiLanguages()) {
        const QString code = language.section(u'-', 0, 0).section(u'_', 0, 0);
        auto* own = new SourceTextTranslator(&application);
        if (own->loadTs(QStringLiteral(":/i18n/voxnote_%1.ts").arg(code)) && !own->isEmpty()) {
            QCoreApplication::installTranslator(own);
            return;
        }
        delete own;
    }
}

} // namespace voxnote
