#include "engines/EngineRegistry.h"

#include "Error.h"

#include <QCoreApplication>

namespace voxnote::engines {

namespace {

template<typename Entries>
const auto& find(const Entries& entries, const QString& name, const char* what)
{
    for (const auto& entry : entries) {
        if (name.isEmpty() || entry.info.name == name)
            return entry;
    }
    QStringList names;
    for (const auto& entry : entries)
        names.append(entry.info.name);
    throw Error(QCoreApplication::translate("EngineRegistry", "There is no %1 called “%2”. Voxnote has: %3.")
                    .arg(QCoreApplication::translate("EngineRegistry", what), name,
                        names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral(", "))));
}

template<typename Entries>
QList<EngineInfo> infos(const Entries& entries)
{
    QList<EngineInfo> list;
    for (const auto& entry : entries)
        list.append(entry.info);
    return list;
}

} // namespace

QString EngineInfo::key() const
{
    return QStringList {name, version, model}.join(u' ').trimmed();
}

void EngineRegistry::addOcr(EngineInfo info, OcrFactory make)
{
    m_ocr.append({std::move(info), std::move(make)});
}

void EngineRegistry::addRecognizer(EngineInfo info, RecognizerFactory make)
{
    m_recognizers.append({std::move(info), std::move(make)});
}

void EngineRegistry::addSynthesizer(EngineInfo info, SynthesizerFactory make)
{
    m_synthesizers.append({std::move(info), std::move(make)});
}

const EngineRegistry::Entry<EngineRegistry::OcrFactory>& EngineRegistry::ocr(const QString& name) const
{
    return find(m_ocr, name, QT_TRANSLATE_NOOP("EngineRegistry", "text recognition engine"));
}

const EngineRegistry::Entry<EngineRegistry::RecognizerFactory>& EngineRegistry::recognizer(
    const QString& name) const
{
    return find(m_recognizers, name, QT_TRANSLATE_NOOP("EngineRegistry", "speech recogniser"));
}

const EngineRegistry::Entry<EngineRegistry::SynthesizerFactory>& EngineRegistry::synthesizer(
    const QString& name) const
{
    return find(m_synthesizers, name, QT_TRANSLATE_NOOP("EngineRegistry", "voice engine"));
}

QList<EngineInfo> EngineRegistry::ocrEngines() const
{
    return infos(m_ocr);
}

QList<EngineInfo> EngineRegistry::recognizers() const
{
    return infos(m_recognizers);
}

QList<EngineInfo> EngineRegistry::synthesizers() const
{
    return infos(m_synthesizers);
}

} // namespace voxnote::engines
