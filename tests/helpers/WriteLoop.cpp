// vx_write_loop DATA_DIR: creates notes with attachments-free bodies, one
// transaction each, and prints each note's id on stdout once its transaction
// has committed. Runs until killed; tst_storage kills it with SIGKILL.

#include "Error.h"
#include "notes/NoteRepository.h"
#include "storage/Profile.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 2)
        return 2;
    try {
        auto profile = voxnote::storage::Profile::open(QString::fromLocal8Bit(argv[1]));
        voxnote::notes::NoteRepository notes(profile->database());
        const QString body = QString(2000, u'x');
        for (int i = 0;; ++i) {
            voxnote::storage::Transaction transaction(profile->database());
            const auto note = notes.create(QStringLiteral("Note %1").arg(i), body);
            notes.setPinned(note.id, true); // 5 + 2 change-log rows per note
            transaction.commit();
            std::printf("%s\n", note.id.toLatin1().constData());
            std::fflush(stdout);
        }
    } catch (const voxnote::Error& error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
}
