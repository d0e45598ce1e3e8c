#include "settings/VocabularyPanel.h"

#include "Error.h"
#include "settings/Settings.h"
#include "speech/Vocabulary.h"
#include "speech/WordPronouncer.h"
#include "util/BackgroundTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {

/// What the background lookup gives back: the entry, or why there is none.
struct Lookup
{
    speech::VocabularyWord entry;
    QString error;
};

} // namespace

VocabularyPanel::VocabularyPanel(settings::Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_list(new QListWidget(this))
    , m_word(new QLineEdit(this))
    , m_soundsLike(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("vocabularyPanel"));
    m_list->setObjectName(QStringLiteral("vocabularyList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_word->setObjectName(QStringLiteral("vocabularyWord"));
    m_word->setPlaceholderText(tr("A name or term, e.g. Siobhan"));
    m_soundsLike->setObjectName(QStringLiteral("vocabularySoundsLike"));
    m_soundsLike->setPlaceholderText(tr("Sounds like (optional), e.g. shiv on"));
    m_add->setObjectName(QStringLiteral("vocabularyAdd"));
    m_remove->setObjectName(QStringLiteral("vocabularyRemove"));
    m_message->setObjectName(QStringLiteral("vocabularyMessage"));
    m_message->setWordWrap(true);

    auto* intro = new QLabel(tr("Names, places and terms of your own that transcription should recognise. "
                                "Voxnote finds how each sounds; give a spelling that sounds the same if "
                                "it is unusual."),
        this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    auto* fields = new QHBoxLayout;
    fields->addWidget(m_word, 2);
    fields->addWidget(m_soundsLike, 2);
    fields->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fields);
    layout->addWidget(m_list, 1);
    auto* below = new QHBoxLayout;
    below->addWidget(m_message, 1);
    below->addWidget(m_remove, 0, Qt::AlignTop);
    layout->addLayout(below);

    connect(m_add, &QPushButton::clicked, this, &VocabularyPanel::addWord);
    connect(m_word, &QLineEdit::returnPressed, this, &VocabularyPanel::addWord);
    connect(m_soundsLike, &QLineEdit::returnPressed, this, &VocabularyPanel::addWord);
    connect(m_remove, &QPushButton::clicked, this, &VocabularyPanel::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    reload();
}

void VocabularyPanel::reload()
{
    m_list->clear();
    const speech::Vocabulary vocabulary = m_settings.vocabulary();
    for (const speech::VocabularyWord& entry : vocabulary.words()) {
        auto* item = new QListWidgetItem(entry.soundsLike.isEmpty()
                ? entry.word
                : tr("%1 — sounds like “%2”").arg(entry.word, entry.soundsLike),
            m_list);
        item->setData(Qt::UserRole, entry.word);
        item->setToolTip(entry.phones);
    }
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void VocabularyPanel::setBusy(bool busy)
{
    m_add->setEnabled(!busy);
    m_word->setEnabled(!busy);
    m_soundsLike->setEnabled(!busy);
}

void VocabularyPanel::addWord()
{
    const QString word = m_word->text().trimmed();
    const QString soundsLike = m_soundsLike->text().trimmed();
    if (word.isEmpty() || !m_add->isEnabled())
        return;
    try {
        speech::Vocabulary::checkedSpelling(word);
    } catch (const Error& error) {
        m_message->setText(error.message());
        emit wordProcessed();
        return;
    }
    setBusy(true);
    m_message->setText(tr("Finding how “%1” sounds…").arg(word));
    // Reading the pronouncing dictionary or asking espeak-ng takes a moment.
    voxnote::runInBackground<Lookup>(
        this,
        [word, soundsLike] {
            try {
                speech::Vocabulary scratch;
                return Lookup {scratch.add(word, soundsLike, speech::WordPronouncer()), QString()};
            } catch (const Error& error) {
                return Lookup {{}, error.message()};
            }
        },
        [this](Lookup lookup) {
            setBusy(false);
            if (lookup.error.isEmpty()) {
                // Added to the vocabulary as it is now, not as it was when the lookup began.
                speech::Vocabulary vocabulary = m_settings.vocabulary();
                try {
                    vocabulary.put(lookup.entry);
                    m_settings.setVocabulary(vocabulary);
                    m_message->setText(tr("Added “%1”; recordings transcribed from now on recognise it.")
                                           .arg(lookup.entry.word));
                    m_word->clear();
                    m_soundsLike->clear();
                    reload();
                } catch (const Error& error) {
                    m_message->setText(error.message());
                }
            } else {
                m_message->setText(lookup.error);
            }
            m_word->setFocus();
            emit wordProcessed();
        });
}

void VocabularyPanel::removeSelected()
{
    speech::Vocabulary vocabulary = m_settings.vocabulary();
    QStringList removed;
    for (const QListWidgetItem* item : m_list->selectedItems()) {
        const QString word = item->data(Qt::UserRole).toString();
        if (vocabulary.remove(word))
            removed << word;
    }
    if (removed.isEmpty())
        return;
    m_settings.setVocabulary(vocabulary);
    m_message->setText(removed.size() == 1 ? tr("Removed “%1”.").arg(removed.first())
                                           : tr("Removed %1 words.").arg(removed.size()));
    reload();
}

QString VocabularyPanel::message() const
{
    return m_message->text();
}

} // namespace voxnote::ui
