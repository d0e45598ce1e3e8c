#include "cli/CliContext.h"

#include "services/Services.h"
#include "settings/Settings.h"
#include "storage/DataDirectory.h"
#include "util/LogFile.h"

#include <QJsonDocument>

#include <cstdio>

namespace voxnote::cli {

CliContext::CliContext(QString dataDir, bool json, bool verbose)
    : m_dataDir(std::move(dataDir))
    , m_json(json)
    , m_verbose(verbose)
    , m_out(stdout)
    , m_err(stderr)
{
}

CliContext::~CliContext() = default;

services::Services& CliContext::services()
{
    if (!m_services) {
        m_services = services::Services::open(m_dataDir);
        LogFile::install(storage::DataDirectory::logsPath(m_dataDir), {.verbose = m_verbose});
    }
    return *m_services;
}

storage::Profile& CliContext::profile()
{
    return services().profile();
}

settings::Settings& CliContext::settings()
{
    if (m_services)
        return m_services->settings();
    if (!m_settings)
        m_settings = std::make_unique<settings::Settings>();
    return *m_settings;
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

} // namespace voxnote::cli
