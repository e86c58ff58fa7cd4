#pragma once

#include "domain/CustomerCard.h"
#include "shell/Session.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace showroom {

class ActivityDialog;
class CardActions;
class ContactPersonsTab;
class CustomerCardHeader;
class CustomerDetailsForm;
class CustomerLeadsModel;
class FollowUpDialog;
class NewLeadDialog;
class TestDriveDialog;
class TimelineModel;

// The customer card: a non-modal window per customer with the details (editable for users who
// may edit customers), contact persons, the whole timeline and the leads. Saving an edit made
// on an outdated record opens ConflictDialog, so a colleague's change is never overwritten
// silently. Changes announced on the ChangeBus reload the card; the details only when they have
// no unsaved edits.
class CustomerCardDialog : public QDialog {
    Q_OBJECT

public:
    enum class Tab { Details, ContactPersons, Timeline, Leads };

    CustomerCardDialog(const Session& session, qint64 customerId, QWidget* parent = nullptr);
    ~CustomerCardDialog() override;

    qint64 customerId() const { return m_customerId; }
    const CustomerCard& card() const { return m_card; }
    bool isEditable() const { return m_editable; }
    bool hasUnsavedChanges() const;
    // The message under the tabs ("Saved.", why something was refused, …).
    QString statusText() const;

    // Saves the details. Returns true when saved (or nothing to save).
    bool save();
    // Reloads everything from the database; the details only when they have no unsaved edits.
    void reload();
    void showTab(Tab tab);
    // Shows the Leads tab with `leadId` selected; false when it is not this customer's lead.
    bool selectLead(qint64 leadId);
    // The lead follow-ups are planned for: the selected open lead, else the newest open one.
    std::optional<qint64> followUpLeadId() const;

    // The small dialogs: window-modal, not blocking. Each returns the dialog it opened;
    // addFollowUp and scheduleTestDrive return nullptr (and say so) without an open lead.
    ActivityDialog* addNote();
    ActivityDialog* logCall();
    NewLeadDialog* newLead();
    FollowUpDialog* addFollowUp();
    TestDriveDialog* scheduleTestDrive();

    CustomerCardHeader* header() const { return m_header; }
    CustomerDetailsForm* detailsForm() const { return m_details; }
    ContactPersonsTab* contactPersonsTab() const { return m_contacts; }
    TimelineModel* timelineModel() const { return m_timeline; }
    CustomerLeadsModel* leadsModel() const { return m_leads; }
    QTableView* leadsView() const { return m_leadsView; }
    CardActions* actions() const { return m_actions; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* saveButton() const { return m_save; }

    void done(int result) override;

Q_SIGNALS:
    // "Open" on the banner of a merged record: show the customer it was merged into.
    void openCustomerRequested(qint64 customerId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildViews();
    void loadReferenceData();
    void showCard();
    void updateButtons();
    void setStatus(const QString& text, bool error = false);
    void reloadTimeline();
    void customerChanged(qint64 customerId);
    void activityAdded(qint64 activityId, qint64 customerId);
    void leadTouched(qint64 leadId);

    Session m_session;
    qint64 m_customerId;
    CustomerCard m_card;
    bool m_loaded = false;
    bool m_editable = false;
    bool m_discardConfirmed = false;
    QString m_region;
    QHash<qint64, QString> m_userNames;

    CustomerCardHeader* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    CustomerDetailsForm* m_details = nullptr;
    ContactPersonsTab* m_contacts = nullptr;
    TimelineModel* m_timeline = nullptr;
    QTreeView* m_timelineView = nullptr;
    CustomerLeadsModel* m_leads = nullptr;
    QTableView* m_leadsView = nullptr;
    QLabel* m_status = nullptr;
    CardActions* m_actions = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace showroom
