#include "DeliveryListModel.h"

#include "deals/DealText.h"

#include <QColor>
#include <QFont>

namespace showroom {

namespace {
const QColor kOverdue(0xc6, 0x28, 0x28);
const QColor kDueSoon(0xb2, 0x6a, 0x00);
const QColor kMuted(0x6b, 0x6b, 0x6b);

bool sameRow(const DeliveryListRow& a, const DeliveryListRow& b)
{
    const DeliveryRow& x = a.delivery;
    const DeliveryRow& y = b.delivery;
    return x.customerName == y.customerName && x.vehicleLabel == y.vehicleLabel && x.vin == y.vin &&
           x.consultantName == y.consultantName && x.status == y.status &&
           x.promisedDelivery == y.promisedDelivery && x.deliveredAt == y.deliveredAt &&
           x.bankSentAt == y.bankSentAt && x.bankApprovedAt == y.bankApprovedAt &&
           x.itemsDone == y.itemsDone && x.itemsTotal == y.itemsTotal && x.nextStep == y.nextStep &&
           x.nextStepDue == y.nextStepDue && x.urgency == y.urgency && x.payment == y.payment;
}
} // namespace

DeliveryListModel::DeliveryListModel(QObject* parent) : RowListModel(parent) {}

int DeliveryListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Customer:
        return tr("Customer");
    case Vehicle:
        return tr("Vehicle");
    case Vin:
        return tr("VIN");
    case Consultant:
        return tr("Consultant");
    case Promised:
        return tr("Promised");
    case Progress:
        return tr("Progress");
    case NextStep:
        return tr("Next step");
    case Bank:
        return tr("Bank");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QString DeliveryListModel::urgencyText(DeliveryUrgency urgency)
{
    switch (urgency) {
    case DeliveryUrgency::Overdue:
        return tr("Overdue");
    case DeliveryUrgency::DueSoon:
        return tr("Due soon");
    case DeliveryUrgency::OnTrack:
        return tr("On track");
    case DeliveryUrgency::Delivered:
        return tr("Delivered");
    case DeliveryUrgency::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant DeliveryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryRow& row = deliveryAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::FontRole:
        if (column == Customer || (column == Status && row.urgency == DeliveryUrgency::Overdue)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NextStep && row.overdueSteps > 0)
            return tr("%1 — %n step(s) overdue", nullptr, row.overdueSteps)
                .arg(display(row, column).toString());
        if (column == NextStep || column == Vehicle)
            return display(row, column);
        if (column == Progress)
            return tr("%1 of %2 checklist items done").arg(row.itemsDone).arg(row.itemsTotal);
        if (column == Bank && row.bankApprovedAt.isValid())
            return tr("Sent to the bank on %1, approved on %2")
                .arg(DealText::date(row.bankSentAt.toLocalTime().date()),
                     DealText::date(row.bankApprovedAt.toLocalTime().date()));
        if (column == Bank && row.bankSentAt.isValid())
            return tr("Sent to the bank on %1, not approved yet")
                .arg(DealText::date(row.bankSentAt.toLocalTime().date()));
        return {};
    case IdRole:
        return row.dealId;
    case CustomerIdRole:
        return row.customerId;
    case UrgencyRole:
        return int(row.urgency);
    case FractionRole:
        return row.itemsTotal > 0 ? double(row.itemsDone) / row.itemsTotal : 0.0;
    case RawRole:
        return raw(row, column);
    default:
        return {};
    }
}

QVariant DeliveryListModel::foreground(const DeliveryRow& row, int column) const
{
    switch (row.urgency) {
    case DeliveryUrgency::Overdue:
        return kOverdue;
    case DeliveryUrgency::DueSoon:
        return kDueSoon;
    case DeliveryUrgency::Delivered:
    case DeliveryUrgency::Cancelled:
        return kMuted;
    case DeliveryUrgency::OnTrack:
        return column == Bank && row.payment == PaymentMethod::Cash ? QVariant(kMuted) : QVariant();
    }
    return {};
}

QVariant DeliveryListModel::display(const DeliveryRow& row, int column) const
{
    switch (Column(column)) {
    case Customer:
        return row.customerName;
    case Vehicle:
        return row.vehicleLabel;
    case Vin:
        return row.vin.isEmpty() ? tr("factory order") : row.vin;
    case Consultant:
        return row.consultantName.isEmpty() ? QStringLiteral("—") : row.consultantName;
    case Promised:
        return DealText::date(row.promisedDelivery);
    case Progress:
        return tr("%1/%2").arg(row.itemsDone).arg(row.itemsTotal);
    case NextStep:
        if (row.nextStep.isEmpty())
            return row.status == DealStatus::Open ? tr("nothing dated open") : QString();
        return row.nextStepDue.isValid()
                   ? tr("%1 · %2").arg(row.nextStep, DealText::date(row.nextStepDue))
                   : row.nextStep;
    case Bank:
        if (row.payment == PaymentMethod::Cash)
            return tr("not needed");
        if (row.bankApprovedAt.isValid()) // ✓ and the day of the approval
            return QStringLiteral("✓ ") + DealText::date(row.bankApprovedAt.toLocalTime().date());
        return row.bankSentAt.isValid() ? DealText::date(row.bankSentAt.toLocalTime().date())
                                        : QStringLiteral("—");
    case Status:
        if (row.status == DealStatus::Delivered && row.deliveredAt.isValid())
            return tr("Delivered %1").arg(DealText::date(row.deliveredAt.toLocalTime().date()));
        return urgencyText(row.urgency);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeliveryListModel::raw(const DeliveryRow& row, int column) const
{
    switch (Column(column)) {
    case Customer:
        return row.customerName;
    case Vehicle:
        return row.vehicleLabel;
    case Vin:
        return row.vin;
    case Consultant:
        return row.consultantId ? QVariant(*row.consultantId) : QVariant();
    case Promised:
        return row.promisedDelivery;
    case Progress:
        return row.itemsDone;
    case NextStep:
        return row.nextStepDue;
    case Bank:
        return row.bankSentAt;
    case Status:
        return dealStatusKey(row.status);
    case ColumnCount:
        break;
    }
    return {};
}

void DeliveryListModel::setDeliveries(std::vector<DeliveryRow> rows)
{
    std::vector<DeliveryListRow> keyed;
    keyed.reserve(rows.size());
    for (DeliveryRow& row : rows)
        keyed.push_back({row.dealId, std::move(row)});
    apply(std::move(keyed), sameRow);
}

} // namespace showroom
