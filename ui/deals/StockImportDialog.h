#pragma once

#include "services/StockService.h"
#include "shell/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace showroom {

class StockImportModel;

// Reads a stock list (CSV): choosing a file runs a dry run that shows every row with what would
// become of it; "Import" then writes it. Rejected rows name their reason and line.
class StockImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit StockImportDialog(const Session& session, QWidget* parent = nullptr);

    // Reads `path` and shows the dry run; false (with the reason shown) when it cannot be read.
    bool setFile(const QString& path);
    // Writes the file read last; false when refused.
    bool importNow();

    StockImportModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* importButton() const { return m_import; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void chooseFile();
    void showReport(const StockImportReport& report, bool dryRun);

    Session m_session;
    QByteArray m_bytes;
    StockImportModel* m_model = nullptr;
    QLineEdit* m_path = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace showroom
