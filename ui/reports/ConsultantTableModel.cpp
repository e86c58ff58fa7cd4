#include "reports/ConsultantTableModel.h"

#include "reports/ReportFormat.h"

#include <QFont>

namespace showroom {

using reports::ConsultantRow;

namespace {
QVariant optional(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

bool sameRow(const ConsultantLine& a, const ConsultantLine& b)
{
    for (int column = 0; column < ConsultantTableModel::ColumnCount; ++column)
        if (ConsultantTableModel::raw(a.row, column) != ConsultantTableModel::raw(b.row, column))
            return false;
    return a.row.login == b.row.login;
}
} // namespace

ConsultantTableModel::ConsultantTableModel(QObject* parent) : RowListModel<ConsultantLine>(parent)
{
}

int ConsultantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsultantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Consultant ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return toolTip(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Consultant:
        return tr("Consultant");
    case LeadsAssigned:
        return tr("Leads\nassigned");
    case MedianFirstResponse:
        return tr("First\nresponse");
    case ResponseBreaches:
        return tr("Response\nbreaches");
    case Escalations:
        return tr("Escalations");
    case FollowUpsDue:
        return tr("Follow-ups\ndue");
    case FollowUpsDone:
        return tr("Follow-ups\ndone");
    case FollowUpsOverdue:
        return tr("Follow-ups\noverdue");
    case TestDrives:
        return tr("Test\ndrives");
    case Offers:
        return tr("Offers");
    case Sales:
        return tr("Sales");
    case Revenue:
        return tr("Revenue");
    case AccessoriesOffered:
        return tr("Accessories\noffered");
    case AccessoriesSold:
        return tr("Accessories\nsold");
    case AttachRate:
        return tr("Attach\nrate");
    case ManagerComments:
        return tr("Manager\ncomments");
    case ColumnCount:
        break;
    }
    return {};
}

QString ConsultantTableModel::toolTip(int column) const
{
    switch (Column(column)) {
    case Consultant:
        return tr("Double-click a consultant to list his leads");
    case LeadsAssigned:
        return tr("Leads now his that were assigned to him in the period");
    case MedianFirstResponse:
        return tr("Median business time to the first response, over his leads created in the "
                  "period");
    case ResponseBreaches:
        return tr("His leads created in the period that missed the response deadline");
    case Escalations:
        return tr("His leads created in the period that were escalated to a manager");
    case FollowUpsDue:
        return tr("Follow-up and call-back tasks due in the period");
    case FollowUpsDone:
        return tr("Of the follow-ups due, the ones done");
    case FollowUpsOverdue:
        return tr("Of the follow-ups due, the ones still open after their due time");
    case TestDrives:
        return tr("Test drives he logged in the period");
    case Offers:
        return tr("Offers he logged in the period");
    case Sales:
        return tr("Deals he signed in the period (not cancelled)");
    case Revenue:
        return tr("List price minus discount of those deals");
    case AccessoriesOffered:
        return tr("Accessories offered on those deals");
    case AccessoriesSold:
        return tr("Accessories sold on those deals");
    case AttachRate:
        return tr("Accessories sold / offered");
    case ManagerComments:
        return tr("Manager comments on his leads in the period");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConsultantTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsultantRow& row = rowAt(index.row()).row;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Consultant ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Consultant)
            return tr("%1 (%2): double-click to list his leads").arg(row.name, row.login);
        if (index.column() == AttachRate)
            return tr("%1 of %2 accessories offered were sold")
                .arg(row.accessoriesSold)
                .arg(row.accessoriesOffered);
        return {};
    case IdRole:
        return row.userId;
    case RawRole:
        return raw(row, index.column());
    default:
        return {};
    }
}

QVariant ConsultantTableModel::raw(const ConsultantRow& row, int column)
{
    switch (Column(column)) {
    case Consultant:
        return row.name;
    case LeadsAssigned:
        return row.leadsAssigned;
    case MedianFirstResponse:
        return optional(row.medianFirstResponseMinutes);
    case ResponseBreaches:
        return row.responseBreaches;
    case Escalations:
        return row.escalations;
    case FollowUpsDue:
        return row.followUpsDue;
    case FollowUpsDone:
        return row.followUpsDone;
    case FollowUpsOverdue:
        return row.followUpsOverdue;
    case TestDrives:
        return row.testDrives;
    case Offers:
        return row.offers;
    case Sales:
        return row.sales;
    case Revenue:
        return row.revenueCents;
    case AccessoriesOffered:
        return row.accessoriesOffered;
    case AccessoriesSold:
        return row.accessoriesSold;
    case AttachRate:
        return optional(row.accessoryAttachRate);
    case ManagerComments:
        return row.managerComments;
    case ColumnCount:
        break;
    }
    return {};
}

QString ConsultantTableModel::display(const ConsultantRow& row, int column) const
{
    switch (Column(column)) {
    case Consultant:
        return row.name;
    case MedianFirstResponse:
        return ReportFormat::minutes(row.medianFirstResponseMinutes);
    case Revenue:
        return ReportFormat::money(row.revenueCents, m_currency);
    case AttachRate:
        return ReportFormat::percent(row.accessoryAttachRate);
    default:
        return ReportFormat::count(raw(row, column).toLongLong());
    }
}

void ConsultantTableModel::setConsultants(const std::vector<ConsultantRow>& rows,
                                          const QString& currency)
{
    const bool currencyChanged = currency != m_currency;
    m_currency = currency;
    std::vector<ConsultantLine> lines;
    lines.reserve(rows.size());
    for (const ConsultantRow& row : rows)
        lines.push_back({row.userId, row});
    apply(std::move(lines), &sameRow);
    if (currencyChanged)
        repaintColumn(Revenue);
}

} // namespace showroom
