#pragma once

#include "domain/Task.h"
#include "shell/Session.h"

#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QModelIndex;
class QScrollArea;
class QVBoxLayout;

namespace showroom {

class BoardActions;
class BoardColumnView;
class BoardFilterBar;
class BoardModel;
class CardListView;
class ConsultantStrip;

// The pipeline board: one column per stage, Won and Lost as drop targets, filters on top, the
// consultants on the right for the manager to drop leads on. Every move is undoable (Ctrl+Z) and
// has a keyboard alternative (Ctrl+Left/Right, the context menu).
class BoardPage : public QWidget {
    Q_OBJECT

public:
    explicit BoardPage(Session session, QWidget* parent = nullptr);
    ~BoardPage() override;

    BoardModel* model() const { return m_model; }
    BoardActions* actions() const { return m_actions; }
    BoardFilterBar* filterBar() const { return m_filters; }
    ConsultantStrip* consultantStrip() const { return m_strip; }
    std::vector<BoardColumnView*> columns() const { return m_columns; }
    // Reads everything again (stages or settings changed).
    void reload();
    // Applies what other desks changed (the data_version watcher fired).
    void refresh();
    // Lead ids of the selected cards, in board order.
    std::vector<qint64> selectedLeads() const;
    void selectLead(qint64 leadId);

Q_SIGNALS:
    void openCustomerRequested(qint64 customerId, qint64 leadId);
    void logCallRequested(qint64 customerId, qint64 leadId);
    void planTaskRequested(qint64 leadId, TaskKind kind);

private:
    void buildColumns();
    void updateHeaders();
    void updateConsultants();
    void showCardMenu(CardListView* view, const QPoint& pos);
    void openCard(const QModelIndex& index);
    void reportError(const QString& title, const QString& message);

    Session m_session;
    BoardModel* m_model = nullptr;
    BoardActions* m_actions = nullptr;
    BoardFilterBar* m_filters = nullptr;
    ConsultantStrip* m_strip = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_columnHost = nullptr;
    QHBoxLayout* m_columnLayout = nullptr;
    QVBoxLayout* m_closedLayout = nullptr; // Won above Lost: always in view as drop targets
    QLabel* m_status = nullptr;
    std::vector<BoardColumnView*> m_columns;
    QTimer m_refreshSoon;
};

} // namespace showroom
