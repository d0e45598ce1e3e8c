// voxnote: with no verb it opens the window; with one (`voxnote info`,
// `voxnote transcribe …`) it runs on a QCoreApplication and needs no display.

#include "Error.h"
#include "Translations.h"
#include "cli/CommandLine.h"
#include "engines/EngineRegistry.h"
#include "services/Services.h"
#include "settings/Settings.h"
#include "storage/DataDirectory.h"
#include "util/Log.h"
#include "util/LogFile.h"
#include "worker/EngineOperations.h"
#include "worker/WorkerServer.h"

#include "MainWindow.h"
#include "Theme.h"
#include "voice/MediaBackend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

bool haveDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

int runWindow(int argc, char** argv)
{
    // Without a display Qt would abort with a core dump and a page of plugin names.
    if (!haveDisplay()) {
        std::fputs("No display found: start Voxnote from a desktop session, or use its command line "
                   "(voxnote --help).\n",
            stderr);
        return 1;
    }
    QApplication application(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Voxnote"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.voxnote.Voxnote"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/voxnote.svg")));
    // A language chosen in Settings wins over the system's (it applies from the next start).
    const QString language = voxnote::settings::Settings().language();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    voxnote::installTranslations(application);
    voxnote::ui::Theme::apply(application);
    voxnote::ui::preferFfmpegMediaBackend();

    const QString dataDir = voxnote::cli::CommandLine::dataDirFrom(QApplication::arguments());
    std::unique_ptr<voxnote::services::Services> services;
    try {
        services = voxnote::services::Services::open(dataDir);
    } catch (const voxnote::Error& error) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Voxnote cannot start"), error.message());
        return 1;
    }
    voxnote::LogFile::install(voxnote::storage::DataDirectory::logsPath(dataDir));
    qCInfo(lcApp) << "Voxnote" << QApplication::applicationVersion() << "started with" << dataDir;

    bool restart = false;
    int code = 0;
    {
        voxnote::ui::MainWindow window(*services);
        QObject::connect(
            &window, &voxnote::ui::MainWindow::restartRequested, &window, [&restart] { restart = true; });
        window.show();
        code = QApplication::exec();
    }
    // The new process starts once this one has let go of its jobs and its
    // database, so it resumes the jobs at once.
    services.reset();
    if (restart && code == 0) {
        qCInfo(lcApp) << "restarting for a new language";
        if (!QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1)))
            qCWarning(lcApp) << "could not start Voxnote again";
    }
    return code;
}

/// `voxnote worker --fd N …`: an engine worker, started by Voxnote itself
/// (never by a person, so it is no verb in the help). Its errors reach the
/// user, so they are translated like the window's.
int runWorker(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    // The language the window or command line that started it speaks.
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype locale = arguments.indexOf(QStringLiteral("--locale"));
    if (locale > 0 && locale + 1 < arguments.size())
        QLocale::setDefault(QLocale(arguments.at(locale + 1)));
    voxnote::installTranslations(application);
    auto registry = std::make_shared<voxnote::engines::EngineRegistry>();
    voxnote::engines::EngineRegistry::addBuiltInEngines(*registry);
    return voxnote::worker::WorkerServer::main(arguments, [registry](voxnote::worker::WorkerServer& server) {
        voxnote::worker::addEngineOperations(server, registry);
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("voxnote"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOXNOTE_VERSION));

    if (argc >= 2 && qstrcmp(argv[1], "worker") == 0)
        return runWorker(argc, argv);

    if (voxnote::cli::CommandLine::wantsCommandLine(argumentsOf(argc, argv))) {
        QCoreApplication application(argc, argv);
        voxnote::installTranslations(application);
        voxnote::cli::CommandLine commandLine;
        voxnote::cli::registerBuiltinVerbs(commandLine);
        return commandLine.run(QCoreApplication::arguments());
    }
    return runWindow(argc, argv);
}
