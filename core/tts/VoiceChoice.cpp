#include "tts/VoiceChoice.h"

#include "Error.h"
#include "tts/TextLanguage.h"

#include <QCoreApplication>

#include <algorithm>

namespace voxnote::tts {

Voice chooseVoice(const QList<Voice>& installed, const QString& voice, const QString& text)
{
    const QString wanted = (voice.isEmpty() ? TextLanguage::guess(text) : voice).toLower();
    const auto matches = [&](auto predicate) {
        return std::find_if(installed.cbegin(), installed.cend(), predicate);
    };
    // An exact identifier or name first, then the voice whose first language
    // it is, then any voice that speaks it.
    auto found = matches([&](const Voice& v) {
        return v.identifier.toLower() == wanted || v.name.toLower() == wanted
            || v.identifier.section(u'/', -1).toLower() == wanted;
    });
    if (found == installed.cend())
        found = matches(
            [&](const Voice& v) { return !v.languages.isEmpty() && v.languages.first() == wanted; });
    if (found == installed.cend())
        found = matches([&](const Voice& v) { return v.languages.contains(wanted); });
    if (found != installed.cend())
        return *found;
    if (voice.isEmpty()) // a script with no installed voice: English reads what it can
        return chooseVoice(installed, QStringLiteral("en"), QString());
    QStringList codes;
    for (const Voice& v : installed)
        codes.append(v.languages.value(0, v.identifier));
    codes.removeDuplicates();
    throw Error(QCoreApplication::translate(
        "EspeakSynthesizer", "There is no voice called \"%1\". Installed voices: %2. See 'voxnote voices'.")
                    .arg(voice, codes.join(QStringLiteral(", "))));
}

} // namespace voxnote::tts
