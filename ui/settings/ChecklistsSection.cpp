#include "ChecklistsSection.h"

#include "common/MessageBoxes.h"
#include "deals/StockText.h"
#include "services/ChangeBus.h"
#include "services/ChecklistTemplateService.h"
#include "settings/ChecklistItemDialog.h"
#include "settings/ChecklistTemplateModels.h"
#include "settings/SettingsWidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

namespace {
QString explanation(ChecklistKind kind)
{
    switch (kind) {
    case ChecklistKind::LoanPrivate:
    case ChecklistKind::LoanCompany:
        return ChecklistsSection::tr(
            "The loan file can go to the bank only when every required item is done and, where a "
            "document is needed, attached. Items are due this many days after the contract.");
    case ChecklistKind::Delivery:
        return ChecklistsSection::tr(
            "Steps until the car is handed over, dated back from the promised delivery date; the "
            "consultant is reminded the day before a step is due and when it is overdue.");
    case ChecklistKind::Handover:
        return ChecklistsSection::tr(
            "Gone through with the customer at the handover and printed on the handover "
            "protocol the customer signs.");
    case ChecklistKind::Accessories:
        return ChecklistsSection::tr(
            "Every item is offered to the buyer and recorded as sold, or as not sold with the "
            "reason. A model's own list replaces the one for all models.");
    }
    return {};
}
} // namespace

ChecklistsSection::ChecklistsSection(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_editable(settings::canManage(session.user)),
      m_currency(StockText::currency(session.db.sql()))
{
    setObjectName(QStringLiteral("checklistsSection"));
    m_templates = new ChecklistTemplateListModel(this);
    m_templateView = new QListView(this);
    m_templateView->setObjectName(QStringLiteral("checklistTemplateList"));
    m_templateView->setModel(m_templates);
    m_templateView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_templateView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_templateView->setUniformItemSizes(true);
    m_templateView->setSpacing(2);
    m_templateView->setFixedWidth(
        m_templateView->fontMetrics().horizontalAdvance(tr("Loan documents — company buyer")) + 48);

    m_items = new ChecklistItemModel(this);
    m_items->setCurrency(m_currency);
    m_itemView = new QTableView(this);
    m_itemView->setObjectName(QStringLiteral("checklistItemList"));
    m_itemView->setModel(m_items);
    settings::setUpSettingsTable(m_itemView, false); // edited in the dialog
    QHeaderView* header = m_itemView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ChecklistItemModel::Title, QHeaderView::Stretch);
    for (int column :
         {ChecklistItemModel::Required, ChecklistItemModel::Document, ChecklistItemModel::Price,
          ChecklistItemModel::DueBefore, ChecklistItemModel::DueAfterSigning})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistItemModel::SalesArgument, QHeaderView::Stretch);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("checklistHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_explanation = settings::intro(QString(), this);

    const auto button = [this](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setVisible(m_editable);
        return b;
    };
    m_addTemplate =
        button(tr("Add accessories for a &model…"), QStringLiteral("addAccessoryTemplate"),
               tr("A list of accessories offered only with one model, e.g. Golf"));
    m_add = button(tr("&Add item…"), QStringLiteral("addChecklistItem"),
                   tr("A new item at the end of this checklist"));
    m_edit = button(tr("&Edit…"), QStringLiteral("editChecklistItem"),
                    tr("Change the selected item (double-click)"));
    m_remove = button(tr("Re&move"), QStringLiteral("removeChecklistItem"),
                      tr("New deals no longer get this item; running deals keep it"));
    m_up = button(tr("Move &up"), QStringLiteral("moveChecklistItemUp"),
                  tr("One place earlier in the checklist"));
    m_down = button(tr("Move &down"), QStringLiteral("moveChecklistItemDown"),
                    tr("One place later in the checklist"));

    auto* left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(m_templateView, 1);
    left->addWidget(m_addTemplate);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addSpacing(8);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addSpacing(8);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* table = new QHBoxLayout;
    table->setSpacing(12);
    table->addWidget(m_itemView, 1);
    table->addLayout(buttons);

    auto* right = new QVBoxLayout;
    right->setSpacing(6);
    right->addWidget(m_heading);
    right->addWidget(m_explanation);
    right->addSpacing(4);
    right->addLayout(table, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addLayout(left);
    columns->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(settings::intro(
        m_editable ? tr("Every new deal copies these checklists; changes here are saved at once "
                        "and do not alter deals already running.")
                   : tr("Every new deal copies these checklists."),
        this));
    layout->addLayout(columns, 1);

    connect(m_templateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecklistsSection::showTemplate);
    connect(m_templates, &ChecklistTemplateListModel::dataChanged, this,
            &ChecklistsSection::showTemplate);
    connect(m_itemView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChecklistsSection::updateActions);
    connect(m_items, &ChecklistItemModel::rowsMoved, this, &ChecklistsSection::updateActions);
    connect(m_items, &ChecklistItemModel::rowsRemoved, this, &ChecklistsSection::updateActions);
    connect(m_itemView, &QTableView::doubleClicked, this, [this] {
        if (m_editable)
            editSelected();
    });
    connect(m_addTemplate, &QPushButton::clicked, this, &ChecklistsSection::askForModel);
    connect(m_add, &QPushButton::clicked, this, &ChecklistsSection::addItem);
    connect(m_edit, &QPushButton::clicked, this, &ChecklistsSection::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &ChecklistsSection::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(&m_session.changes, &ChangeBus::checklistTemplatesChanged, this,
            &ChecklistsSection::reload);
    reload();
    if (m_templates->rowCount() > 0)
        m_templateView->setCurrentIndex(m_templates->index(0, 0));
}

const ChecklistTemplate* ChecklistsSection::currentTemplate() const
{
    const QModelIndex current = m_templateView->currentIndex();
    return current.isValid() ? &m_templates->rowAt(current.row()) : nullptr;
}

void ChecklistsSection::reload()
{
    auto templates = ChecklistTemplateService(m_session.context()).templates();
    if (!templates) {
        MessageBoxes::current().error(this, tr("The checklists could not be loaded"),
                                      templates.error().message);
        return;
    }
    m_templates->setTemplates(std::move(*templates));
    showTemplate();
}

void ChecklistsSection::showTemplate()
{
    const ChecklistTemplate* checklist = currentTemplate();
    m_items->setItems(checklist ? checklist->items : std::vector<ChecklistTemplateItem>{});
    m_heading->setText(checklist ? ChecklistTemplateListModel::templateName(*checklist)
                                 : QString());
    m_explanation->setText(checklist ? explanation(checklist->kind) : QString());
    const QList<ChecklistItemModel::Column> shown =
        ChecklistItemModel::columnsFor(checklist ? checklist->kind : ChecklistKind::Handover);
    for (int column = 0; column < ChecklistItemModel::ColumnCount; ++column)
        m_itemView->setColumnHidden(
            column, !shown.contains(static_cast<ChecklistItemModel::Column>(column)));
    updateActions();
}

void ChecklistsSection::selectTemplate(qint64 templateId)
{
    const int row = m_templates->rowOf(templateId);
    if (row >= 0)
        m_templateView->setCurrentIndex(m_templates->index(row, 0));
}

void ChecklistsSection::selectKind(ChecklistKind kind)
{
    for (const ChecklistTemplate& checklist : m_templates->rows())
        if (checklist.kind == kind) {
            selectTemplate(checklist.id);
            return;
        }
}

void ChecklistsSection::selectItem(qint64 itemId)
{
    const int row = m_items->rowOf(itemId);
    if (row < 0)
        return;
    m_itemView->setCurrentIndex(m_items->index(row, ChecklistItemModel::Title));
    m_itemView->scrollTo(m_itemView->currentIndex());
}

void ChecklistsSection::askForModel()
{
    bool ok = false;
    const QString model =
        QInputDialog::getText(this, tr("Accessories for a model"),
                              tr("The model these accessories are offered with, e.g. Golf:"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok && !model.trimmed().isEmpty())
        addAccessoryTemplate(model);
}

bool ChecklistsSection::addAccessoryTemplate(const QString& model)
{
    auto added =
        ChecklistTemplateService(m_session.context()).addAccessoryTemplate(m_session.user, model);
    if (!report(added.has_value(), tr("The accessories were not added"),
                added ? QString() : added.error().message))
        return false;
    selectTemplate(added->id);
    return true;
}

ChecklistItemDialog* ChecklistsSection::openDialog(std::optional<ChecklistTemplateItem> existing)
{
    const ChecklistTemplate* checklist = currentTemplate();
    if (!m_editable || !checklist)
        return nullptr;
    auto* dialog =
        ChecklistItemDialog::openFor(m_session, *checklist, std::move(existing), m_currency, this);
    connect(dialog, &ChecklistItemDialog::itemSaved, this,
            [this](const ChecklistTemplateItem& item) {
                reload();
                selectItem(item.id);
            });
    connect(dialog, &ChecklistItemDialog::rejected, this, &ChecklistsSection::reload);
    return dialog;
}

ChecklistItemDialog* ChecklistsSection::addItem()
{
    return openDialog(std::nullopt);
}

ChecklistItemDialog* ChecklistsSection::editSelected()
{
    const int row = selectedItemRow();
    if (row < 0)
        return nullptr;
    return openDialog(m_items->rowAt(row));
}

bool ChecklistsSection::removeSelected()
{
    const int row = selectedItemRow();
    if (!m_editable || row < 0)
        return false;
    const ChecklistTemplateItem item = m_items->rowAt(row);
    if (!MessageBoxes::current().question(
            this, tr("Remove the item"),
            tr("Remove “%1” from this checklist? New deals no longer get it; deals already "
               "running keep it.")
                .arg(item.title)))
        return false;
    auto removed =
        ChecklistTemplateService(m_session.context()).removeItem(m_session.user, item.id);
    return report(removed.has_value(), tr("The item was not removed"),
                  removed ? QString() : removed.error().message);
}

void ChecklistsSection::moveSelected(int offset)
{
    const int row = selectedItemRow();
    const int target = row + offset;
    if (!m_editable || row < 0 || target < 0 || target >= m_items->rowCount())
        return;
    auto moved = ChecklistTemplateService(m_session.context())
                     .moveItem(m_session.user, m_items->rowAt(row).id, offset);
    report(moved.has_value(), tr("The item was not moved"),
           moved ? QString() : moved.error().message);
}

bool ChecklistsSection::report(bool ok, const QString& title, const QString& message)
{
    if (!ok)
        MessageBoxes::current().error(this, title, message);
    reload();
    return ok;
}

int ChecklistsSection::selectedItemRow() const
{
    const QModelIndexList rows = m_itemView->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.front().row() : -1;
}

void ChecklistsSection::updateActions()
{
    const int row = selectedItemRow();
    m_add->setEnabled(currentTemplate() != nullptr);
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_items->rowCount());
}

} // namespace showroom
