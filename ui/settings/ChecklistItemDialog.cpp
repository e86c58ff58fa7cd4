#include "ChecklistItemDialog.h"

#include "common/MessageBoxes.h"
#include "services/ChecklistTemplateService.h"
#include "services/StockImport.h"
#include "settings/ChecklistTemplateModels.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace showroom {

namespace {
bool isLoan(ChecklistKind kind)
{
    return kind == ChecklistKind::LoanPrivate || kind == ChecklistKind::LoanCompany;
}
} // namespace

ChecklistItemDialog::ChecklistItemDialog(const Session& session, const ChecklistTemplate& checklist,
                                         std::optional<ChecklistTemplateItem> existing,
                                         const QString& currency, QWidget* parent)
    : FormDialog(existing ? tr("Edit the item") : tr("Add an item"),
                 existing ? tr("Save") : tr("Add"), parent),
      m_session(session), m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("checklistItemDialog"));
    m_checklist.id = checklist.id;
    m_checklist.kind = checklist.kind;
    m_checklist.model = checklist.model;
    const ChecklistKind kind = checklist.kind;

    auto* heading = new QLabel(ChecklistTemplateListModel::templateName(checklist), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("checklistItemTitle"));
    m_title->setPlaceholderText(kind == ChecklistKind::Accessories ? tr("e.g. Winter wheels")
                                : isLoan(kind)                     ? tr("e.g. Proof of income")
                                               : tr("e.g. Number plates fitted"));
    form()->addRow(heading);
    form()->addRow(tr("&Item"), m_title);
    // Accessories are always answered (sold, or not sold with a reason) and need no file.
    if (kind != ChecklistKind::Accessories) {
        m_required = new QCheckBox(tr("&Required: must be done before the next step"), this);
        m_required->setObjectName(QStringLiteral("checklistItemRequired"));
        m_required->setChecked(true);
        m_document = new QCheckBox(tr("&Document needed: done only with a file attached"), this);
        m_document->setObjectName(QStringLiteral("checklistItemDocument"));
        form()->addRow(QString(), m_required);
        form()->addRow(QString(), m_document);
    }

    if (kind == ChecklistKind::Accessories) {
        m_price = new QLineEdit(this);
        m_price->setObjectName(QStringLiteral("checklistItemPrice"));
        m_price->setPlaceholderText(tr("e.g. 299,00 (%1); empty: no price").arg(currency));
        m_priceMessage = new QLabel(this);
        m_priceMessage->setObjectName(QStringLiteral("checklistItemPriceMessage"));
        m_priceMessage->setVisible(false);
        QPalette red = m_priceMessage->palette();
        red.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
        m_priceMessage->setPalette(red);
        auto* priceBox = new QVBoxLayout;
        priceBox->setSpacing(2);
        priceBox->addWidget(m_price);
        priceBox->addWidget(m_priceMessage);
        auto* priceLabel = new QLabel(tr("&Price"), this);
        priceLabel->setBuddy(m_price);
        form()->addRow(priceLabel, priceBox);
        m_argument = new QLineEdit(this);
        m_argument->setObjectName(QStringLiteral("checklistItemArgument"));
        m_argument->setPlaceholderText(tr("Why the customer wants it, in one sentence"));
        form()->addRow(tr("Sales &argument"), m_argument);
        connect(m_price, &QLineEdit::textChanged, this, &ChecklistItemDialog::updateState);
    } else if (kind == ChecklistKind::Delivery || isLoan(kind)) {
        m_due = new QSpinBox(this);
        m_due->setObjectName(QStringLiteral("checklistItemDue"));
        m_due->setSpecialValueText(tr("Not dated"));
        if (kind == ChecklistKind::Delivery) {
            m_due->setRange(-61, 365);
            m_due->setSuffix(tr(" days before delivery"));
            m_due->setToolTip(tr("Negative: after the promised delivery date"));
            form()->addRow(tr("&Due"), m_due);
        } else {
            m_due->setRange(-1, 365);
            m_due->setSuffix(tr(" days after signing"));
            form()->addRow(tr("&Due within"), m_due);
        }
        m_due->setValue(m_due->minimum());
    }
    setMinimumWidth(520);

    if (m_existing)
        load(*m_existing);
    connect(m_title, &QLineEdit::textChanged, this, &ChecklistItemDialog::updateState);
    setSave([this] { return save(); });
    updateState();
}

ChecklistItemDialog* ChecklistItemDialog::openFor(const Session& session,
                                                  const ChecklistTemplate& checklist,
                                                  std::optional<ChecklistTemplateItem> existing,
                                                  const QString& currency, QWidget* parent)
{
    auto* dialog =
        new ChecklistItemDialog(session, checklist, std::move(existing), currency, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ChecklistItemDialog::load(const ChecklistTemplateItem& item)
{
    m_title->setText(item.title);
    if (m_required)
        m_required->setChecked(item.required);
    if (m_document)
        m_document->setChecked(item.requiresDocument);
    if (m_price && item.priceCents)
        m_price->setText(QLocale().toString(double(*item.priceCents) / 100.0, 'f', 2));
    if (m_argument)
        m_argument->setText(item.salesArgument);
    if (m_due) {
        const auto due = m_checklist.kind == ChecklistKind::Delivery ? item.dueDaysBefore
                                                                     : item.dueDaysAfterSigning;
        m_due->setValue(due.value_or(m_due->minimum()));
    }
}

void ChecklistItemDialog::updateState()
{
    QString priceError;
    if (m_price && !m_price->text().trimmed().isEmpty()) {
        auto cents = stock::parsePriceCents(m_price->text());
        if (!cents)
            priceError = cents.error().message;
    }
    if (m_priceMessage) {
        m_priceMessage->setText(priceError);
        m_priceMessage->setVisible(!priceError.isEmpty());
    }
    okButton()->setEnabled(!m_title->text().trimmed().isEmpty() && priceError.isEmpty());
}

ChecklistTemplateItem ChecklistItemDialog::draft() const
{
    ChecklistTemplateItem item = m_existing.value_or(ChecklistTemplateItem{});
    item.templateId = m_checklist.id;
    item.title = m_title->text().trimmed();
    item.required = m_required && m_required->isChecked();
    item.requiresDocument = m_document && m_document->isChecked();
    if (m_price) {
        item.priceCents.reset();
        if (!m_price->text().trimmed().isEmpty())
            if (auto cents = stock::parsePriceCents(m_price->text()))
                item.priceCents = *cents;
    }
    if (m_argument)
        item.salesArgument = m_argument->text().trimmed();
    if (m_due) {
        const std::optional<int> due =
            m_due->value() == m_due->minimum() ? std::nullopt : std::optional<int>(m_due->value());
        if (m_checklist.kind == ChecklistKind::Delivery)
            item.dueDaysBefore = due;
        else
            item.dueDaysAfterSigning = due;
    }
    return item;
}

QString ChecklistItemDialog::save()
{
    ChecklistTemplateService service(m_session.context());
    auto saved = m_existing ? service.updateItem(m_session.user, draft())
                            : service.addItem(m_session.user, m_checklist.id, draft());
    if (!saved) {
        const ErrorCode code = saved.error().code;
        if (code == ErrorCode::Conflict || code == ErrorCode::NotFound)
            MessageBoxes::current().error(this, tr("The item was not saved"),
                                          saved.error().message);
        return saved.error().message;
    }
    m_saved = *saved;
    Q_EMIT itemSaved(*saved);
    return {};
}

} // namespace showroom
