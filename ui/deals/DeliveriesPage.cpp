#include "DeliveriesPage.h"

#include "common/PageTitle.h"
#include "common/RecordTable.h"
#include "deals/DealDialog.h"
#include "deals/DealText.h"
#include "deals/DeliveryListModel.h"
#include "services/ChangeBus.h"
#include "services/DealService.h"
#include "services/Permissions.h"
#include "services/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace showroom {

namespace {
// The Progress column as a thin bar under "done/total".
class ProgressDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem text = option;
        initStyleOption(&text, index);
        text.rect.adjust(0, 0, 0, -5);
        QStyledItemDelegate::paint(painter, text, index);
        const double fraction = index.data(DeliveryListModel::FractionRole).toDouble();
        const QRect bar = option.rect.adjusted(6, option.rect.height() - 7, -8, -3);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(128, 128, 128, 60));
        painter->drawRoundedRect(bar, 2, 2);
        QRect done = bar;
        done.setWidth(int(bar.width() * std::clamp(fraction, 0.0, 1.0)));
        painter->setBrush(fraction >= 1.0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0x1e, 0x6f, 0xc8));
        if (done.width() > 0)
            painter->drawRoundedRect(done, 2, 2);
        painter->restore();
    }
};
} // namespace

DeliveriesPage::DeliveriesPage(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_manager(roleAllows(session.user.role, Permission::WorkAnyLead))
{
    setObjectName(QStringLiteral("deliveriesPage"));
    m_model = new DeliveryListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("deliveriesView"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->setItemDelegateForColumn(DeliveryListModel::Progress, new ProgressDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 16);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    QFont bold = font();
    bold.setBold(true);
    header->resizeSection(
        DeliveryListModel::Customer,
        QFontMetrics(bold).horizontalAdvance(QStringLiteral("Zimmermann, Jonas")) + 24);
    header->resizeSection(DeliveryListModel::Vehicle,
                          width(QStringLiteral("Volkswagen Passat Variant")));
    header->resizeSection(DeliveryListModel::Vin, width(QStringLiteral("WVWZZZ1KZAW000000")));
    header->resizeSection(DeliveryListModel::Consultant, width(QStringLiteral("Elena Kovalenko")));
    header->resizeSection(DeliveryListModel::Promised, width(QStringLiteral("28/12/2026")));
    header->resizeSection(DeliveryListModel::Progress, width(QStringLiteral("Progress")) + 10);
    // "not needed", a sent date, or ✓ and the approval date.
    header->resizeSection(
        DeliveryListModel::Bank,
        std::max(width(QStringLiteral("not needed")),
                 width(QStringLiteral("✓ ") + DealText::date(QDate(2026, 12, 28)))));
    header->setSectionResizeMode(DeliveryListModel::NextStep, QHeaderView::Stretch);
    header->resizeSection(
        DeliveryListModel::Status,
        width(
            tr("Delivered %1").arg(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat))));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("deliveriesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_problem->setPalette(red);

    m_openDeal = new QPushButton(tr("&Open deal"), this);
    m_openDeal->setObjectName(QStringLiteral("openDeal"));
    m_openDeal->setToolTip(tr("The deal card with its checklists (double-click or Enter)"));
    m_openCustomer = new QPushButton(tr("Open c&ustomer"), this);
    m_openCustomer->setObjectName(QStringLiteral("deliveryOpenCustomer"));
    m_openCustomer->setToolTip(tr("The customer card of the selected deal"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("deliveriesCount"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_openDeal);
    actions->addWidget(m_openCustomer);
    actions->addStretch(1);
    actions->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(150);
    connect(&m_coalesce, &QTimer::timeout, this, &DeliveriesPage::reload);
    connect(&m_tick, &QTimer::timeout, this, &DeliveriesPage::reload); // days pass
    m_tick.start(10 * 60 * 1000);
    ChangeBus* bus = &m_session.changes;
    connect(bus, &ChangeBus::dealChanged, this, &DeliveriesPage::scheduleReload);
    connect(bus, &ChangeBus::vehicleChanged, this, &DeliveriesPage::scheduleReload);
    connect(bus, &ChangeBus::customerChanged, this, &DeliveriesPage::scheduleReload);
    connect(bus, &ChangeBus::userChanged, this, [this] {
        fillConsultants();
        scheduleReload();
    });
    connect(m_view, &QTableView::activated, this, &DeliveriesPage::openSelectedDeal);
    connect(m_view, &QTableView::customContextMenuRequested, this,
            &DeliveriesPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DeliveriesPage::updateActions);
    connect(m_openDeal, &QPushButton::clicked, this, &DeliveriesPage::openSelectedDeal);
    connect(m_openCustomer, &QPushButton::clicked, this, &DeliveriesPage::openSelectedCustomer);
    reload();
}

QWidget* DeliveriesPage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new PageTitle(tr("Deliveries"), header));
    row->addStretch(1);
    m_delivered = new QCheckBox(tr("Show &delivered (last 30 days)"), header);
    m_delivered->setObjectName(QStringLiteral("showDelivered"));
    connect(m_delivered, &QCheckBox::toggled, this, &DeliveriesPage::reload);
    if (m_manager) {
        auto* label = new QLabel(tr("Show:"), header);
        m_consultants = new QComboBox(header);
        m_consultants->setObjectName(QStringLiteral("consultantFilter"));
        m_consultants->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(m_consultants);
        fillConsultants();
        connect(m_consultants, &QComboBox::currentIndexChanged, this, &DeliveriesPage::reload);
        row->addWidget(label, 0, Qt::AlignBottom);
        row->addWidget(m_consultants, 0, Qt::AlignBottom);
    } else {
        m_mine = new QCheckBox(tr("&My deals only"), header);
        m_mine->setObjectName(QStringLiteral("myDeals"));
        m_mine->setChecked(true);
        connect(m_mine, &QCheckBox::toggled, this, &DeliveriesPage::reload);
        row->addWidget(m_mine, 0, Qt::AlignBottom);
    }
    row->addSpacing(12);
    row->addWidget(m_delivered, 0, Qt::AlignBottom);
    return header;
}

void DeliveriesPage::fillConsultants()
{
    if (!m_consultants)
        return;
    const QVariant current = m_consultants->currentData();
    const QSignalBlocker blocker(m_consultants);
    m_consultants->clear();
    m_consultants->addItem(tr("All consultants"), QVariant());
    auto users = UserService(m_session.context()).users();
    for (const User& user : users.value_or(std::vector<User>{}))
        if (user.active && (user.role == Role::Consultant || user.role == Role::Manager))
            m_consultants->addItem(user.displayName, user.id);
    m_consultants->setCurrentIndex(std::max(0, m_consultants->findData(current)));
}

QString DeliveriesPage::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void DeliveriesPage::scheduleReload()
{
    m_coalesce.start();
}

void DeliveriesPage::reload()
{
    m_coalesce.stop();
    DeliveryFilter filter;
    filter.includeDelivered = m_delivered->isChecked();
    if (m_consultants) {
        const QVariant id = m_consultants->currentData();
        if (id.isValid())
            filter.consultantId = id.toLongLong();
    } else if (m_mine && m_mine->isChecked()) {
        filter.consultantId = m_session.user.id;
    }
    auto rows = DealService(m_session.context()).deliveries(filter);
    m_problem->setVisible(!rows);
    if (!rows) {
        m_problem->setText(tr("The deliveries could not be loaded: %1").arg(rows.error().message));
        return;
    }
    m_model->setDeliveries(std::move(*rows));
    int overdue = 0;
    for (const DeliveryListRow& row : m_model->rows())
        overdue += row.delivery.urgency == DeliveryUrgency::Overdue ? 1 : 0;
    const QString count = tr("%n deal(s)", nullptr, m_model->rowCount());
    m_count->setText(overdue > 0 ? tr("%1, %2 overdue").arg(count).arg(overdue) : count);
    updateActions();
}

bool DeliveriesPage::selectDeal(qint64 dealId)
{
    const int row = m_model->rowOf(dealId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

std::optional<qint64> DeliveriesPage::selectedDealId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_model->rowAt(rows.front().row()).id;
}

DealDialog* DeliveriesPage::openSelectedDeal()
{
    const auto id = selectedDealId();
    return id ? DealDialog::open(this, m_session, *id) : nullptr;
}

void DeliveriesPage::openSelectedCustomer()
{
    if (const auto id = selectedDealId())
        Q_EMIT openCustomerRequested(m_model->deliveryAt(m_model->rowOf(*id)).customerId);
}

void DeliveriesPage::showContextMenu(const QPoint& at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid())
        return;
    m_view->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(tr("Open deal"), this, &DeliveriesPage::openSelectedDeal);
    menu.addAction(tr("Open customer card"), this, &DeliveriesPage::openSelectedCustomer);
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

void DeliveriesPage::updateActions()
{
    const bool selected = selectedDealId().has_value();
    m_openDeal->setEnabled(selected);
    m_openCustomer->setEnabled(selected);
}

} // namespace showroom
