#include "CustomerListPage.h"

#include "common/PageTitle.h"
#include "common/RecordTable.h"
#include "customers/CustomerListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

CustomerListPage::CustomerListPage(CustomerService service, ChangeBus* changes, QWidget* parent)
    : QWidget(parent), m_model(new CustomerListModel(service, changes, this))
{
    setObjectName(QStringLiteral("customersPage"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search name, company, phone, email, VIN…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Type part of a name, company, email or VIN, or some digits of a "
                            "phone number (Ctrl+F)"));
    m_search->installEventFilter(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("customerTable"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(false);
    setUpRecordTable(m_view, QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    // Wide enough for typical values; City takes the rest.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widthFor = [&metrics](const char* sample) {
        return metrics.horizontalAdvance(QString::fromUtf8(sample)) + 20;
    };
    header->resizeSection(CustomerListModel::Name, widthFor("Mustermann-Schulze, Annemarie"));
    header->resizeSection(CustomerListModel::Company, widthFor("Autohaus Mustermann GmbH"));
    header->resizeSection(CustomerListModel::Phone, widthFor("+49 0000 000000000"));
    header->resizeSection(CustomerListModel::Email, widthFor("annemarie.mustermann@example.com"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("customerStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openCustomer"));
    m_open->setToolTip(tr("Open the customer card (Enter or double-click)"));
    m_merge = new QPushButton(tr("&Merge…"), this);
    m_merge->setObjectName(QStringLiteral("mergeCustomers"));
    m_merge->setToolTip(tr("Select two records of the same customer to merge them"));
    m_merge->setVisible(false);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_status);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_open);
    searchRow->addWidget(m_merge);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    layout->addWidget(new PageTitle(tr("Customers"), this));
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &CustomerListPage::applySearchNow);

    connect(m_view, &QTableView::activated, this, &CustomerListPage::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &CustomerListPage::openCurrent);
    connect(m_merge, &QPushButton::clicked, this, &CustomerListPage::requestMerge);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerListPage::updateActions);
    connect(m_model, &CustomerListModel::modelReset, this, &CustomerListPage::updateActions);
    updateActions();
    connect(m_model, &CustomerListModel::loaded, this, &CustomerListPage::updateStatus);
    connect(m_model, &CustomerListModel::loadFailed, this, &CustomerListPage::showLoadError);
    connect(m_model, &CustomerListModel::modelReset, this, &CustomerListPage::updateStatus);
    if (m_model->lastError())
        m_error = m_model->lastError()->message;
    updateStatus();
}

QString CustomerListPage::statusText() const
{
    return m_status->text();
}

void CustomerListPage::reload()
{
    m_model->reload();
}

void CustomerListPage::applySearchNow()
{
    m_searchDelay.stop();
    if (m_search->text() == m_model->filterText())
        return;
    m_error.clear();
    m_model->setFilterText(m_search->text());
    if (m_model->rowCount() > 0)
        m_view->scrollToTop();
}

void CustomerListPage::setMergeAllowed(bool allowed)
{
    m_merge->setVisible(allowed);
    updateActions();
}

QList<qint64> CustomerListPage::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids << m_model->customerId(row);
    return ids;
}

void CustomerListPage::updateActions()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_open->setEnabled(selected == 1);
    m_merge->setEnabled(selected == 2);
}

void CustomerListPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        Q_EMIT openRequested(m_model->customerId(current.row()));
}

void CustomerListPage::requestMerge()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() == 2)
        Q_EMIT mergeRequested(ids[0], ids[1]);
}

void CustomerListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CustomerListPage::eventFilter(QObject* watched, QEvent* event)
{
    // Down arrow or Enter in the search field moves into the results.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            applySearchNow();
            if (m_model->rowCount() > 0) {
                m_view->setFocus(Qt::TabFocusReason);
                if (!m_view->currentIndex().isValid())
                    m_view->setCurrentIndex(m_model->index(0, 0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerListPage::showLoadError(const QString& message)
{
    m_error = message;
    updateStatus();
}

void CustomerListPage::updateStatus()
{
    if (!m_model->lastError())
        m_error.clear();
    if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        return;
    }
    const int rows = m_model->rowCount();
    const QString filter = m_model->filterText().trimmed();
    const bool more = m_model->canFetchMore({});
    if (rows == 0)
        m_status->setText(filter.isEmpty() ? tr("No customers yet.")
                                           : tr("No customer matches “%1”.").arg(filter));
    else if (more)
        m_status->setText(tr("Showing %Ln customers — scroll for more", nullptr, rows));
    else if (filter.isEmpty())
        m_status->setText(tr("Showing all %Ln customers", nullptr, rows));
    else
        m_status->setText(tr("%Ln customers match “%1”", nullptr, rows).arg(filter));
}

} // namespace showroom
