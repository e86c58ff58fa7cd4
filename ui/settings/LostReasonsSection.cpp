#include "LostReasonsSection.h"

#include "common/MessageBoxes.h"
#include "services/PipelineConfigService.h"
#include "settings/LostReasonListModel.h"
#include "settings/SettingsWidgets.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

LostReasonsSection::LostReasonsSection(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_editable(settings::canManage(session.user))
{
    setObjectName(QStringLiteral("lostReasonsSection"));
    m_model = new LostReasonListModel(this);
    m_model->setEditable(m_editable);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("lostReasonList"));
    m_view->setModel(m_model);
    settings::setUpSettingsTable(m_view, m_editable);
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(
        LostReasonListModel::Name,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("Test drive impression (extra)")));
    header->setSectionResizeMode(LostReasonListModel::NeedsComment, QHeaderView::ResizeToContents);

    m_rename = new QPushButton(tr("&Rename"), this);
    m_rename->setObjectName(QStringLiteral("renameLostReason"));
    m_rename->setToolTip(tr("Type a new name for the selected reason (F2)"));
    m_retire = new QPushButton(tr("Re&tire"), this);
    m_retire->setObjectName(QStringLiteral("retireLostReason"));
    m_retire->setToolTip(tr("Retired reasons are no longer offered; past leads keep them"));
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("newLostReasonName"));
    m_newName->setPlaceholderText(tr("A new reason, e.g. Financing refused"));
    m_newName->setClearButtonEnabled(true);
    m_newNeedsComment = new QCheckBox(tr("Needs a &comment"), this);
    m_newNeedsComment->setObjectName(QStringLiteral("newLostReasonNeedsComment"));
    m_add = new QPushButton(tr("&Add reason"), this);
    m_add->setObjectName(QStringLiteral("addLostReason"));
    for (QWidget* widget : {static_cast<QWidget*>(m_rename), static_cast<QWidget*>(m_retire),
                            static_cast<QWidget*>(m_newName),
                            static_cast<QWidget*>(m_newNeedsComment), static_cast<QWidget*>(m_add)})
        widget->setVisible(m_editable);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_rename);
    buttons->addSpacing(8);
    buttons->addWidget(m_retire);
    buttons->addStretch(1);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_newNeedsComment);
    addRow->addWidget(m_add);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);
    layout->addWidget(
        settings::intro(tr("A lost lead always needs one of these reasons; where a reason needs a "
                           "comment, the consultant explains it too. They are the manager's most "
                           "valuable figures in the weekly report."),
                        this));
    layout->addLayout(settings::listWithButtons(m_view, addRow, buttons, this), 1);

    connect(m_model, &LostReasonListModel::renameRequested, this, &LostReasonsSection::renameReason,
            Qt::QueuedConnection);
    connect(m_model, &LostReasonListModel::needsCommentRequested, this,
            &LostReasonsSection::setNeedsComment, Qt::QueuedConnection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LostReasonsSection::updateActions);
    connect(m_model, &LostReasonListModel::dataChanged, this, &LostReasonsSection::updateActions);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            m_view->edit(m_model->index(row, LostReasonListModel::Name));
    });
    connect(m_retire, &QPushButton::clicked, this, &LostReasonsSection::toggleSelectedActive);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (!addReason(m_newName->text(), m_newNeedsComment->isChecked()))
            return;
        m_newName->clear();
        m_newNeedsComment->setChecked(false);
    });
    connect(m_newName, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_newName, &QLineEdit::textChanged, this, &LostReasonsSection::updateActions);
    reload();
}

void LostReasonsSection::reload()
{
    auto reasons = PipelineConfigService(m_session.context()).lostReasons();
    if (!reasons) {
        MessageBoxes::current().error(this, tr("The lost reasons could not be loaded"),
                                      reasons.error().message);
        return;
    }
    m_model->setReasons(std::move(*reasons));
    updateActions();
}

bool LostReasonsSection::addReason(const QString& name, bool needsComment)
{
    auto added = PipelineConfigService(m_session.context())
                     .addLostReason(m_session.user, name, needsComment);
    if (!added)
        MessageBoxes::current().error(this, tr("The lost reason was not added"),
                                      added.error().message);
    reload();
    if (added)
        selectReason(added->id);
    return added.has_value();
}

bool LostReasonsSection::update(qint64 reasonId, const std::function<void(LostReason&)>& change,
                                const QString& failure)
{
    const int row = m_model->rowOf(reasonId);
    if (row < 0)
        return false;
    LostReason reason = m_model->rowAt(row);
    change(reason);
    auto updated =
        PipelineConfigService(m_session.context()).updateLostReason(m_session.user, reason);
    if (!updated)
        MessageBoxes::current().error(this, failure, updated.error().message);
    reload();
    return updated.has_value();
}

bool LostReasonsSection::renameReason(qint64 reasonId, const QString& name)
{
    return update(
        reasonId, [&name](LostReason& reason) { reason.name = name; },
        tr("The lost reason was not renamed"));
}

bool LostReasonsSection::setNeedsComment(qint64 reasonId, bool needsComment)
{
    return update(
        reasonId, [needsComment](LostReason& reason) { reason.needsComment = needsComment; },
        tr("The lost reason was not changed"));
}

void LostReasonsSection::toggleSelectedActive()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const bool active = m_model->rowAt(row).active;
    update(
        m_model->rowAt(row).id, [active](LostReason& reason) { reason.active = !active; },
        active ? tr("The lost reason was not retired") : tr("The lost reason was not restored"));
}

void LostReasonsSection::selectReason(qint64 reasonId)
{
    const int row = m_model->rowOf(reasonId);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, LostReasonListModel::Name));
    m_view->scrollTo(m_view->currentIndex());
}

int LostReasonsSection::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.front().row() : -1;
}

void LostReasonsSection::updateActions()
{
    const int row = selectedRow();
    m_rename->setEnabled(row >= 0);
    m_retire->setEnabled(row >= 0);
    m_retire->setText(row >= 0 && !m_model->rowAt(row).active ? tr("Res&tore") : tr("Re&tire"));
    m_add->setEnabled(!m_newName->text().trimmed().isEmpty());
}

} // namespace showroom
