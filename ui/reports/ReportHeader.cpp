#include "reports/ReportHeader.h"

#include "common/Buttons.h"
#include "common/PageTitle.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportService.h"
#include "services/Permissions.h"
#include "services/PipelineConfigService.h"
#include "services/UserService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace showroom {

using reports::ReportFilter;
using reports::ReportPeriod;

ReportHeader::ReportHeader(const Session& session, QDate today, QWidget* parent)
    : QWidget(parent), m_session(session), m_today(today)
{
    setObjectName(QStringLiteral("reportHeader"));
    m_preview = actionButton(this, tr("Print pre&view…"), QStringLiteral("reportPreview"),
                             tr("The weekly report as it will be printed"));
    m_pdf = actionButton(this, tr("Save &PDF…"), QStringLiteral("reportPdf"),
                         tr("Save the printed report as a PDF file"));
    m_export = actionButton(this, tr("E&xport…"), QStringLiteral("reportExport"),
                            tr("Export the report's tables to Excel or CSV"));
    m_export->setVisible(roleAllows(session.user.role, Permission::ExportReports));
    connect(m_preview, &QPushButton::clicked, this, &ReportHeader::previewRequested);
    connect(m_pdf, &QPushButton::clicked, this, &ReportHeader::pdfRequested);
    connect(m_export, &QPushButton::clicked, this, &ReportHeader::exportRequested);

    auto* top = new QHBoxLayout;
    top->addWidget(new PageTitle(tr("Reports"), this));
    top->addStretch(1);
    top->addWidget(m_preview, 0, Qt::AlignBottom);
    top->addWidget(m_pdf, 0, Qt::AlignBottom);
    top->addWidget(m_export, 0, Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(buildFilterRow());
    fillConsultants();
    fillSources();
    showPeriod();
}

QWidget* ReportHeader::buildFilterRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(row);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(tr("Last week"), int(Preset::LastWeek));
    m_period->addItem(tr("This week"), int(Preset::ThisWeek));
    m_period->addItem(tr("Last 4 weeks"), int(Preset::LastFourWeeks));
    m_period->addItem(tr("Last 12 months"), int(Preset::LastTwelveMonths));
    m_period->addItem(tr("Custom…"), int(Preset::Custom));
    auto* periodLabel = new QLabel(tr("Pe&riod:"), row);
    periodLabel->setBuddy(m_period);
    m_previous = new QToolButton(row);
    m_previous->setObjectName(QStringLiteral("reportPrevious"));
    m_previous->setText(QStringLiteral("◀"));
    m_previous->setToolTip(tr("The period before"));
    m_next = new QToolButton(row);
    m_next->setObjectName(QStringLiteral("reportNext"));
    m_next->setText(QStringLiteral("▶"));
    m_next->setToolTip(tr("The period after"));
    const auto dateEdit = [row](const QString& name) {
        auto* edit = new QDateEdit(row);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        return edit;
    };
    m_from = dateEdit(QStringLiteral("reportFrom"));
    m_to = dateEdit(QStringLiteral("reportTo"));
    m_week = new QLabel(row);
    m_week->setObjectName(QStringLiteral("reportWeek"));
    m_consultant = new QComboBox(row);
    m_consultant->setObjectName(QStringLiteral("reportConsultant"));
    m_consultant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* consultantLabel = new QLabel(tr("&Consultant:"), row);
    consultantLabel->setBuddy(m_consultant);
    m_source = new QComboBox(row);
    m_source->setObjectName(QStringLiteral("reportSource"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* sourceLabel = new QLabel(tr("&Source:"), row);
    sourceLabel->setBuddy(m_source);

    layout->addWidget(periodLabel);
    layout->addWidget(m_period);
    layout->addSpacing(4);
    layout->addWidget(m_previous);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), row));
    layout->addWidget(m_to);
    layout->addWidget(m_next);
    layout->addWidget(m_week);
    layout->addSpacing(16);
    layout->addWidget(consultantLabel);
    layout->addWidget(m_consultant);
    layout->addSpacing(16);
    layout->addWidget(sourceLabel);
    layout->addWidget(m_source);
    layout->addStretch(1);

    auto* typing = new QTimer(this); // typed dates settle before the report is computed
    typing->setSingleShot(true);
    typing->setInterval(400);
    connect(typing, &QTimer::timeout, this, &ReportHeader::datesEdited);
    connect(m_from, &QDateEdit::dateChanged, typing, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, typing, qOverload<>(&QTimer::start));
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportHeader::presetChosen);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_consultant, &QComboBox::currentIndexChanged, this, &ReportHeader::filterChanged);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ReportHeader::filterChanged);
    return row;
}

ReportFilter ReportHeader::presetPeriod(Preset preset, QDate today, int offset)
{
    ReportFilter filter;
    const ReportFilter lastWeek = ReportPeriod::lastFullWeek(today);
    switch (preset) {
    case Preset::LastWeek:
    case Preset::Custom:
        filter.first = lastWeek.first.addDays(7 * offset);
        filter.last = lastWeek.last.addDays(7 * offset);
        break;
    case Preset::ThisWeek:
        filter.first = lastWeek.first.addDays(7 * (offset + 1));
        filter.last = lastWeek.last.addDays(7 * (offset + 1));
        break;
    case Preset::LastFourWeeks:
        filter.first = lastWeek.first.addDays(-21 + 28 * offset);
        filter.last = lastWeek.last.addDays(28 * offset);
        break;
    case Preset::LastTwelveMonths: {
        const QDate month(today.year(), today.month(), 1);
        filter.first = month.addMonths(12 * (offset - 1));
        filter.last = month.addMonths(12 * offset).addDays(-1);
        break;
    }
    }
    return filter;
}

ReportHeader::Preset ReportHeader::preset() const
{
    return Preset(m_period->currentData().toInt());
}

void ReportHeader::setPreset(Preset preset)
{
    m_period->setCurrentIndex(m_period->findData(int(preset)));
}

void ReportHeader::setCustomRange(QDate first, QDate last)
{
    {
        const QSignalBlocker blockPeriod(m_period);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_period->setCurrentIndex(m_period->findData(int(Preset::Custom)));
        m_from->setDate(first);
        m_to->setDate(last);
    }
    showPeriod();
    Q_EMIT filterChanged();
}

void ReportHeader::presetChosen()
{
    m_offset = 0;
    showPeriod(); // Custom starts from the dates shown
    Q_EMIT filterChanged();
}

void ReportHeader::datesEdited()
{
    if (preset() != Preset::Custom)
        return;
    showPeriod();
    Q_EMIT filterChanged();
}

void ReportHeader::step(int direction)
{
    if (preset() == Preset::Custom) {
        const int days = int(m_from->date().daysTo(m_to->date())) + 1;
        if (days <= 0)
            return;
        setCustomRange(m_from->date().addDays(direction * days),
                       m_to->date().addDays(direction * days));
        return;
    }
    m_offset += direction;
    showPeriod();
    Q_EMIT filterChanged();
}

void ReportHeader::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    showPeriod();
}

void ReportHeader::showPeriod()
{
    const bool custom = preset() == Preset::Custom;
    if (!custom) {
        const ReportFilter period = presetPeriod(preset(), m_today, m_offset);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(period.first);
        m_to->setDate(period.last);
    }
    m_from->setEnabled(m_allowed && custom);
    m_to->setEnabled(m_allowed && custom);
    const ReportFilter current = filter();
    m_week->setText(current.days() > 0 ? ReportPeriod::isoWeekName(current) : QString());
    const int days = std::max(1, current.days());
    const QDate nextFirst = preset() == Preset::LastTwelveMonths ? current.first.addMonths(12)
                                                                 : current.first.addDays(days);
    m_next->setEnabled(m_allowed && nextFirst <= m_today);
    m_previous->setEnabled(m_allowed);
}

ReportFilter ReportHeader::filter() const
{
    ReportFilter filter; // the edits show every preset's dates
    filter.first = m_from->date();
    filter.last = m_to->date();
    if (const QVariant id = m_consultant->currentData(); id.isValid())
        filter.consultantId = id.toLongLong();
    if (const QVariant id = m_source->currentData(); id.isValid())
        filter.sourceId = id.toLongLong();
    return filter;
}

QString ReportHeader::periodProblem() const
{
    const ReportFilter current = filter();
    auto checked = ReportPeriod::range(current.first, current.last);
    return checked ? QString() : checked.error().message;
}

void ReportHeader::fillConsultants()
{
    const QVariant current = m_consultant->currentData();
    const QSignalBlocker blocker(m_consultant);
    m_consultant->clear();
    const auto allowed = reports::ReportService::allowedFilter(m_session.user, {});
    m_consultantLocked = allowed && allowed->consultantId;
    if (m_consultantLocked) { // a consultant sees only himself
        m_consultant->addItem(m_session.user.displayName, *allowed->consultantId);
        m_consultant->setEnabled(false);
        m_consultant->setToolTip(tr("Consultants see their own figures"));
        return;
    }
    m_consultant->addItem(tr("All consultants"), QVariant());
    auto users = UserService(m_session.context()).users();
    for (const User& user : users.value_or(std::vector<User>{}))
        if (user.role == Role::Consultant)
            m_consultant->addItem(user.active ? user.displayName
                                              : tr("%1 (inactive)").arg(user.displayName),
                                  user.id);
    m_consultant->setCurrentIndex(std::max(0, m_consultant->findData(current)));
    m_consultant->setEnabled(m_allowed);
}

void ReportHeader::fillSources()
{
    const QVariant current = m_source->currentData();
    const QSignalBlocker blocker(m_source);
    m_source->clear();
    m_source->addItem(tr("All sources"), QVariant());
    auto sources = PipelineConfigService(m_session.context()).sources();
    for (const Source& source : sources.value_or(std::vector<Source>{}))
        m_source->addItem(source.active ? source.name : tr("%1 (inactive)").arg(source.name),
                          source.id);
    m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
}

void ReportHeader::setReportsAllowed(bool allowed)
{
    m_allowed = allowed;
    m_period->setEnabled(allowed);
    m_source->setEnabled(allowed);
    m_consultant->setEnabled(allowed && !m_consultantLocked);
    showPeriod();
    setReportShown(allowed);
}

void ReportHeader::setReportShown(bool shown)
{
    m_preview->setEnabled(shown);
    m_pdf->setEnabled(shown);
    m_export->setEnabled(shown);
}

} // namespace showroom
