// vx_test_worker: an engine worker like `voxnote worker`, with the test
// engines of TestEngines.h registered beside the built-in ones, and two
// operations that break the protocol ("truncated", "oversized").

#include "TestEngines.h"
#include "engines/EngineRegistry.h"
#include "worker/EngineOperations.h"
#include "worker/WorkerProtocol.h"
#include "worker/WorkerServer.h"

#include <QCoreApplication>
#include <QtEndian>

#include <unistd.h>

using namespace voxnote;

namespace {

template<typename Engine>
engines::EngineRegistry::OcrFactory make()
{
    return [](const ocr::OcrSettings&) {
        return std::make_unique<Engine>();
    };
}

/// The socket to the client (see WorkerProcess).
constexpr int kClientFd = 3;

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    auto registry = std::make_shared<engines::EngineRegistry>();
    engines::EngineRegistry::addBuiltInEngines(*registry);
    registry->addOcr({QStringLiteral("echo"), QStringLiteral("1"), {}}, make<test::EchoOcrEngine>());
    registry->addOcr(
        {QStringLiteral("segfault"), QStringLiteral("1"), {}}, make<test::SegfaultingOcrEngine>());
    registry->addOcr({QStringLiteral("hog"), QStringLiteral("1"), {}}, make<test::HoggingOcrEngine>());
    registry->addOcr({QStringLiteral("hang"), QStringLiteral("1"), {}}, make<test::HangingOcrEngine>());
    return worker::WorkerServer::main(
        QCoreApplication::arguments(), [registry](worker::WorkerServer& server) {
            worker::addEngineOperations(server, registry);
            // Half a reply, then gone.
            server.add(QStringLiteral("truncated"),
                [](const QCborMap&, worker::WorkerReplies&, const Cancellation&) {
                    const QByteArray frame = worker::protocol::encode({{QStringLiteral("type"),
                                                                           QStringLiteral("result")},
                        {QStringLiteral("value"), QCborMap {{QStringLiteral("text"), QString(500, u'x')}}}});
                    worker::protocol::writeAll(kClientFd, frame.left(frame.size() / 2));
                    ::_exit(0);
                    return QCborMap();
                });
            // A reply that claims to be a gigabyte.
            server.add(QStringLiteral("oversized"),
                [](const QCborMap&, worker::WorkerReplies&, const Cancellation&) {
                    QByteArray header(4, Qt::Uninitialized);
                    qToBigEndian(quint32 {1U << 30}, header.data());
                    worker::protocol::writeAll(kClientFd, header + QByteArray(1024, 'x'));
                    while (true)
                        ::pause();
                    return QCborMap();
                });
        });
}
