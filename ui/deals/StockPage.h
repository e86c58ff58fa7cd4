#pragma once

#include "domain/Vehicle.h"
#include "shell/Session.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace showroom {

class StockImportDialog;
class VehicleDialog;
class StockListModel;

// The vehicle stock: every car in stock, in transit, reserved, sold or delivered. Searching by
// any part of the VIN (or the stock number, make, model) filters as you type. Managers add, edit
// and import cars; everyone else looks them up.
class StockPage : public QWidget {
    Q_OBJECT

public:
    explicit StockPage(const Session& session, QWidget* parent = nullptr);

    StockListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QCheckBox* availableOnly() const { return m_available; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* importButton() const { return m_import; }
    // "12 vehicles", or why the list could not be loaded.
    QString statusText() const;
    VehicleFilter filter() const;

    // Refetches the list with the current filter (the search field waits for a pause in typing).
    void reload();
    bool selectVehicle(qint64 vehicleId);
    const Vehicle* selectedVehicle() const;

    // Window-modal, not blocking; nullptr when the user may not manage the stock.
    VehicleDialog* addVehicle();
    VehicleDialog* editSelected();
    StockImportDialog* importCsv();

private:
    QWidget* buildFilterBar();
    void updateActions();

    Session m_session;
    bool m_manager = false;
    StockListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_available = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_import = nullptr;
    QTimer m_searchDelay;
    QString m_problem;
};

} // namespace showroom
