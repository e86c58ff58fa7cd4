#pragma once

#include "domain/Vehicle.h"
#include "services/ServiceContext.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableView;

namespace showroom {

class VehicleListModel;

// The deal form's vehicle choice: a car from stock, found by any VIN fragment (or stock number)
// and narrowed by make → model → trim → colour, or a factory order described in words. Only
// available cars are listed (in stock or in transit, not reserved).
class VehiclePicker : public QWidget {
    Q_OBJECT

public:
    VehiclePicker(ServiceContext context, const QString& currency, QWidget* parent = nullptr);

    bool isFactoryOrder() const;
    void setFactoryOrder(bool factoryOrder);
    // The chosen stock car (never with a factory order).
    std::optional<Vehicle> selectedVehicle() const;
    bool selectVehicle(qint64 vehicleId);
    QString orderedVehicle() const;
    // The model the accessories are offered for: the chosen car's, else the model filter's.
    QString model() const;
    // Why the list could not be read ('' when it could).
    QString problem() const { return m_problem; }

    QRadioButton* stockRadio() const { return m_stock; }
    QRadioButton* factoryRadio() const { return m_factory; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* makeBox() const { return m_make; }
    QComboBox* modelBox() const { return m_model; }
    QComboBox* trimBox() const { return m_trim; }
    QComboBox* colourBox() const { return m_colour; }
    QTableView* resultView() const { return m_view; }
    VehicleListModel* results() const { return m_results; }
    QLineEdit* orderEdit() const { return m_order; }

    // Reads the list again (e.g. a car was reserved on another desk).
    void refresh();

Q_SIGNALS:
    // The chosen car, the factory-order switch or its description changed.
    void changed();

private:
    void fillChoices(int level);
    void modeChanged();
    void selectionChanged();

    ServiceContext m_context;
    QString m_problem;
    QRadioButton* m_stock = nullptr;
    QRadioButton* m_factory = nullptr;
    QWidget* m_stockPart = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_make = nullptr;
    QComboBox* m_model = nullptr;
    QComboBox* m_trim = nullptr;
    QComboBox* m_colour = nullptr;
    QTableView* m_view = nullptr;
    VehicleListModel* m_results = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_order = nullptr;
};

} // namespace showroom
