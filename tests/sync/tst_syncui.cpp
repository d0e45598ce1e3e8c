// The sync settings panel and status indicator, driven like a person would,
// with the real SyncService syncing through a folder on its thread.

#include "TestSupport.h"
#include "notes/NoteRepository.h"
#include "storage/Profile.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"
#include "sync/SyncSettingsPanel.h"
#include "sync/SyncStatusIndicator.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace voxnote;

namespace {

QPushButton* button(QWidget& parent, const QString& text)
{
    const auto buttons = parent.findChildren<QPushButton*>();
    for (QPushButton* candidate : buttons) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setUpFolderSyncAndOpenConflictCopy()
    {
        QTemporaryDir dir;
        const QString remote = dir.filePath(QStringLiteral("remote"));
        const QString mine = dir.filePath(QStringLiteral("mine"));
        const QString other = dir.filePath(QStringLiteral("other"));

        // Another device made a note; both edit it, the other first.
        QString noteId;
        {
            auto profile = storage::Profile::open(other);
            sync::SyncEngine engine(profile->database(), profile->blobs(), other);
            engine.setupFolder(remote, QStringLiteral("pass phrase"));
            noteId = notes::NoteRepository(profile->database())
                         .create(QStringLiteral("Minutes"), QStringLiteral("draft"))
                         .id;
            engine.run();
        }
        {
            auto profile = storage::Profile::open(mine);
            sync::SyncEngine engine(profile->database(), profile->blobs(), mine);
            engine.setupFolder(remote, QStringLiteral("pass phrase"));
            engine.run();
            auto otherProfile = storage::Profile::open(other);
            notes::NoteRepository(otherProfile->database())
                .setTitleAndBody(noteId, QStringLiteral("Minutes"), QStringLiteral("their version"));
            sync::SyncEngine(otherProfile->database(), otherProfile->blobs(), other).run();
            QTest::qWait(5);
            notes::NoteRepository(profile->database())
                .setTitleAndBody(noteId, QStringLiteral("Minutes"), QStringLiteral("my version"));
            sync::SyncSettings(profile->database()).forget(); // the person sets it up again in the window
        }

        sync::SyncService service(mine);
        ui::SyncSettingsPanel panel(service);
        ui::SyncStatusIndicator indicator(service);
        panel.resize(640, 720);
        panel.show();
        service.start();
        QTRY_VERIFY(indicator.text() == u"Not syncing");

        // Set up with the wrong passphrase first: a sentence, nothing set up.
        panel.findChild<QLineEdit*>()->setText(remote);
        const auto edits = panel.findChildren<QLineEdit*>();
        QLineEdit* passphrase = nullptr;
        for (QLineEdit* edit : edits) {
            if (edit->echoMode() == QLineEdit::Password)
                passphrase = edit;
        }
        QVERIFY(passphrase);
        passphrase->setText(QStringLiteral("wrong"));
        QSignalSpy failed(&service, &sync::SyncService::syncFailed);
        button(panel, QStringLiteral("Sync through this folder"))->click();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("passphrase does not open")));
        QVERIFY(!service.status().configured);

        // The spy hears the worker thread at once; the panel re-enables its
        // buttons when the queued signal reaches the window.
        QPushButton* useFolder = button(panel, QStringLiteral("Sync through this folder"));
        QTRY_VERIFY(useFolder->isEnabled());
        passphrase->setText(QStringLiteral("pass phrase"));
        QSignalSpy finished(&service, &sync::SyncService::syncFinished);
        useFolder->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 20000);
        QTRY_VERIFY(indicator.text().startsWith(QStringLiteral("Synced")));
        QVERIFY(passphrase->text().isEmpty()); // not kept in the window either

        // The note changed on both sides: my text lost to… whichever is newer; the
        // other is a conflict copy in the list, and activating it asks to open it.
        auto* list = panel.findChild<QListWidget*>();
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("conflict copy")));
        QSignalSpy open(&panel, &ui::SyncSettingsPanel::openNoteRequested);
        emit list->itemActivated(list->item(0));
        QCOMPARE(open.size(), 1);
        QVERIFY(!open.first().first().toString().isEmpty());

        // Screenshots to look at: $TMPDIR/voxnote-sync-*.png
        panel.grab().save(QDir::temp().filePath(QStringLiteral("voxnote-sync-settings-panel.png")));
        indicator.adjustSize();
        indicator.grab().save(QDir::temp().filePath(QStringLiteral("voxnote-sync-status-indicator.png")));
        service.stop();
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
