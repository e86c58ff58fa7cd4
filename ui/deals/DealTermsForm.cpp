#include "DealTermsForm.h"

#include "deals/DealText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace showroom {

namespace {
constexpr int kDefaultDeliveryDays = 14;

qint64 cents(const QDoubleSpinBox* edit)
{
    return qRound64(edit->value() * 100.0);
}
} // namespace

DealTermsForm::DealTermsForm(QString currency, QDate today, QWidget* parent)
    : QWidget(parent), m_currency(std::move(currency)), m_today(today), m_noDate(today.addDays(-1))
{
    m_promised = new QDateEdit(this);
    m_promised->setObjectName(QStringLiteral("promisedDelivery"));
    m_promised->setCalendarPopup(true);
    m_promised->setMinimumDate(m_noDate);
    m_promised->setMaximumDate(today.addYears(3));
    m_promised->setSpecialValueText(tr("not set"));
    m_promised->setDate(m_noDate);
    m_listPrice = moneyEdit(QStringLiteral("listPrice"));
    m_discount = moneyEdit(QStringLiteral("discount"));
    m_payment = new QComboBox(this);
    m_payment->setObjectName(QStringLiteral("payment"));
    for (PaymentMethod method : {PaymentMethod::Cash, PaymentMethod::Credit, PaymentMethod::Lease})
        m_payment->addItem(DealText::payment(method), int(method));
    m_deposit = moneyEdit(QStringLiteral("deposit"));
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("dealNotes"));
    m_notes->setPlaceholderText(tr("Anything the colleagues should know"));

    auto* terms = new QFormLayout;
    terms->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    terms->addRow(tr("Promised &delivery"), m_promised);
    terms->addRow(tr("&List price"), m_listPrice);
    terms->addRow(tr("D&iscount"), m_discount);
    terms->addRow(tr("&Payment"), m_payment);
    terms->addRow(tr("Dep&osit"), m_deposit);
    terms->addRow(tr("&Notes"), m_notes);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dealSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(8);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(terms);
    layout->addWidget(buildTradeIn());
    layout->addWidget(m_summary);
    layout->addStretch(1);

    connect(m_promised, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingDate)
            m_defaultDate = false;
        Q_EMIT changed();
    });
    for (QDoubleSpinBox* edit : {m_listPrice, m_discount, m_deposit, m_tradeValue})
        connect(edit, &QDoubleSpinBox::valueChanged, this, &DealTermsForm::updateSummary);
    connect(m_tradeIn, &QGroupBox::toggled, this, &DealTermsForm::updateSummary);
    connect(m_payment, &QComboBox::currentIndexChanged, this, &DealTermsForm::changed);
    for (QLineEdit* edit : {m_tradeMake, m_tradeModel})
        connect(edit, &QLineEdit::textChanged, this, &DealTermsForm::changed);
    updateSummary();
}

QDoubleSpinBox* DealTermsForm::moneyEdit(const QString& name)
{
    auto* edit = new QDoubleSpinBox(this);
    edit->setObjectName(name);
    edit->setDecimals(2);
    edit->setRange(0, 10'000'000);
    edit->setSingleStep(100);
    edit->setGroupSeparatorShown(true);
    edit->setSuffix(QLatin1Char(' ') + m_currency);
    edit->setAlignment(Qt::AlignRight);
    edit->setAccelerated(true);
    return edit;
}

QWidget* DealTermsForm::buildTradeIn()
{
    m_tradeIn = new QGroupBox(tr("&Trade-in"), this);
    m_tradeIn->setObjectName(QStringLiteral("tradeIn"));
    m_tradeIn->setCheckable(true);
    m_tradeIn->setChecked(false);
    m_tradeMake = new QLineEdit(m_tradeIn);
    m_tradeMake->setObjectName(QStringLiteral("tradeInMake"));
    m_tradeMake->setPlaceholderText(tr("Make"));
    m_tradeModel = new QLineEdit(m_tradeIn);
    m_tradeModel->setObjectName(QStringLiteral("tradeInModel"));
    m_tradeModel->setPlaceholderText(tr("Model"));
    m_tradeYear = new QSpinBox(m_tradeIn);
    m_tradeYear->setObjectName(QStringLiteral("tradeInYear"));
    m_tradeYear->setRange(1949, m_today.year() + 1);
    m_tradeYear->setSpecialValueText(tr("year?"));
    m_tradeYear->setValue(m_tradeYear->minimum());
    m_tradeMileage = new QSpinBox(m_tradeIn);
    m_tradeMileage->setObjectName(QStringLiteral("tradeInMileage"));
    m_tradeMileage->setRange(-1, 2'000'000);
    m_tradeMileage->setSingleStep(1000);
    m_tradeMileage->setGroupSeparatorShown(true);
    m_tradeMileage->setSpecialValueText(tr("mileage?"));
    m_tradeMileage->setSuffix(tr(" km"));
    m_tradeMileage->setValue(-1);
    m_tradeValue = moneyEdit(QStringLiteral("tradeInValue"));
    m_tradeValue->setParent(m_tradeIn);

    auto* grid = new QGridLayout(m_tradeIn);
    const auto label = [this, grid](const QString& text, QWidget* field, int row, int column) {
        auto* caption = new QLabel(text, m_tradeIn);
        caption->setBuddy(field);
        grid->addWidget(caption, row, column);
        grid->addWidget(field, row, column + 1);
    };
    label(tr("Make"), m_tradeMake, 0, 0);
    label(tr("Model"), m_tradeModel, 0, 2);
    label(tr("Year"), m_tradeYear, 1, 0);
    label(tr("Mileage"), m_tradeMileage, 1, 2);
    label(tr("Offered &value"), m_tradeValue, 2, 0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return m_tradeIn;
}

void DealTermsForm::setFactoryOrder(bool factoryOrder)
{
    const bool unset = !promisedDelivery().isValid();
    if (factoryOrder && m_defaultDate)
        setPromisedDelivery({});
    else if (!factoryOrder && unset) {
        setPromisedDelivery(m_today.addDays(kDefaultDeliveryDays));
        m_defaultDate = true;
    }
}

void DealTermsForm::setPromisedDelivery(const QDate& date)
{
    m_settingDate = true;
    m_promised->setDate(date.isValid() ? date : m_noDate);
    m_settingDate = false;
    m_defaultDate = false;
}

void DealTermsForm::setListPriceCents(qint64 cents)
{
    m_listPrice->setValue(double(cents) / 100.0);
}

void DealTermsForm::setAccessoriesCents(qint64 cents)
{
    m_accessoriesCents = cents;
    updateSummary();
}

QDate DealTermsForm::promisedDelivery() const
{
    const QDate date = m_promised->date();
    return date == m_noDate ? QDate() : date;
}

qint64 DealTermsForm::listPriceCents() const
{
    return cents(m_listPrice);
}

qint64 DealTermsForm::discountCents() const
{
    return cents(m_discount);
}

qint64 DealTermsForm::depositCents() const
{
    return cents(m_deposit);
}

PaymentMethod DealTermsForm::payment() const
{
    return PaymentMethod(m_payment->currentData().toInt());
}

TradeIn DealTermsForm::tradeIn() const
{
    TradeIn trade;
    if (!m_tradeIn->isChecked())
        return trade;
    trade.make = m_tradeMake->text().simplified();
    trade.model = m_tradeModel->text().simplified();
    if (m_tradeYear->value() != m_tradeYear->minimum())
        trade.year = m_tradeYear->value();
    if (m_tradeMileage->value() >= 0)
        trade.mileageKm = m_tradeMileage->value();
    if (cents(m_tradeValue) > 0)
        trade.valueCents = cents(m_tradeValue);
    return trade;
}

qint64 DealTermsForm::totalCents() const
{
    return listPriceCents() - discountCents() + m_accessoriesCents -
           tradeIn().valueCents.value_or(0);
}

void DealTermsForm::fill(DealDraft& draft) const
{
    draft.promisedDelivery = promisedDelivery();
    draft.listPriceCents = listPriceCents();
    draft.discountCents = discountCents();
    draft.tradeIn = tradeIn();
    draft.payment = payment();
    draft.depositCents = depositCents();
    draft.notes = m_notes->text().trimmed();
}

QString DealTermsForm::problem(bool factoryOrder) const
{
    if (factoryOrder && !promisedDelivery().isValid())
        return tr("A factory order needs the promised delivery date.");
    if (listPriceCents() <= 0)
        return tr("Enter the list price.");
    if (discountCents() > listPriceCents())
        return tr("The discount is more than the list price.");
    if (m_tradeIn->isChecked() && (tradeIn().make.isEmpty() || tradeIn().model.isEmpty()))
        return tr("Say which car is traded in (make and model), or uncheck the trade-in.");
    if (depositCents() > std::max<qint64>(totalCents(), 0))
        return tr("The deposit is more than the total.");
    return {};
}

void DealTermsForm::updateSummary()
{
    const auto money = [this](qint64 value) { return DealText::money(value, m_currency); };
    const qint64 trade = tradeIn().valueCents.value_or(0);
    const qint64 total = totalCents();
    const auto row = [](const QString& label, const QString& value, bool bold = false) {
        const QString cell = bold ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
        return QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;%2</td></tr>")
            .arg(cell.arg(label.toHtmlEscaped()), cell.arg(value.toHtmlEscaped()));
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"2\">");
    html += row(tr("Price after discount"), money(listPriceCents() - discountCents()));
    html += row(tr("+ Accessories"), money(m_accessoriesCents));
    html += row(tr("− Trade-in"), money(trade));
    html += row(tr("Total"), money(total), true);
    html += row(tr("Deposit"), money(depositCents()));
    html += row(tr("Balance"), money(total - depositCents()), true);
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    Q_EMIT changed();
}

} // namespace showroom
