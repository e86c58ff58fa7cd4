#include "IntakeForm.h"

#include "intake/CampaignBox.h"
#include "intake/IntakeDeskSettings.h"
#include "intake/IntakeWatcher.h"
#include "intake/MailboxPassword.h"
#include "net/MailboxAddress.h"
#include "services/PipelineConfigService.h"
#include "settings/ProviderSourceTable.h"
#include "settings/SettingsWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace showroom {

namespace {

QString settingKey(IntakeChannel channel, const char* field)
{
    return QStringLiteral("intake.%1.%2").arg(intakeChannelKey(channel), QLatin1String(field));
}

} // namespace

IntakeForm::IntakeForm(const Session& session, QWidget* parent) : SettingsForm(session, parent)
{
    setObjectName(QStringLiteral("intakeForm"));
    if (auto sources = PipelineConfigService(session.context()).sources())
        m_sources = *sources;
    body()->addWidget(attributionBox());
    body()->addWidget(deskBox());
    body()->addStretch(1);
    initialize();
}

QWidget* IntakeForm::attributionBox()
{
    auto* box = new QGroupBox(tr("Where arriving leads are attributed"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (const IntakeChannel channel : {IntakeChannel::Folder, IntakeChannel::Mailbox}) {
        ChannelBoxes& boxes = channel == IntakeChannel::Folder ? m_folderChannel : m_mailboxChannel;
        boxes.source = new QComboBox(this);
        boxes.source->setObjectName(intakeChannelKey(channel) + QStringLiteral("Source"));
        boxes.source->addItem(tr("The file's usual source"), QString());
        for (const Source& s : m_sources)
            boxes.source->addItem(s.name, s.key);
        boxes.campaign = new QComboBox(this);
        boxes.campaign->setObjectName(intakeChannelKey(channel) + QStringLiteral("Campaign"));
        boxes.campaign->setMinimumContentsLength(18);
        for (QComboBox* combo : {boxes.source, boxes.campaign}) {
            combo->setEnabled(isEditable());
            connect(combo, &QComboBox::activated, this, &IntakeForm::markChanged);
        }
        connect(boxes.source, &QComboBox::activated, this,
                [this, channel] { fillCampaigns(channel, std::nullopt); });
        auto* row = new QHBoxLayout;
        row->addWidget(boxes.source);
        row->addWidget(new QLabel(tr("campaign"), this));
        row->addWidget(boxes.campaign);
        row->addStretch(1);
        form->addRow(channel == IntakeChannel::Folder ? tr("Intake folder:") : tr("Mailbox:"), row);
    }
    m_providers = new ProviderSourceTable(isEditable(), this);
    m_providers->setSources(m_sources);
    connect(m_providers, &ProviderSourceTable::edited, this, &IntakeForm::markChanged);
    form->addRow(tr("ADF providers:"), m_providers);
    form->addRow(QString(),
                 settings::fieldNote(
                     tr("An ADF lead names its sender (the provider): a provider listed here "
                        "gets its source, one named like a source gets that one, any other the "
                        "channel's. A campaign counts only leads of its own source."),
                     this));
    return box;
}

QWidget* IntakeForm::deskBox()
{
    auto* box = new QGroupBox(tr("On this computer"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    addFolderRows(form);
    addMailboxRows(form);
    addStatusRows(form);
    for (QCheckBox* check : {m_folderEnabled, m_mailboxEnabled})
        connect(check, &QCheckBox::toggled, this, &IntakeForm::markChanged);
    for (QLineEdit* edit :
         {m_folder, m_mailboxUrl, m_mailboxLogin, m_mailboxPassword, m_mailboxCaFile})
        connect(edit, &QLineEdit::textEdited, this, &IntakeForm::markChanged);
    connect(m_mailboxMinutes, &QSpinBox::valueChanged, this, &IntakeForm::markChanged);
    for (QWidget* editor : box->findChildren<QWidget*>())
        if (editor != m_checkNow && !qobject_cast<QLabel*>(editor))
            editor->setEnabled(isEditable());
    return box;
}

void IntakeForm::addFolderRows(QFormLayout* form)
{
    m_folderEnabled = new QCheckBox(tr("Watch an intake &folder"), this);
    m_folderEnabled->setObjectName(QStringLiteral("folderEnabled"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("intakeFolder"));
    m_folder->setMinimumWidth(m_folder->fontMetrics().averageCharWidth() * 44);
    auto* choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Intake folder"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(dir));
            m_folderEnabled->setChecked(true);
            markChanged();
        }
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(choose);
    form->addRow(m_folderEnabled, folderRow);
    form->addRow(QString(), settings::fieldNote(tr("ADF, email, vCard and list files dropped "
                                                   "there are imported within seconds, then "
                                                   "moved to processed/ or failed/."),
                                                this));
}

void IntakeForm::addMailboxRows(QFormLayout* form)
{
    m_mailboxEnabled = new QCheckBox(tr("Check a &mailbox"), this);
    m_mailboxEnabled->setObjectName(QStringLiteral("mailboxEnabled"));
    m_mailboxUrl = new QLineEdit(this);
    m_mailboxUrl->setObjectName(QStringLiteral("mailboxUrl"));
    m_mailboxUrl->setPlaceholderText(QStringLiteral("imaps://mail.example.com/INBOX"));
    m_mailboxLogin = new QLineEdit(this);
    m_mailboxLogin->setObjectName(QStringLiteral("mailboxLogin"));
    m_mailboxPassword = new QLineEdit(this);
    m_mailboxPassword->setObjectName(QStringLiteral("mailboxPassword"));
    m_mailboxPassword->setEchoMode(QLineEdit::Password);
    m_mailboxCaFile = new QLineEdit(this);
    m_mailboxCaFile->setObjectName(QStringLiteral("mailboxCaFile"));
    m_mailboxCaFile->setPlaceholderText(tr("only for a server with its own certificate"));
    for (QLineEdit* edit : {m_mailboxUrl, m_mailboxLogin, m_mailboxPassword, m_mailboxCaFile})
        edit->setMinimumWidth(m_folder->minimumWidth());
    auto* chooseCertificate = new QPushButton(tr("Choose…"), this);
    chooseCertificate->setObjectName(QStringLiteral("chooseMailboxCaFile"));
    connect(chooseCertificate, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Mail server certificate"), m_mailboxCaFile->text(),
            tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty()) {
            m_mailboxCaFile->setText(QDir::toNativeSeparators(file));
            markChanged();
        }
    });
    m_mailboxMinutes = new QSpinBox(this);
    m_mailboxMinutes->setObjectName(QStringLiteral("mailboxMinutes"));
    m_mailboxMinutes->setRange(1, 120);
    m_mailboxMinutes->setSuffix(tr(" min"));
    auto* certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_mailboxCaFile, 1);
    certificateRow->addWidget(chooseCertificate);
    form->addRow(m_mailboxEnabled, m_mailboxUrl);
    form->addRow(tr("Login:"), m_mailboxLogin);
    form->addRow(tr("Password:"), m_mailboxPassword);
    form->addRow(tr("Server certificate:"), certificateRow);
    form->addRow(tr("Check every:"), m_mailboxMinutes);
    form->addRow(QString(),
                 settings::fieldNote(tr("Unread messages become leads and are marked read; "
                                        "the message stays attached to the lead. imap:// "
                                        "must offer STARTTLS unless the server is this "
                                        "computer. A server certificate (PEM) is trusted "
                                        "besides the system's, for a mail server with a "
                                        "certificate of its own."),
                                     this));
    m_passwordWarning = settings::fieldNote(QString(), this);
    m_passwordWarning->setObjectName(QStringLiteral("passwordWarning"));
    m_passwordWarning->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_passwordWarning->hide();
    form->addRow(QString(), m_passwordWarning);
}

void IntakeForm::addStatusRows(QFormLayout* form)
{
    // Fixed widths, so that a wrapped status keeps the right height in the form.
    m_folderStatus = settings::fieldNote(QString(), this);
    m_folderStatus->setObjectName(QStringLiteral("folderStatus"));
    m_mailboxStatus = settings::fieldNote(QString(), this);
    m_mailboxStatus->setObjectName(QStringLiteral("mailboxStatus"));
    for (QLabel* status : {m_folderStatus, m_mailboxStatus})
        status->setForegroundRole(QPalette::WindowText); // a state, not a muted note
    m_checkNow = new QPushButton(tr("Check now"), this);
    m_checkNow->setObjectName(QStringLiteral("checkIntakeNow"));
    connect(m_checkNow, &QPushButton::clicked, this, [this] {
        if (!m_watcher)
            return;
        m_watcher->runFolderNow();
        m_watcher->pollMailboxNow();
    });
    form->addRow(tr("Status:"), m_folderStatus);
    form->addRow(QString(), m_mailboxStatus);
    form->addRow(QString(), m_checkNow);
}

void IntakeForm::setWatcher(IntakeWatcher* watcher)
{
    m_watcher = watcher;
    if (m_watcher)
        connect(m_watcher, &IntakeWatcher::statusChanged, this, &IntakeForm::showStatus);
    showStatus();
}

void IntakeForm::showStatus()
{
    const QString folder = m_watcher ? m_watcher->folderText() : QString();
    const QString mailbox = m_watcher ? m_watcher->mailboxText() : QString();
    m_folderStatus->setText(folder.isEmpty() ? tr("Intake folder: not watched on this computer")
                                             : folder);
    m_mailboxStatus->setText(mailbox.isEmpty() ? tr("Mailbox: not checked on this computer")
                                               : mailbox);
    m_checkNow->setEnabled(m_watcher && (!folder.isEmpty() || !mailbox.isEmpty()));
    const auto mark = [](QLabel* label, bool problem) {
        label->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
        // The form keeps a row's height from the first text; a status grows and shrinks.
        label->setFixedHeight(label->heightForWidth(label->width()));
    };
    mark(m_folderStatus, m_watcher && !m_watcher->folderStatus().problem.isEmpty());
    mark(m_mailboxStatus, m_watcher && !m_watcher->mailboxStatus().problem.isEmpty());
}

QComboBox* IntakeForm::sourceBox(IntakeChannel channel) const
{
    return channel == IntakeChannel::Folder ? m_folderChannel.source : m_mailboxChannel.source;
}

QComboBox* IntakeForm::campaignBox(IntakeChannel channel) const
{
    return channel == IntakeChannel::Folder ? m_folderChannel.campaign : m_mailboxChannel.campaign;
}

void IntakeForm::fillCampaigns(IntakeChannel channel, std::optional<qint64> selected)
{
    fillCampaignBox(campaignBox(channel), m_campaigns, sourceBox(channel)->currentData().toString(),
                    selected);
}

void IntakeForm::load()
{
    if (auto campaigns = activeCampaigns(session().db.sql()))
        m_campaigns = *campaigns;
    for (const IntakeChannel channel : {IntakeChannel::Folder, IntakeChannel::Mailbox}) {
        QComboBox* source = sourceBox(channel);
        source->setCurrentIndex(
            std::max(0, source->findData(stored(settingKey(channel, "source")))));
        bool isSet = false;
        const qint64 campaign = stored(settingKey(channel, "campaign")).toLongLong(&isSet);
        fillCampaigns(channel, isSet ? std::optional<qint64>(campaign) : std::nullopt);
    }
    m_providers->setPairs(parseProviderSources(stored(QStringLiteral("intake.providers"))));

    const IntakeDeskSettings desk = IntakeDeskSettings::load();
    m_folderEnabled->setChecked(desk.folderEnabled);
    m_folder->setText(QDir::toNativeSeparators(desk.folder));
    m_mailboxEnabled->setChecked(desk.mailboxEnabled);
    m_mailboxUrl->setText(desk.mailboxUrl);
    m_mailboxLogin->setText(desk.mailboxLogin);
    m_mailboxCaFile->setText(QDir::toNativeSeparators(desk.mailboxCaFile));
    m_mailboxMinutes->setValue(desk.mailboxMinutes);
    m_mailboxPassword->clear();
    const MailboxPassword::Stored password = desk.mailboxUrl.isEmpty()
                                                 ? MailboxPassword::Stored{}
                                                 : MailboxPassword::read(desk.mailboxAccountKey());
    m_mailboxPassword->setPlaceholderText(
        password.password.isEmpty() ? QString() : tr("stored; type to replace it"));
    m_passwordWarning->setText(MailboxPassword::settingsFileWarning());
    m_passwordWarning->setVisible(password.inSettingsFile);
}

bool IntakeForm::checkDeskInput()
{
    if (m_folderEnabled->isChecked() &&
        !QDir(QDir::fromNativeSeparators(m_folder->text())).exists()) {
        showError(tr("The intake folder “%1” does not exist.").arg(m_folder->text()));
        return false;
    }
    if (!m_mailboxEnabled->isChecked())
        return true;
    if (auto address = MailboxAddress::parse(m_mailboxUrl->text()); !address) {
        showError(address.error().message);
        return false;
    }
    if (m_mailboxLogin->text().trimmed().isEmpty()) {
        showError(tr("The mailbox needs a login."));
        return false;
    }
    const QString certificate = m_mailboxCaFile->text().trimmed();
    if (!certificate.isEmpty() && !QFileInfo(certificate).isReadable()) {
        showError(tr("The server certificate “%1” cannot be read.").arg(certificate));
        return false;
    }
    return true;
}

// A password typed in goes under the account; without one, a changed login or address keeps the
// stored password. Either way none stays behind under an account this desk no longer uses.
bool IntakeForm::storePassword(const IntakeDeskSettings& before, const IntakeDeskSettings& desk)
{
    const bool accountChanged =
        !before.mailboxUrl.isEmpty() && before.mailboxAccountKey() != desk.mailboxAccountKey();
    const MailboxPassword::Stored old = accountChanged
                                            ? MailboxPassword::read(before.mailboxAccountKey())
                                            : MailboxPassword::Stored{};
    QString password = m_mailboxPassword->text();
    if (password.isEmpty())
        password = old.password;
    if (!password.isEmpty() && !desk.mailboxUrl.isEmpty()) {
        const MailboxPassword::Stored stored =
            MailboxPassword::write(desk.mailboxAccountKey(), password);
        if (!stored.error.isEmpty()) {
            showError(stored.error);
            return false;
        }
        m_mailboxPassword->clear();
        m_mailboxPassword->setPlaceholderText(tr("stored; type to replace it"));
        m_passwordWarning->setVisible(stored.inSettingsFile);
    }
    if (accountChanged && old.error.isEmpty()) // a password that could not be read stays
        MailboxPassword::forget(before.mailboxAccountKey());
    return true;
}

bool IntakeForm::store()
{
    if (!checkDeskInput())
        return false;
    std::vector<std::pair<QString, QString>> values;
    for (const IntakeChannel channel : {IntakeChannel::Folder, IntakeChannel::Mailbox}) {
        values.emplace_back(settingKey(channel, "source"),
                            sourceBox(channel)->currentData().toString());
        const auto campaign = chosenCampaign(campaignBox(channel));
        values.emplace_back(settingKey(channel, "campaign"),
                            campaign ? QString::number(*campaign) : QString());
    }
    values.emplace_back(QStringLiteral("intake.providers"),
                        formatProviderSources(m_providers->pairs()));
    if (!storeSettings(values))
        return false;

    const IntakeDeskSettings before = IntakeDeskSettings::load();
    IntakeDeskSettings desk;
    desk.folderEnabled = m_folderEnabled->isChecked();
    desk.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    desk.mailboxEnabled = m_mailboxEnabled->isChecked();
    desk.mailboxUrl = m_mailboxUrl->text().trimmed();
    desk.mailboxLogin = m_mailboxLogin->text().trimmed();
    desk.mailboxCaFile = QDir::fromNativeSeparators(m_mailboxCaFile->text().trimmed());
    desk.mailboxMinutes = m_mailboxMinutes->value();
    if (!storePassword(before, desk))
        return false;
    desk.save();
    if (m_watcher)
        m_watcher->reconfigure();
    return true;
}

} // namespace showroom
