#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace showroom {

class Database;

// Until the drag-and-drop board exists: how many leads sit in each stage, read-only.
class PipelineSummaryPage : public QWidget {
    Q_OBJECT

public:
    explicit PipelineSummaryPage(Database& db, QWidget* parent = nullptr);

    // Counts again (after changes on this or another desk).
    void refresh();
    QTableWidget* table() const { return m_table; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    Database& m_db;
    QTableWidget* m_table = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace showroom
