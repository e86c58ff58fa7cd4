#include "reports/DrillDownDialog.h"

#include "common/Buttons.h"
#include "common/RecordTable.h"
#include "reports/DrillDownModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

DrillDownDialog::DrillDownDialog(const Session& session, const reports::ReportFilter& filter,
                                 DrillRequest request, QWidget* parent)
    : QDialog(parent), m_session(session), m_filter(filter), m_request(std::move(request))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(tr("Leads: %1").arg(m_request.title));
    m_model = new DrillDownModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DrillDownModel::RawRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("drillDownView"));
    m_view->setModel(m_proxy);
    setUpRecordTable(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DrillDownModel::Created, Qt::DescendingOrder);
    QHeaderView* header = m_view->horizontalHeader();
    const auto width = [this](const QString& sample) {
        return fontMetrics().horizontalAdvance(sample) + 32;
    };
    header->resizeSection(DrillDownModel::Customer,
                          width(QStringLiteral("Zimmermann, Jonas-Maria")));
    header->resizeSection(DrillDownModel::Source, width(QStringLiteral("Website form")));
    header->resizeSection(DrillDownModel::Consultant, width(QStringLiteral("Elena Kovalenko")));
    header->resizeSection(DrillDownModel::Stage, width(QStringLiteral("Needs & car selection")));
    header->setStretchLastSection(true);

    auto* title = new QLabel(m_request.title, this);
    title->setObjectName(QStringLiteral("drillDownTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    title->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("drillDownProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_problem->setPalette(red);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("drillDownCount"));

    m_openCustomer = actionButton(this, tr("Open &customer"), QStringLiteral("drillOpenCustomer"),
                                  tr("The customer card of the selected lead (double-click or "
                                     "Enter)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_openCustomer);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(860, 520);

    connect(m_view, &QTableView::activated, this, &DrillDownDialog::openSelected);
    connect(m_openCustomer, &QPushButton::clicked, this, &DrillDownDialog::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DrillDownDialog::updateActions);
    updateActions();
}

bool DrillDownDialog::load()
{
    reports::ReportService service(m_session.context());
    std::vector<reports::DrillRow> rows;
    QSet<qint64> seen;
    bool truncated = false;
    for (const reports::Drill& drill : m_request.drills) {
        auto leads = service.drillDown(m_session.user, m_filter, drill, Limit);
        if (!leads) {
            m_problem->setText(tr("The leads could not be listed: %1").arg(leads.error().message));
            m_problem->setVisible(true);
            m_model->setLeads({});
            m_count->clear();
            return false;
        }
        truncated = truncated || int(leads->size()) >= Limit;
        for (reports::DrillRow& row : *leads)
            if (!seen.contains(row.leadId) && int(rows.size()) < Limit) {
                seen.insert(row.leadId);
                rows.push_back(std::move(row));
            }
    }
    m_problem->setVisible(false);
    m_model->setLeads(std::move(rows));
    const QString count = tr("%n lead(s)", nullptr, m_model->rowCount());
    m_count->setText(truncated ? tr("%1 (the first %2 are shown)").arg(count).arg(Limit) : count);
    if (m_model->rowCount() > 0 && !m_view->selectionModel()->hasSelection())
        m_view->selectRow(0);
    updateActions();
    return true;
}

QString DrillDownDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

std::optional<qint64> DrillDownDialog::selectedCustomerId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return rows.front().data(DrillDownModel::CustomerIdRole).toLongLong();
}

void DrillDownDialog::openSelected()
{
    if (const auto id = selectedCustomerId())
        Q_EMIT openCustomerRequested(*id);
}

void DrillDownDialog::updateActions()
{
    m_openCustomer->setEnabled(selectedCustomerId().has_value());
}

} // namespace showroom
