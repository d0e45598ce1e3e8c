#include "sync/ChangeCodec.h"

#include "Error.h"

#include <QCborArray>
#include <QCborValue>
#include <QCoreApplication>

namespace voxnote::sync {

namespace {

QCborValue toCbor(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QCborValue(QCborValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QCborValue(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QCborValue(value.toDouble());
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    default:
        return QCborValue(value.toString());
    }
}

QVariant fromCbor(const QCborValue& value)
{
    if (value.isInteger())
        return QVariant(value.toInteger());
    if (value.isDouble())
        return QVariant(value.toDouble());
    if (value.isString())
        return QVariant(value.toString());
    if (value.isByteArray())
        return QVariant(value.toByteArray());
    if (value.isNull())
        return QVariant();
    throw Error(QCoreApplication::translate("ChangeCodec", "A change holds a value of an unknown kind."));
}

[[noreturn]] void malformed()
{
    throw Error(QCoreApplication::translate("ChangeCodec", "The change data is damaged."));
}

} // namespace

QByteArray ChangeCodec::encode(const QList<storage::Change>& changes)
{
    QCborArray array;
    for (const storage::Change& change : changes) {
        array.append(QCborArray {change.seq, change.hlc, change.table, change.rowId,
            change.op == storage::Change::Op::Delete ? QString() : change.column, toCbor(change.value),
            storage::ChangeLog::opName(change.op), change.base});
    }
    return QCborValue(array).toCbor();
}

QList<storage::Change> ChangeCodec::decode(const QByteArray& data, const QString& site)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(data, &error);
    if (error.error != QCborError::NoError || !root.isArray())
        malformed();
    QList<storage::Change> changes;
    const QCborArray array = root.toArray();
    changes.reserve(array.size());
    for (const QCborValue& item : array) {
        const QCborArray fields = item.toArray();
        if (fields.size() != 8 || !fields[0].isInteger() || !fields[1].isInteger() || !fields[2].isString()
            || !fields[3].isString() || !fields[4].isString() || !fields[6].isString()
            || !fields[7].isString())
            malformed();
        storage::Change change;
        change.site = site;
        change.seq = fields[0].toInteger();
        change.hlc = fields[1].toInteger();
        change.table = fields[2].toString();
        change.rowId = fields[3].toString();
        change.column = fields[4].toString();
        change.value = fromCbor(fields[5]);
        const QString op = fields[6].toString();
        if (op != u"insert" && op != u"update" && op != u"delete")
            malformed();
        change.op = storage::ChangeLog::opFromName(op);
        change.base = fields[7].toString();
        changes.append(change);
    }
    return changes;
}

QByteArray ChangeCodec::encodeValue(const QVariant& value)
{
    return toCbor(value).toCbor();
}

QVariant ChangeCodec::decodeValue(const QByteArray& data)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(data, &error);
    if (error.error != QCborError::NoError)
        malformed();
    return fromCbor(value);
}

} // namespace voxnote::sync
