#pragma once

#include "Error.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <memory>

namespace voxnote::services {
class Services;
}
namespace voxnote::settings {
class Settings;
}
namespace voxnote::storage {
class Profile;
}

namespace voxnote::cli {

/// Wrong arguments on the command line: exit code 2.
class UsageError : public Error
{
public:
    using Error::Error;
};

/// What every verb gets: the global options, the output streams and the
/// services of the profile (storage, settings, the job queue …), opened on
/// first use. Lives on the main thread.
class CliContext
{
public:
    CliContext(QString dataDir, bool json, bool verbose);
    ~CliContext();

    /// The services of the profile in the data directory, the same the
    /// window builds; opened (and the profile migrated) on first call.
    /// Throws `Error` if the profile cannot be opened.
    services::Services& services();
    /// `services().profile()`.
    storage::Profile& profile();
    /// The person's settings (speakers, OCR languages, voice …), those of
    /// `services()`; read without opening the profile when it is not open.
    settings::Settings& settings();

    const QString& dataDir() const { return m_dataDir; }
    bool json() const { return m_json; }
    bool verbose() const { return m_verbose; }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    /// Prints `object` as indented JSON on stdout.
    void printJson(const QJsonObject& object);

private:
    QString m_dataDir;
    bool m_json;
    bool m_verbose;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<settings::Settings> m_settings; ///< while the services are not open
};

} // namespace voxnote::cli
