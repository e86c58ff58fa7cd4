#pragma once

#include "domain/Deal.h"
#include "shell/Session.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace showroom {

class ChecklistModel;
class NotSoldDialog;

// One tab of the deal card: a checklist and what can be done to the selected item — done (or
// sold), undo, attach a document, open one, and for accessories "not sold" with a reason. The
// core's refusals (a document still missing, a colleague's change) are shown as they come.
class ChecklistPanel : public QWidget {
    Q_OBJECT

public:
    ChecklistPanel(const Session& session, ChecklistKind kind, const QString& currency,
                   QWidget* parent = nullptr);

    ChecklistKind kind() const { return m_kind; }
    // Shows the deal's items of this list; `reasons` names the accessory reasons.
    void setDeal(const DealDetails& details, const std::vector<AccessoryReason>& reasons);
    // Adds a row under the buttons (the loan tab's "Send to bank").
    void addFooter(QWidget* footer);

    ChecklistModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* doneButton() const { return m_done; }
    QPushButton* undoButton() const { return m_undo; }
    QPushButton* attachButton() const { return m_attach; }
    QPushButton* openDocumentButton() const { return m_openDocument; }
    QPushButton* notSoldButton() const { return m_notSold; } // nullptr but on accessories

    bool selectItem(qint64 itemId);
    const ChecklistItem* selectedItem() const;

    // Each returns true when the core took it (else the reason was shown).
    bool tickSelected();
    bool untickSelected();
    // `path` empty: asks for the file.
    bool attachToSelected(const QString& path = {});
    // Writes the document to a temporary file and opens it; returns the file ('' on failure).
    QString openDocument(qint64 attachmentId);
    // Window-modal, not blocking; nullptr when no open accessory is selected.
    NotSoldDialog* notSoldSelected();

Q_SIGNALS:
    // Something was changed here: the deal card reloads.
    void changed();

private:
    QPushButton* button(const QString& text, const QString& name, const QString& tip);
    void openSelectedDocument();
    std::vector<AttachmentInfo> attachmentsOf(qint64 itemId) const;
    bool report(const QString& title, const Error& error);
    void updateButtons();

    Session m_session;
    ChecklistKind m_kind;
    bool m_dealOpen = false;
    std::vector<AttachmentInfo> m_attachments;
    std::vector<AccessoryReason> m_reasons;
    ChecklistModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_notSold = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_openDocument = nullptr;
};

} // namespace showroom
