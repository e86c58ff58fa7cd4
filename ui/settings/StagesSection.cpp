#include "StagesSection.h"

#include "common/Labels.h"
#include "common/MessageBoxes.h"
#include "services/PipelineConfigService.h"
#include "settings/SettingsWidgets.h"
#include "settings/StageListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

StagesSection::StagesSection(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_editable(settings::canManage(session.user))
{
    setObjectName(QStringLiteral("stagesSection"));
    m_model = new StageListModel(this);
    m_model->setEditable(m_editable);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("stageList"));
    m_view->setModel(m_model);
    settings::setUpSettingsTable(m_view, m_editable);
    m_view->horizontalHeader()->resizeSection(
        StageListModel::Name,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("Needs & car selection (extra)")));

    const auto button = [this](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setVisible(m_editable);
        return b;
    };
    m_rename = button(tr("&Rename"), QStringLiteral("renameStage"),
                      tr("Type a new name for the selected stage (F2)"));
    m_up = button(tr("Move &up"), QStringLiteral("moveStageUp"),
                  tr("One column further left on the board"));
    m_down = button(tr("Move &down"), QStringLiteral("moveStageDown"),
                    tr("One column further right on the board"));
    m_retire = button(tr("Re&tire"), QStringLiteral("retireStage"),
                      tr("Retired stages leave the board; their history stays in the reports"));
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("newStageName"));
    m_newName->setPlaceholderText(tr("Name of a new stage, e.g. Test drive booked"));
    m_newName->setClearButtonEnabled(true);
    m_newName->setVisible(m_editable);
    m_add = button(tr("&Add stage"), QStringLiteral("addStage"),
                   tr("The new stage comes last among the open stages, before Won and Lost"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_rename);
    buttons->addSpacing(8);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addSpacing(8);
    buttons->addWidget(m_retire);
    buttons->addStretch(1);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_add);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(settings::intro(
        m_editable ? tr("The board shows the open stages from left to right, then Won and Lost. "
                        "Changes here are saved at once and every desk sees them.")
                   : tr("The board shows the open stages from left to right, then Won and Lost."),
        this));
    layout->addLayout(settings::listWithButtons(m_view, addRow, buttons, this), 1);

    connect(m_model, &StageListModel::renameRequested, this, &StagesSection::renameStage,
            Qt::QueuedConnection); // after the editor closed
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StagesSection::updateActions);
    connect(m_model, &StageListModel::dataChanged, this, &StagesSection::updateActions);
    connect(m_model, &StageListModel::rowsMoved, this, &StagesSection::updateActions);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            m_view->edit(m_model->index(row, StageListModel::Name));
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_retire, &QPushButton::clicked, this, &StagesSection::toggleSelectedRetired);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addStage(m_newName->text()))
            m_newName->clear();
    });
    connect(m_newName, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_newName, &QLineEdit::textChanged, this, &StagesSection::updateActions);
    reload();
}

void StagesSection::reload()
{
    auto stages = PipelineConfigService(m_session.context()).stages();
    if (!stages) {
        MessageBoxes::current().error(this, tr("The stages could not be loaded"),
                                      stages.error().message);
        return;
    }
    m_model->setStages(std::move(*stages));
    updateActions();
}

bool StagesSection::report(bool ok, const QString& title, const QString& message)
{
    if (!ok)
        MessageBoxes::current().error(this, title, message);
    reload();
    return ok;
}

bool StagesSection::addStage(const QString& name)
{
    auto added = PipelineConfigService(m_session.context()).addStage(m_session.user, name);
    if (!report(added.has_value(), tr("The stage was not added"),
                added ? QString() : added.error().message))
        return false;
    selectStage(added->id);
    return true;
}

bool StagesSection::renameStage(qint64 stageId, const QString& name)
{
    auto renamed =
        PipelineConfigService(m_session.context()).renameStage(m_session.user, stageId, name);
    return report(renamed.has_value(), tr("The stage was not renamed"),
                  renamed ? QString() : renamed.error().message);
}

void StagesSection::moveSelected(int offset)
{
    const int row = selectedRow();
    if (!m_model->canMove(row, offset))
        return;
    auto moved = PipelineConfigService(m_session.context())
                     .moveStage(m_session.user, m_model->rowAt(row).id, offset);
    report(moved.has_value(), tr("The stage was not moved"),
           moved ? QString() : moved.error().message);
}

void StagesSection::toggleSelectedRetired()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Stage& stage = m_model->rowAt(row);
    auto changed = PipelineConfigService(m_session.context())
                       .setStageRetired(m_session.user, stage.id, !stage.retired);
    report(changed.has_value(),
           stage.retired ? tr("The stage was not restored") : tr("The stage was not retired"),
           changed ? QString() : changed.error().message);
}

void StagesSection::selectStage(qint64 stageId)
{
    const int row = m_model->rowOf(stageId);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, StageListModel::Name));
    m_view->scrollTo(m_view->currentIndex());
}

int StagesSection::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.front().row() : -1;
}

void StagesSection::updateActions()
{
    const int row = selectedRow();
    const Stage* stage = row >= 0 ? &m_model->rowAt(row) : nullptr;
    m_rename->setEnabled(stage);
    m_up->setEnabled(m_model->canMove(row, -1));
    m_down->setEnabled(m_model->canMove(row, +1));
    m_retire->setEnabled(stage && !StageListModel::isSystemStage(*stage));
    m_retire->setText(stage && stage->retired ? tr("Res&tore") : tr("Re&tire"));
    m_add->setEnabled(!m_newName->text().trimmed().isEmpty());
}

} // namespace showroom
