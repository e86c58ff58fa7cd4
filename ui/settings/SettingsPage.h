#pragma once

#include "shell/Session.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace showroom {

class AssignmentForm;
class CardFieldsForm;
class ChecklistsSection;
class DealsForm;
class HoursForm;
class IntakeForm;
class LostReasonsSection;
class RulesForm;
class SettingsForm;
class SourcesSection;
class StagesSection;

// The Settings page: stages, lost reasons, lead sources, assignment, response and follow-up
// rules, dealership and business hours, board cards, deals and after-sales, checklist templates,
// lead intake.
// Lists save every change at once; forms
// keep edits until Save. Users without the ManageSettings permission see everything read-only.
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    enum class Section {
        Stages,
        LostReasons,
        Sources,
        Assignment,
        Rules,
        Hours,
        CardFields,
        Deals,
        Checklists,
        Intake
    };

    explicit SettingsPage(const Session& session, QWidget* parent = nullptr);

    // Refetches every section (after a change on another desk); forms with unsaved edits keep
    // them.
    void reload();
    void showSection(Section section);
    // Whether any form has edits that are not saved yet.
    bool hasUnsavedChanges() const;

    StagesSection* stages() const { return m_stages; }
    LostReasonsSection* lostReasons() const { return m_lostReasons; }
    SourcesSection* sources() const { return m_sources; }
    AssignmentForm* assignment() const { return m_assignment; }
    RulesForm* rules() const { return m_rules; }
    HoursForm* hours() const { return m_hours; }
    CardFieldsForm* cardFields() const { return m_cardFields; }
    DealsForm* deals() const { return m_deals; }
    ChecklistsSection* checklists() const { return m_checklists; }
    IntakeForm* intake() const { return m_intake; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    void addForm(SettingsForm* form, const QString& title);

    Session m_session;
    QTabWidget* m_tabs = nullptr;
    StagesSection* m_stages = nullptr;
    LostReasonsSection* m_lostReasons = nullptr;
    SourcesSection* m_sources = nullptr;
    AssignmentForm* m_assignment = nullptr;
    RulesForm* m_rules = nullptr;
    HoursForm* m_hours = nullptr;
    CardFieldsForm* m_cardFields = nullptr;
    DealsForm* m_deals = nullptr;
    ChecklistsSection* m_checklists = nullptr;
    IntakeForm* m_intake = nullptr;
    QTimer m_reloadSoon; // collects the change signals of one save into one reload
};

} // namespace showroom
