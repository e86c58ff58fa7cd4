#include "TodayPage.h"

#include "common/PageTitle.h"
#include "services/ChangeBus.h"
#include "services/Permissions.h"
#include "services/TaskService.h"
#include "services/UserService.h"
#include "tasks/FollowUpDialog.h"
#include "tasks/TaskDialogs.h"
#include "today/AvailabilitySwitch.h"
#include "today/TodayModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace showroom {

namespace {
// Rows with a little air, like the other record tables (which set their row height).
class RowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};
} // namespace

TodayPage::TodayPage(const Session& session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_manager(roleAllows(session.user.role, Permission::CommentAsManager))
{
    setObjectName(QStringLiteral("todayPage"));
    m_model = new TodayModel(m_session.clock, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("todayView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(0); // the section rows stand out by their band and bold text
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new RowDelegate(m_view));
    m_view->setColumnHidden(TodayModel::Assignee, !m_manager);
    for (int section = 0; section < TodayModel::SectionCount; ++section)
        m_view->setFirstColumnSpanned(section, {}, true);
    m_view->expandAll();
    QHeaderView* header = m_view->header();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    QFont boldFont = font();
    boldFont.setBold(true); // appointment times are bold
    const int bold =
        QFontMetrics(boldFont).horizontalAdvance(QStringLiteral("Wed 28 Sep 23:59")) + 24;
    header->resizeSection(TodayModel::Due, bold);
    header->resizeSection(TodayModel::Customer, width(QStringLiteral("Zimmermann, Jonas")) + 12);
    header->resizeSection(TodayModel::Vehicle, width(QStringLiteral("Skoda Octavia Combi")));
    header->resizeSection(TodayModel::Task,
                          width(QStringLiteral("Follow-up call, day 7 after the")));
    header->resizeSection(TodayModel::Planned, width(tr("Rule · day 7")));
    header->resizeSection(TodayModel::Assignee, width(QStringLiteral("Elena Kovalenko")));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("todayProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_problem->setPalette(red);

    buildActions();
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {m_done, m_comment, m_followUp, m_openCustomer})
        actions->addWidget(button);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TodayPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TodayPage::updateActions);
    connect(m_view, &QTreeView::activated, this, &TodayPage::openSelectedCustomer);
    ChangeBus* bus = &m_session.changes;
    connect(bus, &ChangeBus::leadChanged, this, &TodayPage::reload);
    connect(bus, &ChangeBus::leadAdded, this, &TodayPage::reload);
    connect(bus, &ChangeBus::customerChanged, this, &TodayPage::reload);
    connect(bus, &ChangeBus::userChanged, this, &TodayPage::userChanged);
    connect(&m_tick, &QTimer::timeout, this, &TodayPage::reload); // due times pass, days change
    m_tick.start(60 * 1000);
    reload();
}

QWidget* TodayPage::buildHeader()
{
    auto* header = new QWidget(this);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(new PageTitle(tr("Today"), header));
    m_date = new QLabel(header);
    m_date->setObjectName(QStringLiteral("todayDate"));
    titles->addWidget(m_date);

    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(titles);
    row->addStretch(1);
    if (m_session.user.role == Role::Consultant) {
        m_availability = new AvailabilitySwitch(m_session, header);
        row->addWidget(m_availability, 0, Qt::AlignBottom);
    }
    if (m_manager) {
        auto* label = new QLabel(tr("Show:"), header);
        m_filter = new QComboBox(header);
        m_filter->setObjectName(QStringLiteral("consultantFilter"));
        m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(m_filter);
        fillConsultants();
        row->addWidget(label, 0, Qt::AlignBottom);
        row->addWidget(m_filter, 0, Qt::AlignBottom);
        connect(m_filter, &QComboBox::currentIndexChanged, this, &TodayPage::reload);
    }
    return header;
}

void TodayPage::buildActions()
{
    const auto button = [this](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_done = button(tr("&Done…"), QStringLiteral("taskDone"),
                    tr("Close the selected task with its result"));
    m_comment = button(tr("&Comment…"), QStringLiteral("taskComment"),
                       tr("Comment on the consultant's follow-up; the consultant is notified"));
    m_comment->setVisible(m_manager);
    m_followUp = button(tr("Add &follow-up…"), QStringLiteral("taskFollowUp"),
                        tr("Plan another follow-up for the same lead"));
    m_openCustomer = button(tr("Open c&ustomer"), QStringLiteral("taskOpenCustomer"),
                            tr("Open the customer card at this lead"));
    connect(m_done, &QPushButton::clicked, this, &TodayPage::completeSelected);
    connect(m_comment, &QPushButton::clicked, this, &TodayPage::commentSelected);
    connect(m_followUp, &QPushButton::clicked, this, &TodayPage::addFollowUpToSelected);
    connect(m_openCustomer, &QPushButton::clicked, this, &TodayPage::openSelectedCustomer);
}

void TodayPage::fillConsultants()
{
    if (!m_filter)
        return;
    const QVariant current = m_filter->currentData();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All consultants"), QVariant());
    auto users = UserService(m_session.context()).users();
    for (const User& user : users.value_or(std::vector<User>{}))
        if (user.active && user.role == Role::Consultant)
            m_filter->addItem(user.displayName, user.id);
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(current)));
}

std::optional<qint64> TodayPage::shownUserId() const
{
    if (!m_manager)
        return m_session.user.id;
    const QVariant id = m_filter->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

QString TodayPage::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void TodayPage::reload()
{
    const QDateTime now = m_session.clock.now();
    m_date->setText(QLocale().toString(now.toLocalTime().date(), QLocale::LongFormat));
    auto today = TaskService(m_session.context()).today(shownUserId());
    m_problem->setVisible(!today);
    if (!today) {
        m_problem->setText(tr("Today's tasks could not be loaded: %1").arg(today.error().message));
        return;
    }
    m_model->setList(std::move(*today));
    updateActions();
}

void TodayPage::userChanged(qint64 userId)
{
    if (m_availability && userId == m_session.user.id)
        m_availability->reload();
    fillConsultants();
    reload(); // names may have changed
}

bool TodayPage::selectTask(qint64 taskId)
{
    const QModelIndex index = m_model->indexOf(taskId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    return true;
}

const TaskRow* TodayPage::selectedTask() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_model->taskAt(rows.front()) : nullptr;
}

void TodayPage::updateActions()
{
    const TaskRow* row = selectedTask();
    m_done->setEnabled(row != nullptr);
    m_comment->setEnabled(row != nullptr && m_manager);
    m_followUp->setEnabled(row != nullptr && row->task.leadId.has_value());
    m_openCustomer->setEnabled(row != nullptr && row->task.customerId.has_value());
}

CompleteTaskDialog* TodayPage::completeSelected()
{
    const TaskRow* row = selectedTask();
    if (!row)
        return nullptr;
    auto* dialog = new CompleteTaskDialog(m_session, *row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompleteTaskDialog::completed, this, [this](const Task& task, bool next) {
        reload();
        if (next && task.leadId)
            FollowUpDialog::openFor(m_session, *task.leadId, TaskKind::FollowUp, this);
    });
    dialog->open();
    return dialog;
}

TaskCommentDialog* TodayPage::commentSelected()
{
    const TaskRow* row = selectedTask();
    if (!row || !m_manager)
        return nullptr;
    auto* dialog = new TaskCommentDialog(m_session, *row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TaskCommentDialog::commented, this, &TodayPage::reload);
    dialog->open();
    return dialog;
}

FollowUpDialog* TodayPage::addFollowUpToSelected()
{
    const TaskRow* row = selectedTask();
    if (!row || !row->task.leadId)
        return nullptr;
    auto* dialog = FollowUpDialog::openFor(m_session, *row->task.leadId, TaskKind::FollowUp, this);
    connect(dialog, &FollowUpDialog::taskPlanned, this, &TodayPage::reload);
    return dialog;
}

void TodayPage::openSelectedCustomer()
{
    const TaskRow* row = selectedTask();
    if (row && row->task.customerId)
        Q_EMIT openCustomerRequested(*row->task.customerId, row->task.leadId.value_or(0));
}

} // namespace showroom
