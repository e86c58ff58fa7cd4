#include "LeadImportDialog.h"

#include "common/MessageBoxes.h"
#include "common/RecordTable.h"
#include "intake/CampaignBox.h"
#include "intake/LeadImportModel.h"
#include "io/LeadCsv.h"
#include "services/LeadIntakeService.h"
#include "services/PipelineConfigService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace showroom {

namespace {

QString fieldLabel(leadcsv::Field field)
{
    using leadcsv::Field;
    switch (field) {
    case Field::Ignore:
        return LeadImportDialog::tr("(not imported)");
    case Field::FirstName:
        return LeadImportDialog::tr("First name");
    case Field::LastName:
        return LeadImportDialog::tr("Last name");
    case Field::FullName:
        return LeadImportDialog::tr("Full name");
    case Field::Company:
        return LeadImportDialog::tr("Company");
    case Field::Phone:
        return LeadImportDialog::tr("Phone");
    case Field::Mobile:
        return LeadImportDialog::tr("Mobile");
    case Field::Email:
        return LeadImportDialog::tr("Email");
    case Field::Street:
        return LeadImportDialog::tr("Street");
    case Field::PostalCode:
        return LeadImportDialog::tr("Postal code");
    case Field::City:
        return LeadImportDialog::tr("City");
    case Field::Vehicle:
        return LeadImportDialog::tr("Vehicle of interest");
    case Field::Comments:
        return LeadImportDialog::tr("Comments");
    case Field::Id:
        return LeadImportDialog::tr("Record id (for re-imports)");
    }
    return {};
}

} // namespace

LeadImportDialog::LeadImportDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("leadImportDialog"));
    setWindowTitle(tr("Import leads"));
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("importPath"));
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("ADF (.xml), email (.eml), vCard (.vcf) or a list (.csv)"));
    auto* choose = new QPushButton(tr("&Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseImportFile"));
    connect(choose, &QPushButton::clicked, this, &LeadImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(choose);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->addItem(tr("As the file says"), QString());
    if (auto sources = PipelineConfigService(m_session.context()).sources())
        for (const Source& s : *sources)
            if (s.active)
                m_source->addItem(s.name, s.key);
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("importCampaign"));
    m_campaign->setMinimumContentsLength(18);
    if (auto campaigns = activeCampaigns(m_session.db.sql()))
        m_campaigns = *campaigns;
    fillCampaigns();
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        fillCampaigns();
        preview();
    });
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source);
    sourceRow->addWidget(new QLabel(tr("campaign"), this));
    sourceRow->addWidget(m_campaign);
    sourceRow->addStretch(1);
    auto* form = new QFormLayout;
    auto* sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, sourceRow);

    m_columns = new QTableWidget(0, 3, this);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Field"), tr("First value")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setMaximumHeight(170);
    m_columns->hide();

    m_model = new LeadImportModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importRecords"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    const QFontMetrics metrics = fontMetrics();
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(LeadImportModel::Record, metrics.horizontalAdvance(tr("line 999")) + 24);
    header->resizeSection(LeadImportModel::Name, metrics.horizontalAdvance(QLatin1Char('M')) * 16);
    header->resizeSection(LeadImportModel::Outcome,
                          metrics.horizontalAdvance(tr("Lead for a known customer")) + 24);
    header->setStretchLastSection(true);

    m_summary = new QLabel(tr("Choose a file: every record is checked before anything is "
                              "written."),
                           this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ApplyRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &LeadImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(fileRow);
    layout->addLayout(form);
    layout->addWidget(m_columns);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(860, 540);
}

void LeadImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Leads to import"), QString(),
        tr("Lead files (*.xml *.adf *.eml *.vcf *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool LeadImportDialog::setFile(const QString& path)
{
    m_pathEdit->setText(path);
    m_import->setEnabled(false);
    m_model->setReport({}, true);
    m_mapping.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    m_path = path;
    m_bytes = file.readAll();
    m_format = intakeFormatOf(path, m_bytes.left(4096));
    if (m_format == IntakeFormat::Unknown)
        m_format = IntakeFormat::Adf; // the ADF reader says why it is none
    m_columns->setVisible(m_format == IntakeFormat::List);
    m_firstRecord.clear();
    if (m_format == IntakeFormat::List)
        if (auto table = leadcsv::read(m_bytes); table && !table->records.empty())
            m_firstRecord = table->records.front().fields;
    preview();
    return true;
}

void LeadImportDialog::setSource(const QString& sourceKey)
{
    m_source->setCurrentIndex(std::max(0, m_source->findData(sourceKey)));
}

void LeadImportDialog::fillCampaigns()
{
    fillCampaignBox(m_campaign, m_campaigns, m_source->currentData().toString());
    // A campaign belongs to one source: without a chosen source there is none to pick.
    m_campaign->setEnabled(m_campaign->count() > 1);
}

void LeadImportDialog::setCampaign(qint64 campaignId)
{
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(campaignId)));
}

void LeadImportDialog::setColumnField(int column, const QString& fieldKey)
{
    if (column < 0 || column >= m_mapping.size())
        return;
    m_mapping[column] = fieldKey;
    preview();
}

IntakeOptions LeadImportDialog::options(bool dryRun) const
{
    IntakeOptions options;
    options.fileName = QFileInfo(m_path).fileName();
    options.sourceKey = m_source->currentData().toString();
    options.campaignId = chosenCampaign(m_campaign);
    options.csvMapping = m_mapping;
    options.dryRun = dryRun;
    return options;
}

Result<IntakeReport> LeadImportDialog::run(bool dryRun)
{
    LeadIntakeService intake(m_session.context());
    const IntakeOptions chosen = options(dryRun);
    switch (m_format) {
    case IntakeFormat::Email:
        return intake.importEmail(m_session.user, m_bytes, chosen);
    case IntakeFormat::VCard:
        return intake.importVCards(m_session.user, m_bytes, chosen);
    case IntakeFormat::List:
        return intake.importCsv(m_session.user, m_bytes, chosen);
    case IntakeFormat::Adf:
    case IntakeFormat::Unknown:
        break;
    }
    return intake.importAdf(m_session.user, m_bytes, chosen);
}

void LeadImportDialog::preview()
{
    if (m_path.isEmpty())
        return;
    m_import->setEnabled(false);
    if (m_format == IntakeFormat::List && m_source->currentData().toString().isEmpty()) {
        m_model->setReport({}, true);
        m_summary->setText(tr("Choose the source this list came from."));
        return;
    }
    auto report = run(true);
    if (!report) {
        m_model->setReport({}, true);
        m_summary->setText(report.error().message);
        return;
    }
    if (m_format == IntakeFormat::List)
        showColumns(*report);
    showReport(*report, true);
    m_import->setEnabled(report->leads() > 0);
}

bool LeadImportDialog::importNow()
{
    auto report = run(false);
    if (!report) {
        MessageBoxes::current().error(this, tr("The leads were not imported"),
                                      report.error().message);
        return false;
    }
    showReport(*report, false);
    m_import->setEnabled(false);
    return true;
}

void LeadImportDialog::showColumns(const IntakeReport& report)
{
    if (m_mapping.isEmpty())
        m_mapping = report.mapping;
    // Rebuilding the table must not count as the user's choice.
    m_showingColumns = true;
    m_columns->setRowCount(int(report.header.size()));
    for (int row = 0; row < report.header.size(); ++row) {
        m_columns->setItem(row, 0, new QTableWidgetItem(report.header[row]));
        auto* field = new QComboBox(m_columns);
        field->setObjectName(QStringLiteral("columnField%1").arg(row));
        for (leadcsv::Field f : leadcsv::allFields())
            field->addItem(fieldLabel(f), leadcsv::fieldKey(f));
        field->setCurrentIndex(std::max(0, field->findData(report.mapping.value(row))));
        connect(field, &QComboBox::currentIndexChanged, this, [this, row, field] {
            if (!m_showingColumns)
                setColumnField(row, field->currentData().toString());
        });
        m_columns->setCellWidget(row, 1, field);
        const QString first = m_firstRecord.value(row).trimmed();
        m_columns->setItem(row, 2, new QTableWidgetItem(first));
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(1, fontMetrics().horizontalAdvance(tr("Record id (for re-imports)")) +
                                     48);
    m_showingColumns = false;
}

void LeadImportDialog::showReport(const IntakeReport& report, bool dryRun)
{
    m_model->setReport(report.records, dryRun);
    const QString counts =
        tr("%1 new, %2 for known customers, %3 to review, %4 imported before, %5 rejected.")
            .arg(report.count(IntakeOutcome::Created))
            .arg(report.count(IntakeOutcome::Linked))
            .arg(report.count(IntakeOutcome::NeedsReview))
            .arg(report.count(IntakeOutcome::Duplicate))
            .arg(report.count(IntakeOutcome::Rejected));
    QString how = counts;
    if (!report.encoding.isEmpty())
        how = tr("Read as %1. %2").arg(report.encoding, counts);
    if (dryRun)
        m_summary->setText(tr("Checked, nothing written yet: %1 “Import” creates the leads; "
                              "rejected records and those imported before are skipped.")
                               .arg(how));
    else
        m_summary->setText(tr("Imported: %1").arg(how));
}

} // namespace showroom
