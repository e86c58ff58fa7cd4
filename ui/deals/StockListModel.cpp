#include "StockListModel.h"

#include "deals/StockText.h"

#include <QFont>
#include <QFontDatabase>

namespace showroom {

namespace {
bool sameVehicle(const Vehicle& a, const Vehicle& b)
{
    return a.version == b.version && a.status == b.status && a.ownerCustomerId == b.ownerCustomerId;
}
} // namespace

StockListModel::StockListModel(QObject* parent) : RowListModel<Vehicle>(parent) {}

int StockListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Price ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Vin:
        return tr("VIN");
    case StockNumber:
        return tr("Stock no.");
    case Make:
        return tr("Make");
    case Model:
        return tr("Model");
    case Trim:
        return tr("Trim");
    case Colour:
        return tr("Colour");
    case Year:
        return tr("Year");
    case Condition:
        return tr("Condition");
    case Status:
        return tr("Status");
    case Price:
        return tr("Price");
    case TestDrive:
        return tr("Test drive");
    }
    return {};
}

QVariant StockListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Vehicle& v = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(v, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TestDrive && v.testDriveCar)
            return tr("A test-drive car: customers can book it for test drives");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Price)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == TestDrive)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == Vin)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case IdRole:
        return v.id;
    case RawRole:
        return raw(v, index.column());
    default:
        return {};
    }
}

QVariant StockListModel::display(const Vehicle& v, int column) const
{
    switch (column) {
    case Vin:
        return v.vin;
    case StockNumber:
        return v.stockNumber;
    case Make:
        return v.make;
    case Model:
        return v.model;
    case Trim:
        return v.trim;
    case Colour:
        return v.colour;
    case Year:
        return v.modelYear ? QString::number(*v.modelYear) : QString();
    case Condition:
        return StockText::condition(v.condition);
    case Status:
        return StockText::statusWithDate(v);
    case Price:
        return StockText::price(v.priceCents, m_currency);
    case TestDrive:
        return v.testDriveCar ? QStringLiteral("✓") : QString();
    }
    return {};
}

QVariant StockListModel::raw(const Vehicle& v, int column) const
{
    switch (column) {
    case Year:
        return v.modelYear ? QVariant(*v.modelYear) : QVariant();
    case Condition:
        return vehicleConditionKey(v.condition);
    case Status:
        return vehicleStatusKey(v.status);
    case Price:
        return v.priceCents ? QVariant(*v.priceCents) : QVariant();
    case TestDrive:
        return v.testDriveCar;
    default:
        return display(v, column);
    }
}

void StockListModel::setVehicles(std::vector<Vehicle> vehicles)
{
    apply(std::move(vehicles), &sameVehicle);
}

void StockListModel::setCurrency(const QString& currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Price), index(rowCount() - 1, Price));
}

const Vehicle* StockListModel::vehicle(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= rowCount())
        return nullptr;
    return &rowAt(index.row());
}

} // namespace showroom
