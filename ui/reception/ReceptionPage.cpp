#include "ReceptionPage.h"

#include "common/MessageBoxes.h"
#include "common/PageTitle.h"
#include "common/RecordTable.h"
#include "reception/AddContactDialog.h"
#include "reception/TrafficTiles.h"
#include "reception/VisitForm.h"
#include "reception/VisitListModel.h"
#include "services/ChangeBus.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

ReceptionPage::ReceptionPage(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("receptionPage"));
    const ServiceContext context = m_session.context();

    auto* formPanel = new QFrame(this);
    formPanel->setObjectName(QStringLiteral("visitPanel"));
    formPanel->setFrameShape(QFrame::StyledPanel);
    m_form = new VisitForm(context, m_session.user, formPanel);
    auto* panelLayout = new QVBoxLayout(formPanel);
    panelLayout->setContentsMargins(12, 10, 12, 12);
    panelLayout->addWidget(m_form);
    formPanel->setFixedWidth(std::max(400, m_form->sizeHint().width() + 24));

    m_tiles = new TrafficTiles(this);
    m_model = new VisitListModel(VisitService(context), m_session.clock, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("visitTable"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VisitListModel::Visitor, QHeaderView::Stretch);

    m_addContact = new QPushButton(tr("Add &contact…"), this);
    m_addContact->setObjectName(QStringLiteral("addContact"));
    m_addContact->setToolTip(tr("Add the phone or email this visitor gave (Ctrl+K)"));
    m_left = new QPushButton(tr("Visitor &left"), this);
    m_left->setObjectName(QStringLiteral("visitorLeft"));
    m_left->setToolTip(tr("Record the departure time now (Ctrl+D)"));
    m_openCustomer = new QPushButton(tr("Open c&ustomer"), this);
    m_openCustomer->setObjectName(QStringLiteral("openVisitCustomer"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_addContact);
    actions->addWidget(m_left);
    actions->addWidget(m_openCustomer);
    actions->addStretch(1);

    auto* listTitle = new QLabel(tr("Today's visitors and calls"), this);
    QFont bold = listTitle->font();
    bold.setBold(true);
    listTitle->setFont(bold);

    auto* right = new QVBoxLayout;
    right->setSpacing(10);
    right->addWidget(m_tiles);
    right->addWidget(listTitle);
    right->addWidget(m_view, 1);
    right->addLayout(actions);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(formPanel);
    columns->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    layout->addWidget(new PageTitle(tr("Reception"), this));
    layout->addLayout(columns, 1);

    connect(m_form, &VisitForm::visitLogged, this, &ReceptionPage::reload);
    connect(m_model, &VisitListModel::reloaded, this, &ReceptionPage::showTotals);
    connect(m_model, &VisitListModel::loadFailed, this, [this](const QString& message) {
        MessageBoxes::current().error(this, tr("Today's visits could not be loaded"), message);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReceptionPage::updateActions);
    connect(m_model, &VisitListModel::dataChanged, this, &ReceptionPage::updateActions);
    connect(m_addContact, &QPushButton::clicked, this, &ReceptionPage::addContactToSelected);
    connect(m_left, &QPushButton::clicked, this, &ReceptionPage::markSelectedLeft);
    connect(m_openCustomer, &QPushButton::clicked, this, [this] {
        if (const auto row = selectedRow(); row && m_model->visitAt(*row).visit.customerId)
            Q_EMIT openCustomerRequested(*m_model->visitAt(*row).visit.customerId);
    });
    connect(m_view, &QTableView::activated, this, [this] {
        const auto row = selectedRow();
        if (!row)
            return;
        if (m_model->visitAt(*row).contactCaptured)
            m_openCustomer->click();
        else
            addContactToSelected();
    });
    const auto shortcut = [this](QKeySequence keys, void (ReceptionPage::*slot)()) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), &ReceptionPage::addContactToSelected);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), &ReceptionPage::markSelectedLeft);

    connect(&m_session.changes, &ChangeBus::visitAdded, this, &ReceptionPage::reload);
    connect(&m_session.changes, &ChangeBus::visitChanged, this, &ReceptionPage::reload);
    connect(&m_session.changes, &ChangeBus::customerChanged, this, &ReceptionPage::reload);
    connect(&m_tick, &QTimer::timeout, this, &ReceptionPage::tick);
    m_tick.start(30 * 1000);

    showTotals();
    updateActions();
}

void ReceptionPage::reload()
{
    m_model->reload();
    m_form->refreshConsultants();
}

std::optional<int> ReceptionPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return rows.front().row();
}

void ReceptionPage::updateActions()
{
    const auto row = selectedRow();
    const VisitRow* visit = row ? &m_model->visitAt(*row) : nullptr;
    m_addContact->setEnabled(visit && !visit->contactCaptured);
    m_left->setEnabled(visit && visit->visit.channel == VisitChannel::WalkIn &&
                       !visit->visit.leftAt.isValid());
    m_openCustomer->setEnabled(visit && visit->visit.customerId);
}

void ReceptionPage::showTotals()
{
    m_tiles->show(m_model->traffic());
    updateActions();
}

void ReceptionPage::addContactToSelected()
{
    const auto row = selectedRow();
    if (!row || m_model->visitAt(*row).contactCaptured)
        return;
    AddContactDialog dialog(m_session.context(), m_session.user, m_model->visitAt(*row).visit,
                            this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ReceptionPage::markSelectedLeft()
{
    const auto row = selectedRow();
    if (!row)
        return;
    const Visit& visit = m_model->visitAt(*row).visit;
    if (visit.leftAt.isValid() || visit.channel != VisitChannel::WalkIn)
        return;
    auto left =
        VisitService(m_session.context()).markLeft(m_session.user, visit.id, {}, visit.version);
    if (!left)
        MessageBoxes::current().error(this, tr("The departure was not recorded"),
                                      left.error().message);
    reload();
}

void ReceptionPage::tick()
{
    const QDate today = m_session.clock.now().toLocalTime().date();
    if (today != m_model->date())
        m_model->setDate(today); // past midnight: a new day at the desk
    else
        m_model->tick();
}

} // namespace showroom
