#pragma once

#include "domain/CustomerCard.h"
#include "shell/Session.h"

#include <QWidget>
#include <functional>
#include <optional>

class QPushButton;

namespace showroom {

class ActivityDialog;
class DealDialog;
class FollowUpDialog;
class NewLeadDialog;
class TestDriveDialog;

// The customer card's quick actions: add a note, log a call, start a lead, plan a follow-up,
// schedule a test drive. The small dialogs are window-modal on the card and do not block.
// Follow-ups go to the lead the card chose (the selected open lead, else the newest open one).
class CardActions : public QWidget {
    Q_OBJECT

public:
    using LeadChoice = std::function<std::optional<qint64>()>;

    // `card` stays owned by the customer card and is read when an action runs.
    CardActions(const Session& session, const CustomerCard& card, LeadChoice followUpLead,
                QWidget* parent);

    // Enables what the user may do on this customer (`active`: loaded and not merged away).
    void updateButtons(bool active);

    ActivityDialog* addNote();
    ActivityDialog* logCall();
    NewLeadDialog* newLead();
    // nullptr (and a message) when the customer has no open lead.
    FollowUpDialog* addFollowUp();
    // Opens the test-drive booking (a car and a slot) for the chosen lead.
    TestDriveDialog* scheduleTestDrive();
    // The deal form for the follow-up lead (modal); the new deal's id.
    std::optional<qint64> createDeal();
    // The deal card of the newest lead that has a deal; nullptr when none has.
    DealDialog* openDeal();

    QPushButton* addNoteButton() const { return m_addNote; }
    QPushButton* logCallButton() const { return m_logCall; }
    QPushButton* newLeadButton() const { return m_newLead; }
    QPushButton* followUpButton() const { return m_followUp; }
    QPushButton* testDriveButton() const { return m_testDrive; }
    QPushButton* createDealButton() const { return m_createDeal; }
    QPushButton* openDealButton() const { return m_openDeal; }

Q_SIGNALS:
    // "Call logged.", "Lead #12 created.", … for the card's status line.
    void statusMessage(const QString& text);

private:
    ActivityDialog* openActivityDialog(int kind);
    FollowUpDialog* planTask(int kind);
    // The lead follow-ups go to; nothing (and a message) when the customer has none open.
    std::optional<qint64> chosenLead();
    std::optional<qint64> dealId();

    Session m_session;
    const CustomerCard& m_card;
    LeadChoice m_followUpLead;
    QPushButton* m_addNote = nullptr;
    QPushButton* m_logCall = nullptr;
    QPushButton* m_newLead = nullptr;
    QPushButton* m_followUp = nullptr;
    QPushButton* m_testDrive = nullptr;
    QPushButton* m_createDeal = nullptr;
    QPushButton* m_openDeal = nullptr;
    std::vector<LeadSummary> m_dealLeads; // the leads m_dealId was looked up for
    bool m_dealKnown = false;             // false after a deal changed
    std::optional<qint64> m_dealId;
    bool m_active = false;
};

} // namespace showroom
