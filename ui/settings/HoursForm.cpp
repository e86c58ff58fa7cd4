#include "HoursForm.h"

#include "settings/LogoPicker.h"
#include "settings/SettingsWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QTimeEdit>
#include <QTimeZone>

namespace showroom {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");
}

HoursForm::HoursForm(const Session& session, QWidget* parent) : SettingsForm(session, parent)
{
    setObjectName(QStringLiteral("hoursForm"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("dealershipName"));
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 40);
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("dealershipAddress"));
    m_address->setTabChangesFocus(true);
    m_address->setPlaceholderText(tr("Street and number\nPostcode and town"));
    m_address->setFixedSize(m_name->minimumWidth(), m_address->fontMetrics().lineSpacing() * 4 +
                                                        2 * (m_address->frameWidth() + 4));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("dealershipPhone"));
    m_phone->setPlaceholderText(tr("e.g. +49 30 1234567"));
    m_phone->setMinimumWidth(m_name->minimumWidth() / 2);
    m_logo = new LogoPicker(isEditable(), this);
    m_region = new QLineEdit(this);
    m_region->setObjectName(QStringLiteral("dealershipRegion"));
    m_region->setMaxLength(2);
    m_region->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_region));
    m_region->setFixedWidth(m_region->fontMetrics().horizontalAdvance(QStringLiteral("WWW")) + 16);

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(16);
    m_timeZone->addItem(
        tr("This computer's time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
        QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setMinimumWidth(m_name->minimumWidth());

    m_start = new QTimeEdit(this);
    m_start->setObjectName(QStringLiteral("businessStart"));
    m_end = new QTimeEdit(this);
    m_end->setObjectName(QStringLiteral("businessEnd"));
    for (QTimeEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(kTimeFormat);
        edit->setEnabled(isEditable());
        connect(edit, &QTimeEdit::timeChanged, this, &HoursForm::markChanged);
    }
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_end);
    hours->addStretch(1);

    const QLocale locale;
    auto* days = new QHBoxLayout;
    days->setSpacing(14);
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("businessDay%1").arg(day));
        box->setToolTip(locale.dayName(day));
        box->setEnabled(isEditable());
        connect(box, &QCheckBox::toggled, this, &HoursForm::markChanged);
        days->addWidget(box);
        m_days << box;
    }
    days->addStretch(1);

    auto* dealership = new QGroupBox(tr("Dealership"), this);
    auto* dealershipForm = new QFormLayout(dealership);
    dealershipForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    dealershipForm->addRow(tr("&Name:"), m_name);
    dealershipForm->addRow(tr("&Address:"), m_address);
    dealershipForm->addRow(tr("P&hone:"), m_phone);
    dealershipForm->addRow(tr("Logo:"), m_logo);
    dealershipForm->addRow(
        QString(), settings::fieldNote(tr("Name, address, phone and logo head every printed "
                                          "offer, contract and handover protocol."),
                                       this));
    dealershipForm->addRow(tr("&Country for phone numbers:"), m_region);
    dealershipForm->addRow(
        QString(), settings::fieldNote(tr("Two letters, e.g. DE: numbers typed without a country "
                                          "code are read as this country's."),
                                       this));
    dealershipForm->addRow(tr("&Time zone:"), m_timeZone);

    auto* business = new QGroupBox(tr("Business hours"), this);
    auto* businessForm = new QFormLayout(business);
    businessForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* openFrom = new QLabel(tr("&Open from:"), this);
    openFrom->setBuddy(m_start);
    businessForm->addRow(openFrom, hours);
    businessForm->addRow(tr("Open on:"), days);
    businessForm->addRow(
        QString(), settings::fieldNote(tr("Response times and follow-up calls count only these "
                                          "hours, in the dealership's time zone."),
                                       this));

    body()->addWidget(dealership);
    body()->addWidget(business);
    body()->addStretch(1);

    m_name->setEnabled(isEditable());
    m_address->setReadOnly(!isEditable());
    m_phone->setEnabled(isEditable());
    m_region->setEnabled(isEditable());
    m_timeZone->setEnabled(isEditable());
    connect(m_name, &QLineEdit::textEdited, this, &HoursForm::markChanged);
    connect(m_address, &QPlainTextEdit::textChanged, this, &HoursForm::markChanged);
    connect(m_phone, &QLineEdit::textEdited, this, &HoursForm::markChanged);
    connect(m_logo, &LogoPicker::logoChanged, this, &HoursForm::markChanged);
    connect(m_region, &QLineEdit::textEdited, this, &HoursForm::markChanged);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &HoursForm::markChanged);
    initialize();
}

void HoursForm::load()
{
    m_name->setText(stored(QStringLiteral("dealership.name")));
    m_address->setPlainText(stored(QStringLiteral("dealership.address")));
    m_phone->setText(stored(QStringLiteral("dealership.phone")));
    m_logo->setLogo(stored(QStringLiteral("dealership.logo")));
    m_region->setText(stored(QStringLiteral("dealership.region")));
    const QString zone = stored(QStringLiteral("dealership.time_zone"));
    const int zoneIndex = m_timeZone->findData(zone);
    if (zoneIndex >= 0)
        m_timeZone->setCurrentIndex(zoneIndex);
    else
        m_timeZone->setEditText(zone);
    m_start->setTime(
        QTime::fromString(stored(QStringLiteral("business_hours.start")), kTimeFormat));
    m_end->setTime(QTime::fromString(stored(QStringLiteral("business_hours.end")), kTimeFormat));
    const QStringList open =
        stored(QStringLiteral("business_hours.days")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int day = 1; day <= 7; ++day)
        m_days[day - 1]->setChecked(open.contains(QString::number(day)));
}

QString HoursForm::timeZoneKey() const
{
    const QString text = m_timeZone->currentText().trimmed();
    if (text.isEmpty() || text == m_timeZone->itemText(0))
        return {};
    return text;
}

bool HoursForm::store()
{
    if (m_end->time() <= m_start->time()) {
        showError(tr("The business day must end after it starts."));
        return false;
    }
    QStringList days;
    for (int day = 1; day <= 7; ++day)
        if (m_days[day - 1]->isChecked())
            days << QString::number(day);
    if (days.isEmpty()) {
        showError(tr("Choose at least one business day; response times count only those."));
        return false;
    }
    return storeSettings(
        {{QStringLiteral("dealership.name"), m_name->text().trimmed()},
         {QStringLiteral("dealership.address"), m_address->toPlainText().trimmed()},
         {QStringLiteral("dealership.phone"), m_phone->text().trimmed()},
         {QStringLiteral("dealership.logo"), m_logo->logo()},
         {QStringLiteral("dealership.region"), m_region->text()},
         {QStringLiteral("dealership.time_zone"), timeZoneKey()},
         {QStringLiteral("business_hours.start"), m_start->time().toString(kTimeFormat)},
         {QStringLiteral("business_hours.end"), m_end->time().toString(kTimeFormat)},
         {QStringLiteral("business_hours.days"), days.join(QLatin1Char(','))}});
}

} // namespace showroom
