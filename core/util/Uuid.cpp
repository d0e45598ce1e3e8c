#include "util/Uuid.h"

#include "util/Clock.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace voxnote {

QString newUuidV7()
{
    // A 12-bit counter in rand_a keeps ids from one process increasing within
    // a millisecond (RFC 9562 method 1); it starts at a random value below
    // 2048 so there is room to count up before borrowing the next millisecond.
    static QMutex s_mutex;
    static qint64 s_lastMs = -1;
    static quint32 s_counter = 0;

    qint64 ms = Clock::instance().nowMs();
    quint32 counter = 0;
    {
        QMutexLocker lock(&s_mutex);
        if (ms <= s_lastMs) {
            ms = s_lastMs;
            if (++s_counter > 0xFFF) {
                ++ms;
                s_counter = QRandomGenerator::global()->bounded(2048u);
            }
        } else {
            s_counter = QRandomGenerator::global()->bounded(2048u);
        }
        s_lastMs = ms;
        counter = s_counter;
    }

    std::array<quint8, 16> b {};
    const quint64 tail = QRandomGenerator::system()->generate64();
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<quint8>(static_cast<quint64>(ms) >> (40 - 8 * i));
    b[6] = static_cast<quint8>(0x70 | ((counter >> 8) & 0x0F));
    b[7] = static_cast<quint8>(counter & 0xFF);
    for (int i = 8; i < 16; ++i)
        b[i] = static_cast<quint8>(tail >> (8 * (i - 8)));
    b[8] = static_cast<quint8>(0x80 | (b[8] & 0x3F));

    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(b.data()), 16).toHex();
    const auto part = [&hex](int from, int len) {
        return QString::fromLatin1(hex.mid(from, len));
    };
    return part(0, 8) + u'-' + part(8, 4) + u'-' + part(12, 4) + u'-' + part(16, 4) + u'-' + part(20, 12);
}

bool isUuid(const QString& text)
{
    static const QRegularExpression s_pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return s_pattern.match(text).hasMatch();
}

} // namespace voxnote
