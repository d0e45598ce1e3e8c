#pragma once

#include <QString>

namespace voxnote::people {

/// True if `address` is a plain e-mail address (an RFC 5321 "addr-spec"
/// without quoting or comments): a local part of letters, digits and
/// ``.!#$%&'*+/=?^_`{|}~-``, an `@`, and a domain of letters, digits, dots and
/// hyphens — at most 254 characters in all. Such an address can go into an
/// SMTP command and a mail header as it is: it has no line breaks, spaces,
/// angle brackets or other characters that could end one and start another.
/// Addresses that arrive through sync are checked with this before they are
/// stored, and again before any mail is sent. Call from any thread.
bool isValidEmailAddress(const QString& address);

} // namespace voxnote::people
