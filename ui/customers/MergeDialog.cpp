#include "MergeDialog.h"

#include "common/MessageBoxes.h"
#include "customers/MergeFieldModel.h"
#include "services/CustomerService.h"
#include "services/UserService.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

namespace {
const char kCardStyle[] = "QFrame[mergeCard=\"true\"] { border: 1px solid palette(mid); "
                          "border-radius: 6px; background: palette(base); }"
                          "QFrame[mergeCard=\"true\"][kept=\"true\"] { border: 2px solid "
                          "palette(highlight); }"
                          "QFrame[mergeCard=\"true\"] QLabel { border: none; background: "
                          "transparent; }";

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

MergeDialog::MergeDialog(ServiceContext context, User actor, qint64 firstId, qint64 secondId,
                         QWidget* parent)
    : QDialog(parent), m_context(context), m_actor(std::move(actor)), m_ids{firstId, secondId},
      m_fields(new MergeFieldModel(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge customers"));
    setModal(true);
    setStyleSheet(QString::fromLatin1(kCardStyle));

    auto* intro = new QLabel(
        tr("Choose the record to keep and, where the two records differ, the value to keep. "
           "Everything attached to the other record moves to the kept one; the other record is "
           "archived, not deleted."),
        this);
    intro->setWordWrap(true);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    auto* keepGroup = new QButtonGroup(this);
    for (int side = 0; side < 2; ++side) {
        m_cards[std::size_t(side)] = makeCard(side);
        keepGroup->addButton(m_cards[std::size_t(side)].keep, side);
        cards->addWidget(m_cards[std::size_t(side)].frame, 1);
    }
    connect(keepGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            keptChanged();
    });

    m_fieldsTitle = new QLabel(tr("Where the records differ, click the value to keep:"), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("mergeFields"));
    m_view->setModel(m_fields);
    m_view->setItemDelegate(new MergeChoiceDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionResizeMode(MergeFieldModel::Field, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MergeFieldModel::Left, QHeaderView::Stretch);
    header->setSectionResizeMode(MergeFieldModel::Right, QHeaderView::Stretch);
    m_same = new QLabel(tr("The two records hold the same values in every field."), this);
    m_same->setObjectName(QStringLiteral("mergeSameValues"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    // Enter in the table must not merge by accident.
    for (QAbstractButton* button : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::merge);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(cards);
    layout->addSpacing(4);
    layout->addWidget(m_fieldsTitle);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_same);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(920, 660);
    m_view->setFocus(); // not the Merge button: Enter or Space must not merge by accident
}

MergeDialog::Card MergeDialog::makeCard(int side)
{
    Card card;
    card.frame = new QFrame(this);
    card.frame->setObjectName(side == 0 ? QStringLiteral("mergeCardLeft")
                                        : QStringLiteral("mergeCardRight"));
    card.frame->setProperty("mergeCard", true);
    card.frame->setCursor(Qt::PointingHandCursor);
    card.frame->installEventFilter(this);
    card.keep = new QRadioButton(tr("Keep this record"), card.frame);
    card.keep->setObjectName(side == 0 ? QStringLiteral("keepLeft") : QStringLiteral("keepRight"));
    card.name = new QLabel(card.frame);
    card.name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = card.name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    card.name->setFont(nameFont);
    card.phone = valueLabel(card.frame);
    card.email = valueLabel(card.frame);
    card.address = valueLabel(card.frame);
    card.owner = valueLabel(card.frame);
    card.created = valueLabel(card.frame);
    card.attached = valueLabel(card.frame);
    card.attached->setObjectName(side == 0 ? QStringLiteral("attachedLeft")
                                           : QStringLiteral("attachedRight"));

    card.form = new QFormLayout;
    card.form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    card.form->setLabelAlignment(Qt::AlignLeft);
    card.form->setHorizontalSpacing(12);
    card.form->setVerticalSpacing(4);
    card.form->addRow(tr("Phone:"), card.phone);
    card.form->addRow(tr("Email:"), card.email);
    card.form->addRow(tr("Address:"), card.address);
    card.form->addRow(tr("Owner:"), card.owner);
    card.form->addRow(tr("Created:"), card.created);
    card.form->addRow(tr("Attached:"), card.attached);

    auto* layout = new QVBoxLayout(card.frame);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(card.keep);
    layout->addWidget(card.name);
    layout->addLayout(card.form);
    layout->addStretch(1);
    return card;
}

bool MergeDialog::load()
{
    const QString title = tr("Customers cannot be merged");
    CustomerService customers(m_context);
    CustomerMergeService merges(m_context);
    for (std::size_t side = 0; side < 2; ++side) {
        auto record = customers.get(m_ids[side]);
        if (!record) {
            MessageBoxes::current().error(parentWidget(), title, record.error().message);
            return false;
        }
        if (record->mergedIntoId) {
            MessageBoxes::current().error(parentWidget(), title,
                                          tr("“%1” (#%2) was already merged into customer #%3.")
                                              .arg(record->displayName())
                                              .arg(record->id)
                                              .arg(*record->mergedIntoId));
            return false;
        }
        auto counts = merges.attachedTo(m_ids[side]);
        if (!counts) {
            MessageBoxes::current().error(parentWidget(), title, counts.error().message);
            return false;
        }
        m_records[side] = *record;
        m_counts[side] = *counts;
    }
    m_userNames.clear();
    if (auto users = UserService(m_context).users())
        for (const User& user : *users)
            m_userNames.insert(user.id, user.displayName);

    // Keep the record with more history; of two alike, the older one. A reload (after a
    // conflict) keeps the user's choice.
    const qint64 left = m_counts[0].total(), right = m_counts[1].total();
    const bool keepLeft = m_loaded        ? m_fields->keptIsLeft()
                          : left != right ? left > right
                                          : m_records[0].id < m_records[1].id;
    m_loaded = true;
    m_fields->setUserNames(m_userNames);
    m_fields->setRecords(m_records[0], m_records[1], keepLeft);
    if (m_fields->rowCount() > 0)
        m_view->setCurrentIndex(m_fields->index(0, MergeFieldModel::Left));
    m_cards[keepLeft ? 0 : 1].keep->setChecked(true);
    showRecords();
    return true;
}

qint64 MergeDialog::keptId() const
{
    return m_fields->keptIsLeft() ? m_records[0].id : m_records[1].id;
}

qint64 MergeDialog::otherId() const
{
    return m_fields->keptIsLeft() ? m_records[1].id : m_records[0].id;
}

QString MergeDialog::summaryText() const
{
    return m_summary->text();
}

void MergeDialog::keptChanged()
{
    m_fields->setKeptIsLeft(m_cards[0].keep->isChecked());
    showRecords();
}

void MergeDialog::showRecords()
{
    showCard(0);
    showCard(1);
    const bool same = m_fields->rowCount() == 0;
    m_fieldsTitle->setVisible(!same);
    m_view->setVisible(!same);
    m_same->setVisible(same);
    const std::size_t other = m_fields->keptIsLeft() ? 1 : 0;
    const MergeCounts& moving = m_counts[other];
    if (moving.total() > 0)
        m_summary->setText(tr("Merging moves %1 from record #%2 to record #%3. Record #%2 is then "
                              "archived: it keeps its data and points to #%3; nothing is deleted.")
                               .arg(CustomerMergeService::describe(moving))
                               .arg(otherId())
                               .arg(keptId()));
    else
        m_summary->setText(tr("Record #%1 has nothing attached. Merging archives it: it keeps its "
                              "data and points to #%2; nothing is deleted.")
                               .arg(otherId())
                               .arg(keptId()));
}

void MergeDialog::showCard(int side)
{
    const Card& card = m_cards[std::size_t(side)];
    const Customer& c = m_records[std::size_t(side)];
    const bool kept = (side == 0) == m_fields->keptIsLeft();
    card.frame->setProperty("kept", kept);
    card.frame->style()->unpolish(card.frame);
    card.frame->style()->polish(card.frame);
    card.name->setText(tr("%1  #%2").arg(c.displayName()).arg(c.id));
    card.phone->setText(orDash(c.phone)); // as entered, like the list and the table below
    card.email->setText(orDash(c.email));
    const QString place = QStringList{c.postalCode, c.city}.join(QLatin1Char(' ')).trimmed();
    card.address->setText(orDash(QStringList{c.street, place}
                                     .filter(QRegularExpression(QStringLiteral("\\S")))
                                     .join(QStringLiteral(", "))));
    card.owner->setText(ownerName(c.ownerId));
    card.created->setText(
        QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat));
    card.attached->setText(CustomerMergeService::describe(m_counts[std::size_t(side)]));
}

QString MergeDialog::ownerName(const std::optional<qint64>& ownerId) const
{
    if (!ownerId)
        return tr("nobody");
    return m_userNames.value(*ownerId, QStringLiteral("#%1").arg(*ownerId));
}

bool MergeDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton)
        for (const Card& card : m_cards)
            if (watched == card.frame)
                card.keep->setChecked(true);
    return QDialog::eventFilter(watched, event);
}

void MergeDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // QDialogButtonBox makes its accept button the default when shown; Enter must not merge.
    m_merge->setDefault(false);
}

void MergeDialog::merge()
{
    const Customer& other = m_fields->keptIsLeft() ? m_records[1] : m_records[0];
    auto merged = CustomerMergeService(m_context).merge(m_actor, keptId(), otherId(),
                                                        m_fields->chosen(), other.version);
    if (!merged) {
        MessageBoxes::current().error(this, tr("Customers not merged"), merged.error().message);
        // A colleague changed a record: show the current state so the user can decide again.
        if (merged.error().code == ErrorCode::Conflict && !load())
            reject();
        return;
    }
    m_result = *merged;
    accept();
}

} // namespace showroom
