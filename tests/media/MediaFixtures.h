#pragma once

#include "Theme.h"
#include "notes/NoteRepository.h"
#include "speech/Transcript.h"
#include "speech/TranscriptRepository.h"
#include "storage/Profile.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace voxnote::test {

/// Saves a picture of `widget` as screenshots/media/<name>.png in the build
/// folder, to look at.
inline QString saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots/media");
    QDir().mkpath(folder);
    const QString path = folder + u'/' + name + QStringLiteral(".png");
    widget.grab().save(path);
    return path;
}

/// Switches the application between the light and the dark look.
inline void useTheme(bool dark)
{
    qputenv("VOXNOTE_THEME", dark ? "dark" : "light");
    ui::Theme::apply(*qApp);
}

/// Stores a transcript made by hand: `texts` with evenly spread words, one
/// segment per text, alternating between `speakers` speakers. The note gets
/// an audio attachment whose blob is `audioBytes`.
inline speech::Transcript storeTranscript(storage::Profile& profile, const QStringList& texts, int speakers,
    const QString& title = QStringLiteral("Meeting"))
{
    notes::NoteRepository notes(profile.database());
    const notes::Note note = notes.create(title, QString());
    const QString hash = profile.blobs().putData(QByteArray("RIFF fake audio"));
    const notes::Attachment attachment = notes.attach(note.id, hash, QStringLiteral("audio"),
        title + QStringLiteral(".wav"), QStringLiteral("audio/wav"), 15);
    speech::Transcript transcript;
    transcript.noteId = note.id;
    transcript.attachmentId = attachment.id;
    transcript.engine = QStringLiteral("test");
    transcript.language = QStringLiteral("en-US");
    for (int s = 0; s < speakers; ++s)
        transcript.speakers.append({QString(), QStringLiteral("Speaker %1").arg(s + 1), QString()});
    qint64 t = 0;
    for (int i = 0; i < texts.size(); ++i) {
        speech::TranscriptSegment segment;
        segment.startMs = t;
        segment.speaker = speakers > 0 ? i % speakers : -1;
        segment.text = texts[i];
        for (const QString& word : texts[i].split(u' ', Qt::SkipEmptyParts)) {
            segment.words.append({word, t, t + 300, 0.9});
            t += 400;
        }
        segment.endMs = t;
        t += 200;
        transcript.segments.append(segment);
    }
    transcript.durationMs = t;
    speech::TranscriptRepository(profile.database()).save(transcript);
    return transcript;
}

} // namespace voxnote::test
