#include "people/EmailAddress.h"

namespace voxnote::people {

namespace {

constexpr qsizetype kMaxLength = 254;

bool isLocalCharacter(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u".!#$%&'*+/=?^_`{|}~-").contains(QChar(c));
}

bool isDomainCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
        || c == u'-';
}

} // namespace

bool isValidEmailAddress(const QString& address)
{
    if (address.size() > kMaxLength)
        return false;
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at != address.lastIndexOf(u'@') || at == address.size() - 1)
        return false;
    const QStringView local = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    if (domain.startsWith(u'.') || domain.endsWith(u'.') || domain.startsWith(u'-') || domain.contains(u".."))
        return false;
    for (const QChar c : local) {
        if (!isLocalCharacter(c.unicode()))
            return false;
    }
    for (const QChar c : domain) {
        if (!isDomainCharacter(c.unicode()))
            return false;
    }
    return true;
}

} // namespace voxnote::people
