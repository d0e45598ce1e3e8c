#pragma once

// Data and helpers shared by the shell tests and the screenshot program.

#include "Error.h"
#include "TestSupport.h"
#include "jobs/Job.h"
#include "jobs/JobQueue.h"
#include "jobs/JobStage.h"
#include "notes/NoteRepository.h"
#include "notify/NotificationRepository.h"
#include "ocr/OcrRepository.h"
#include "people/PersonRepository.h"
#include "pipelines/MediaImport.h"
#include "services/Services.h"
#include "speech/TranscriptRepository.h"
#include "storage/Profile.h"
#include "tasks/TaskRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QRegularExpression>
#include <QTranslator>

#include <atomic>

namespace voxnote::test {

/// A stage that fails with a sentence while `failures` is above zero, then
/// succeeds: a job that fails and then works when retried.
class FlakyStage : public jobs::JobStage
{
public:
    static inline std::atomic_int failures {0};

    QString name() const override { return QStringLiteral("checking"); }
    QByteArray cacheKey(const jobs::JobContext&) const override { return {}; }
    QJsonObject run(jobs::JobContext& context) override
    {
        context.progress(0.5);
        if (failures.fetch_sub(1) > 0)
            throw Error(QStringLiteral("“%1” is not an image Voxnote can read (truncated PNG data).")
                            .arg(context.params.value(QStringLiteral("fileName")).toString()));
        return {{QStringLiteral("ok"), true}};
    }
};

inline void registerFlaky(jobs::JobQueue& queue, const QString& kind)
{
    queue.registerPipeline(kind, [] {
        jobs::Pipeline pipeline;
        pipeline.push_back(std::make_unique<FlakyStage>());
        return pipeline;
    });
}

/// Takes out the translators installed (a test or picture in another language ends).
inline void removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

/// Fills `profile` with the sample people, notes, tasks and notifications
/// of the screenshots, in Korean or English.
inline void fillSample(voxnote::storage::Profile& profile, bool korean)
{
    voxnote::people::PersonRepository people(profile.database());
    people.setMe(
        korean ? QStringLiteral("김하나") : QStringLiteral("Hana Kim"), QStringLiteral("hana@example.org"));
    const QString me = people.me().id;
    const QString mina
        = people.add(korean ? QStringLiteral("이민아") : QStringLiteral("Mina Lee"), QString()).id;
    const QString jun
        = people.add(korean ? QStringLiteral("박준호") : QStringLiteral("Junho Park"), QString()).id;

    voxnote::notes::NoteRepository notes(profile.database());
    const QList<std::pair<QString, QString>> sample = korean
        ? QList<
            std::pair<QString, QString>> {{QStringLiteral("주간 회의록"),
                                              QStringLiteral(
                                                  "예산 검토와 인쇄소 일정을 정리했다. 다음 회의는 목요일.")},
            {QStringLiteral("장보기"), QStringLiteral("우유, 빵, 사과")},
            {QStringLiteral("강의 녹음 메모"), QStringLiteral("3장: 음성 인식의 기초. 질문 목록 정리.")}}
        : QList<std::pair<QString, QString>> {
            {QStringLiteral("Weekly meeting"),
                QStringLiteral("We went over the budget and the printer's schedule. "
                               "Next meeting on Thursday.")},
            {QStringLiteral("Shopping"), QStringLiteral("milk, bread, apples")},
            {QStringLiteral("Lecture notes"),
                QStringLiteral("Chapter 3: the basics of speech recognition.")}};
    for (const auto& [title, body] : sample)
        notes.create(title, body);

    voxnote::tasks::TaskRepository tasks(profile.database(), me);
    const QDate today = QDate::currentDate();
    const auto t1 = tasks.create(
        {.title = korean ? QStringLiteral("회의록 보내기") : QStringLiteral("Send the minutes"),
            .assigneeId = me});
    tasks.create({.title = korean ? QStringLiteral("인쇄소에 전화하기") : QStringLiteral("Call the printer"),
        .priority = 2,
        .dueDate = today.addDays(-2),
        .assigneeId = mina});
    const auto t3
        = tasks.create({.title = korean ? QStringLiteral("예산안 검토") : QStringLiteral("Review the budget"),
            .dueDate = today.addDays(3),
            .assigneeId = jun});
    const auto t4 = tasks.create(
        {.title = korean ? QStringLiteral("발표 자료 준비") : QStringLiteral("Prepare the slides"),
            .assigneeId = mina});
    voxnote::tasks::TaskChanges inProgress;
    inProgress.status = voxnote::tasks::TaskStatus::InProgress;
    tasks.update(t3.id, inProgress);
    voxnote::tasks::TaskChanges done;
    done.status = voxnote::tasks::TaskStatus::Done;
    tasks.update(t1.id, done);
    tasks.update(t4.id, done);

    voxnote::notify::NotificationRepository notifications(profile.database());
    notifications.create(me, t3.id, QStringLiteral("assigned"),
        korean ? QStringLiteral("이민아 님이 “예산안 검토”를 맡겼습니다.")
               : QStringLiteral("Mina Lee assigned “Review the budget” to you."));
    notifications.create(me, t1.id, QStringLiteral("status"),
        korean ? QStringLiteral("“회의록 보내기”가 완료되었습니다.")
               : QStringLiteral("“Send the minutes” is done."));
}

/// A photo of a page with its recognised text (part of it unread), and a
/// recording with a transcript of two speakers, beside the sample notes.
struct MediaNotes
{
    QString photoNote;
    QString photo;
    QString recordingNote;
    QString recording;
};

inline MediaNotes addMediaNotes(voxnote::services::Services& services)
{
    MediaNotes made;
    voxnote::pipelines::MediaImport& import = services.mediaImport();
    const voxnote::pipelines::ImportedMedia photo
        = import.importFile(voxnote::test::testData(QStringLiteral("ocr/phototest.tif")));
    made.photoNote = photo.noteId;
    made.photo = photo.attachmentId;
    voxnote::ocr::OcrPage page;
    page.size = QSize(640, 480);
    page.languages = QStringLiteral("eng");
    page.engine = QStringLiteral("tesseract 5.3.0");
    page.text = QStringLiteral("This is a lot of 12 point text to test the\nocr code and see if it works.");
    int x = 10;
    for (const QString& word : page.text.split(QRegularExpression(QStringLiteral("\\s+")))) {
        page.words.append({word, QRect(x % 600, 20 + (x / 600) * 30, 40, 20), word.size() > 4 ? 91.0 : 40.0});
        x += 50;
    }
    page.meanConfidence = 80;
    page.unreadShare = 0.4;
    page.warning = QStringLiteral("Part of this page could not be read: lines 3–9.");
    voxnote::ocr::OcrRepository(services.database()).save(made.photoNote, made.photo, {page});

    const voxnote::pipelines::ImportedMedia recording
        = import.importFile(voxnote::test::testData(QStringLiteral("speech/jfk.flac")));
    made.recordingNote = recording.noteId;
    made.recording = recording.attachmentId;
    voxnote::speech::Transcript transcript;
    transcript.noteId = recording.noteId;
    transcript.attachmentId = recording.attachmentId;
    transcript.engine = QStringLiteral("pocketsphinx 5prealpha en-us");
    transcript.language = QStringLiteral("en-US");
    transcript.durationMs = 11'000;
    transcript.speakers = {{{}, QStringLiteral("Speaker 1"), {}}, {{}, QStringLiteral("Speaker 2"), {}}};
    transcript.segments = {{{}, 0, 4'000, 0, QStringLiteral("and so my fellow americans"), {}},
        {{}, 4'000, 11'000, 1,
            QStringLiteral("ask not what your country can do for you ask what you can do for your country"),
            {}}};
    voxnote::speech::TranscriptRepository(services.database()).save(transcript);
    return made;
}

} // namespace voxnote::test
