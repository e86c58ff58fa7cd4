#pragma once

#include "services/IntakeSources.h"
#include "settings/SettingsForm.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace showroom {

class IntakeWatcher;
struct IntakeDeskSettings;
class ProviderSourceTable;

// Settings › Lead intake: where leads arriving by themselves are attributed (the dealership's
// settings: each channel's source and campaign, ADF provider names), and which channels this
// desk runs (its intake folder, its mailbox and the mailbox password), with their status.
class IntakeForm : public SettingsForm {
    Q_OBJECT

public:
    explicit IntakeForm(const Session& session, QWidget* parent = nullptr);

    // The desk's running channels: their status is shown, and saving restarts them.
    void setWatcher(IntakeWatcher* watcher);

    QComboBox* sourceBox(IntakeChannel channel) const;
    QComboBox* campaignBox(IntakeChannel channel) const;
    ProviderSourceTable* providers() const { return m_providers; }
    QCheckBox* folderEnabled() const { return m_folderEnabled; }
    QLineEdit* folderPath() const { return m_folder; }
    QCheckBox* mailboxEnabled() const { return m_mailboxEnabled; }
    QLineEdit* mailboxUrl() const { return m_mailboxUrl; }
    QLineEdit* mailboxLogin() const { return m_mailboxLogin; }
    QLineEdit* mailboxPassword() const { return m_mailboxPassword; }
    QLineEdit* mailboxCaFile() const { return m_mailboxCaFile; }
    QLabel* passwordWarning() const { return m_passwordWarning; }
    QLabel* mailboxStatus() const { return m_mailboxStatus; }

protected:
    void load() override;
    bool store() override;

private:
    QWidget* attributionBox();
    QWidget* deskBox();
    void addFolderRows(QFormLayout* form);
    void addMailboxRows(QFormLayout* form);
    void addStatusRows(QFormLayout* form);
    void fillCampaigns(IntakeChannel channel, std::optional<qint64> selected);
    void showStatus();
    bool checkDeskInput();
    bool storePassword(const IntakeDeskSettings& before, const IntakeDeskSettings& desk);

    struct ChannelBoxes {
        QComboBox* source = nullptr;
        QComboBox* campaign = nullptr;
    };
    ChannelBoxes m_folderChannel;
    ChannelBoxes m_mailboxChannel;
    std::vector<CampaignChoice> m_campaigns;
    std::vector<Source> m_sources;
    ProviderSourceTable* m_providers = nullptr;
    QCheckBox* m_folderEnabled = nullptr;
    QLineEdit* m_folder = nullptr;
    QCheckBox* m_mailboxEnabled = nullptr;
    QLineEdit* m_mailboxUrl = nullptr;
    QLineEdit* m_mailboxLogin = nullptr;
    QLineEdit* m_mailboxPassword = nullptr;
    QLineEdit* m_mailboxCaFile = nullptr;
    QSpinBox* m_mailboxMinutes = nullptr;
    QLabel* m_passwordWarning = nullptr;
    QLabel* m_folderStatus = nullptr;
    QLabel* m_mailboxStatus = nullptr;
    QPushButton* m_checkNow = nullptr;
    IntakeWatcher* m_watcher = nullptr;
};

} // namespace showroom
