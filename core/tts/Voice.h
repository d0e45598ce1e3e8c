#pragma once

#include <QString>
#include <QStringList>

namespace voxnote::tts {

/// A voice the synthesizer can speak with.
struct Voice
{
    QString identifier; ///< unique, e.g. "gmw/en-US"; accepted wherever a voice is asked for
    QString name; ///< as shown to people, e.g. "English (America)"
    QStringList languages; ///< language codes, most suitable first, e.g. {"en-us", "en"}
    QString gender; ///< "male", "female" or empty
};

} // namespace voxnote::tts
