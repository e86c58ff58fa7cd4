#include "CustomerLeadsModel.h"

#include "common/Labels.h"
#include "customers/CardText.h"

#include <QFont>

namespace showroom {

CustomerLeadsModel::CustomerLeadsModel(QObject* parent) : QAbstractTableModel(parent) {}

int CustomerLeadsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_leads.size());
}

int CustomerLeadsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerLeadsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadSummary& l = m_leads[std::size_t(index.row())];
    if (role == IdRole)
        return l.id;
    if (role == StageKeyRole)
        return l.stageKey;
    if (role == Qt::FontRole && index.column() == Stage && l.isOpen()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return QStringLiteral("#%1").arg(l.id);
    case Stage:
        return Labels::stage(l.stageKey, l.stageName);
    case Consultant:
        return l.consultantName.isEmpty() ? tr("Unassigned") : l.consultantName;
    case Source:
        return CardText::source(l.sourceKey, l.sourceName);
    case Vehicle:
        return l.vehicleInterest;
    case Created:
        return CardText::date(l.createdAt);
    case Closed:
        return CardText::date(l.closedAt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerLeadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Lead");
    case Stage:
        return tr("Stage");
    case Consultant:
        return tr("Consultant");
    case Source:
        return tr("Source");
    case Vehicle:
        return tr("Vehicle interest");
    case Created:
        return tr("Created");
    case Closed:
        return tr("Closed");
    case ColumnCount:
        break;
    }
    return {};
}

void CustomerLeadsModel::setLeads(std::vector<LeadSummary> leads)
{
    const bool sameRows = std::ranges::equal(
        leads, m_leads, [](const LeadSummary& a, const LeadSummary& b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_leads = std::move(leads);
        endResetModel();
        return;
    }
    for (std::size_t row = 0; row < leads.size(); ++row) {
        if (leads[row] == m_leads[row])
            continue;
        m_leads[row] = leads[row];
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

} // namespace showroom
