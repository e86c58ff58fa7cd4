#pragma once

#include "services/IntakeSources.h"
#include "services/LeadIntake.h"
#include "shell/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace showroom {

class LeadImportModel;

// File → Import leads: an ADF file, an email (.eml), vCards or a lead list (CSV). Choosing a
// file runs a dry run that shows every record with what would become of it; for a list, each
// column's field can be chosen (the choice is remembered for the source) and the dry run
// follows. "Import" then writes it.
class LeadImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit LeadImportDialog(const Session& session, QWidget* parent = nullptr);

    // Reads `path` and shows the dry run; false (with the reason shown) when it cannot be read.
    bool setFile(const QString& path);
    // Writes the file read last with the current source and column fields; false when refused.
    bool importNow();
    void setSource(const QString& sourceKey);
    // One of the chosen source's campaigns (after setSource).
    void setCampaign(qint64 campaignId);
    // Lists: the field of column `column` (a leadcsv::fieldKey); reruns the dry run.
    void setColumnField(int column, const QString& fieldKey);

    LeadImportModel* model() const { return m_model; }
    QTableWidget* columns() const { return m_columns; }
    QPushButton* importButton() const { return m_import; }
    QComboBox* campaignBox() const { return m_campaign; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void chooseFile();
    Result<IntakeReport> run(bool dryRun);
    void preview();
    void showReport(const IntakeReport& report, bool dryRun);
    void showColumns(const IntakeReport& report);
    IntakeOptions options(bool dryRun) const;
    void fillCampaigns();

    Session m_session;
    QString m_path;
    QByteArray m_bytes;
    IntakeFormat m_format = IntakeFormat::Adf;
    QStringList m_mapping;     // chosen by hand; empty: remembered or recognised
    QStringList m_firstRecord; // lists: the first record's values, shown beside each column
    LeadImportModel* m_model = nullptr;
    QLineEdit* m_pathEdit = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_campaign = nullptr;
    std::vector<CampaignChoice> m_campaigns;
    QTableWidget* m_columns = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
    bool m_showingColumns = false;
};

} // namespace showroom
