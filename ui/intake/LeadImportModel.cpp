#include "LeadImportModel.h"

#include <QColor>

namespace showroom {

int LeadImportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int LeadImportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeadImportModel::outcome(IntakeOutcome outcome, bool dryRun)
{
    switch (outcome) {
    case IntakeOutcome::Created:
        return dryRun ? tr("New customer and lead") : tr("Customer and lead created");
    case IntakeOutcome::Linked:
        return dryRun ? tr("Lead for a known customer") : tr("Lead for a known customer created");
    case IntakeOutcome::Duplicate:
        return tr("Imported before");
    case IntakeOutcome::NeedsReview:
        return dryRun ? tr("Lead to review") : tr("Lead to review created");
    case IntakeOutcome::Rejected:
        break;
    }
    return tr("Rejected");
}

QVariant LeadImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record:
        return tr("Record");
    case Name:
        return tr("Name");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    }
    return {};
}

QVariant LeadImportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IntakeRecord& r = m_records.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Record:
            // Lists name the line, other files the record's number.
            return r.line > 0 ? tr("line %1").arg(r.line) : QString::number(r.number);
        case Name:
            return r.name;
        case Outcome:
            return outcome(r.outcome, m_dryRun);
        case Reason:
            return r.reason;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Reason && !r.reason.isEmpty() ? QVariant(r.reason) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() != Outcome)
            return {};
        if (r.outcome == IntakeOutcome::Rejected)
            return QColor(0xc6, 0x28, 0x28);
        if (r.outcome == IntakeOutcome::NeedsReview)
            return QColor(0xb2, 0x6a, 0x00);
        return {};
    default:
        return {};
    }
}

void LeadImportModel::setReport(std::vector<IntakeRecord> records, bool dryRun)
{
    beginResetModel();
    m_records = std::move(records);
    m_dryRun = dryRun;
    endResetModel();
}

} // namespace showroom
