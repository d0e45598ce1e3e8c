#include "cli/verbs/VoicesVerb.h"

#include "cli/CliContext.h"
#include "tts/EspeakSynthesizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace voxnote::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("VoicesVerb", text);
}

const QString kLang = QStringLiteral("lang");

} // namespace

QString VoicesVerb::name() const
{
    return QStringLiteral("voices");
}

QString VoicesVerb::summary() const
{
    return tr("List the voices that can read text aloud.");
}

void VoicesVerb::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({kLang, tr("Only voices for language <code>, e.g. ko or en."), tr("code")});
}

int VoicesVerb::run(CliContext& context, const QCommandLineParser& parser)
{
    const QString language = parser.value(kLang).toLower();
    QList<tts::Voice> voices;
    for (const tts::Voice& voice : tts::EspeakSynthesizer().voices()) {
        const bool matches = std::any_of(voice.languages.cbegin(), voice.languages.cend(),
            [&](const QString& code) { return code == language || code.startsWith(language + u'-'); });
        if (language.isEmpty() || matches)
            voices.append(voice);
    }
    if (context.json()) {
        QJsonArray array;
        for (const tts::Voice& voice : voices) {
            array.append(QJsonObject {{QStringLiteral("identifier"), voice.identifier},
                {QStringLiteral("name"), voice.name},
                {QStringLiteral("languages"), QJsonArray::fromStringList(voice.languages)},
                {QStringLiteral("gender"), voice.gender}});
        }
        context.printJson({{QStringLiteral("voices"), array}});
        return 0;
    }
    context.out() << tr("LANGUAGE").leftJustified(12) << tr("VOICE").leftJustified(32) << tr("IDENTIFIER")
                  << Qt::endl;
    for (const tts::Voice& voice : voices) {
        context.out() << voice.languages.value(0).leftJustified(12) << voice.name.leftJustified(32)
                      << voice.identifier << Qt::endl;
    }
    return 0;
}

} // namespace voxnote::cli
