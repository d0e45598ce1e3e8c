#include "readaloud/ReadAloudPanel.h"

#include "tts/AudioSink.h"
#include "tts/SoundFileWriter.h"
#include "util/BackgroundTask.h"
#include "voice/MediaBackend.h"
#include "worker/WorkerSynthesizer.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace voxnote::ui {

namespace {

constexpr int kChunkChars = 1200; ///< text synthesized at a time, cut at a sentence end
constexpr qint64 kAheadMs = 15'000; ///< speech kept ready ahead of the voice
constexpr int kTickMs = 30;

/// Collects 16-bit samples in memory.
class BufferSink : public tts::AudioSink
{
public:
    void write(const qint16* samples, qsizetype count) override
    {
        pcm.append(reinterpret_cast<const char*>(samples), count * qsizetype(sizeof(qint16)));
    }
    QByteArray pcm;
};

bool speakable(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

/// Where a chunk starting at `from` should end: after the last sentence end
/// (or line break, or space) within `kChunkChars`.
int chunkEnd(const QString& text, int from)
{
    const int limit = std::min(int(text.size()), from + kChunkChars);
    if (limit == text.size())
        return limit;
    for (const auto& isBreak : {std::function<bool(QChar)>([](QChar c) {
                                    return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u'。';
                                }),
             std::function<bool(QChar)>([](QChar c) { return c.isSpace(); })}) {
        for (int i = limit - 1; i > from + kChunkChars / 3; --i) {
            if (isBreak(text.at(i)))
                return i + 1;
        }
    }
    return limit;
}

} // namespace

struct ReadAloudPanel::Chunk
{
    int offset = 0;
    int length = 0;
    QByteArray pcm;
    QList<tts::SpokenWord> words;
    int sampleRate = 0;
    QString error;
    bool cancelled = false;
};

ReadAloudPanel::ReadAloudPanel(std::shared_ptr<tts::SpeechSynthesizer> synthesizer, QWidget* parent)
    : QWidget(parent)
    , m_synthesizer(synthesizer ? std::move(synthesizer) : worker::WorkerSynthesizer::interactive())
    , m_view(new QTextEdit(this))
    , m_voice(new QComboBox(this))
    , m_rate(new QSpinBox(this))
    , m_play(new QToolButton(this))
    , m_stop(new QToolButton(this))
    , m_save(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_timer(new QTimer(this))
{
    preferFfmpegMediaBackend();
    setObjectName(QStringLiteral("readAloudPanel"));
    m_play->setObjectName(QStringLiteral("readPlay"));
    m_play->setIconSize(QSize(24, 24));
    m_play->setAutoRaise(true);
    m_stop->setObjectName(QStringLiteral("readStop"));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_stop->setToolTip(tr("Stop"));
    m_stop->setAutoRaise(true);
    m_voice->setObjectName(QStringLiteral("readVoice"));
    m_voice->setToolTip(tr("Voice"));
    m_voice->addItem(tr("Voice for the text’s language"), QString());
    m_voice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_voice->setMaximumWidth(260);
    m_rate->setObjectName(QStringLiteral("readRate"));
    m_rate->setRange(80, 450);
    m_rate->setSingleStep(25);
    m_rate->setValue(175);
    m_rate->setSuffix(tr(" words/min"));
    m_rate->setToolTip(tr("Speaking rate"));
    m_save->setObjectName(QStringLiteral("readSave"));
    m_save->setText(tr("Save as Audio…"));

    m_view->setObjectName(QStringLiteral("readText"));
    m_view->setReadOnly(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->document()->setDocumentMargin(16);
    QFont reading = m_view->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.15);
    m_view->setFont(reading);
    m_message->setObjectName(QStringLiteral("readMessage"));
    m_message->setContentsMargins(12, 2, 12, 4);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* top = new QHBoxLayout;
    top->setContentsMargins(8, 6, 12, 6);
    top->addWidget(m_play);
    top->addWidget(m_stop);
    top->addSpacing(8);
    top->addWidget(m_voice);
    top->addWidget(m_rate);
    top->addStretch(1);
    top->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &ReadAloudPanel::tick);
    connect(m_play, &QToolButton::clicked, this, [this] { m_state == State::Playing ? pause() : play(); });
    connect(m_stop, &QToolButton::clicked, this, &ReadAloudPanel::stop);
    connect(m_save, &QToolButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Speech as Audio"),
            folder + u'/' + tr("Speech") + QStringLiteral(".ogg"), tr("Audio (*.ogg *.wav *.flac *.mp3)"));
        if (!path.isEmpty())
            saveAudio(path);
    });
    setState(State::Stopped);
    loadVoices();
}

ReadAloudPanel::~ReadAloudPanel()
{
    if (m_cancel)
        m_cancel->request();
}

void ReadAloudPanel::loadVoices()
{
    auto synthesizer = m_synthesizer;
    voxnote::runInBackground<QList<tts::Voice>>(
        this,
        [synthesizer] {
            try {
                return synthesizer->voices();
            } catch (const Error&) {
                return QList<tts::Voice>();
            }
        },
        [this](QList<tts::Voice> voices) {
            std::sort(voices.begin(), voices.end(), [](const tts::Voice& a, const tts::Voice& b) {
                return a.name.localeAwareCompare(b.name) < 0;
            });
            const QString current = m_voice->currentData().toString();
            for (const tts::Voice& voice : voices)
                m_voice->addItem(voice.name, voice.identifier);
            m_voice->setCurrentIndex(std::max(0, m_voice->findData(current)));
        });
}

void ReadAloudPanel::setText(const QString& text)
{
    stop();
    m_text = text;
    m_view->setPlainText(text);
    m_play->setEnabled(speakable(text));
    m_save->setEnabled(speakable(text));
    showMessage(speakable(text) ? QString() : tr("There is no text to read aloud."));
}

QString ReadAloudPanel::text() const
{
    return m_text;
}

void ReadAloudPanel::setVoice(const QString& identifier)
{
    int index = m_voice->findData(identifier);
    if (index < 0) {
        m_voice->addItem(identifier, identifier);
        index = m_voice->count() - 1;
    }
    m_voice->setCurrentIndex(index);
}

void ReadAloudPanel::setRate(int wordsPerMinute)
{
    m_rate->setValue(wordsPerMinute);
}

tts::SpeechSettings ReadAloudPanel::settings() const
{
    tts::SpeechSettings settings;
    settings.voice = m_voice->currentData().toString();
    settings.rateWpm = m_rate->value();
    return settings;
}

void ReadAloudPanel::play()
{
    if (m_state == State::Playing || !speakable(m_text))
        return;
    if (m_state == State::Paused) {
        if (m_sink)
            m_sink->resume();
        else if (m_outputStarted)
            m_clock.start();
        setState(State::Playing);
        return;
    }
    showMessage({});
    m_cancel = std::make_shared<Cancellation>();
    setState(State::Playing);
    synthesizeNext();
}

void ReadAloudPanel::pause()
{
    if (m_state != State::Playing)
        return;
    if (m_sink) {
        m_sink->suspend();
    } else if (m_clock.isValid()) {
        m_clockBaseMs += m_clock.elapsed();
        m_clock.invalidate();
    }
    setState(State::Paused);
}

void ReadAloudPanel::stop()
{
    if (m_cancel)
        m_cancel->request();
    m_cancel.reset();
    if (m_sink) {
        m_sink->stop();
        m_sink->deleteLater();
        m_sink = nullptr;
        m_device = nullptr;
    }
    m_clock.invalidate();
    m_clockBaseMs = 0;
    m_outputStarted = false;
    m_nextOffset = 0;
    m_synthesizing = false;
    m_allSynthesized = false;
    m_sampleRate = 0;
    m_synthesizedMs = 0;
    m_words.clear();
    m_pending.clear();
    m_highlighted = -1;
    m_view->setExtraSelections({});
    setState(State::Stopped);
}

qint64 ReadAloudPanel::positionMs() const
{
    qint64 position = 0;
    if (m_sink)
        position = m_sink->processedUSecs() / 1000;
    else
        position = m_clockBaseMs + (m_clock.isValid() ? m_clock.elapsed() : 0);
    return std::clamp<qint64>(position, 0, m_synthesizedMs);
}

void ReadAloudPanel::synthesizeNext()
{
    if (m_synthesizing || m_allSynthesized || !m_cancel)
        return;
    // Skip stretches with nothing to say (a line of dashes between chunks).
    int from = m_nextOffset;
    int to = chunkEnd(m_text, from);
    while (from < m_text.size() && !speakable(QStringView(m_text).mid(from, to - from))) {
        from = to;
        to = chunkEnd(m_text, from);
    }
    if (from >= m_text.size()) {
        m_allSynthesized = true;
        return;
    }
    m_synthesizing = true;
    auto synthesizer = m_synthesizer;
    auto cancel = m_cancel;
    const QString text = m_text.mid(from, to - from);
    const tts::SpeechSettings settings = this->settings();
    voxnote::runInBackground<Chunk>(
        this,
        [synthesizer, cancel, text, settings, from, to] {
            Chunk chunk;
            chunk.offset = from;
            chunk.length = to - from;
            try {
                BufferSink sink;
                const tts::SpeechResult result = synthesizer->synthesize(
                    text, settings, sink, [&chunk](const tts::SpokenWord& word) { chunk.words.append(word); },
                    {}, *cancel);
                chunk.pcm = std::move(sink.pcm);
                chunk.sampleRate = result.sampleRate;
            } catch (const Cancelled&) {
                chunk.cancelled = true;
            } catch (const Error& error) {
                chunk.error = error.message();
            }
            return chunk;
        },
        [this, cancel](Chunk chunk) {
            if (cancel != m_cancel || chunk.cancelled)
                return; // stopped meanwhile
            m_synthesizing = false;
            if (!chunk.error.isEmpty()) {
                stop();
                showMessage(chunk.error);
                emit errorOccurred(chunk.error);
                return;
            }
            appendChunk(chunk);
        });
}

void ReadAloudPanel::appendChunk(const Chunk& chunk)
{
    m_sampleRate = chunk.sampleRate;
    for (tts::SpokenWord word : chunk.words) {
        word.position += chunk.offset;
        word.startMs += m_synthesizedMs;
        m_words.append(word);
    }
    m_synthesizedMs += chunk.sampleRate > 0 ? qint64(chunk.pcm.size() / 2) * 1000 / chunk.sampleRate : 0;
    m_nextOffset = chunk.offset + chunk.length;
    m_allSynthesized = m_nextOffset >= m_text.size();
    if (m_state == State::Stopped)
        return;
    if (!m_outputStarted)
        startOutput();
    if (m_sink)
        m_pending.append(chunk.pcm);
    tick();
}

void ReadAloudPanel::startOutput()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (!device.isNull()) {
        QAudioFormat format;
        format.setSampleRate(m_sampleRate);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
        if (device.isFormatSupported(format)) {
            m_sink = new QAudioSink(device, format, this);
            m_device = m_sink->start();
            if (!m_device || m_sink->error() != QAudio::NoError) {
                delete m_sink;
                m_sink = nullptr;
                m_device = nullptr;
            }
        }
    }
    m_outputStarted = true;
    if (m_state != State::Playing) {
        if (m_sink)
            m_sink->suspend();
        return;
    }
    // Without a sound device (a server, a test machine) keep time, so the
    // words are still followed.
    if (!m_sink)
        m_clock.start();
    m_timer->start();
}

void ReadAloudPanel::tick()
{
    if (m_state == State::Stopped)
        return;
    if (m_sink && m_device && !m_pending.isEmpty()) {
        const qint64 written
            = m_device->write(m_pending.constData(), std::min<qint64>(m_pending.size(), m_sink->bytesFree()));
        if (written > 0)
            m_pending.remove(0, written);
    }
    const qint64 position = positionMs();
    auto after = std::upper_bound(m_words.cbegin(), m_words.cend(), position,
        [](qint64 t, const tts::SpokenWord& word) { return t < word.startMs; });
    const int word = after == m_words.cbegin() ? -1 : int(after - m_words.cbegin()) - 1;
    if (word != m_highlighted && word >= 0)
        highlight(word);
    if (!m_allSynthesized && m_synthesizedMs - position < kAheadMs)
        synthesizeNext();
    if (m_allSynthesized && !m_synthesizing && m_sampleRate > 0 && position >= m_synthesizedMs
        && m_pending.isEmpty()) {
        stop();
        emit finished();
    }
}

void ReadAloudPanel::highlight(int word)
{
    m_highlighted = word;
    const tts::SpokenWord& spoken = m_words.at(word);
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(m_view->document());
    selection.cursor.setPosition(spoken.position);
    selection.cursor.setPosition(spoken.position + spoken.length, QTextCursor::KeepAnchor);
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    selection.format.setBackground(dark ? QColor(160, 120, 20) : QColor(255, 222, 120));
    selection.format.setForeground(dark ? QColor(250, 250, 250) : QColor(20, 20, 20));
    m_view->setExtraSelections({selection});
    const QRect rect = m_view->cursorRect(selection.cursor);
    if (!m_view->viewport()->rect().adjusted(0, 30, 0, -30).contains(rect)) {
        QScrollBar* bar = m_view->verticalScrollBar();
        bar->setValue(bar->value() + rect.top() - m_view->viewport()->height() / 3);
    }
    emit wordHighlighted(spoken.position, spoken.length);
}

void ReadAloudPanel::setState(State state)
{
    const bool changed = state != m_state;
    m_state = state;
    if (state != State::Playing)
        m_timer->stop();
    else if (m_outputStarted)
        m_timer->start();
    const bool playing = state == State::Playing;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Read aloud"));
    m_play->setAccessibleName(m_play->toolTip());
    m_stop->setEnabled(state != State::Stopped);
    if (changed)
        emit stateChanged(state);
}

void ReadAloudPanel::saveAudio(const QString& path)
{
    if (!speakable(m_text)) {
        showMessage(tr("There is no text to read aloud."));
        emit errorOccurred(m_message->text());
        return;
    }
    auto synthesizer = m_synthesizer;
    const QString text = m_text;
    const tts::SpeechSettings settings = this->settings();
    m_save->setEnabled(false);
    showMessage(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    voxnote::runInBackground<QString>(
        this,
        [synthesizer, text, settings, path] {
            try {
                tts::SoundFileWriter writer(path, synthesizer->sampleRate());
                synthesizer->synthesize(text, settings, writer, {}, {}, Cancellation());
                writer.commit();
                return QString();
            } catch (const Error& error) {
                return error.message();
            }
        },
        [this, path](const QString& error) {
            m_save->setEnabled(true);
            if (error.isEmpty()) {
                showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()));
                emit saved(path);
            } else {
                showMessage(error);
                emit errorOccurred(error);
            }
        });
}

void ReadAloudPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace voxnote::ui
