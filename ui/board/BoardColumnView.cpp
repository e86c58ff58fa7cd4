#include "BoardColumnView.h"

#include "board/BoardModel.h"
#include "board/BoardText.h"
#include "board/CardDelegate.h"

#include <QLabel>
#include <QVBoxLayout>

namespace showroom {

CardListView::CardListView(BoardModel& model, QWidget* parent) : QListView(parent), m_model(model)
{
    setModel(&model);
    setItemDelegate(new CardDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setMovement(QListView::Static);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::CustomContextMenu);
    viewport()->setAutoFillBackground(false);
}

void CardListView::startDrag(Qt::DropActions supportedActions)
{
    m_model.setRefreshSuspended(true);
    QListView::startDrag(supportedActions);
    m_model.setRefreshSuspended(false);
    Q_EMIT dragFinished();
}

BoardColumnView::BoardColumnView(BoardModel& model, int column, QWidget* parent)
    : QFrame(parent), m_model(model), m_column(column)
{
    const QModelIndex index = model.index(column, 0);
    m_stageId = model.data(index, BoardModel::StageIdRole).toLongLong();
    const Stage* stage = model.stage(index);
    setObjectName(QStringLiteral("boardColumn_%1").arg(stage ? stage->key : QString()));
    const bool closing = stage && stage->kind != StageKind::Open;
    setFixedWidth(closing ? 200 : 240);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid palette(mid); "
                                 "border-radius: 6px; }")
                      .arg(objectName(), closing ? QStringLiteral("palette(window)")
                                                 : QStringLiteral("palette(alternate-base)")));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("columnTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("columnSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_cards = new CardListView(model, this);
    m_cards->setRootIndex(index);
    m_cards->setObjectName(QStringLiteral("cards_%1").arg(stage ? stage->key : QString()));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_cards, 1);
    updateHeader();
}

void BoardColumnView::updateHeader()
{
    const QModelIndex index = m_model.index(m_column, 0);
    const Stage* stage = m_model.stage(index);
    m_title->setText(m_model.data(index).toString());
    const qint64 count = m_model.data(index, BoardModel::CountRole).toLongLong();
    const qint64 total = m_model.data(index, BoardModel::TotalValueRole).toLongLong();
    QString summary = tr("%n lead(s)", nullptr, int(count));
    if (total > 0)
        summary += QStringLiteral(" · ") + BoardText::money(total, m_model.settings().currency);
    if (stage && stage->kind == StageKind::Won)
        summary = tr("Drop when won · %n in 7 days", nullptr, int(count));
    else if (stage && stage->kind == StageKind::Lost)
        summary = tr("Drop when lost · %n", nullptr, int(count));
    m_summary->setText(summary);
}

} // namespace showroom
