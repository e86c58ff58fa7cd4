#include "StockImportDialog.h"

#include "common/MessageBoxes.h"
#include "common/RecordTable.h"
#include "deals/StockImportModel.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

StockImportDialog::StockImportDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("stockImportDialog"));
    setWindowTitle(tr("Import a stock list"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("A CSV file: VIN, make, model, … (English or German headers)"));
    auto* choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseImportFile"));
    connect(choose, &QPushButton::clicked, this, &StockImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);

    m_model = new StockImportModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importRows"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(StockImportModel::Line, metrics.horizontalAdvance(tr("Line")) + 30);
    header->resizeSection(StockImportModel::Vin,
                          metrics.horizontalAdvance(QStringLiteral("WVWZZZ1KZAW000001")) + 24);
    header->resizeSection(StockImportModel::Outcome,
                          metrics.horizontalAdvance(tr("Will be updated")) + 24);
    header->setStretchLastSection(true);

    m_summary =
        new QLabel(tr("Choose a file: every row is checked before anything is written."), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ApplyRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &StockImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(fileRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(780, 460);
}

void StockImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Stock list"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool StockImportDialog::setFile(const QString& path)
{
    m_path->setText(path);
    m_import->setEnabled(false);
    m_model->setRows({});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    m_bytes = file.readAll();
    auto report = StockService(m_session.context()).importCsv(m_session.user, m_bytes, true);
    if (!report) {
        m_summary->setText(report.error().message);
        return false;
    }
    showReport(*report, true);
    m_import->setEnabled(report->added + report->updated > 0);
    return true;
}

bool StockImportDialog::importNow()
{
    auto report = StockService(m_session.context()).importCsv(m_session.user, m_bytes, false);
    if (!report) {
        MessageBoxes::current().error(this, tr("The stock list was not imported"),
                                      report.error().message);
        return false;
    }
    showReport(*report, false);
    m_import->setEnabled(false);
    return true;
}

void StockImportDialog::showReport(const StockImportReport& report, bool dryRun)
{
    m_model->setDryRun(dryRun);
    m_model->setRows(report.rows);
    const QString counts = tr("%1 new, %2 updated, %3 unchanged, %4 rejected.")
                               .arg(report.added)
                               .arg(report.updated)
                               .arg(report.unchanged)
                               .arg(report.rejected);
    if (dryRun)
        m_summary->setText(tr("Checked, nothing written yet: %1 Rejected rows are skipped; "
                              "“Import” writes the others.")
                               .arg(counts));
    else
        m_summary->setText(tr("Imported: %1").arg(counts));
}

} // namespace showroom
