#include "BoardPage.h"

#include "board/BoardActions.h"
#include "board/BoardColumnView.h"
#include "board/BoardFilterBar.h"
#include "board/BoardModel.h"
#include "board/ConsultantStrip.h"
#include "common/MessageBoxes.h"
#include "common/PageTitle.h"
#include "services/ChangeBus.h"
#include "services/Permissions.h"
#include "services/PipelineConfigService.h"
#include "services/UserService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QUndoStack>

namespace showroom {

BoardPage::BoardPage(Session session, QWidget* parent)
    : QWidget(parent), m_session(std::move(session))
{
    m_model = new BoardModel(m_session.context(), m_session.user, this);
    m_actions = new BoardActions(m_session.context(), m_session.user, *m_model, this);
    m_model->setDropHandler([this](const std::vector<qint64>& ids, qint64 stageId) {
        return m_actions->moveLeads(ids, stageId);
    });
    connect(m_actions, &BoardActions::changed, this, &BoardPage::refresh);

    auto* title = new PageTitle(tr("Pipeline"), this);
    const auto toolButton = [this](const QString& text, const QKeySequence& keys,
                                   const QString& name) {
        auto* action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setObjectName(name);
        addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        return std::pair{action, button};
    };
    auto [undo, undoButton] =
        toolButton(tr("Undo"), QKeySequence::Undo, QStringLiteral("boardUndo"));
    auto [redo, redoButton] =
        toolButton(tr("Redo"), QKeySequence::Redo, QStringLiteral("boardRedo"));
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(undo, &QAction::triggered, m_actions, &BoardActions::undo);
    connect(redo, &QAction::triggered, m_actions, &BoardActions::redo);
    connect(m_actions->undoStack(), &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_actions->undoStack(), &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_actions->undoStack(), &QUndoStack::undoTextChanged, undo,
            [undo](const QString& text) {
                undo->setToolTip(text.isEmpty() ? BoardPage::tr("Undo")
                                                : BoardPage::tr("Undo %1").arg(text));
            });
    auto [left, leftButton] = toolButton(tr("◀ Move left"), QKeySequence(Qt::CTRL | Qt::Key_Left),
                                         QStringLiteral("moveLeft"));
    auto [right, rightButton] = toolButton(
        tr("Move right ▶"), QKeySequence(Qt::CTRL | Qt::Key_Right), QStringLiteral("moveRight"));
    connect(left, &QAction::triggered, this,
            [this] { m_actions->moveLeadsBy(selectedLeads(), -1); });
    connect(right, &QAction::triggered, this,
            [this] { m_actions->moveLeadsBy(selectedLeads(), 1); });
    auto [lost, lostButton] =
        toolButton(tr("Mark as lost…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                   QStringLiteral("markLost"));
    connect(lost, &QAction::triggered, this, [this] {
        if (const auto ids = selectedLeads(); !ids.empty())
            m_actions->markLost(ids);
    });
    auto [take, takeButton] =
        toolButton(tr("Take"), QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("takeLead"));
    takeButton->setVisible(m_session.user.role == Role::Consultant);
    take->setToolTip(tr("Take the selected leads from the unassigned pool"));
    connect(take, &QAction::triggered, this, [this] {
        if (const auto ids = selectedLeads(); !ids.empty())
            m_actions->takeLeads(ids);
    });
    auto* open = new QAction(tr("Open customer card"), this);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(open);
    connect(open, &QAction::triggered, this, [this] {
        if (const auto ids = selectedLeads(); !ids.empty())
            if (const BoardCard* card = m_model->cardById(ids.front()))
                Q_EMIT openCustomerRequested(card->customerId, card->leadId);
    });

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    for (QToolButton* button :
         {undoButton, redoButton, leftButton, rightButton, lostButton, takeButton})
        header->addWidget(button);
    header->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("boardStatus"));
    header->addWidget(m_status);

    m_filters = new BoardFilterBar(m_session.user, this);
    connect(m_filters, &BoardFilterBar::changed, this,
            [this] { m_model->setFilter(m_filters->filter()); });

    m_columnHost = new QWidget;
    m_columnLayout = new QHBoxLayout(m_columnHost);
    m_columnLayout->setContentsMargins(0, 0, 0, 0);
    m_columnLayout->setSpacing(8);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_scroll->setWidget(m_columnHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_strip = new ConsultantStrip(this);
    m_strip->setVisible(roleAllows(m_session.user.role, Permission::AssignLeads));
    connect(m_strip, &ConsultantStrip::assignRequested, m_actions, &BoardActions::assignLeads);

    auto* strip = new QVBoxLayout;
    auto* stripTitle = new QLabel(tr("Assign: drop cards on a consultant"), this);
    stripTitle->setWordWrap(true);
    stripTitle->setVisible(!m_strip->isHidden());
    strip->addWidget(stripTitle);
    strip->addWidget(m_strip, 1);
    m_closedLayout = new QVBoxLayout;
    m_closedLayout->setSpacing(8);
    auto* body = new QHBoxLayout;
    body->addWidget(m_scroll, 1);
    body->addLayout(m_closedLayout);
    body->addLayout(strip);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_filters);
    layout->addLayout(body, 1);

    connect(m_model, &BoardModel::reloaded, this, &BoardPage::buildColumns);
    connect(m_model, &BoardModel::columnTotalsChanged, this, &BoardPage::updateHeaders);
    connect(&m_session.changes, &ChangeBus::pipelineConfigured, this, &BoardPage::reload);
    // A burst of changes (a rules run, a merge) becomes one refresh.
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(0);
    connect(&m_refreshSoon, &QTimer::timeout, this, &BoardPage::refresh);
    const auto refreshSoon = [this] { m_refreshSoon.start(); };
    connect(&m_session.changes, &ChangeBus::leadAdded, this, refreshSoon);
    connect(&m_session.changes, &ChangeBus::leadChanged, this, refreshSoon);
    connect(&m_session.changes, &ChangeBus::customerChanged, this, refreshSoon);
    connect(&m_session.changes, &ChangeBus::userChanged, this, &BoardPage::updateConsultants);
    reload();
}

BoardPage::~BoardPage() = default;

void BoardPage::reportError(const QString& title, const QString& message)
{
    MessageBoxes::current().error(this, title, message);
}

void BoardPage::reload()
{
    if (auto loaded = m_model->reload(); !loaded)
        return reportError(tr("Pipeline"), loaded.error().message);
    auto sources = PipelineConfigService(m_session.context()).sources();
    auto users = UserService(m_session.context()).users();
    m_filters->setChoices(users ? *users : std::vector<User>{},
                          sources ? *sources : std::vector<Source>{});
    m_model->setFilter(m_filters->filter());
    updateConsultants();
}

void BoardPage::refresh()
{
    m_refreshSoon.stop();
    if (auto refreshed = m_model->refresh(); !refreshed)
        return reportError(tr("Pipeline"), refreshed.error().message);
    updateConsultants();
}

void BoardPage::buildColumns()
{
    for (BoardColumnView* column : m_columns)
        delete column;
    m_columns.clear();
    while (QLayoutItem* item = m_columnLayout->takeAt(0)) // the old stretch
        delete item;
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const Stage* stage = m_model->stage(m_model->index(c, 0));
        const bool open = stage && stage->kind == StageKind::Open;
        auto* column = new BoardColumnView(*m_model, c, open ? m_columnHost : this);
        CardListView* cards = column->cards();
        connect(cards, &QAbstractItemView::doubleClicked, this, &BoardPage::openCard);
        connect(cards, &QWidget::customContextMenuRequested, this,
                [this, cards](const QPoint& pos) { showCardMenu(cards, pos); });
        connect(cards->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, cards](const QItemSelection& selected) {
                    if (selected.isEmpty()) // one selection across the board
                        return;
                    for (BoardColumnView* other : m_columns)
                        if (other->cards() != cards)
                            other->cards()->clearSelection();
                });
        if (open)
            m_columnLayout->addWidget(column);
        else
            m_closedLayout->addWidget(column, 1);
        m_columns.push_back(column);
    }
    m_columnLayout->addStretch(1);
    updateHeaders();
}

void BoardPage::updateHeaders()
{
    for (BoardColumnView* column : m_columns)
        column->updateHeader();
    const int shown = [this] {
        int n = 0;
        for (int c = 0; c < m_model->rowCount(); ++c)
            n += m_model->rowCount(m_model->index(c, 0));
        return n;
    }();
    m_status->setText(
        m_model->filter().isEmpty()
            ? tr("%n lead(s)", nullptr, m_model->totalCards())
            : tr("%1 of %n lead(s) match the filter", nullptr, m_model->totalCards()).arg(shown));
}

void BoardPage::updateConsultants()
{
    if (m_strip->isHidden())
        return;
    auto users = UserService(m_session.context()).users();
    if (!users)
        return;
    QHash<qint64, int> open;
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const QModelIndex column = m_model->index(c, 0);
        for (int row = 0; row < m_model->rowCount(column); ++row)
            if (const BoardCard* card = m_model->card(m_model->index(row, 0, column));
                card && card->consultantId && card->closedAt.isNull())
                ++open[*card->consultantId];
    }
    m_strip->setConsultants(*users, open);
}

std::vector<qint64> BoardPage::selectedLeads() const
{
    std::vector<qint64> ids;
    for (BoardColumnView* column : m_columns) {
        QModelIndexList rows = column->cards()->selectionModel()->selectedIndexes();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
        for (const QModelIndex& index : rows)
            ids.push_back(index.data(BoardModel::LeadIdRole).toLongLong());
    }
    return ids;
}

void BoardPage::selectLead(qint64 leadId)
{
    const QModelIndex index = m_model->indexOfLead(leadId);
    for (BoardColumnView* column : m_columns) {
        if (column->cards()->rootIndex() != index.parent())
            continue;
        column->cards()->setCurrentIndex(index);
        column->cards()->scrollTo(index);
        column->cards()->setFocus();
    }
}

void BoardPage::openCard(const QModelIndex& index)
{
    if (const BoardCard* card = m_model->card(index))
        Q_EMIT openCustomerRequested(card->customerId, card->leadId);
}

} // namespace showroom
