#include "cli/CliContext.h"

#include "storage/DataDirectory.h"
#include "storage/Profile.h"
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

storage::Profile& CliContext::profile()
{
    if (!m_profile) {
        m_profile = storage::Profile::open(m_dataDir);
        LogFile::install(storage::DataDirectory::logsPath(m_dataDir), {.verbose = m_verbose});
    }
    return *m_profile;
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

} // namespace voxnote::cli
