#pragma once

#include "Error.h"
#include "shell/Session.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace showroom {

class CustomerCards;
class CustomerListPage;
class DataVersionWatcher;
class DeliveriesPage;
class IntakeWatcher;
class LeadImportDialog;
class NotificationButton;
class NotificationCenter;
class NotificationTray;
class TodayPage;
class BoardPage;
class ReceptionPage;
class ReportsPage;
class SettingsPage;
class StockPage;

// The shell: navigation on the left, one page per feature, menus and the status bar. Feature
// pages live in their own folders; this class only wires them together.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Page { Reception, Pipeline, Today, Customers, Deliveries, Stock, Reports, Settings };
    static constexpr int PageCount = 8;

    explicit MainWindow(Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Stable, untranslated name of a page ("customers"), e.g. for screenshot files.
    static QString pageKey(Page page);
    QString pageTitle(Page page) const;

    CustomerListPage* customerPage() const { return m_customers; }
    CustomerCards* customerCards() const { return m_cards; }
    BoardPage* pipelinePage() const { return m_pipeline; }
    ReceptionPage* receptionPage() const { return m_reception; }
    TodayPage* todayPage() const { return m_today; }
    ReportsPage* reportsPage() const { return m_reports; }
    SettingsPage* settingsPage() const { return m_settings; }
    NotificationCenter* notifications() const { return m_notifications; }
    NotificationButton* notificationButton() const { return m_bell; }
    DataVersionWatcher* watcher() const { return m_watcher; }
    // This desk's intake channels (watched folder, mailbox).
    IntakeWatcher* intakeWatcher() const { return m_intake; }
    // The texts of the status bar, joined by " | ".
    QString statusBarText() const;

    // File > Backup: asks for the target file, then writes the backup.
    void backup();
    // File → Import leads: the import dialog (non-modal), returned for tests.
    LeadImportDialog* importLeads();
    // Writes a backup to `path` and reports the outcome (status bar or message box).
    Result<void> backupTo(const QString& path);
    // Reloads what other desks may have changed.
    void reloadAll();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createNavigation();
    void createMenus();
    void createStatusBar();
    void pageChanged(int index);
    void changedElsewhere();
    void logCall(qint64 customerId, qint64 leadId);
    void createNotifications();
    void createIntake(); // in MainWindowActions.cpp
    Page startPage() const;
    void mergeCustomers(qint64 firstId, qint64 secondId);
    void about();

    Session m_session;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    CustomerListPage* m_customers = nullptr;
    CustomerCards* m_cards = nullptr;
    BoardPage* m_pipeline = nullptr;
    ReceptionPage* m_reception = nullptr;
    TodayPage* m_today = nullptr;
    DeliveriesPage* m_deliveries = nullptr;
    ReportsPage* m_reports = nullptr;
    SettingsPage* m_settings = nullptr;
    NotificationCenter* m_notifications = nullptr;
    IntakeWatcher* m_intake = nullptr;
    QLabel* m_intakeStatus = nullptr;
    NotificationButton* m_bell = nullptr;
    NotificationTray* m_tray = nullptr;
    DataVersionWatcher* m_watcher = nullptr;
    QActionGroup* m_pageActions = nullptr;
    QList<QLabel*> m_statusLabels;
};

} // namespace showroom
