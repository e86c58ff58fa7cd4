#include "MainWindow.h"

#include "board/BoardPage.h"
#include "common/AppSettings.h"
#include "common/Labels.h"
#include "common/MessageBoxes.h"
#include "customers/CustomerCards.h"
#include "customers/CustomerListPage.h"
#include "customers/MergeDialog.h"
#include "deals/DeliveriesPage.h"
#include "deals/StockPage.h"
#include "notifications/NotificationButton.h"
#include "notifications/NotificationCenter.h"
#include "notifications/NotificationTray.h"
#include "reception/ReceptionPage.h"
#include "reports/ReportsPage.h"
#include "services/ChangeBus.h"
#include "services/CustomerService.h"
#include "services/Permissions.h"
#include "settings/SettingsPage.h"
#include "storage/DataVersionWatcher.h"
#include "tasks/FollowUpDialog.h"
#include "today/TodayPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace showroom {

namespace {
constexpr MainWindow::Page kPages[] = {MainWindow::Page::Reception,  MainWindow::Page::Pipeline,
                                       MainWindow::Page::Today,      MainWindow::Page::Customers,
                                       MainWindow::Page::Deliveries, MainWindow::Page::Stock,
                                       MainWindow::Page::Reports,    MainWindow::Page::Settings};

QString iconPath(MainWindow::Page page)
{
    return QStringLiteral(":/icons/nav-%1.png").arg(MainWindow::pageKey(page));
}
} // namespace

MainWindow::MainWindow(Session session, QWidget* parent)
    : QMainWindow(parent), m_session(std::move(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QFileInfo(m_session.db.path()).fileName()); // the platform adds the app name
    createPages();
    createNavigation();
    createMenus();
    createStatusBar();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_watcher = new DataVersionWatcher(m_session.db, 1000, this);
    connect(m_watcher, &DataVersionWatcher::changedElsewhere, this, &MainWindow::changedElsewhere);
    m_cards = new CustomerCards(m_session, this); // one card window per customer
    connect(m_customers, &CustomerListPage::openRequested, m_cards, &CustomerCards::open);
    connect(m_reception, &ReceptionPage::openCustomerRequested, m_cards, &CustomerCards::open);
    connect(m_watcher, &DataVersionWatcher::changedElsewhere, m_cards, &CustomerCards::reloadAll);
    connect(m_pipeline, &BoardPage::openCustomerRequested, m_cards, &CustomerCards::openAt);
    connect(m_pipeline, &BoardPage::planTaskRequested, this, [this](qint64 leadId, TaskKind kind) {
        FollowUpDialog::openFor(m_session, leadId, kind, this);
    });
    connect(m_today, &TodayPage::openCustomerRequested, m_cards, &CustomerCards::openAt);
    connect(m_deliveries, &DeliveriesPage::openCustomerRequested, m_cards, &CustomerCards::open);
    connect(m_reports, &ReportsPage::openCustomerRequested, m_cards, &CustomerCards::open);
    createNotifications();
    createIntake();
    m_watcher->start();

    resize(1180, 740);
    restoreGeometry(AppSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    showPage(startPage());
}

MainWindow::Page MainWindow::startPage() const
{
    switch (m_session.user.role) {
    case Role::Receptionist:
        return Page::Reception;
    case Role::Consultant:
    case Role::Manager:
        return Page::Pipeline;
    case Role::Admin:
        break;
    }
    return Page::Customers;
}

void MainWindow::createNotifications()
{
    m_notifications = new NotificationCenter(m_session, this);
    m_bell = new NotificationButton(m_session, *m_notifications, this);
    menuBar()->setCornerWidget(m_bell);
    m_tray = new NotificationTray(*m_notifications, this);
    connect(m_bell, &NotificationButton::openLeadRequested, m_cards, &CustomerCards::openLead);
    connect(m_tray, &NotificationTray::openLeadRequested, m_cards, &CustomerCards::openLead);
    connect(m_tray, &NotificationTray::showRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_bell->showPanel();
    });
    connect(m_notifications, &NotificationCenter::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_notifications->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_customers = new CustomerListPage(CustomerService(m_session.context()), &m_session.changes);
    m_customers->setMergeAllowed(require(m_session.user, Permission::MergeCustomers).has_value());
    connect(m_customers, &CustomerListPage::mergeRequested, this, &MainWindow::mergeCustomers);
    m_pipeline = new BoardPage(m_session);
    connect(m_pipeline, &BoardPage::logCallRequested, this, &MainWindow::logCall);
    m_reception = new ReceptionPage(m_session);
    m_today = new TodayPage(m_session);
    m_deliveries = new DeliveriesPage(m_session);
    m_reports = new ReportsPage(m_session);
    m_settings = new SettingsPage(m_session);
    for (Page page : kPages) {
        QWidget* widget = nullptr;
        switch (page) {
        case Page::Reception:
            widget = m_reception;
            break;
        case Page::Pipeline:
            widget = m_pipeline;
            break;
        case Page::Today:
            widget = m_today;
            break;
        case Page::Customers:
            widget = m_customers;
            break;
        case Page::Deliveries:
            widget = m_deliveries;
            break;
        case Page::Stock:
            widget = new StockPage(m_session);
            break;
        case Page::Reports:
            widget = m_reports;
            break;
        case Page::Settings:
            widget = m_settings;
            break;
        }
        widget->setObjectName(pageKey(page) + QStringLiteral("Page"));
        m_pages->addWidget(widget);
    }
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSpacing(2);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(alternate-base); "
        "padding: 8px 6px; border: none; border-right: 1px solid palette(mid); }"
        "QListWidget#navigation::item { padding: 7px 6px; border-radius: 5px; "
        "color: palette(text); }"
        "QListWidget#navigation::item:hover { background: rgba(44, 106, 168, 0.08); }"
        "QListWidget#navigation::item:selected { background: rgba(44, 106, 168, 0.18); "
        "color: palette(text); font-weight: 600; }"));
    int widest = 0;
    for (Page page : kPages) {
        auto* item = new QListWidgetItem(QIcon(iconPath(page)), pageTitle(page), m_navigation);
        item->setData(Qt::UserRole, pageKey(page));
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(item->text()));
    }
    m_navigation->setFixedWidth(qMax(170, widest + 24 + 60));
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* importAction = file->addAction(tr("&Import leads…"), this, &MainWindow::importLeads);
    importAction->setObjectName(QStringLiteral("importLeadsAction"));
    importAction->setEnabled(roleAllows(m_session.user.role, Permission::CreateLeads));
    QAction* backupAction = file->addAction(tr("&Backup…"), this, &MainWindow::backup);
    backupAction->setObjectName(QStringLiteral("backupAction"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_pageActions = new QActionGroup(this);
    int number = 1;
    for (Page page : kPages) {
        QAction* action = view->addAction(QIcon(iconPath(page)), pageTitle(page));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        action->setData(int(page));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
    view->addSeparator();
    // From every page: the customer list with the cursor in its search field.
    QAction* find = view->addAction(tr("&Find customer"), this, [this] {
        showPage(Page::Customers);
        m_customers->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* reload = view->addAction(tr("&Reload"), this, &MainWindow::reloadAll);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* aboutAction = help->addAction(tr("&About Showroom CRM"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    const User& user = m_session.user;
    const auto addLabel = [this](const QString& name, const QString& text, bool permanent) {
        auto* label = new QLabel(text, this);
        label->setObjectName(name);
        label->setContentsMargins(6, 0, 6, 0);
        if (permanent)
            statusBar()->addPermanentWidget(label);
        else
            statusBar()->addWidget(label);
        m_statusLabels << label;
        return label;
    };
    addLabel(QStringLiteral("statusUser"),
             tr("Signed in as %1 (%2)").arg(user.displayName, Labels::role(user.role)), false);
    QLabel* path = addLabel(QStringLiteral("statusDatabase"),
                            QDir::toNativeSeparators(m_session.db.path()), true);
    path->setToolTip(tr("Database file"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QLabel* mode = addLabel(QStringLiteral("statusMode"),
                            tr("Mode: %1").arg(Labels::storageMode(m_session.db.mode())), true);
    mode->setToolTip(m_session.db.mode() == StorageMode::Shared
                         ? tr("Shared file: several desks work on this database")
                         : tr("Local file: one desk works on this database"));
    addLabel(QStringLiteral("statusSchema"),
             tr("Schema version %1").arg(m_session.db.schemaVersion()), true);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qBound(0, m_pages->currentIndex(), PageCount - 1));
}

QString MainWindow::pageKey(Page page)
{
    switch (page) {
    case Page::Reception:
        return QStringLiteral("reception");
    case Page::Pipeline:
        return QStringLiteral("pipeline");
    case Page::Today:
        return QStringLiteral("today");
    case Page::Customers:
        return QStringLiteral("customers");
    case Page::Deliveries:
        return QStringLiteral("deliveries");
    case Page::Stock:
        return QStringLiteral("stock");
    case Page::Reports:
        return QStringLiteral("reports");
    case Page::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Page::Reception:
        return tr("Reception");
    case Page::Pipeline:
        return tr("Pipeline");
    case Page::Today:
        return tr("Today");
    case Page::Customers:
        return tr("Customers");
    case Page::Deliveries:
        return tr("Deliveries");
    case Page::Stock:
        return tr("Stock");
    case Page::Reports:
        return tr("Reports");
    case Page::Settings:
        return tr("Settings");
    }
    return {};
}

QString MainWindow::statusBarText() const
{
    QStringList texts;
    for (const QLabel* label : m_statusLabels)
        if (!label->text().isEmpty())
            texts << label->text();
    return texts.join(QStringLiteral(" | "));
}

void MainWindow::pageChanged(int index)
{
    if (index < 0)
        return;
    m_pages->setCurrentIndex(index);
    const auto actions = m_pageActions->actions();
    if (index < actions.size())
        actions[index]->setChecked(true);
    if (Page(index) == Page::Customers)
        m_customers->focusSearch();
}

void MainWindow::changedElsewhere()
{
    m_customers->reload();
    m_reception->reload();
    m_pipeline->refresh();
    m_today->reload();
    m_settings->reload();
    m_reports->scheduleReload();
}

void MainWindow::mergeCustomers(qint64 firstId, qint64 secondId)
{
    MergeDialog dialog(m_session.context(), m_session.user, firstId, secondId, this);
    if (!dialog.load() || dialog.exec() != QDialog::Accepted || !dialog.mergeSummary())
        return;
    const MergeSummary& merged = *dialog.mergeSummary();
    statusBar()->showMessage(
        tr("Merged customer #%1 into #%2 (%3): moved %4.")
            .arg(merged.mergedId)
            .arg(merged.kept.id)
            .arg(merged.kept.displayName(), CustomerMergeService::describe(merged.moved)),
        10000);
}

void MainWindow::reloadAll()
{
    m_customers->reload();
    m_pipeline->reload();
    m_today->reload();
    m_settings->reload();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_cards->closeAll()) // a customer card with unsaved edits stays open
        return event->ignore();
    AppSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace showroom
