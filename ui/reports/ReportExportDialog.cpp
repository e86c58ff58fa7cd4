#include "reports/ReportExportDialog.h"

#include "common/MessageBoxes.h"
#include "print/ReportTables.h"
#include "reports/ReportPeriod.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace showroom {

ReportExportDialog::ReportExportDialog(const std::vector<DataTable>& tables, int currentTable,
                                       QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export the report"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Excel workbook (*.xlsx): every table as a sheet"),
                      int(ExportFormat::Xlsx));
    m_format->addItem(tr("CSV (*.csv): one table"), int(ExportFormat::Csv));
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("exportTable"));
    for (const DataTable& table : tables)
        m_table->addItem(table.title);
    m_table->setCurrentIndex(qBound(0, currentTable, m_table->count() - 1));
    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    m_tableLabel = new QLabel(tr("&Table:"), this);
    m_tableLabel->setBuddy(m_table);
    form->addRow(m_tableLabel, m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose file…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportExportDialog::updateFields);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateFields();
}

ExportFormat ReportExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

int ReportExportDialog::tableIndex() const
{
    return m_table->currentIndex();
}

void ReportExportDialog::updateFields()
{
    const bool csv = format() == ExportFormat::Csv;
    m_table->setEnabled(csv);
    m_tableLabel->setEnabled(csv);
}

QString reportLabel(const reports::Report& report)
{
    const QString week = reports::ReportPeriod::isoWeekName(report.filter);
    if (!week.isEmpty())
        return ReportExportDialog::tr("Weekly report %1").arg(week);
    const QLocale locale;
    return ReportExportDialog::tr("Report %1 – %2")
        .arg(locale.toString(report.filter.first, QLocale::ShortFormat),
             locale.toString(report.filter.last, QLocale::ShortFormat));
}

QString suggestedExportName(const reports::Report& report, ExportFormat format,
                            const QString& tableName)
{
    QString period = reports::ReportPeriod::isoWeekName(report.filter);
    if (period.isEmpty())
        period = report.filter.first.toString(Qt::ISODate) + QLatin1Char('-') +
                 report.filter.last.toString(Qt::ISODate);
    QString name = ReportExportDialog::tr("Report") + QLatin1Char('-') + period;
    if (!tableName.isEmpty())
        name += QLatin1Char('-') + tableName;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\s]+)")), QStringLiteral("-"));
    return name + (format == ExportFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
}

bool exportReport(QWidget* parent, const Session& session, const reports::Report& report,
                  int currentTable)
{
    const std::vector<DataTable> tables = ReportTables::all(report);
    ReportExportDialog dialog(tables, currentTable, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ExportFormat format = dialog.format();
    const bool csv = format == ExportFormat::Csv;
    const QString tableName = csv ? tables.at(std::size_t(dialog.tableIndex())).name : QString();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        parent, ReportExportDialog::tr("Export the report"),
        QDir(folder).filePath(suggestedExportName(report, format, tableName)),
        csv ? ReportExportDialog::tr("CSV (*.csv)")
            : ReportExportDialog::tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return false;
    return exportReportTo(parent, session, report, format, csv ? dialog.tableIndex() : -1, path);
}

bool exportReportTo(QWidget* parent, const Session& session, const reports::Report& report,
                    ExportFormat format, int tableIndex, const QString& path)
{
    std::vector<DataTable> tables = ReportTables::all(report);
    if (format == ExportFormat::Csv) {
        if (tableIndex < 0 || std::size_t(tableIndex) >= tables.size())
            tableIndex = 0;
        tables = {tables[std::size_t(tableIndex)]};
    }
    const auto written = ReportExportService(session.context())
                             .exportTables(session.user, tables, format, path, reportLabel(report));
    if (!written)
        MessageBoxes::current().error(parent, ReportExportDialog::tr("The export failed"),
                                      written.error().message);
    return written.has_value();
}

} // namespace showroom
