#include "BoardFilterBar.h"

#include "customers/CardText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace showroom {

namespace {
constexpr qint64 kPool = 0; // the consultant filter's "unassigned" entry
}

BoardFilterBar::BoardFilterBar(const User& viewer, QWidget* parent) : QWidget(parent)
{
    m_mine = new QCheckBox(tr("My leads only"), this);
    m_mine->setObjectName(QStringLiteral("filterMine"));
    m_consultant = new QComboBox(this);
    m_consultant->setObjectName(QStringLiteral("filterConsultant"));
    m_consultant->setVisible(viewer.role != Role::Consultant);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("filterSource"));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("filterTier"));
    m_tier->addItem(tr("Any tier"), QString());
    for (Tier tier : {Tier::High, Tier::Value, Tier::General})
        m_tier->addItem(CardText::tier(tier), tierKey(tier));
    m_age = new QComboBox(this);
    m_age->setObjectName(QStringLiteral("filterAge"));
    m_age->addItem(tr("Any time in stage"), 0);
    for (int days : {3, 7, 14, 30})
        m_age->addItem(tr("%n+ days in stage", nullptr, days), days);
    m_overdue = new QCheckBox(tr("Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("filterOverdue"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("filterText"));
    m_search->setPlaceholderText(tr("Filter: name, car, consultant"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mine);
    layout->addWidget(m_consultant);
    layout->addWidget(m_source);
    layout->addWidget(m_tier);
    layout->addWidget(m_age);
    layout->addWidget(m_overdue);
    layout->addStretch(1);
    layout->addWidget(m_search);

    for (QCheckBox* box : {m_mine, m_overdue})
        connect(box, &QCheckBox::toggled, this, &BoardFilterBar::changed);
    for (QComboBox* box : {m_consultant, m_source, m_tier, m_age})
        connect(box, &QComboBox::currentIndexChanged, this, &BoardFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, &BoardFilterBar::changed);
}

void BoardFilterBar::setChoices(const std::vector<User>& users, const std::vector<Source>& sources)
{
    const QVariant consultant = m_consultant->currentData();
    const QVariant source = m_source->currentData();
    const QSignalBlocker blockConsultant(m_consultant);
    const QSignalBlocker blockSource(m_source);
    m_consultant->clear();
    m_consultant->addItem(tr("All consultants"));
    m_consultant->addItem(tr("Unassigned pool"), kPool);
    for (const User& user : users)
        if (user.active && (user.role == Role::Consultant || user.role == Role::Manager))
            m_consultant->addItem(user.displayName, user.id);
    m_consultant->setCurrentIndex(qMax(0, m_consultant->findData(consultant)));
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const Source& s : sources)
        m_source->addItem(CardText::source(s.key, s.name), s.key);
    m_source->setCurrentIndex(qMax(0, m_source->findData(source)));
}

BoardFilter BoardFilterBar::filter() const
{
    BoardFilter filter;
    filter.mineOnly = m_mine->isChecked();
    if (!m_consultant->isHidden())
        if (const QVariant id = m_consultant->currentData(); id.isValid())
            filter.consultantId = id.toLongLong();
    filter.sourceKey = m_source->currentData().toString();
    filter.tier = tierFromKey(m_tier->currentData().toString());
    filter.minDaysInStage = m_age->currentData().toInt();
    filter.overdueOnly = m_overdue->isChecked();
    filter.text = m_search->text();
    return filter;
}

} // namespace showroom
