#include "TestDriveDialog.h"

#include "services/CustomerService.h"
#include "services/LeadService.h"
#include "services/PipelineSettings.h"
#include "services/StockService.h"
#include "services/TestDriveService.h"
#include "tasks/FollowUpDialog.h"
#include "tasks/TaskText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>

namespace showroom {

TestDriveDialog::TestDriveDialog(const Session& session, qint64 leadId, QWidget* parent)
    : FormDialog(tr("Book a test drive"), tr("Book"), parent), m_session(session), m_leadId(leadId)
{
    setObjectName(QStringLiteral("testDriveDialog"));
    auto settings = PipelineSettings::load(m_session.db.sql());
    m_zone = settings ? settings->response.hours.zone() : QTimeZone::systemTimeZone();

    m_leadLabel = new QLabel(this);
    m_leadLabel->setObjectName(QStringLiteral("testDriveLead"));
    m_leadLabel->setWordWrap(true);
    auto lead = LeadService(m_session.context()).get(leadId);
    if (lead) {
        auto customer = CustomerService(m_session.context()).get(lead->customerId);
        const QString name = customer ? customer->displayName() : QString();
        const QString car =
            lead->vehicleInterest.isEmpty() ? tr("no vehicle yet") : lead->vehicleInterest;
        m_leadLabel->setText(tr("Lead #%1 · %2 · %3").arg(leadId).arg(name, car));
    }

    m_car = new QComboBox(this);
    m_car->setObjectName(QStringLiteral("testDriveCar"));
    m_car->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    VehicleFilter filter;
    filter.testDriveCarsOnly = true;
    auto cars = StockService(m_session.context()).search(filter);
    for (const Vehicle& car : cars.value_or(std::vector<Vehicle>{})) {
        if (car.status == VehicleStatus::Sold || car.status == VehicleStatus::Delivered)
            continue;
        m_car->addItem(tr("%1 · %2").arg(car.label(), car.vin), car.id);
    }

    const QDateTime due = FollowUpDialog::defaultDue(m_session).toTimeZone(m_zone);
    m_date = new QDateEdit(due.date(), this);
    m_date->setObjectName(QStringLiteral("testDriveDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("ddd ") + QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setMinimumDate(m_session.clock.now().toTimeZone(m_zone).date());
    m_start = new QTimeEdit(due.time(), this);
    m_start->setObjectName(QStringLiteral("testDriveStart"));
    m_start->setDisplayFormat(TaskText::timeFormat());
    m_duration = new QComboBox(this);
    m_duration->setObjectName(QStringLiteral("testDriveDuration"));
    for (int minutes : {30, 45, 60, 90, 120, 180, 240})
        m_duration->addItem(minutes < 60    ? tr("%1 min").arg(minutes)
                            : minutes == 60 ? tr("1 hour")
                            : minutes % 60 == 0
                                ? tr("%n hours", nullptr, minutes / 60)
                                : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60),
                            minutes);
    m_duration->setCurrentIndex(m_duration->findData(60));

    m_bookings = new QLabel(this);
    m_bookings->setObjectName(QStringLiteral("testDriveBookings"));
    m_bookings->setWordWrap(true);
    m_bookings->setTextFormat(Qt::PlainText);
    m_bookings->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_bookings->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    form()->addRow(tr("Lead"), m_leadLabel);
    form()->addRow(tr("&Car"), m_car);
    form()->addRow(tr("&Day"), m_date);
    form()->addRow(tr("&Start"), m_start);
    form()->addRow(tr("D&uration"), m_duration);
    form()->addRow(tr("Booked that day"), m_bookings);
    setMinimumWidth(520);

    connect(m_car, &QComboBox::currentIndexChanged, this, &TestDriveDialog::showBookings);
    connect(m_date, &QDateEdit::dateChanged, this, &TestDriveDialog::showBookings);
    setSave([this] { return save(); });
    showBookings();
    if (!lead) {
        showError(lead.error().message);
        okButton()->setEnabled(false);
    }
}

bool TestDriveDialog::book(QWidget* parent, const Session& session, qint64 leadId)
{
    TestDriveDialog dialog(session, leadId, parent);
    return dialog.exec() == QDialog::Accepted && dialog.booking().has_value();
}

TestDriveDialog* TestDriveDialog::openFor(const Session& session, qint64 leadId, QWidget* parent)
{
    auto* dialog = new TestDriveDialog(session, leadId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDateTime TestDriveDialog::startsAt() const
{
    return QDateTime(m_date->date(), m_start->time(), m_zone);
}

QDateTime TestDriveDialog::endsAt() const
{
    return startsAt().addSecs(m_duration->currentData().toLongLong() * 60);
}

std::optional<qint64> TestDriveDialog::vehicleId() const
{
    if (m_car->currentIndex() < 0)
        return std::nullopt;
    return m_car->currentData().toLongLong();
}

bool TestDriveDialog::selectCar(qint64 vehicleId)
{
    const int index = m_car->findData(vehicleId);
    if (index < 0)
        return false;
    m_car->setCurrentIndex(index);
    return true;
}

void TestDriveDialog::showBookings()
{
    const auto car = vehicleId();
    if (!car) {
        m_bookings->setText(tr("There is no test-drive car in the stock list yet. A manager marks "
                               "cars as test-drive cars on the Stock page."));
        m_car->setEnabled(false);
        okButton()->setEnabled(false);
        return;
    }
    const QDateTime dayStart(m_date->date(), QTime(0, 0), m_zone);
    auto taken =
        TestDriveService(m_session.context()).bookings(*car, dayStart, dayStart.addDays(1));
    if (!taken) {
        m_bookings->setText(taken.error().message);
        return;
    }
    if (taken->empty()) {
        m_bookings->setText(tr("Free all day."));
        return;
    }
    QStringList lines;
    const QString format = TaskText::timeFormat();
    for (const TestDriveBooking& b : *taken)
        lines << tr("%1–%2  %3")
                     .arg(b.startsAt.toTimeZone(m_zone).toString(format),
                          b.endsAt.toTimeZone(m_zone).toString(format),
                          b.customerName.isEmpty() ? tr("(no customer)") : b.customerName);
    m_bookings->setText(lines.join(QLatin1Char('\n')));
}

QString TestDriveDialog::save()
{
    const auto car = vehicleId();
    if (!car)
        return tr("Choose a test-drive car.");
    auto result = TestDriveService(m_session.context())
                      .book(m_session.user, m_leadId, *car, startsAt(), endsAt());
    if (!result) {
        showBookings(); // a colleague may have just taken the slot
        return result.error().message;
    }
    m_booking = *result;
    Q_EMIT booked(*result);
    return {};
}

} // namespace showroom
