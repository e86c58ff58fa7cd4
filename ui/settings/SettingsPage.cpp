#include "SettingsPage.h"

#include "common/PageTitle.h"
#include "services/ChangeBus.h"
#include "settings/AssignmentForm.h"
#include "settings/CardFieldsForm.h"
#include "settings/ChecklistsSection.h"
#include "settings/DealsForm.h"
#include "settings/HoursForm.h"
#include "settings/IntakeForm.h"
#include "settings/LostReasonsSection.h"
#include "settings/RulesForm.h"
#include "settings/SettingsWidgets.h"
#include "settings/SourcesSection.h"
#include "settings/StagesSection.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace showroom {

SettingsPage::SettingsPage(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);

    m_stages = new StagesSection(m_session);
    m_tabs->addTab(m_stages, tr("Stages"));
    m_lostReasons = new LostReasonsSection(m_session);
    m_tabs->addTab(m_lostReasons, tr("Lost reasons"));
    m_sources = new SourcesSection(m_session);
    m_tabs->addTab(m_sources, tr("Lead sources"));
    m_assignment = new AssignmentForm(m_session);
    addForm(m_assignment, tr("Assignment"));
    m_rules = new RulesForm(m_session);
    addForm(m_rules, tr("Response && follow-ups"));
    m_hours = new HoursForm(m_session);
    addForm(m_hours, tr("Dealership && hours"));
    m_cardFields = new CardFieldsForm(m_session);
    addForm(m_cardFields, tr("Board cards"));
    m_deals = new DealsForm(m_session);
    addForm(m_deals, tr("Deals && after-sales"));
    m_checklists = new ChecklistsSection(m_session);
    m_tabs->addTab(m_checklists, tr("Checklists"));
    m_intake = new IntakeForm(m_session);
    addForm(m_intake, tr("Lead intake"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    layout->addWidget(new PageTitle(tr("Settings"), this));
    if (!settings::canManage(m_session.user)) {
        auto* note = new QLabel(tr("Only managers and administrators can change these settings; "
                                   "you can look at them."),
                                this);
        note->setObjectName(QStringLiteral("readOnlyNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_tabs, 1);

    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0);
    connect(&m_reloadSoon, &QTimer::timeout, this, &SettingsPage::reload);
    connect(&m_session.changes, &ChangeBus::pipelineConfigured, &m_reloadSoon,
            qOverload<>(&QTimer::start));
    connect(&m_session.changes, &ChangeBus::userChanged, &m_reloadSoon,
            qOverload<>(&QTimer::start));
}

void SettingsPage::addForm(SettingsForm* form, const QString& title)
{
    const int tab = m_tabs->addTab(form, title);
    connect(form, &SettingsForm::unsavedChangesChanged, this, [this, tab, title](bool changed) {
        m_tabs->setTabText(tab, changed ? tr("%1 •").arg(title) : title);
    });
}

void SettingsPage::reload()
{
    m_reloadSoon.stop();
    m_stages->reload();
    m_lostReasons->reload();
    m_sources->reload();
    m_checklists->reload();
    for (SettingsForm* form :
         {static_cast<SettingsForm*>(m_assignment), static_cast<SettingsForm*>(m_rules),
          static_cast<SettingsForm*>(m_hours), static_cast<SettingsForm*>(m_cardFields),
          static_cast<SettingsForm*>(m_deals), static_cast<SettingsForm*>(m_intake)})
        form->reload();
}

void SettingsPage::showSection(Section section)
{
    m_tabs->setCurrentIndex(static_cast<int>(section));
}

bool SettingsPage::hasUnsavedChanges() const
{
    return m_assignment->hasUnsavedChanges() || m_rules->hasUnsavedChanges() ||
           m_hours->hasUnsavedChanges() || m_cardFields->hasUnsavedChanges() ||
           m_deals->hasUnsavedChanges() || m_intake->hasUnsavedChanges();
}

} // namespace showroom
