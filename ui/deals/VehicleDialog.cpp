#include "VehicleDialog.h"

#include "common/CheckedField.h"
#include "common/MessageBoxes.h"
#include "deals/StockText.h"
#include "rules/Vin.h"
#include "services/StockImport.h"
#include "services/StockService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValidator>

namespace showroom {

namespace {
// Upper-cases what is typed, so that the VIN reads as it is stored.
class UpperCase : public QValidator {
public:
    using QValidator::QValidator;
    State validate(QString& input, int&) const override
    {
        input = input.toUpper();
        return Acceptable;
    }
};

constexpr int kNoYear = 1899; // the year spin box's "no year" value
} // namespace

VehicleDialog::VehicleDialog(const Session& session, std::optional<Vehicle> existing,
                             QWidget* parent)
    : FormDialog(existing ? tr("Edit vehicle") : tr("Add a vehicle"),
                 existing ? tr("Save") : tr("Add"), parent),
      m_session(session), m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("vehicleDialog"));
    m_vin = new CheckedField(
        [](const QString& text) -> Result<QString> {
            auto checked = validateVin(text);
            if (!checked)
                return std::unexpected(checked.error());
            return checked->vin;
        },
        [](const QString& vin) {
            auto checked = validateVin(vin);
            if (!checked)
                return QString();
            return checked->checkDigitVerified ? tr("Check digit verified.") : checked->note;
        },
        this);
    m_vin->setObjectName(QStringLiteral("vehicleVin"));
    m_vin->edit()->setValidator(new UpperCase(m_vin->edit()));
    m_vin->edit()->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_vin->edit()->setPlaceholderText(tr("17 characters, e.g. WVWZZZ1KZAW000001"));
    m_vin->edit()->setMaxLength(24); // room for spaces and dashes, which are removed

    const auto line = [this](const QString& name, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_make = line(QStringLiteral("vehicleMake"), tr("e.g. VW"));
    m_model = line(QStringLiteral("vehicleModel"), tr("e.g. Golf"));
    m_trim = line(QStringLiteral("vehicleTrim"), tr("e.g. Life"));
    m_colour = line(QStringLiteral("vehicleColour"), tr("e.g. Moonstone Grey"));
    m_stockNumber = line(QStringLiteral("vehicleStockNumber"), QString());
    m_price = line(QStringLiteral("vehiclePrice"), tr("e.g. 32.990,00"));
    StockService stock(m_session.context());
    if (auto makes = stock.choices())
        m_make->setCompleter(new QCompleter(*makes, m_make));

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("vehicleYear"));
    m_year->setRange(kNoYear, m_session.clock.now().date().year() + 2);
    m_year->setSpecialValueText(tr("—"));
    m_year->setValue(m_session.clock.now().date().year());
    m_year->setGroupSeparatorShown(false);

    m_condition = new QComboBox(this);
    m_condition->setObjectName(QStringLiteral("vehicleCondition"));
    for (VehicleCondition c :
         {VehicleCondition::New, VehicleCondition::Used, VehicleCondition::Demo})
        m_condition->addItem(StockText::condition(c), int(c));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("vehicleStatus"));
    m_status->addItem(StockText::status(VehicleStatus::InStock), int(VehicleStatus::InStock));
    m_status->addItem(StockText::status(VehicleStatus::InTransit), int(VehicleStatus::InTransit));
    m_expected = new QDateEdit(m_session.clock.now().toLocalTime().date().addDays(14), this);
    m_expected->setObjectName(QStringLiteral("vehicleExpected"));
    m_expected->setCalendarPopup(true);
    m_expected->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(new QLabel(tr("expected"), this));
    statusRow->addWidget(m_expected, 1);

    m_priceMessage = new QLabel(this);
    m_priceMessage->setObjectName(QStringLiteral("vehiclePriceMessage"));
    m_priceMessage->setVisible(false);
    QPalette red = m_priceMessage->palette();
    red.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_priceMessage->setPalette(red);
    auto* priceBox = new QVBoxLayout;
    priceBox->setSpacing(2);
    priceBox->addWidget(m_price);
    priceBox->addWidget(m_priceMessage);

    m_testDrive = new QCheckBox(tr("Test-drive car: customers can book it for test drives"), this);
    m_testDrive->setObjectName(QStringLiteral("vehicleTestDrive"));

    form()->addRow(tr("&VIN"), m_vin);
    form()->addRow(tr("&Make"), m_make);
    form()->addRow(tr("M&odel"), m_model);
    form()->addRow(tr("&Trim"), m_trim);
    form()->addRow(tr("&Colour"), m_colour);
    form()->addRow(tr("&Year"), m_year);
    form()->addRow(tr("Co&ndition"), m_condition);
    // Rows holding a layout get their label's buddy set by hand, so that the mnemonic works.
    auto* statusLabel = new QLabel(tr("&Status"), this);
    statusLabel->setBuddy(m_status);
    form()->addRow(statusLabel, statusRow);
    auto* priceLabel = new QLabel(tr("&Price"), this);
    priceLabel->setBuddy(m_price);
    form()->addRow(priceLabel, priceBox);
    form()->addRow(tr("Stock n&umber"), m_stockNumber);
    form()->addRow(QString(), m_testDrive);
    setMinimumWidth(520);

    if (m_existing)
        load(*m_existing);
    connect(m_vin, &CheckedField::textChanged, this, &VehicleDialog::updateState);
    for (QLineEdit* edit : {m_make, m_model, m_price})
        connect(edit, &QLineEdit::textChanged, this, &VehicleDialog::updateState);
    connect(m_status, &QComboBox::currentIndexChanged, this, &VehicleDialog::updateState);
    setSave([this] { return save(); });
    updateState();
}

VehicleDialog* VehicleDialog::openFor(const Session& session, std::optional<Vehicle> existing,
                                      QWidget* parent)
{
    auto* dialog = new VehicleDialog(session, std::move(existing), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void VehicleDialog::load(const Vehicle& v)
{
    m_vin->setText(v.vin);
    m_make->setText(v.make);
    m_model->setText(v.model);
    m_trim->setText(v.trim);
    m_colour->setText(v.colour);
    m_year->setValue(v.modelYear.value_or(kNoYear));
    m_condition->setCurrentIndex(m_condition->findData(int(v.condition)));
    const int status = m_status->findData(int(v.status));
    if (status < 0) { // reserved, sold, delivered: shown, not changed here
        m_status->addItem(StockText::status(v.status), int(v.status));
        m_status->setCurrentIndex(m_status->count() - 1);
        m_status->setEnabled(false);
        m_status->setToolTip(tr("Reserved, sold and delivered follow the car's deal."));
    } else {
        m_status->setCurrentIndex(status);
    }
    if (v.expectedOn.isValid())
        m_expected->setDate(v.expectedOn);
    if (v.priceCents)
        m_price->setText(QLocale().toString(double(*v.priceCents) / 100.0, 'f', 2));
    m_stockNumber->setText(v.stockNumber);
    m_testDrive->setChecked(v.testDriveCar);
}

void VehicleDialog::updateState()
{
    const auto status = VehicleStatus(m_status->currentData().toInt());
    m_expected->setEnabled(status == VehicleStatus::InTransit);
    QString priceError;
    if (!m_price->text().trimmed().isEmpty()) {
        auto cents = stock::parsePriceCents(m_price->text());
        if (!cents)
            priceError = cents.error().message;
    }
    m_priceMessage->setText(priceError);
    m_priceMessage->setVisible(!priceError.isEmpty());
    okButton()->setEnabled(!m_vin->text().trimmed().isEmpty() && m_vin->isValid() &&
                           !m_make->text().trimmed().isEmpty() &&
                           !m_model->text().trimmed().isEmpty() && priceError.isEmpty());
}

Vehicle VehicleDialog::draft() const
{
    Vehicle v = m_existing.value_or(Vehicle{});
    v.vin = m_vin->stored().isEmpty() ? m_vin->text() : m_vin->stored();
    v.make = m_make->text().trimmed();
    v.model = m_model->text().trimmed();
    v.trim = m_trim->text().trimmed();
    v.colour = m_colour->text().trimmed();
    v.modelYear = m_year->value() == kNoYear ? std::nullopt : std::optional<int>(m_year->value());
    v.condition = VehicleCondition(m_condition->currentData().toInt());
    v.status = VehicleStatus(m_status->currentData().toInt());
    v.expectedOn = v.status == VehicleStatus::InTransit ? m_expected->date() : QDate();
    v.priceCents.reset();
    if (!m_price->text().trimmed().isEmpty())
        if (auto cents = stock::parsePriceCents(m_price->text()))
            v.priceCents = *cents;
    v.stockNumber = m_stockNumber->text().trimmed();
    v.testDriveCar = m_testDrive->isChecked();
    return v;
}

QString VehicleDialog::save()
{
    StockService stock(m_session.context());
    auto saved =
        m_existing ? stock.update(m_session.user, draft()) : stock.add(m_session.user, draft());
    if (!saved) {
        const ErrorCode code = saved.error().code;
        if (code == ErrorCode::Conflict || code == ErrorCode::Duplicate ||
            code == ErrorCode::NotFound)
            MessageBoxes::current().error(this, tr("The vehicle was not saved"),
                                          saved.error().message);
        return saved.error().message;
    }
    m_saved = *saved;
    Q_EMIT vehicleSaved(*saved);
    return {};
}

} // namespace showroom
