#include "util/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>

namespace voxnote {

namespace {

struct State
{
    QMutex mutex;
    QFile file;
    QString path;
    LogFile::Options options;
    QtMessageHandler previous = nullptr;
};

State& state()
{
    static State s_state;
    return s_state;
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'E';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

// Called with the mutex held.
void rotateIfNeeded(State& s)
{
    if (s.file.size() < s.options.maxBytes)
        return;
    s.file.close();
    for (int i = s.options.keepFiles - 1; i >= 1; --i) {
        const QString from = s.path + u'.' + QString::number(i);
        const QString to = s.path + u'.' + QString::number(i + 1);
        QFile::remove(to);
        QFile::rename(from, to);
    }
    QFile::remove(s.path + QStringLiteral(".1"));
    QFile::rename(s.path, s.path + QStringLiteral(".1"));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    State& s = state();
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + levelLetter(type) + ' ' + (context.category ? context.category : "default") + ": "
        + message.toUtf8() + '\n';
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            s.file.write(line);
            s.file.flush();
            rotateIfNeeded(s);
        }
    }
    if ((type != QtDebugMsg && type != QtInfoMsg) || s.options.verbose) {
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    }
}

} // namespace

void LogFile::install(const QString& dir, const Options& options)
{
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        s.path = QDir(dir).filePath(QStringLiteral("voxnote.log"));
        if (s.file.isOpen())
            s.file.close();
        if (!dir.isEmpty() && QDir().mkpath(dir)) {
            QFile::setPermissions(
                dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            s.file.setFileName(s.path);
            if (s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
                s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    if (options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("voxnote.*.debug=true"));
    QtMessageHandler previous = qInstallMessageHandler(handleMessage);
    if (previous != handleMessage)
        s.previous = previous;
}

void LogFile::uninstall()
{
    State& s = state();
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

QString LogFile::path()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    return s.path;
}

} // namespace voxnote
