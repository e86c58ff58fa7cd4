#include "VehiclePicker.h"

#include "common/RecordTable.h"
#include "deals/VehicleListModel.h"
#include "services/StockService.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

VehiclePicker::VehiclePicker(ServiceContext context, const QString& currency, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    m_stock = new QRadioButton(tr("Car from &stock"), this);
    m_stock->setObjectName(QStringLiteral("vehicleFromStock"));
    m_factory = new QRadioButton(tr("&Factory order"), this);
    m_factory->setObjectName(QStringLiteral("vehicleFactoryOrder"));
    auto* mode = new QButtonGroup(this);
    mode->addButton(m_stock);
    mode->addButton(m_factory);
    m_stock->setChecked(true);

    m_stockPart = new QWidget(this);
    m_search = new QLineEdit(m_stockPart);
    m_search->setObjectName(QStringLiteral("vinSearch"));
    m_search->setPlaceholderText(tr("VIN (any part), stock number, make or model"));
    m_search->setClearButtonEnabled(true);
    const auto combo = [this](const QString& name) {
        auto* box = new QComboBox(m_stockPart);
        box->setObjectName(name);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        return box;
    };
    m_make = combo(QStringLiteral("stockMake"));
    m_model = combo(QStringLiteral("stockModel"));
    m_trim = combo(QStringLiteral("stockTrim"));
    m_colour = combo(QStringLiteral("stockColour"));

    m_results = new VehicleListModel(currency, this);
    m_view = new QTableView(m_stockPart);
    m_view->setObjectName(QStringLiteral("stockResults"));
    m_view->setModel(m_results);
    setUpRecordTable(m_view);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VehicleListModel::Name, QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_count = new QLabel(m_stockPart);
    m_count->setObjectName(QStringLiteral("stockCount"));
    m_count->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* box : {m_make, m_model, m_trim, m_colour})
        filters->addWidget(box, 1);
    auto* stockLayout = new QVBoxLayout(m_stockPart);
    stockLayout->setContentsMargins(22, 0, 0, 0);
    stockLayout->addWidget(m_search);
    stockLayout->addLayout(filters);
    stockLayout->addWidget(m_view, 1);
    stockLayout->addWidget(m_count);

    m_order = new QLineEdit(this);
    m_order->setObjectName(QStringLiteral("orderedVehicle"));
    m_order->setPlaceholderText(tr("Make, model, trim, colour and options as ordered"));
    auto* orderRow = new QHBoxLayout;
    orderRow->setContentsMargins(22, 0, 0, 0);
    orderRow->addWidget(m_order);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_stock);
    layout->addWidget(m_stockPart, 1);
    layout->addWidget(m_factory);
    layout->addLayout(orderRow);

    connect(m_stock, &QRadioButton::toggled, this, &VehiclePicker::modeChanged);
    connect(m_search, &QLineEdit::textChanged, this, &VehiclePicker::refresh);
    connect(m_make, &QComboBox::currentIndexChanged, this, [this] { fillChoices(1); });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] { fillChoices(2); });
    connect(m_trim, &QComboBox::currentIndexChanged, this, [this] { fillChoices(3); });
    connect(m_colour, &QComboBox::currentIndexChanged, this, &VehiclePicker::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VehiclePicker::selectionChanged);
    connect(m_order, &QLineEdit::textChanged, this, &VehiclePicker::changed);
    fillChoices(0);
    modeChanged();
}

// Fills the combos from `level` on (0 make, 1 model, 2 trim, 3 colour) with what the choices
// above allow, then lists the cars.
void VehiclePicker::fillChoices(int level)
{
    QComboBox* const boxes[] = {m_make, m_model, m_trim, m_colour};
    const QString any[] = {tr("Any make"), tr("Any model"), tr("Any trim"), tr("Any colour")};
    StockService stock(m_context);
    for (int at = std::max(level, 0); at < 4; ++at) {
        QComboBox* box = boxes[at];
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any[at], QString());
        const QString make = m_make->currentData().toString();
        const QString model = at >= 2 ? m_model->currentData().toString() : QString();
        const QString trim = at >= 3 ? m_trim->currentData().toString() : QString();
        // Models once a make is chosen; trims and colours once a model is.
        const QComboBox* gate = at == 0 ? nullptr : at == 1 ? m_make : m_model;
        if (gate && gate->currentData().toString().isEmpty()) {
            box->setEnabled(false);
            continue;
        }
        auto values = at == 0 ? stock.choices() : stock.choices(make, model, trim);
        for (const QString& value : values.value_or(QStringList{}))
            if (!value.isEmpty())
                box->addItem(value, value);
        box->setEnabled(box->count() > 1);
        if (box->count() == 2) // one choice only: take it
            box->setCurrentIndex(1);
    }
    refresh();
}

void VehiclePicker::refresh()
{
    VehicleFilter filter;
    filter.text = m_search->text().trimmed();
    filter.availableOnly = true;
    filter.make = m_make->currentData().toString();
    filter.model = m_model->currentData().toString();
    filter.trim = m_trim->currentData().toString();
    filter.colour = m_colour->currentData().toString();
    filter.limit = 200;
    auto found = StockService(m_context).search(filter);
    m_problem = found ? QString() : found.error().message;
    const std::optional<Vehicle> before = selectedVehicle();
    m_results->setVehicles(found.value_or(std::vector<Vehicle>{}));
    const int n = m_results->rowCount();
    if (!found)
        m_count->setText(tr("The stock list could not be read: %1").arg(m_problem));
    else if (n == 0)
        m_count->setText(tr("No available car matches. A factory order is possible."));
    else
        m_count->setText(tr("%n available car(s)", nullptr, n));
    if (n == 1 && !before) // the fragment found the car
        selectVehicle(m_results->rowAt(0).id);
    else if (before && !m_results->vehicleById(before->id)) {
        // The chosen car left the list (reserved meanwhile, or filtered out). The view moved
        // the selection to the next car; a deal never switches cars on its own.
        m_view->selectionModel()->clear();
        Q_EMIT changed();
    }
}

void VehiclePicker::modeChanged()
{
    const bool factory = m_factory->isChecked();
    m_stockPart->setEnabled(!factory);
    m_order->setEnabled(factory);
    if (factory)
        m_order->setFocus();
    Q_EMIT changed();
}

void VehiclePicker::selectionChanged()
{
    Q_EMIT changed();
}

bool VehiclePicker::isFactoryOrder() const
{
    return m_factory->isChecked();
}

void VehiclePicker::setFactoryOrder(bool factoryOrder)
{
    (factoryOrder ? m_factory : m_stock)->setChecked(true);
}

std::optional<Vehicle> VehiclePicker::selectedVehicle() const
{
    if (isFactoryOrder())
        return std::nullopt;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_results->rowAt(rows.front().row());
}

bool VehiclePicker::selectVehicle(qint64 vehicleId)
{
    const int row = m_results->rowOf(vehicleId);
    if (row < 0)
        return false;
    setFactoryOrder(false);
    m_view->selectRow(row);
    m_view->scrollTo(m_results->index(row, 0));
    return true;
}

QString VehiclePicker::orderedVehicle() const
{
    return isFactoryOrder() ? m_order->text().simplified() : QString();
}

QString VehiclePicker::model() const
{
    if (const auto vehicle = selectedVehicle())
        return vehicle->model;
    return m_model->currentData().toString();
}

} // namespace showroom
