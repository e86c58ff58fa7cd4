#include "FollowUpDialog.h"

#include "common/MessageBoxes.h"
#include "services/CustomerService.h"
#include "services/LeadService.h"
#include "services/PipelineSettings.h"
#include "tasks/TaskText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <algorithm>

namespace showroom {

FollowUpDialog::FollowUpDialog(const Session& session, qint64 leadId, TaskKind initialKind,
                               QWidget* parent)
    : FormDialog(tr("Plan a follow-up"), tr("Plan"), parent), m_session(session), m_leadId(leadId)
{
    setObjectName(QStringLiteral("followUpDialog"));
    m_leadLabel = new QLabel(this);
    m_leadLabel->setObjectName(QStringLiteral("followUpLead"));
    m_leadLabel->setWordWrap(true);
    auto lead = LeadService(m_session.context()).get(leadId);
    if (lead) {
        m_vehicleInterest = lead->vehicleInterest;
        auto customer = CustomerService(m_session.context()).get(lead->customerId);
        const QString name = customer ? customer->displayName() : QString();
        const QString car = m_vehicleInterest.isEmpty() ? tr("no vehicle yet") : m_vehicleInterest;
        m_leadLabel->setText(tr("Lead #%1 · %2 · %3").arg(leadId).arg(name, car));
    }

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("followUpKind"));
    for (TaskKind kind : {TaskKind::FollowUp, TaskKind::CallBack, TaskKind::Appointment,
                          TaskKind::TestDrive, TaskKind::Other})
        m_kind->addItem(TaskText::kind(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(initialKind)));

    m_due = new QDateTimeEdit(defaultDue(m_session).toLocalTime(), this);
    m_due->setObjectName(QStringLiteral("followUpDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("ddd ") + QLocale().dateFormat(QLocale::ShortFormat) +
                            QLatin1Char(' ') + TaskText::timeFormat());
    m_due->setMinimumDate(m_session.clock.now().toLocalTime().date().addDays(-1));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("followUpTitle"));
    m_title->setPlaceholderText(tr("What is it about?"));

    form()->addRow(tr("Lead"), m_leadLabel);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("When"), m_due);
    form()->addRow(tr("Task"), m_title);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &FollowUpDialog::kindChanged);
    connect(m_title, &QLineEdit::textChanged, this,
            [this](const QString& text) { okButton()->setEnabled(!text.trimmed().isEmpty()); });
    kindChanged();
    setSave([this] { return save(); });
    if (!lead) {
        showError(lead.error().message);
        okButton()->setEnabled(false);
    }
}

std::optional<Task> FollowUpDialog::plan(const Session& session, qint64 leadId,
                                         TaskKind initialKind, QWidget* parent)
{
    FollowUpDialog dialog(session, leadId, initialKind, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.planned();
}

FollowUpDialog* FollowUpDialog::openFor(const Session& session, qint64 leadId, TaskKind initialKind,
                                        QWidget* parent)
{
    auto* dialog = new FollowUpDialog(session, leadId, initialKind, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDateTime FollowUpDialog::defaultDue(const Session& session)
{
    const QDateTime now = session.clock.now();
    auto settings = PipelineSettings::load(session.db.sql());
    const BusinessHours hours = settings ? settings->response.hours : BusinessHours();
    const QTimeZone zone = hours.zone();
    const QDate tomorrow = now.toTimeZone(zone).date().addDays(1);
    if (hours.alwaysOpen())
        return QDateTime(tomorrow, QTime(10, 0), zone);
    const QDateTime opening = hours.openingOnOrAfter(tomorrow).toTimeZone(zone);
    return QDateTime(opening.date(), std::max(opening.time(), QTime(10, 0)), zone);
}

void FollowUpDialog::kindChanged()
{
    const auto kind = TaskKind(m_kind->currentData().toInt());
    const QString title = TaskText::defaultTitle(kind, m_vehicleInterest);
    // A title the user typed stays; one we suggested follows the kind.
    if (m_title->text() == m_autoTitle)
        m_title->setText(title);
    m_autoTitle = title;
    const bool appointment = kind == TaskKind::Appointment || kind == TaskKind::TestDrive;
    setWindowTitle(appointment ? tr("Schedule an appointment") : tr("Plan a follow-up"));
    okButton()->setText(appointment ? tr("Schedule") : tr("Plan"));
    okButton()->setEnabled(!m_title->text().trimmed().isEmpty());
}

NewTask FollowUpDialog::draft() const
{
    NewTask task;
    task.leadId = m_leadId;
    task.kind = TaskKind(m_kind->currentData().toInt());
    task.title = m_title->text().trimmed();
    task.dueAt = m_due->dateTime();
    return task;
}

QString FollowUpDialog::save()
{
    auto added = TaskService(m_session.context()).add(m_session.user, draft());
    if (!added) {
        MessageBoxes::current().error(this, tr("The follow-up was not planned"),
                                      added.error().message);
        return added.error().message;
    }
    m_planned = *added;
    Q_EMIT taskPlanned(*added);
    return {};
}

} // namespace showroom
