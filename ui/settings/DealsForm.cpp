#include "DealsForm.h"

#include "settings/SettingsWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>

namespace showroom {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");

QSpinBox* daysBox(const QString& name, int minimum, int maximum, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setSuffix(DealsForm::tr(" days"));
    spin->setAccelerated(true);
    return spin;
}
} // namespace

DealsForm::DealsForm(const Session& session, QWidget* parent) : SettingsForm(session, parent)
{
    setObjectName(QStringLiteral("dealsForm"));
    m_offerDays = daysBox(QStringLiteral("offerValidDays"), 1, 365, this);
    m_reminderDays = daysBox(QStringLiteral("deliveryReminderDays"), 0, 60, this);
    m_callDays = daysBox(QStringLiteral("afterSalesCallDays"), 1, 60, this);

    const QLocale locale;
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("eveningWeekday"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(locale.dayName(day), day);
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("eveningTime"));
    m_time->setDisplayFormat(kTimeFormat);
    auto* evening = new QHBoxLayout;
    evening->addWidget(m_weekday);
    evening->addWidget(new QLabel(tr("at"), this));
    evening->addWidget(m_time);
    evening->addStretch(1);

    auto* deals = new QGroupBox(tr("Offers and deliveries"), this);
    auto* dealsForm = new QFormLayout(deals);
    dealsForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    dealsForm->addRow(tr("An &offer is valid for:"), m_offerDays);
    dealsForm->addRow(QString(),
                      settings::fieldNote(tr("Counted from the day the offer is printed; "
                                             "the offer shows its last day."),
                                          this));
    dealsForm->addRow(tr("&Remind before a delivery date:"), m_reminderDays);
    dealsForm->addRow(QString(),
                      settings::fieldNote(tr("The consultant is reminded this many days before "
                                             "the promised delivery date (0: on the day)."),
                                          this));

    auto* afterSales = new QGroupBox(tr("After the handover"), this);
    auto* afterSalesForm = new QFormLayout(afterSales);
    afterSalesForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    afterSalesForm->addRow(tr("&Call the customer after:"), m_callDays);
    afterSalesForm->addRow(
        QString(), settings::fieldNote(tr("Days after the handover: how is the new car?"), this));
    auto* eveningLabel = new QLabel(tr("\"Second delivery\" &evening:"), this);
    eveningLabel->setBuddy(m_weekday);
    afterSalesForm->addRow(eveningLabel, evening);
    afterSalesForm->addRow(
        QString(),
        settings::fieldNote(tr("Once a month, on the last such weekday, new owners are invited "
                               "back to learn their car's functions at leisure."),
                            this));

    body()->addWidget(deals);
    body()->addWidget(afterSales);
    body()->addStretch(1);

    for (QSpinBox* spin : {m_offerDays, m_reminderDays, m_callDays}) {
        spin->setEnabled(isEditable());
        connect(spin, &QSpinBox::valueChanged, this, &DealsForm::markChanged);
    }
    m_weekday->setEnabled(isEditable());
    m_time->setEnabled(isEditable());
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &DealsForm::markChanged);
    connect(m_time, &QTimeEdit::timeChanged, this, &DealsForm::markChanged);
    initialize();
}

void DealsForm::load()
{
    m_offerDays->setValue(stored(QStringLiteral("offer.valid_days")).toInt());
    m_reminderDays->setValue(stored(QStringLiteral("delivery.reminder_days")).toInt());
    m_callDays->setValue(stored(QStringLiteral("after_sales.call_days")).toInt());
    const int weekday =
        m_weekday->findData(stored(QStringLiteral("after_sales.evening_weekday")).toInt());
    m_weekday->setCurrentIndex(qMax(0, weekday));
    m_time->setTime(
        QTime::fromString(stored(QStringLiteral("after_sales.evening_time")), kTimeFormat));
}

bool DealsForm::store()
{
    return storeSettings(
        {{QStringLiteral("offer.valid_days"), QString::number(m_offerDays->value())},
         {QStringLiteral("delivery.reminder_days"), QString::number(m_reminderDays->value())},
         {QStringLiteral("after_sales.call_days"), QString::number(m_callDays->value())},
         {QStringLiteral("after_sales.evening_weekday"),
          QString::number(m_weekday->currentData().toInt())},
         {QStringLiteral("after_sales.evening_time"), m_time->time().toString(kTimeFormat)}});
}

} // namespace showroom
