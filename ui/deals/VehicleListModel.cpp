#include "VehicleListModel.h"

#include "deals/DealText.h"

namespace showroom {

VehicleListModel::VehicleListModel(QString currency, QObject* parent)
    : RowListModel(parent), m_currency(std::move(currency))
{
}

int VehicleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VehicleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Vin:
        return tr("VIN");
    case Name:
        return tr("Vehicle");
    case Colour:
        return tr("Colour");
    case Year:
        return tr("Year");
    case Status:
        return tr("Status");
    case Price:
        return tr("Price");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VehicleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Vehicle& v = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(v, index.column());
    case Qt::ToolTipRole:
        if (v.status == VehicleStatus::InTransit && v.expectedOn.isValid())
            return tr("%1 — expected on %2").arg(v.label(), DealText::date(v.expectedOn));
        return v.stockNumber.isEmpty() ? v.label()
                                       : tr("%1 — stock no. %2").arg(v.label(), v.stockNumber);
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Year)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return v.id;
    case RawRole:
        return raw(v, index.column());
    default:
        return {};
    }
}

QVariant VehicleListModel::display(const Vehicle& v, int column) const
{
    switch (Column(column)) {
    case Vin:
        return v.vin;
    case Name:
        return QStringList{v.make, v.model, v.trim}.join(QLatin1Char(' ')).simplified();
    case Colour:
        return v.colour;
    case Year:
        return v.modelYear ? QVariant(QString::number(*v.modelYear)) : QVariant();
    case Status:
        if (v.status == VehicleStatus::InTransit && v.expectedOn.isValid())
            return tr("In transit, %1").arg(DealText::date(v.expectedOn));
        return DealText::vehicleStatus(v.status);
    case Price:
        return v.priceCents ? QVariant(DealText::money(*v.priceCents, m_currency)) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VehicleListModel::raw(const Vehicle& v, int column) const
{
    switch (Column(column)) {
    case Vin:
        return v.vin;
    case Name:
        return v.label();
    case Colour:
        return v.colour;
    case Year:
        return v.modelYear ? QVariant(*v.modelYear) : QVariant();
    case Status:
        return vehicleStatusKey(v.status);
    case Price:
        return v.priceCents ? QVariant(*v.priceCents) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

void VehicleListModel::setVehicles(std::vector<Vehicle> vehicles)
{
    apply(std::move(vehicles), [](const Vehicle& a, const Vehicle& b) {
        return a.version == b.version && a.status == b.status;
    });
}

const Vehicle* VehicleListModel::vehicleById(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &rowAt(row);
}

} // namespace showroom
