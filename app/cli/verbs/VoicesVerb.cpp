#include "cli/verbs/VoicesVerb.h"

#include "cli/CliContext.h"
#include "worker/WorkerSynthesizer.h"

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
    for (const tts::Voice& voice : worker::WorkerSynthesizer::interactive()->voices()) {
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
    qsizetype languageWidth = tr("LANGUAGE").size();
    qsizetype nameWidth = tr("VOICE").size();
    for (const tts::Voice& voice : voices) {
        languageWidth = std::max(languageWidth, voice.languages.value(0).size());
        nameWidth = std::max(nameWidth, voice.name.size());
    }
    context.out() << tr("LANGUAGE").leftJustified(languageWidth + 2)
                  << tr("VOICE").leftJustified(nameWidth + 2) << tr("IDENTIFIER") << Qt::endl;
    for (const tts::Voice& voice : voices) {
        context.out() << voice.languages.value(0).leftJustified(languageWidth + 2)
                      << voice.name.leftJustified(nameWidth + 2) << voice.identifier << Qt::endl;
    }
    return 0;
}

} // namespace voxnote::cli
