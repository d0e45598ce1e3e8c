#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace voxnote {

/// An error a person can act on. `message()` is one sentence that names the
/// file or thing concerned and what to do about it; the CLI prints it as it
/// is and the window shows it in a dialog. Core code throws it (or a subclass)
/// instead of returning half-done results.
class Error : public std::exception
{
public:
    explicit Error(QString message);

    const QString& message() const noexcept { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace voxnote
