#pragma once

#include "domain/Deal.h"
#include "domain/DealDocument.h"
#include "shell/Session.h"

#include <QDialog>
#include <map>

class QLabel;
class QPushButton;
class QTabWidget;

namespace showroom {

class ChecklistPanel;
class DealHeader;

// The deal card: a non-modal window per deal with its header and a tab per checklist (loan
// documents, accessories, delivery steps, handover). The loan tab sends the application to the
// bank once the file is complete, and says what is missing until then; once sent, it records the
// bank's approval. Prints the offer, the contract summary and the handover protocol; hands the car
// over. Follows dealChanged.
class DealDialog : public QDialog {
    Q_OBJECT

public:
    DealDialog(const Session& session, qint64 dealId, QWidget* parent = nullptr);
    ~DealDialog() override;

    // Shows the card of `dealId` (raising it when it is open already) and returns it.
    static DealDialog* open(QWidget* parent, const Session& session, qint64 dealId);
    static DealDialog* find(qint64 dealId);

    qint64 dealId() const { return m_dealId; }
    const DealDetails& details() const { return m_details; }
    // Reads the deal again; false (and the reason on the status line) when it cannot.
    bool reload();

    // The checklist's tab, nullptr when the deal has no such list (the two loan lists share one).
    ChecklistPanel* panel(ChecklistKind kind) const;
    bool showChecklist(ChecklistKind kind);
    DealHeader* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* sendToBankButton() const { return m_sendToBank; }
    QPushButton* bankApprovedButton() const { return m_bankApproved; }
    QLabel* bankLabel() const { return m_bankLabel; }
    QPushButton* deliverButton() const { return m_deliver; }
    QString statusText() const;

    // Each returns true when the core took it (else its refusal was shown).
    bool sendToBank();
    bool markBankApproved();
    bool markDelivered(); // asks first
    bool movePromisedDate(const QDate& date);
    void printDocument(DealDocumentKind kind);
    void savePdf(DealDocumentKind kind);

private:
    void buildButtons();
    void ensurePanels();
    QWidget* buildBankRow();
    void updateBank();
    void updateTabTitles();
    void setStatus(const QString& text, bool error = false);
    void dealChanged(qint64 dealId);

    Session m_session;
    qint64 m_dealId;
    QString m_currency;
    DealDetails m_details;
    std::vector<AccessoryReason> m_reasons;
    std::map<ChecklistKind, ChecklistPanel*> m_panels;
    DealHeader* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_sendToBank = nullptr;
    QPushButton* m_bankApproved = nullptr;
    QLabel* m_bankLabel = nullptr;
    QPushButton* m_printOffer = nullptr;
    QPushButton* m_printContract = nullptr;
    QPushButton* m_printHandover = nullptr;
    QPushButton* m_savePdf = nullptr;
    QPushButton* m_deliver = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace showroom
