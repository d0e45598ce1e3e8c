#include "settings/SettingsDialog.h"

#include "Error.h"
#include "Theme.h"
#include "notify/EmailOutbox.h"
#include "ocr/TessData.h"
#include "people/PersonRepository.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "settings/VocabularyPanel.h"
#include "storage/Profile.h"
#include "util/BackgroundTask.h"
#include "util/Log.h"
#include "worker/WorkerSynthesizer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace voxnote::ui {

namespace {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// A form at the top of `page`, the rest left empty below it.
QFormLayout* formOn(QWidget* page)
{
    auto* column = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addLayout(form);
    column->addStretch();
    return form;
}

/// "English (eng)", "한국어 (kor)" for a tesseract language code.
QString languageName(const QString& code)
{
    static const QHash<QString, QString> iso {{QStringLiteral("eng"), QStringLiteral("en")},
        {QStringLiteral("kor"), QStringLiteral("ko")}, {QStringLiteral("deu"), QStringLiteral("de")},
        {QStringLiteral("fra"), QStringLiteral("fr")}, {QStringLiteral("ita"), QStringLiteral("it")},
        {QStringLiteral("por"), QStringLiteral("pt")}, {QStringLiteral("spa"), QStringLiteral("es")},
        {QStringLiteral("jpn"), QStringLiteral("ja")}, {QStringLiteral("chi_sim"), QStringLiteral("zh")}};
    const QLocale locale(iso.value(code, code));
    if (locale.language() == QLocale::C)
        return code;
    QString name = code == u"eng" ? QStringLiteral("English") : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace

SettingsDialog::SettingsDialog(storage::Profile& profile, settings::Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(buildProfileTab(), tr("Profile"));
    m_tabs->addTab(buildTeamTab(), tr("Team"));
    m_tabs->addTab(buildProcessingTab(), tr("Recognition and Voice"));
    m_tabs->addTab(buildEmailTab(), tr("E-mail"));
    m_tabs->addTab(buildAppearanceTab(), tr("Appearance"));
    m_tabs->addTab(buildDataTab(), tr("Data"));
    m_tabs->addTab(buildSyncTab(), tr("Sync"));
    // Last, so the other tabs keep their places (save() turns to them by index).
    m_tabs->addTab(new VocabularyPanel(settings), tr("Your Words"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(620, 480);
}

QWidget* SettingsDialog::buildProfileTab()
{
    auto* page = new QWidget;
    const people::Person me = people::PersonRepository(m_profile.database()).me();
    m_myName = new QLineEdit(me.name, page);
    m_myName->setObjectName(QStringLiteral("myName"));
    m_myName->setPlaceholderText(tr("Your name, as your team sees it"));
    m_myEmail = new QLineEdit(me.email, page);
    m_myEmail->setObjectName(QStringLiteral("myEmail"));
    m_myEmail->setPlaceholderText(tr("name@example.org"));
    QFormLayout* form = formOn(page);
    form->addRow(tr("Name:"), m_myName);
    form->addRow(tr("E-mail:"), m_myEmail);
    form->addRow(hint(tr("Tasks assigned to you and their notifications use this profile. The e-mail address "
                         "receives notifications when e-mail is set up."),
        page));
    return page;
}

QWidget* SettingsDialog::buildTeamTab()
{
    auto* page = new QWidget;
    m_team = new QListWidget(page);
    m_team->setObjectName(QStringLiteral("teamList"));
    m_memberName = new QLineEdit(page);
    m_memberName->setObjectName(QStringLiteral("memberName"));
    m_memberName->setPlaceholderText(tr("Name"));
    m_memberEmail = new QLineEdit(page);
    m_memberEmail->setObjectName(QStringLiteral("memberEmail"));
    m_memberEmail->setPlaceholderText(tr("E-mail (optional)"));
    auto* add = new QPushButton(tr("Add"), page);
    add->setObjectName(QStringLiteral("addMember"));
    auto* rename = new QPushButton(tr("Save Changes"), page);
    rename->setObjectName(QStringLiteral("renameMember"));
    auto* fields = new QHBoxLayout;
    fields->addWidget(m_memberName, 2);
    fields->addWidget(m_memberEmail, 2);
    fields->addWidget(add);
    fields->addWidget(rename);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_team, 1);
    layout->addLayout(fields);
    layout->addWidget(
        hint(tr("Select a person to change their name or address; tasks keep their assignee."), page));
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addMember);
    connect(rename, &QPushButton::clicked, this, &SettingsDialog::renameMember);
    connect(m_team, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem* item = m_team->item(row)) {
            m_memberName->setText(item->data(Qt::UserRole + 1).toString());
            m_memberEmail->setText(item->data(Qt::UserRole + 2).toString());
        }
    });
    reloadTeam();
    return page;
}

void SettingsDialog::reloadTeam()
{
    people::PersonRepository people(m_profile.database());
    const QString meId = people.me().id;
    m_team->clear();
    for (const people::Person& person : people.list()) {
        if (person.id == meId)
            continue;
        auto* item = new QListWidgetItem(
            person.email.isEmpty() ? person.name : QStringLiteral("%1 <%2>").arg(person.name, person.email),
            m_team);
        item->setData(Qt::UserRole, person.id);
        item->setData(Qt::UserRole + 1, person.name);
        item->setData(Qt::UserRole + 2, person.email);
    }
}

void SettingsDialog::addMember()
{
    try {
        people::PersonRepository(m_profile.database())
            .add(m_memberName->text().trimmed(), m_memberEmail->text().trimmed());
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Team"), error.message());
        return;
    }
    m_memberName->clear();
    m_memberEmail->clear();
    reloadTeam();
    emit peopleChanged();
}

void SettingsDialog::renameMember()
{
    QListWidgetItem* item = m_team->currentItem();
    if (!item) {
        QMessageBox::information(this, tr("Team"), tr("Select the person to change first."));
        return;
    }
    try {
        people::PersonRepository(m_profile.database())
            .update(item->data(Qt::UserRole).toString(), m_memberName->text().trimmed(),
                m_memberEmail->text().trimmed());
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Team"), error.message());
        return;
    }
    reloadTeam();
    emit peopleChanged();
}

QWidget* SettingsDialog::buildProcessingTab()
{
    auto* page = new QWidget;
    m_ocrLanguages = new QListWidget(page);
    m_ocrLanguages->setObjectName(QStringLiteral("ocrLanguages"));
    m_ocrLanguages->setMaximumHeight(110);
    const QStringList chosen = m_settings.ocrLanguages();
    QStringList installed;
    try {
        installed = ocr::TessData::installedLanguages();
    } catch (const Error& error) {
        qCWarning(lcUi) << error.message();
    }
    installed.removeAll(QStringLiteral("osd"));
    for (const QString& language : std::as_const(installed)) {
        auto* item = new QListWidgetItem(languageName(language), m_ocrLanguages);
        item->setData(Qt::UserRole, language);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(language) ? Qt::Checked : Qt::Unchecked);
    }

    m_voice = new QComboBox(page);
    m_voice->setObjectName(QStringLiteral("defaultVoice"));
    m_voice->addItem(tr("Match the text's language"), QString());
    // The saved voice stands by its identifier until the list arrives, so
    // saving before then keeps it.
    if (const QString saved = m_settings.voice(); !saved.isEmpty()) {
        m_voice->addItem(saved, saved);
        m_voice->setCurrentIndex(1);
    }
    // The voices come from an engine worker that may have to start first:
    // never on the GUI thread.
    auto synthesizer = worker::WorkerSynthesizer::interactive();
    voxnote::runInBackground<QList<tts::Voice>>(
        m_voice,
        [synthesizer] {
            try {
                return synthesizer->voices();
            } catch (const Error& error) {
                qCWarning(lcUi) << error.message();
                return QList<tts::Voice>();
            }
        },
        [combo = m_voice](const QList<tts::Voice>& voices) {
            for (const tts::Voice& voice : voices) {
                if (const int known = combo->findData(voice.identifier); known >= 0)
                    combo->setItemText(known, voice.name);
                else
                    combo->addItem(voice.name, voice.identifier);
            }
        });
    m_rate = new QSpinBox(page);
    m_rate->setObjectName(QStringLiteral("defaultRate"));
    m_rate->setRange(0, 450);
    m_rate->setSingleStep(10);
    m_rate->setSpecialValueText(tr("Normal"));
    m_rate->setSuffix(tr(" words per minute"));
    m_rate->setValue(m_settings.rateWpm());
    m_speakers = new QSpinBox(page);
    m_speakers->setObjectName(QStringLiteral("speakerCount"));
    m_speakers->setRange(0, 20);
    m_speakers->setSpecialValueText(tr("Estimate"));
    m_speakers->setValue(m_settings.speakers());

    QFormLayout* form = formOn(page);
    form->addRow(tr("Text recognition languages:"), m_ocrLanguages);
    form->addRow(tr("Read-aloud voice:"), m_voice);
    form->addRow(tr("Reading speed:"), m_rate);
    form->addRow(tr("Speakers in recordings:"), m_speakers);
    form->addRow(hint(tr("These apply to what is imported or recorded from now on, in the window and on the "
                         "command line."),
        page));
    return page;
}

QWidget* SettingsDialog::buildEmailTab()
{
    auto* page = new QWidget;
    const notify::SmtpSettings smtp = notify::EmailOutbox::settings(m_profile.database());
    m_smtpUrl = new QLineEdit(smtp.url, page);
    m_smtpUrl->setObjectName(QStringLiteral("smtpUrl"));
    m_smtpUrl->setPlaceholderText(QStringLiteral("smtps://mail.example.org:465"));
    m_smtpFrom = new QLineEdit(smtp.from, page);
    m_smtpFrom->setObjectName(QStringLiteral("smtpFrom"));
    m_smtpFrom->setPlaceholderText(QStringLiteral("voxnote@example.org"));
    m_smtpUser = new QLineEdit(smtp.user, page);
    m_smtpUser->setObjectName(QStringLiteral("smtpUser"));
    m_smtpPassword = new QLineEdit(smtp.password, page);
    m_smtpPassword->setObjectName(QStringLiteral("smtpPassword"));
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_smtpUnencrypted = new QCheckBox(
        tr("Send without encryption (only for a relay on this computer or a network you trust)"), page);
    m_smtpUnencrypted->setObjectName(QStringLiteral("smtpUnencrypted"));
    m_smtpUnencrypted->setChecked(smtp.allowUnencrypted);
    QFormLayout* form = formOn(page);
    form->addRow(tr("Server:"), m_smtpUrl);
    form->addRow(tr("Sender address:"), m_smtpFrom);
    form->addRow(tr("User name:"), m_smtpUser);
    form->addRow(tr("Password:"), m_smtpPassword);
    auto* passwordPlace = hint(tr("The password is kept in %1, not in Voxnote's database.")
                                   .arg(settings::SecretStore(m_profile.dataDir()).location()),
        page);
    passwordPlace->setObjectName(QStringLiteral("smtpPasswordPlace"));
    form->addRow(QString(), passwordPlace);
    form->addRow(QString(), m_smtpUnencrypted);
    form->addRow(
        hint(tr("Notifications are also sent by e-mail to people with an address when a server is set. "
                "An smtp:// server must offer encryption (STARTTLS) unless you allow sending without it. "
                "These settings stay on this computer and are never synced."),
            page));
    return page;
}

QWidget* SettingsDialog::buildAppearanceTab()
{
    auto* page = new QWidget;
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->addItem(tr("Follow the system"), static_cast<int>(Theme::Mode::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Mode::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(Theme::mode())));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    QFormLayout* form = formOn(page);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Language:"), m_language);
    form->addRow(hint(tr("Voxnote offers to restart when the language changes; jobs at work go on after "
                         "the restart."),
        page));
    return page;
}

QWidget* SettingsDialog::buildDataTab()
{
    auto* page = new QWidget;
    auto* path = new QLineEdit(m_profile.dataDir(), page);
    path->setObjectName(QStringLiteral("dataLocation"));
    path->setReadOnly(true);
    auto* open = new QPushButton(tr("Open Folder"), page);
    connect(open, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_profile.dataDir())); });
    auto* row = new QHBoxLayout;
    row->addWidget(path, 1);
    row->addWidget(open);
    QFormLayout* form = formOn(page);
    form->addRow(tr("Data folder:"), row);
    form->addRow(
        hint(tr("Notes, recordings, images and tasks live here. Start Voxnote with --data-dir to use "
                "another folder. Do not put it in a synced folder; use Sync instead."),
            page));
    return page;
}

QWidget* SettingsDialog::buildSyncTab()
{
    // The sync engineer's SyncSettingsPanel goes here (MainWindow::showSettings calls setSyncPanel).
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("syncTab"));
    auto* layout = new QVBoxLayout(page);
    auto* placeholder = hint(tr("Sync is not set up in this build."), page);
    placeholder->setObjectName(QStringLiteral("syncPlaceholder"));
    layout->addWidget(placeholder);
    layout->addStretch();
    return page;
}

void SettingsDialog::setSyncPanel(QWidget* panel)
{
    QWidget* page = m_tabs->findChild<QWidget*>(QStringLiteral("syncTab"));
    if (auto* placeholder = page->findChild<QLabel*>(QStringLiteral("syncPlaceholder")))
        delete placeholder;
    panel->setParent(page);
    static_cast<QVBoxLayout*>(page->layout())->insertWidget(0, panel, 1);
}

bool SettingsDialog::save()
{
    try {
        people::PersonRepository(m_profile.database())
            .setMe(m_myName->text().trimmed(), m_myEmail->text().trimmed());
    } catch (const Error& error) {
        m_tabs->setCurrentIndex(0);
        QMessageBox::warning(this, tr("Settings"), error.message());
        return false;
    }
    notify::SmtpSettings smtp;
    smtp.url = m_smtpUrl->text().trimmed();
    smtp.from = m_smtpFrom->text().trimmed();
    smtp.user = m_smtpUser->text().trimmed();
    smtp.password = m_smtpPassword->text();
    smtp.allowUnencrypted = m_smtpUnencrypted->isChecked();
    if (!smtp.url.isEmpty() && !smtp.url.startsWith(u"smtp://") && !smtp.url.startsWith(u"smtps://")) {
        m_tabs->setCurrentIndex(3);
        QMessageBox::warning(this, tr("Settings"),
            tr("The e-mail server “%1” must start with smtp:// or smtps://.").arg(smtp.url));
        return false;
    }
    try {
        notify::EmailOutbox::saveSettings(m_profile.database(), smtp);
    } catch (const Error& error) {
        m_tabs->setCurrentIndex(3);
        QMessageBox::warning(this, tr("Settings"), error.message());
        return false;
    }
    QStringList languages;
    for (int row = 0; row < m_ocrLanguages->count(); ++row)
        if (m_ocrLanguages->item(row)->checkState() == Qt::Checked)
            languages << m_ocrLanguages->item(row)->data(Qt::UserRole).toString();
    m_settings.setOcrLanguages(languages);
    m_settings.setVoice(m_voice->currentData().toString());
    m_settings.setRateWpm(m_rate->value());
    m_settings.setSpeakers(m_speakers->value());
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language()) {
        m_settings.setLanguage(language);
        emit languageChanged();
    }
    const auto theme = static_cast<Theme::Mode>(m_theme->currentData().toInt());
    if (theme != Theme::mode()) {
        Theme::setMode(*qApp, theme);
        emit themeChanged();
    }
    return true;
}

void SettingsDialog::done(int result)
{
    if (result == QDialog::Accepted && !save())
        return;
    QDialog::done(result);
}

} // namespace voxnote::ui
