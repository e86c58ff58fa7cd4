#include "DealDialog.h"

#include "common/Buttons.h"
#include "common/MessageBoxes.h"
#include "deals/ChecklistModel.h"
#include "deals/ChecklistPanel.h"
#include "deals/DealHeader.h"
#include "deals/DealPrintPreview.h"
#include "deals/DealText.h"
#include "services/ChangeBus.h"
#include "services/ChecklistService.h"
#include "services/DealDocumentService.h"
#include "services/DealService.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

namespace {
const QColor kProblem(0xb3, 0x26, 0x1e);

bool isLoan(ChecklistKind kind)
{
    return kind == ChecklistKind::LoanPrivate || kind == ChecklistKind::LoanCompany;
}
} // namespace

DealDialog::DealDialog(const Session& session, qint64 dealId, QWidget* parent)
    : QDialog(parent), m_session(session), m_dealId(dealId),
      m_currency(DealText::currency(session.context()))
{
    setObjectName(QStringLiteral("dealCard"));
    setModal(false);
    setSizeGripEnabled(true);
    setWindowTitle(tr("Deal #%1").arg(dealId));
    m_reasons = ChecklistService(m_session.context())
                    .accessoryReasons()
                    .value_or(std::vector<AccessoryReason>{});

    m_header = new DealHeader(m_currency, this);
    connect(m_header, &DealHeader::promisedDateChosen, this, &DealDialog::movePromisedDate);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("checklistTabs"));
    m_tabs->setDocumentMode(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dealCardStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    buildButtons();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Print:"), this));
    for (QPushButton* b : {m_printOffer, m_printContract, m_printHandover, m_savePdf})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_deliver);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(&m_session.changes, &ChangeBus::dealChanged, this, &DealDialog::dealChanged);
    reload();
    if (auto* current = qobject_cast<ChecklistPanel*>(m_tabs->currentWidget()))
        current->view()->setFocus(); // not the date in the header
    resize(1060, 700);
}

DealDialog::~DealDialog() = default;

void DealDialog::buildButtons()
{
    const auto button = [this](const QString& text, const QString& name, const QString& tip) {
        return actionButton(this, text, name, tip);
    };
    m_printOffer = button(tr("O&ffer"), QStringLiteral("printOffer"),
                          tr("Print the commercial offer for this deal"));
    m_printContract = button(tr("&Contract summary"), QStringLiteral("printContract"),
                             tr("Print the contract summary to sign"));
    m_printHandover = button(tr("&Handover protocol"), QStringLiteral("printHandover"),
                             tr("Print the handover protocol for the customer's big day"));
    m_savePdf = button(tr("Save &PDF…"), QStringLiteral("savePdf"),
                       tr("Save one of the documents as a PDF file"));
    auto* pdfMenu = new QMenu(m_savePdf);
    for (DealDocumentKind kind :
         {DealDocumentKind::Offer, DealDocumentKind::Contract, DealDocumentKind::Handover})
        pdfMenu->addAction(DealText::documentKind(kind), this, [this, kind] { savePdf(kind); });
    m_savePdf->setMenu(pdfMenu);
    m_deliver = button(tr("Mar&k delivered…"), QStringLiteral("markDelivered"),
                       tr("The car was handed over to the customer"));
    m_close = button(tr("Close"), QStringLiteral("closeDeal"), QString());
    connect(m_printOffer, &QPushButton::clicked, this,
            [this] { printDocument(DealDocumentKind::Offer); });
    connect(m_printContract, &QPushButton::clicked, this,
            [this] { printDocument(DealDocumentKind::Contract); });
    connect(m_printHandover, &QPushButton::clicked, this,
            [this] { printDocument(DealDocumentKind::Handover); });
    connect(m_deliver, &QPushButton::clicked, this, &DealDialog::markDelivered);
    connect(m_close, &QPushButton::clicked, this, &DealDialog::close);
}

DealDialog* DealDialog::find(qint64 dealId)
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<DealDialog*>(widget); dialog && dialog->dealId() == dealId)
            return dialog;
    return nullptr;
}

DealDialog* DealDialog::open(QWidget* parent, const Session& session, qint64 dealId)
{
    if (DealDialog* shown = find(dealId)) {
        shown->show();
        shown->raise();
        shown->activateWindow();
        return shown;
    }
    auto* dialog = new DealDialog(session, dealId, parent ? parent->window() : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QWidget* DealDialog::buildBankRow()
{
    auto* row = new QWidget(this);
    m_sendToBank = new QPushButton(tr("Send to &bank"), row);
    m_sendToBank->setObjectName(QStringLiteral("sendToBank"));
    m_sendToBank->setAutoDefault(false);
    m_bankApproved = new QPushButton(tr("Bank appro&ved"), row);
    m_bankApproved->setObjectName(QStringLiteral("bankApproved"));
    m_bankApproved->setAutoDefault(false);
    m_bankLabel = new QLabel(row);
    m_bankLabel->setObjectName(QStringLiteral("bankBlockers"));
    m_bankLabel->setWordWrap(true);
    m_bankLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 0);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_sendToBank);
    buttonRow->addWidget(m_bankApproved);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    layout->addWidget(m_bankLabel);
    connect(m_sendToBank, &QPushButton::clicked, this, &DealDialog::sendToBank);
    connect(m_bankApproved, &QPushButton::clicked, this, &DealDialog::markBankApproved);
    return row;
}

void DealDialog::ensurePanels()
{
    for (ChecklistKind kind :
         {ChecklistKind::LoanPrivate, ChecklistKind::LoanCompany, ChecklistKind::Accessories,
          ChecklistKind::Delivery, ChecklistKind::Handover}) {
        if (m_panels.contains(kind) || (isLoan(kind) && panel(kind)))
            continue;
        const bool present = std::ranges::any_of(
            m_details.items, [kind](const ChecklistItem& item) { return item.kind == kind; });
        if (!present)
            continue;
        auto* panel = new ChecklistPanel(m_session, kind, m_currency, m_tabs);
        connect(panel, &ChecklistPanel::changed, this, &DealDialog::reload);
        if (isLoan(kind))
            panel->addFooter(buildBankRow());
        m_panels[kind] = panel;
        m_tabs->addTab(panel, DealText::checklist(kind));
    }
}

ChecklistPanel* DealDialog::panel(ChecklistKind kind) const
{
    if (isLoan(kind)) {
        for (ChecklistKind loan : {ChecklistKind::LoanPrivate, ChecklistKind::LoanCompany})
            if (const auto found = m_panels.find(loan); found != m_panels.end())
                return found->second;
        return nullptr;
    }
    const auto found = m_panels.find(kind);
    return found == m_panels.end() ? nullptr : found->second;
}

bool DealDialog::showChecklist(ChecklistKind kind)
{
    ChecklistPanel* shown = panel(kind);
    if (shown)
        m_tabs->setCurrentWidget(shown);
    return shown != nullptr;
}

bool DealDialog::reload()
{
    auto details = DealService(m_session.context()).details(m_dealId);
    if (!details) {
        setStatus(tr("Deal #%1 cannot be read: %2").arg(m_dealId).arg(details.error().message),
                  true);
        return false;
    }
    m_details = std::move(*details);
    setWindowTitle(tr("Deal #%1 — %2").arg(m_dealId).arg(m_details.customerName));
    m_header->setDetails(m_details);
    ensurePanels();
    for (const auto& [kind, panel] : m_panels)
        panel->setDeal(m_details, m_reasons);
    updateTabTitles();
    updateBank();
    const Deal& deal = m_details.deal;
    m_deliver->setEnabled(deal.status == DealStatus::Open);
    m_deliver->setToolTip(
        m_details.deliveryBlockers.empty()
            ? tr("The car was handed over to the customer")
            : tr("Still missing: %1").arg(DealText::missing(m_details.deliveryBlockers)));
    if (m_status->isVisible() && m_status->palette().color(QPalette::WindowText) == kProblem)
        setStatus({});
    return true;
}

void DealDialog::updateTabTitles()
{
    for (const auto& [kind, panel] : m_panels) {
        const ChecklistModel* model = panel->model();
        m_tabs->setTabText(m_tabs->indexOf(panel), tr("%1 (%2/%3)")
                                                       .arg(DealText::checklist(kind))
                                                       .arg(model->doneCount())
                                                       .arg(model->rowCount()));
    }
}

void DealDialog::updateBank()
{
    if (!m_sendToBank)
        return;
    const Deal& deal = m_details.deal;
    const bool sent = deal.bankSentAt.isValid();
    const bool approved = deal.bankApprovedAt.isValid();
    m_sendToBank->setEnabled(!sent && deal.status == DealStatus::Open);
    m_sendToBank->setText(sent ? tr("Sent to bank") : tr("Send to &bank"));
    m_bankApproved->setEnabled(sent && !approved && deal.status != DealStatus::Cancelled);
    m_bankApproved->setText(approved ? tr("Approved by the bank") : tr("Bank appro&ved"));
    m_bankApproved->setToolTip(
        approved ? tr("Approved by the bank on %1.").arg(DealText::dateTime(deal.bankApprovedAt))
        : sent   ? tr("Record that the bank approved the loan")
                 : tr("Send the loan application to the bank first"));
    QPalette colours = palette();
    QString text;
    if (sent) {
        text = tr("The loan application went to the bank on %1.")
                   .arg(DealText::dateTime(deal.bankSentAt));
        if (approved)
            text += QLatin1Char(' ') +
                    tr("Approved by the bank on %1.").arg(DealText::dateTime(deal.bankApprovedAt));
    } else if (!m_details.bankBlockers.empty()) {
        text = tr("Missing: %1").arg(DealText::missing(m_details.bankBlockers));
        colours.setColor(QPalette::WindowText, kProblem);
    } else {
        text = tr("The loan file is complete and can go to the bank.");
    }
    m_bankLabel->setPalette(colours);
    m_bankLabel->setText(text);
    m_sendToBank->setToolTip(sent ? text
                                  : (m_details.bankBlockers.empty()
                                         ? tr("Send the loan application to the bank")
                                         : text));
}

QString DealDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void DealDialog::setStatus(const QString& text, bool error)
{
    QPalette colours = palette();
    if (error)
        colours.setColor(QPalette::WindowText, kProblem);
    m_status->setPalette(colours);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void DealDialog::dealChanged(qint64 dealId)
{
    if (dealId == m_dealId)
        reload();
}

bool DealDialog::sendToBank()
{
    auto sent = DealService(m_session.context()).sendToBank(m_session.user, m_dealId);
    if (!sent) {
        MessageBoxes::current().error(this, tr("Not sent to the bank"), sent.error().message);
        reload();
        return false;
    }
    reload();
    setStatus(tr("The loan application is marked as sent to the bank."));
    return true;
}

bool DealDialog::markBankApproved()
{
    auto approved = DealService(m_session.context()).markBankApproved(m_session.user, m_dealId);
    if (!approved) {
        MessageBoxes::current().error(this, tr("Approval not recorded"), approved.error().message);
        reload();
        return false;
    }
    reload();
    setStatus(tr("The bank's approval of the loan is recorded."));
    return true;
}

bool DealDialog::markDelivered()
{
    if (!MessageBoxes::current().question(
            this, tr("Mark delivered"),
            tr("Hand %1 over to %2 now? The car is then delivered and the after-sales "
               "follow-ups are planned.")
                .arg(m_details.vehicleLabel(), m_details.customerName)))
        return false;
    auto delivered = DealService(m_session.context()).deliver(m_session.user, m_dealId);
    if (!delivered) {
        MessageBoxes::current().error(this, tr("Not delivered"), delivered.error().message);
        reload();
        return false;
    }
    reload();
    setStatus(tr("Delivered. The after-sales call is planned."));
    return true;
}

bool DealDialog::movePromisedDate(const QDate& date)
{
    auto moved =
        DealService(m_session.context()).setPromisedDelivery(m_session.user, m_dealId, date);
    if (!moved) {
        MessageBoxes::current().error(this, tr("Promised date not changed"), moved.error().message);
        reload();
        return false;
    }
    reload();
    setStatus(tr("The promised delivery date is now %1.").arg(DealText::date(date)));
    return true;
}

void DealDialog::printDocument(DealDocumentKind kind)
{
    auto document = DealDocumentService(m_session.context()).load(m_dealId, kind);
    if (!document) {
        MessageBoxes::current().error(this, DealText::documentKind(kind), document.error().message);
        return;
    }
    showDealPrintPreview(this, *document);
}

void DealDialog::savePdf(DealDocumentKind kind)
{
    auto document = DealDocumentService(m_session.context()).load(m_dealId, kind);
    if (!document) {
        MessageBoxes::current().error(this, DealText::documentKind(kind), document.error().message);
        return;
    }
    if (saveDealPdf(this, *document))
        setStatus(tr("%1 saved as PDF.").arg(DealText::documentKind(kind)));
}

} // namespace showroom
