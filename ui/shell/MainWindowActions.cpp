// MainWindow's menu commands that open dialogs (backup, about, log call) and the desk's lead
// intake.
#include "MainWindow.h"
#include "common/MessageBoxes.h"
#include "customers/ActivityDialog.h"
#include "intake/IntakeWatcher.h"
#include "intake/LeadImportDialog.h"
#include "services/ActivityService.h"
#include "services/LeadService.h"
#include "settings/IntakeForm.h"
#include "settings/SettingsPage.h"
#include "storage/Backup.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>

namespace showroom {

void MainWindow::backup()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        folder + QStringLiteral("/showroom-backup-%1.sqlite")
                     .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                     tr("Showroom databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        backupTo(path);
}

void MainWindow::createIntake()
{
    m_intake = new IntakeWatcher(m_session, this);
    m_intakeStatus = new QLabel(this);
    m_intakeStatus->setObjectName(QStringLiteral("statusIntake"));
    m_intakeStatus->setContentsMargins(6, 0, 6, 0);
    m_intakeStatus->hide();
    statusBar()->addWidget(m_intakeStatus);
    m_statusLabels << m_intakeStatus;
    connect(m_intake, &IntakeWatcher::statusChanged, this, [this] {
        // Short in the bar (it is crowded); the tooltip and Settings say more.
        QStringList lines, failing;
        if (const QString text = m_intake->folderText(); !text.isEmpty()) {
            lines << text;
            if (!m_intake->folderStatus().problem.isEmpty())
                failing << tr("intake folder");
        }
        if (const QString text = m_intake->mailboxText(); !text.isEmpty()) {
            lines << text;
            if (!m_intake->mailboxStatus().problem.isEmpty())
                failing << tr("mailbox");
        }
        m_intakeStatus->setText(
            lines.isEmpty()     ? QString()
            : failing.isEmpty() ? tr("Lead intake: on")
                                : tr("Lead intake: %1 not working").arg(failing.join(tr(" and "))));
        m_intakeStatus->setToolTip(lines.join(u'\n'));
        m_intakeStatus->setStyleSheet(failing.isEmpty() ? QString()
                                                        : QStringLiteral("color: #b3261e;"));
        m_intakeStatus->setVisible(!lines.isEmpty());
    });
    connect(m_intake, &IntakeWatcher::leadsArrived, this,
            [this](int count, const QString& channel) {
                statusBar()->showMessage(
                    tr("%n new lead(s) from the %1", nullptr, count).arg(channel), 10000);
                reloadAll();
            });
    m_settings->intake()->setWatcher(m_intake);
    m_intake->reconfigure();
}

LeadImportDialog* MainWindow::importLeads()
{
    auto* dialog = new LeadImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

Result<void> MainWindow::backupTo(const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = backupDatabase(m_session.db, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBoxes::current().error(this, tr("Backup failed"), written.error().message);
        return written;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return written;
}

void MainWindow::about()
{
    MessageBoxes::current().about(
        this, tr("About Showroom CRM"),
        tr("<h3>Showroom CRM %1</h3>"
           "<p>A desktop CRM for car showrooms: walk-ins, leads, deals and deliveries.</p>"
           "<p>Licensed under the GNU General Public License, version 3.</p>")
            .arg(QStringLiteral(SHOWROOM_VERSION_STRING)));
}

void MainWindow::logCall(qint64 customerId, qint64 leadId)
{
    auto lead = LeadService(m_session.context()).get(leadId);
    if (!lead)
        return MessageBoxes::current().error(this, tr("Log call"), lead.error().message);
    LeadSummary summary;
    summary.id = lead->id;
    summary.stageKey = lead->stageKey;
    summary.vehicleInterest = lead->vehicleInterest;
    summary.createdAt = lead->createdAt;
    summary.version = lead->version;
    ActivityDialog dialog(ActivityKind::Call, customerId, {summary}, this);
    dialog.setSave([&]() -> QString {
        auto logged = ActivityService(m_session.context()).log(m_session.user, dialog.activity());
        return logged ? QString() : logged.error().message;
    });
    dialog.exec();
}

} // namespace showroom
