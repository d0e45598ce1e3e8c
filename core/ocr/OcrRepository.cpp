#include "ocr/OcrRepository.h"

#include "storage/Connection.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QJsonDocument>

namespace voxnote::ocr {

namespace {

const QString kTable = QStringLiteral("ocr_pages");

} // namespace

OcrRepository::OcrRepository(storage::Connection& connection)
    : m_connection(connection)
    , m_writer(connection)
{
}

void OcrRepository::save(const QString& noteId, const QString& attachmentId, const QList<OcrPage>& pages)
{
    storage::Transaction transaction(m_connection);
    remove(attachmentId);
    const qint64 now = Clock::instance().nowMs();
    for (const OcrPage& page : pages) {
        const QByteArray words = QJsonDocument(page.wordsToJson()).toJson(QJsonDocument::Compact);
        m_writer.insert(kTable, newUuidV7(),
            {{QStringLiteral("note_id"), noteId}, {QStringLiteral("attachment_id"), attachmentId},
                {QStringLiteral("page"), page.page}, {QStringLiteral("languages"), page.languages},
                {QStringLiteral("engine"), page.engine}, {QStringLiteral("rotation"), page.rotation},
                {QStringLiteral("width"), page.size.width()}, {QStringLiteral("height"), page.size.height()},
                {QStringLiteral("text"), page.text}, {QStringLiteral("mean_confidence"), page.meanConfidence},
                {QStringLiteral("words"), QString::fromUtf8(words)}, {QStringLiteral("created_at"), now},
                {QStringLiteral("unread_share"), page.unreadShare},
                {QStringLiteral("unread_regions"),
                    QString::fromUtf8(
                        QJsonDocument(page.unreadRegionsToJson()).toJson(QJsonDocument::Compact))},
                {QStringLiteral("warning"), page.warning}});
    }
    transaction.commit();
}

QList<OcrPage> OcrRepository::pages(const QString& attachmentId)
{
    storage::Statement select = m_connection.prepare("SELECT page, rotation, width, height, languages, "
                                                     "engine, text, mean_confidence, words, unread_share, "
                                                     "unread_regions, warning FROM ocr_pages "
                                                     "WHERE attachment_id = ?1 ORDER BY page");
    select.bind(1, attachmentId);
    QList<OcrPage> list;
    while (select.step()) {
        OcrPage page;
        page.page = static_cast<int>(select.columnInt64(0));
        page.rotation = static_cast<int>(select.columnInt64(1));
        page.size = QSize(static_cast<int>(select.columnInt64(2)), static_cast<int>(select.columnInt64(3)));
        page.languages = select.columnText(4);
        page.engine = select.columnText(5);
        page.text = select.columnText(6);
        page.meanConfidence = select.columnDouble(7);
        page.words = OcrPage::wordsFromJson(QJsonDocument::fromJson(select.columnText(8).toUtf8()).array());
        page.unreadShare = select.columnDouble(9);
        page.unreadRegions
            = OcrPage::regionsFromJson(QJsonDocument::fromJson(select.columnText(10).toUtf8()).array());
        page.warning = select.columnText(11);
        list.append(page);
    }
    return list;
}

QString OcrRepository::textOfNote(const QString& noteId)
{
    storage::Statement select
        = m_connection.prepare("SELECT o.text FROM ocr_pages o JOIN attachments a ON a.id = o.attachment_id "
                               "WHERE o.note_id = ?1 AND o.text <> '' ORDER BY a.created_at, a.id, o.page");
    select.bind(1, noteId);
    QStringList texts;
    while (select.step())
        texts.append(select.columnText(0));
    return texts.join(QStringLiteral("\n\n"));
}

int OcrRepository::remove(const QString& attachmentId)
{
    storage::Statement select = m_connection.prepare("SELECT id FROM ocr_pages WHERE attachment_id = ?1");
    select.bind(1, attachmentId);
    QStringList ids;
    while (select.step())
        ids.append(select.columnText(0));
    storage::Transaction transaction(m_connection);
    for (const QString& id : ids)
        m_writer.remove(kTable, id);
    transaction.commit();
    return static_cast<int>(ids.size());
}

} // namespace voxnote::ocr
