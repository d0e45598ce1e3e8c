#include "speech/PocketSphinxEngine.h"

#include "speech/PocketSphinxDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace voxnote::speech {

PocketSphinxEngine::PocketSphinxEngine(const QString& modelDir)
{
    const QDir dir(modelDir.isEmpty() ? systemModelDir() : modelDir);
    m_acousticModel = dir.filePath(QStringLiteral("en-us"));
    m_languageModel = dir.filePath(QStringLiteral("en-us.lm.bin"));
    m_dictionary = dir.filePath(QStringLiteral("cmudict-en-us.dict"));
    for (const QString& path : {m_acousticModel, m_languageModel, m_dictionary}) {
        if (!QFileInfo::exists(path)) {
            throw Error(QCoreApplication::translate("PocketSphinxEngine",
                "The English speech model is missing (%1); install the pocketsphinx-en-us package.")
                            .arg(path));
        }
    }
}

QString PocketSphinxEngine::systemModelDir()
{
    return QStringLiteral("/usr/share/pocketsphinx/model/en-us");
}

QString PocketSphinxEngine::name() const
{
    return QStringLiteral("pocketsphinx 5prealpha en-us");
}

QString PocketSphinxEngine::language() const
{
    return QStringLiteral("en-US");
}

std::unique_ptr<SpeechDecoder> PocketSphinxEngine::createDecoder() const
{
    return std::make_unique<PocketSphinxDecoder>(m_acousticModel, m_languageModel, m_dictionary);
}

} // namespace voxnote::speech
