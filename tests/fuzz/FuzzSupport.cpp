#include "FuzzHarness.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace voxnote::fuzz {

namespace {

void dropMessage(QtMsgType, const QMessageLogContext&, const QString&) { }

std::unique_ptr<QTemporaryDir>& scratch()
{
    static std::unique_ptr<QTemporaryDir> s_dir;
    return s_dir;
}

} // namespace

void initialize(int* argc, char*** argv, bool gui)
{
    qInstallMessageHandler(dropMessage);
    if (QCoreApplication::instance())
        return;
    if (gui) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        new QGuiApplication(*argc, *argv);
    } else {
        new QCoreApplication(*argc, *argv);
    }
}

QString scratchDir()
{
    std::unique_ptr<QTemporaryDir>& dir = scratch();
    if (!dir) {
        const QString ram = QStringLiteral("/dev/shm");
        dir = QFileInfo(ram).isWritable()
            ? std::make_unique<QTemporaryDir>(ram + QStringLiteral("/voxnote-fuzz-XXXXXX"))
            : std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            violated("no scratch folder");
    }
    return dir->path();
}

QString writeScratch(const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(scratchDir()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        violated("could not write a scratch file");
    return path;
}

void violated(const char* what)
{
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

uint8_t InputReader::byte()
{
    if (m_size == 0)
        return 0;
    --m_size;
    return *m_data++;
}

qint64 InputReader::integer()
{
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | byte();
    return static_cast<qint64>(value);
}

QByteArray InputReader::bytes(size_t maxBytes)
{
    const size_t wanted = std::min<size_t>(byte() | (size_t(byte()) << 8), maxBytes);
    const size_t taken = std::min(wanted, m_size);
    QByteArray out(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(taken));
    m_data += taken;
    m_size -= taken;
    return out;
}

QByteArray InputReader::rest()
{
    QByteArray out(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size));
    m_data += m_size;
    m_size = 0;
    return out;
}

} // namespace voxnote::fuzz
