#include "MergeFieldModel.h"

#include "services/CustomerMergeService.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace showroom {

namespace {
QString tierLabel(Tier tier)
{
    switch (tier) {
    case Tier::High:
        return MergeFieldModel::tr("High (walk-in)");
    case Tier::Value:
        return MergeFieldModel::tr("Value (call, chat, web)");
    case Tier::General:
        return MergeFieldModel::tr("General");
    }
    return {};
}
} // namespace

MergeFieldModel::MergeFieldModel(QObject* parent) : QAbstractTableModel(parent) {}

void MergeFieldModel::setRecords(const Customer& left, const Customer& right, bool keptIsLeft)
{
    beginResetModel();
    m_left = left;
    m_right = right;
    m_keptIsLeft = keptIsLeft;
    m_fields = differingFields(left, right);
    propose();
    endResetModel();
}

void MergeFieldModel::setUserNames(QHash<qint64, QString> names)
{
    m_userNames = std::move(names);
    if (const auto row = rowOf(CustomerField::Owner))
        Q_EMIT dataChanged(index(*row, Left), index(*row, Right));
}

void MergeFieldModel::setKeptIsLeft(bool keptIsLeft)
{
    if (keptIsLeft == m_keptIsLeft)
        return;
    m_keptIsLeft = keptIsLeft;
    propose();
    if (!m_fields.empty())
        Q_EMIT dataChanged(index(0, Left), index(rowCount() - 1, Right));
    Q_EMIT headerDataChanged(Qt::Horizontal, Left, Right);
}

void MergeFieldModel::propose()
{
    const Customer& kept = m_keptIsLeft ? m_left : m_right;
    const Customer& other = m_keptIsLeft ? m_right : m_left;
    const Column keptSide = m_keptIsLeft ? Left : Right;
    const Column otherSide = m_keptIsLeft ? Right : Left;
    const Customer proposal = proposeMerge(kept, other);
    m_choice.clear();
    for (CustomerField field : m_fields)
        m_choice.push_back(sameField(proposal, kept, field) ? keptSide : otherSide);
}

bool MergeFieldModel::choose(int row, Column side)
{
    if (row < 0 || row >= rowCount() || (side != Left && side != Right))
        return false;
    if (m_choice[std::size_t(row)] != side) {
        m_choice[std::size_t(row)] = side;
        Q_EMIT dataChanged(index(row, Left), index(row, Right),
                           {Qt::CheckStateRole, Qt::FontRole, Qt::AccessibleDescriptionRole});
    }
    return true;
}

MergeFieldModel::Column MergeFieldModel::chosenSide(int row) const
{
    return row >= 0 && row < rowCount() ? m_choice[std::size_t(row)] : Left;
}

std::optional<int> MergeFieldModel::rowOf(CustomerField field) const
{
    const auto found = std::ranges::find(m_fields, field);
    if (found == m_fields.end())
        return std::nullopt;
    return int(found - m_fields.begin());
}

Customer MergeFieldModel::chosen() const
{
    Customer result = m_keptIsLeft ? m_left : m_right;
    const Column otherSide = m_keptIsLeft ? Right : Left;
    for (std::size_t row = 0; row < m_fields.size(); ++row)
        if (m_choice[row] == otherSide)
            copyField(recordOf(otherSide), result, m_fields[row]);
    return result;
}

QString MergeFieldModel::valueText(const Customer& customer, CustomerField field) const
{
    if (isFieldEmpty(customer, field))
        return tr("(empty)");
    if (field == CustomerField::Owner)
        return m_userNames.value(*customer.ownerId, QStringLiteral("#%1").arg(*customer.ownerId));
    if (field == CustomerField::Tier)
        return tierLabel(customer.tier);
    if (field == CustomerField::Notes)
        return customer.notes.simplified();
    return customerFieldText(customer, field);
}

int MergeFieldModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int MergeFieldModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeFieldModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerField field = m_fields[std::size_t(index.row())];
    if (role == FieldRole)
        return int(field);
    const auto side = Column(index.column());
    if (side == Field)
        return role == Qt::DisplayRole ? QVariant(customerFieldLabel(field)) : QVariant();
    const Customer& record = recordOf(side);
    const bool picked = m_choice[std::size_t(index.row())] == side;
    switch (role) {
    case Qt::DisplayRole:
        return valueText(record, field);
    case Qt::ToolTipRole:
        return field == CustomerField::Notes && !record.notes.isEmpty() ? record.notes
                                                                        : valueText(record, field);
    case Qt::CheckStateRole:
        return picked ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole: {
        QFont font;
        font.setBold(picked);
        font.setItalic(isFieldEmpty(record, field));
        return font;
    }
    case Qt::ForegroundRole:
        return isFieldEmpty(record, field) ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return picked ? tr("kept") : tr("not kept");
    default:
        return {};
    }
}

bool MergeFieldModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() == Field)
        return false;
    // A radio button is switched off by picking the other one, never by itself.
    if (Qt::CheckState(value.toInt()) != Qt::Checked)
        return false;
    return choose(index.row(), Column(index.column()));
}

Qt::ItemFlags MergeFieldModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (index.column() == Field)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QVariant MergeFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Field:
        return tr("Field");
    case Left:
    case Right: {
        const Customer& record = recordOf(Column(section));
        const bool kept = (section == Left) == m_keptIsLeft;
        return kept ? tr("Kept record #%1").arg(record.id) : tr("Merged record #%1").arg(record.id);
    }
    default:
        return {};
    }
}

void MergeChoiceDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    if (!(index.flags() & Qt::ItemIsUserCheckable)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, widget) + 2;
    const int width = style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, &option, widget);
    const int height = style->pixelMetric(QStyle::PM_ExclusiveIndicatorHeight, &option, widget);

    QStyleOptionButton radio;
    radio.state = (option.state & QStyle::State_Enabled) |
                  (index.data(Qt::CheckStateRole).toInt() == Qt::Checked ? QStyle::State_On
                                                                         : QStyle::State_Off);
    radio.rect = QRect(option.rect.left() + margin, option.rect.center().y() - height / 2 + 1,
                       width, height);
    radio.palette = option.palette;

    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);
    style->drawPrimitive(QStyle::PE_IndicatorRadioButton, &radio, painter, widget);
    QStyleOptionViewItem text = item;
    text.rect.setLeft(item.rect.left() + width + 2 * margin);
    text.state &= ~QStyle::State_HasFocus; // the focus frame goes round the whole cell
    style->drawControl(QStyle::CE_ItemViewItem, &text, painter, widget);
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.backgroundColor = option.palette.color(QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

QSize MergeChoiceDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.flags() & Qt::ItemIsUserCheckable)
        size.rheight() = qMax(size.height(), option.fontMetrics.height() + 10);
    return size;
}

bool MergeChoiceDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                      const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const Qt::ItemFlags flags = index.flags();
    if (!(flags & Qt::ItemIsUserCheckable) || !(flags & Qt::ItemIsEnabled))
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonRelease: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
            return false;
        return model->setData(index, Qt::Checked, Qt::CheckStateRole);
    }
    case QEvent::MouseButtonDblClick:
        return true; // nothing to edit: a double-click only picks, like a click
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select)
            return false;
        return model->setData(index, Qt::Checked, Qt::CheckStateRole);
    }
    default:
        return false;
    }
}

} // namespace showroom
