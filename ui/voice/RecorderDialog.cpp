#include "voice/RecorderDialog.h"

#include "Error.h"
#include "pipelines/MediaImport.h"
#include "services/Services.h"
#include "storage/Profile.h"
#include "util/Log.h"
#include "voice/AudioCaptureSource.h"
#include "voice/LevelMeter.h"
#include "voice/MediaBackend.h"
#include "voice/MicrophoneCaptureSource.h"
#include "voice/PlayerBar.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {

QIcon recordIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(220, 50, 50));
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    return QIcon(pixmap);
}

} // namespace

QString RecorderDialog::recordingsFolder(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("recordings"));
}

RecorderDialog::RecorderDialog(services::Services& services, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_devices(new QComboBox(this))
    , m_elapsed(new QLabel(this))
    , m_meter(new LevelMeter(this))
    , m_message(new QLabel(this))
    , m_record(new QPushButton(recordIcon(), tr("Record"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_stop(new QPushButton(tr("Stop and Save"), this))
    , m_leftoverBar(new QWidget(this))
    , m_leftoverText(new QLabel(m_leftoverBar))
{
    preferFfmpegMediaBackend();
    setObjectName(QStringLiteral("recorderDialog"));
    setWindowTitle(tr("New Recording"));
    setMinimumWidth(440);

    m_devices->setObjectName(QStringLiteral("microphone"));
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    QFont big = m_elapsed->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setWeight(QFont::Light);
    m_elapsed->setFont(big);
    m_elapsed->setAlignment(Qt::AlignCenter);
    m_elapsed->setText(formatPlayerTime(0));
    m_message->setObjectName(QStringLiteral("recorderMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setDefault(true);
    m_pause->setObjectName(QStringLiteral("pauseRecording"));
    m_stop->setObjectName(QStringLiteral("stopRecording"));

    auto* leftoverImport = new QPushButton(tr("Import It"), m_leftoverBar);
    leftoverImport->setObjectName(QStringLiteral("importLeftover"));
    auto* leftoverDiscard = new QPushButton(tr("Discard"), m_leftoverBar);
    leftoverDiscard->setObjectName(QStringLiteral("discardLeftover"));
    m_leftoverText->setWordWrap(true);
    auto* leftoverLayout = new QHBoxLayout(m_leftoverBar);
    leftoverLayout->setContentsMargins(0, 0, 0, 8);
    leftoverLayout->addWidget(m_leftoverText, 1);
    leftoverLayout->addWidget(leftoverImport);
    leftoverLayout->addWidget(leftoverDiscard);
    m_leftoverBar->hide();

    auto* deviceRow = new QHBoxLayout;
    auto* deviceLabel = new QLabel(tr("&Microphone:"), this);
    deviceLabel->setBuddy(m_devices);
    deviceRow->addWidget(deviceLabel);
    deviceRow->addWidget(m_devices, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_record);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_leftoverBar);
    layout->addLayout(deviceRow);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_meter);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_record, &QPushButton::clicked, this, &RecorderDialog::record);
    connect(m_pause, &QPushButton::clicked, this, [this] { m_state == State::Paused ? resume() : pause(); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (!stopAndImport().isEmpty())
            accept();
    });
    connect(leftoverImport, &QPushButton::clicked, this, [this] {
        const QString noteId = importRecording(m_leftoverPath);
        if (!noteId.isEmpty())
            offerLeftovers();
    });
    connect(leftoverDiscard, &QPushButton::clicked, this, [this] {
        QFile::remove(m_leftoverPath);
        offerLeftovers();
    });
    auto* devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioInputsChanged, this, &RecorderDialog::fillDevices);
    fillDevices();
    offerLeftovers();
    setState(State::Idle);
}

RecorderDialog::~RecorderDialog()
{
    if (m_source)
        m_source->stop();
    // m_file closes itself with its header complete; the file stays to be offered next time.
}

void RecorderDialog::useSource(std::unique_ptr<AudioCaptureSource> source)
{
    m_injected = std::move(source);
    fillDevices();
}

void RecorderDialog::fillDevices()
{
    if (m_state != State::Idle)
        return;
    const QString current = m_devices->currentData().toString();
    m_devices->clear();
    if (m_injected) {
        m_devices->addItem(tr("Audio file (test input)"), QStringLiteral("file"));
    } else {
        const QAudioDevice preferred = QMediaDevices::defaultAudioInput();
        for (const QAudioDevice& device : QMediaDevices::audioInputs()) {
            m_devices->addItem(device.description(), QString::fromUtf8(device.id()));
            if (device.id() == preferred.id())
                m_devices->setCurrentIndex(m_devices->count() - 1);
        }
        const int index = m_devices->findData(current);
        if (index >= 0)
            m_devices->setCurrentIndex(index);
    }
    m_devices->setEnabled(m_devices->count() > 1);
    if (m_devices->count() == 0) {
        m_devices->addItem(tr("No microphone found"));
        m_devices->setEnabled(false);
        showMessage(tr("No microphone was found. Connect one (or allow Voxnote to use it) and it will appear "
                       "here."),
            true);
    } else if (m_message->property("error").toBool()) {
        showMessage({}, false);
    }
    setState(m_state);
}

bool RecorderDialog::canRecord() const
{
    return m_injected || !m_devices->currentData().toString().isEmpty();
}

QString RecorderDialog::message() const
{
    return m_message->text();
}

bool RecorderDialog::record()
{
    if (m_state != State::Idle || !canRecord())
        return false;
    if (m_injected) {
        m_source = m_injected.get();
    } else {
        QAudioDevice chosen;
        for (const QAudioDevice& device : QMediaDevices::audioInputs()) {
            if (QString::fromUtf8(device.id()) == m_devices->currentData().toString())
                chosen = device;
        }
        m_microphone = std::make_unique<MicrophoneCaptureSource>(chosen);
        m_source = m_microphone.get();
    }
    const QString folder = recordingsFolder(m_services.dataDir());
    const QString name
        = tr("Recording %1")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss")));
    try {
        if (!QDir().mkpath(folder))
            throw Error(tr("The folder %1 could not be created.").arg(folder));
        m_file.open(QDir(folder).filePath(name + QStringLiteral(".wav")), m_source->sampleRate(),
            m_source->channels());
    } catch (const Error& error) {
        showMessage(error.message(), true);
        m_source = nullptr;
        return false;
    }
    connect(m_source, &AudioCaptureSource::audioCaptured, this, &RecorderDialog::onCaptured);
    connect(m_source, &AudioCaptureSource::failed, this, &RecorderDialog::onFailed);
    if (!m_source->start()) {
        const QString reason = m_source->errorString();
        m_source->disconnect(this);
        m_source = nullptr;
        const QString path = m_file.path();
        m_file.finish();
        QFile::remove(path);
        showMessage(reason, true);
        return false;
    }
    qCInfo(lcUi) << "recording to" << m_file.path();
    showMessage(tr("Recording. The audio is saved as it comes in."), false);
    setState(State::Recording);
    return true;
}

void RecorderDialog::pause()
{
    if (m_state != State::Recording)
        return;
    m_source->pause();
    m_meter->setLevel(0);
    showMessage(tr("Paused."), false);
    setState(State::Paused);
}

void RecorderDialog::resume()
{
    if (m_state != State::Paused)
        return;
    m_source->resume();
    showMessage(tr("Recording. The audio is saved as it comes in."), false);
    setState(State::Recording);
}

QString RecorderDialog::stopAndImport()
{
    if (m_state == State::Idle)
        return {};
    m_source->stop();
    m_source->disconnect(this);
    m_source = nullptr;
    const QString path = m_file.path();
    const qint64 duration = m_file.durationMs();
    try {
        m_file.finish();
    } catch (const Error& error) {
        showMessage(error.message(), true);
    }
    setState(State::Idle);
    m_meter->setLevel(0);
    if (duration == 0) {
        QFile::remove(path);
        showMessage(tr("Nothing was recorded."), true);
        return {};
    }
    return importRecording(path);
}

QString RecorderDialog::importRecording(const QString& path)
{
    try {
        const pipelines::ImportedMedia imported = m_services.mediaImport().importFile(path);
        // The blob store holds the audio now.
        QFile::remove(path);
        showMessage(tr("Saved as a note. Transcription has started."), false);
        emit recorded(imported.noteId);
        return imported.noteId;
    } catch (const Error& error) {
        showMessage(
            tr("%1 The recording is kept in %2.").arg(error.message(), QDir::toNativeSeparators(path)), true);
        return {};
    }
}

void RecorderDialog::onCaptured(const QByteArray& samples)
{
    if (m_state != State::Recording)
        return;
    try {
        m_file.append(samples);
    } catch (const Error& error) {
        // A full disk: keep what was written, stop taking more.
        onFailed(error.message());
        return;
    }
    m_meter->setLevel(LevelMeter::levelOf(samples));
    m_elapsed->setText(formatPlayerTime(m_file.durationMs()));
}

void RecorderDialog::onFailed(const QString& message)
{
    if (m_state == State::Idle)
        return;
    m_source->stop();
    m_source->disconnect(this);
    m_source = nullptr;
    try {
        m_file.finish();
    } catch (const Error&) {
        // Reported below; what was written stays.
    }
    setState(State::Idle);
    showMessage(message, true);
    offerLeftovers();
}

void RecorderDialog::setState(State state)
{
    m_state = state;
    const bool idle = state == State::Idle;
    m_record->setEnabled(idle && canRecord());
    m_pause->setEnabled(!idle);
    m_pause->setText(state == State::Paused ? tr("Resume") : tr("Pause"));
    m_stop->setEnabled(!idle);
    m_devices->setEnabled(idle && m_devices->count() > 1);
    if (idle)
        m_elapsed->setText(formatPlayerTime(0));
}

void RecorderDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #d04040;") : QString());
}

void RecorderDialog::offerLeftovers()
{
    m_leftoverPath.clear();
    const QDir folder(recordingsFolder(m_services.dataDir()));
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("*.wav")}, QDir::Files, QDir::Time);
    for (const QFileInfo& file : files) {
        if (file.absoluteFilePath() != QFileInfo(m_file.path()).absoluteFilePath() || !m_file.isOpen()) {
            m_leftoverPath = file.absoluteFilePath();
            m_leftoverText->setText(
                tr("“%1” was not saved as a note (Voxnote closed while recording). Import it now?")
                    .arg(file.completeBaseName()));
            break;
        }
    }
    m_leftoverBar->setVisible(!m_leftoverPath.isEmpty());
}

void RecorderDialog::reject()
{
    // Closing never throws a recording away.
    if (m_state != State::Idle) {
        if (stopAndImport().isEmpty())
            return;
    }
    QDialog::reject();
}

} // namespace voxnote::ui
