#include "AssignmentForm.h"

#include "common/Labels.h"
#include "rules/Assignment.h"
#include "services/UserService.h"
#include "settings/SettingsWidgets.h"
#include "settings/ShareModel.h"
#include "settings/SpinBoxDelegate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace showroom {

AssignmentForm::AssignmentForm(const Session& session, QWidget* parent)
    : SettingsForm(session, parent)
{
    setObjectName(QStringLiteral("assignmentForm"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("assignmentMode"));
    for (AssignmentMode mode : {AssignmentMode::Manual, AssignmentMode::RoundRobin,
                                AssignmentMode::Weighted, AssignmentMode::Pool})
        m_mode->addItem(Labels::assignmentMode(mode), assignmentModeKey(mode));
    m_modeHelp = settings::fieldNote({}, this);
    m_queueOwner = new QComboBox(this);
    m_queueOwner->setObjectName(QStringLiteral("queueOwner"));
    m_queueOwner->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* rule = new QGroupBox(tr("New leads"), this);
    auto* ruleForm = new QFormLayout(rule);
    ruleForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    ruleForm->addRow(tr("&Assign new leads:"), m_mode);
    ruleForm->addRow(QString(), m_modeHelp);
    ruleForm->addRow(tr("&Unassigned leads are watched by:"), m_queueOwner);
    ruleForm->addRow(
        QString(), settings::fieldNote(tr("They are reminded when a lead in the queue is not taken "
                                          "within its response time. Lead sources can have their "
                                          "own rule."),
                                       this));

    m_shares = new ShareModel(this);
    m_shares->setEditable(isEditable());
    m_shareView = new QTableView(this);
    m_shareView->setObjectName(QStringLiteral("consultantShares"));
    m_shareView->setModel(m_shares);
    m_shareView->setItemDelegateForColumn(ShareModel::Share, new SpinBoxDelegate(0, 1000, this));
    settings::setUpSettingsTable(m_shareView, isEditable());
    if (isEditable()) // typing a number starts editing the share
        m_shareView->setEditTriggers(m_shareView->editTriggers() |
                                     QAbstractItemView::AnyKeyPressed);
    const QFontMetrics metrics = m_shareView->fontMetrics();
    m_shareView->horizontalHeader()->resizeSection(
        ShareModel::Consultant,
        metrics.horizontalAdvance(QStringLiteral("Maximilian Mustermann++")));
    m_shareView->horizontalHeader()->resizeSection(
        ShareModel::Share, metrics.horizontalAdvance(QStringLiteral("Share 1000 ++++")));
    m_shareView->setMaximumWidth(560);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("shareTotal"));

    auto* shares = new QGroupBox(tr("Shares under weighted assignment"), this);
    auto* sharesLayout = new QVBoxLayout(shares);
    sharesLayout->setSpacing(8);
    sharesLayout->addWidget(settings::intro(
        tr("Each consultant receives new leads in proportion to their share, e.g. 40 and 60. "
           "Consultants who are off duty or busy are skipped; 0 takes no leads."),
        this));
    sharesLayout->addWidget(m_shareView);
    sharesLayout->addWidget(m_total);

    body()->addWidget(rule);
    body()->addWidget(shares);
    body()->addStretch(1);

    for (QWidget* editor : {static_cast<QWidget*>(m_mode), static_cast<QWidget*>(m_queueOwner)})
        editor->setEnabled(isEditable());
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AssignmentForm::describeMode);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &AssignmentForm::markChanged);
    connect(m_queueOwner, &QComboBox::currentIndexChanged, this, &AssignmentForm::markChanged);
    connect(m_shares, &ShareModel::edited, this, &AssignmentForm::markChanged);
    connect(m_shares, &ShareModel::dataChanged, this,
            [this] { m_total->setText(tr("Total of the shares: %1").arg(m_shares->total())); });
    initialize();
}

void AssignmentForm::describeMode()
{
    switch (
        assignmentModeFromKey(m_mode->currentData().toString()).value_or(AssignmentMode::Manual)) {
    case AssignmentMode::Manual:
        m_modeHelp->setText(tr("A manager gives every new lead to a consultant."));
        break;
    case AssignmentMode::RoundRobin:
        m_modeHelp->setText(
            tr("New leads go in turn to the consultants who are on duty and not busy."));
        break;
    case AssignmentMode::Weighted:
        m_modeHelp->setText(tr("New leads go to the consultants on duty in proportion to their "
                               "shares below."));
        break;
    case AssignmentMode::Pool:
        m_modeHelp->setText(
            tr("New leads wait in a shared pool; the consultants take them themselves."));
        break;
    }
}

void AssignmentForm::load()
{
    const QString mode = stored(QStringLiteral("assignment.mode"));
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(mode)));
    describeMode();

    auto users = UserService(session().context()).users();
    const std::vector<User> all = users ? std::move(*users) : std::vector<User>{};
    const QString owner = stored(QStringLiteral("assignment.queue_owner"));
    m_queueOwner->clear();
    m_queueOwner->addItem(tr("All managers"), QString());
    for (const User& user : all)
        if ((user.active && user.role == Role::Manager) ||
            (!owner.isEmpty() && user.login == owner))
            m_queueOwner->addItem(
                user.role == Role::Manager
                    ? user.displayName
                    : tr("%1 (%2)").arg(user.displayName, Labels::role(user.role)),
                user.login);
    m_queueOwner->setCurrentIndex(qMax(0, m_queueOwner->findData(owner)));

    m_shares->setUsers(all);
    settings::fitHeightToRows(m_shareView, m_shares->rowCount());
    m_total->setText(tr("Total of the shares: %1").arg(m_shares->total()));
}

bool AssignmentForm::store()
{
    if (!storeSettings(
            {{QStringLiteral("assignment.mode"), m_mode->currentData().toString()},
             {QStringLiteral("assignment.queue_owner"), m_queueOwner->currentData().toString()}}))
        return false;
    UserService users(session().context());
    const QHash<qint64, int> changed = m_shares->changedWeights();
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        if (auto saved = users.setAssignmentWeight(session().user, it.key(), it.value()); !saved) {
            showError(saved.error().message);
            return false;
        }
    }
    return true;
}

} // namespace showroom
