#pragma once

#include "Error.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <memory>

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
/// profile, opened on first use. Lives on the main thread.
class CliContext
{
public:
    CliContext(QString dataDir, bool json, bool verbose);
    ~CliContext();

    /// The profile in the data directory; opened (and migrated) on first
    /// call. Throws `Error` if it cannot be opened.
    storage::Profile& profile();

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
    std::unique_ptr<storage::Profile> m_profile;
};

} // namespace voxnote::cli
