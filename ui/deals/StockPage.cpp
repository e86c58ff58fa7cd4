#include "StockPage.h"

#include "common/PageTitle.h"
#include "common/RecordTable.h"
#include "deals/StockImportDialog.h"
#include "deals/StockListModel.h"
#include "deals/StockText.h"
#include "deals/VehicleDialog.h"
#include "services/ChangeBus.h"
#include "services/Permissions.h"
#include "services/StockService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace showroom {

StockPage::StockPage(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_manager(roleAllows(session.user.role, Permission::ManageStock))
{
    setObjectName(QStringLiteral("stockPage"));
    m_model = new StockListModel(this);
    m_model->setCurrency(StockText::currency(m_session.db.sql()));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("stockView"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    header->resizeSection(StockListModel::Vin,
                          fixed.horizontalAdvance(QStringLiteral("WVWZZZ1KZAW000001")) + 24);
    header->resizeSection(StockListModel::StockNumber, width(QStringLiteral("S-10000")));
    header->resizeSection(StockListModel::Make, width(QStringLiteral("Mercedes")));
    header->resizeSection(StockListModel::Model, width(QStringLiteral("Octavia Combi")));
    header->resizeSection(StockListModel::Trim, width(QStringLiteral("Style Sonderedition")));
    header->resizeSection(StockListModel::Colour, width(QStringLiteral("Moonstone Grey")));
    header->resizeSection(StockListModel::Year, width(QStringLiteral("20266")));
    header->resizeSection(
        StockListModel::Condition,
        std::max(width(tr("Condition")), width(StockText::condition(VehicleCondition::Demo))));
    header->resizeSection(StockListModel::Status, width(StockText::statusWithDate([] {
                              Vehicle sample;
                              sample.status = VehicleStatus::InTransit;
                              sample.expectedOn = QDate(2026, 12, 28);
                              return sample;
                          }())));
    header->resizeSection(StockListModel::Price, width(QStringLiteral("188.888,88 €")));
    header->resizeSection(StockListModel::TestDrive, width(tr("Test drive")));
    header->setSectionResizeMode(StockListModel::Trim, QHeaderView::Stretch);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addVehicle"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editVehicle"));
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importStock"));
    const QString managersOnly = tr("Only managers keep the stock list.");
    m_add->setToolTip(m_manager ? tr("Add a car to the stock list") : managersOnly);
    m_edit->setToolTip(m_manager ? tr("Edit the selected car") : managersOnly);
    m_import->setToolTip(m_manager ? tr("Read a stock list (CSV) from the importer or the factory")
                                   : managersOnly);
    m_add->setEnabled(m_manager);
    m_import->setEnabled(m_manager);
    connect(m_add, &QPushButton::clicked, this, &StockPage::addVehicle);
    connect(m_edit, &QPushButton::clicked, this, &StockPage::editSelected);
    connect(m_import, &QPushButton::clicked, this, &StockPage::importCsv);
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_edit, m_import})
        actions->addWidget(button);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    layout->addWidget(new PageTitle(tr("Stock"), this));
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &StockPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &StockPage::reload);
    connect(m_available, &QCheckBox::toggled, this, &StockPage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StockPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &StockPage::updateActions);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_manager)
            editSelected();
    });
    connect(&m_session.changes, &ChangeBus::vehicleChanged, this, &StockPage::reload);
    reload();
}

QWidget* StockPage::buildFilterBar()
{
    auto* bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("stockSearch"));
    m_search->setPlaceholderText(tr("Search: any part of the VIN, stock number, make or model"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("stockStatus"));
    m_status->addItem(tr("All statuses"), QString());
    for (VehicleStatus status :
         {VehicleStatus::InStock, VehicleStatus::InTransit, VehicleStatus::Reserved,
          VehicleStatus::Sold, VehicleStatus::Delivered})
        m_status->addItem(StockText::status(status), vehicleStatusKey(status));
    m_available = new QCheckBox(tr("A&vailable only"), bar);
    m_available->setObjectName(QStringLiteral("stockAvailable"));
    m_available->setToolTip(tr("In stock or in transit, not reserved or sold"));
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("stockCount"));

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 1);
    row->addWidget(m_status);
    row->addWidget(m_available);
    row->addSpacing(12);
    row->addWidget(m_count);
    return bar;
}

VehicleFilter StockPage::filter() const
{
    VehicleFilter filter;
    filter.text = m_search->text();
    filter.status = vehicleStatusFromKey(m_status->currentData().toString());
    filter.availableOnly = m_available->isChecked();
    return filter;
}

void StockPage::reload()
{
    m_searchDelay.stop();
    const VehicleFilter current = filter();
    auto found = StockService(m_session.context()).search(current);
    if (!found) {
        m_problem = found.error().message;
        m_count->setText(m_problem);
        return;
    }
    m_problem.clear();
    const bool full = static_cast<int>(found->size()) >= current.limit;
    m_model->setVehicles(std::move(*found));
    const int shown = m_model->rowCount();
    if (full)
        m_count->setText(tr("the first %1 vehicles").arg(shown));
    else
        m_count->setText(shown == 1 ? tr("1 vehicle") : tr("%n vehicles", nullptr, shown));
    updateActions();
}

QString StockPage::statusText() const
{
    return m_count->text();
}

bool StockPage::selectVehicle(qint64 vehicleId)
{
    const int row = m_model->rowOf(vehicleId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->selectRow(row);
    return true;
}

const Vehicle* StockPage::selectedVehicle() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->vehicle(rows.front());
}

void StockPage::updateActions()
{
    m_edit->setEnabled(m_manager && selectedVehicle() != nullptr);
}

VehicleDialog* StockPage::addVehicle()
{
    if (!m_manager)
        return nullptr;
    return VehicleDialog::openFor(m_session, std::nullopt, this);
}

VehicleDialog* StockPage::editSelected()
{
    const Vehicle* vehicle = selectedVehicle();
    if (!m_manager || !vehicle)
        return nullptr;
    return VehicleDialog::openFor(m_session, *vehicle, this);
}

StockImportDialog* StockPage::importCsv()
{
    if (!m_manager)
        return nullptr;
    auto* dialog = new StockImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace showroom
