#include "reports/KpiTiles.h"

#include "reports/ReportFormat.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace showroom {

using reports::Report;

namespace {
QVariant optional(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

bool isRate(const QString& key)
{
    return key.endsWith(QLatin1String("_rate"));
}

QString valueText(const KpiFigure& figure, const QVariant& value, const QString& currency)
{
    if (!value.isValid())
        return ReportFormat::none();
    if (isRate(figure.key))
        return ReportFormat::percent(value.toDouble());
    if (figure.key == QLatin1String("revenue_cents"))
        return ReportFormat::money(value.toLongLong(), currency);
    return ReportFormat::count(value.toLongLong());
}
} // namespace

KpiTiles::KpiTiles(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiTiles"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    addTile(QStringLiteral("visits"), tr("Visits"), tr("Walk-ins in the period"));
    addTile(QStringLiteral("first_visits"), tr("First visits"),
            tr("Walk-ins recorded as the visitor's first visit"));
    addTile(QStringLiteral("retention_rate"), tr("Info-retention rate"),
            tr("First visits whose visitor left a phone number or email"));
    addTile(QStringLiteral("new_leads"), tr("New leads"), tr("Leads created in the period"));
    addTile(QStringLiteral("close_rate"), tr("Close rate"), tr("Leads won / new leads"));
    addTile(QStringLiteral("sales"), tr("Sales"), tr("Deals signed in the period (not cancelled)"));
    addTile(QStringLiteral("revenue_cents"), tr("Revenue"),
            tr("List price minus discount of the deals signed in the period"));
    setStyleSheet(QStringLiteral(
        "QFrame#kpiTile { background: palette(base); border: 1px solid palette(mid); "
        "border-radius: 6px; }"
        "QFrame#kpiTile QLabel { background: transparent; border: none; }"));
}

void KpiTiles::addTile(const QString& key, const QString& caption, const QString& toolTip)
{
    Tile tile;
    tile.key = key;
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("kpiTile"));
    frame->setProperty("kpi", key);
    frame->setToolTip(toolTip);
    frame->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* column = new QVBoxLayout(frame);
    column->setContentsMargins(10, 8, 10, 8);
    column->setSpacing(1);
    tile.frame = frame;
    tile.caption = new QLabel(caption, frame);
    QPalette grey = tile.caption->palette();
    grey.setColor(QPalette::WindowText, grey.color(QPalette::PlaceholderText));
    tile.caption->setPalette(grey);
    tile.value = new QLabel(frame);
    tile.value->setObjectName(QStringLiteral("kpiValue"));
    QFont big = tile.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setWeight(QFont::DemiBold);
    tile.value->setFont(big);
    tile.previous = new QLabel(frame);
    tile.lastYear = new QLabel(frame);
    QFont small = tile.previous->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    tile.previous->setFont(small);
    tile.lastYear->setFont(small);
    column->addWidget(tile.caption);
    column->addWidget(tile.value);
    column->addWidget(tile.previous);
    column->addWidget(tile.lastYear);
    column->addStretch(1);
    layout()->addWidget(frame);
    m_tiles.push_back(tile);
}

std::vector<KpiFigure> KpiTiles::figuresOf(const Report& report)
{
    const auto& now = report.traffic.current;
    const auto& before = report.traffic.previous;
    const auto& year = report.traffic.lastYear;
    int sales = 0;
    qint64 revenue = 0;
    for (const auto& source : report.sources.sources) {
        sales += source.sales;
        revenue += source.revenueCents;
    }
    return {
        {QStringLiteral("visits"), now.visits, before.visits, year.visits},
        {QStringLiteral("first_visits"), now.firstVisits, before.firstVisits, year.firstVisits},
        {QStringLiteral("retention_rate"), optional(now.retentionRate),
         optional(before.retentionRate), optional(year.retentionRate)},
        {QStringLiteral("new_leads"), report.funnel.newLeads, {}, {}},
        {QStringLiteral("close_rate"), optional(report.funnel.closeRate), {}, {}},
        {QStringLiteral("sales"), sales, {}, {}},
        {QStringLiteral("revenue_cents"), revenue, {}, {}},
    };
}

void KpiTiles::setReport(const Report& report)
{
    m_figures = figuresOf(report);
    for (std::size_t i = 0; i < m_tiles.size() && i < m_figures.size(); ++i) {
        fill(m_tiles[i], m_figures[i], report.currency);
        const QString note = noteOf(report, m_figures[i]);
        if (!note.isEmpty()) { // figures without a comparison say something else
            QLabel* label = m_tiles[i].previous;
            label->setText(note);
            label->setToolTip({});
            QPalette grey = label->palette();
            grey.setColor(QPalette::WindowText, grey.color(QPalette::PlaceholderText));
            label->setPalette(grey);
            label->setVisible(true);
        }
    }
}

QString KpiTiles::noteOf(const Report& report, const KpiFigure& figure) const
{
    const auto& funnel = report.funnel;
    if (figure.key == QLatin1String("new_leads"))
        return tr("%1 won · %2 lost")
            .arg(ReportFormat::count(funnel.won), ReportFormat::count(funnel.lost));
    if (figure.key == QLatin1String("close_rate"))
        return tr("%1 on the first visit").arg(ReportFormat::count(funnel.firstVisitCloses));
    if (figure.key == QLatin1String("sales"))
        return tr("%1 delivered").arg(ReportFormat::count(report.deliveries.delivered));
    if (figure.key == QLatin1String("revenue_cents")) {
        const int sales = m_figures.size() > 5 ? m_figures[5].value.toInt() : 0;
        if (sales > 0)
            return tr("%1 per sale")
                .arg(ReportFormat::money(figure.value.toLongLong() / sales, report.currency));
    }
    return {};
}

void KpiTiles::fill(Tile& tile, const KpiFigure& figure, const QString& currency)
{
    tile.value->setText(valueText(figure, figure.value, currency));
    const auto change = [&](QLabel* label, const QVariant& before, const QString& against) {
        if (!before.isValid() || !figure.value.isValid()) {
            label->clear();
            label->setVisible(false);
            return;
        }
        const double current = figure.value.toDouble();
        const double earlier = before.toDouble();
        QString delta = isRate(figure.key) ? ReportFormat::pointChange(current, earlier)
                                           : ReportFormat::relativeChange(current, earlier);
        if (delta.isEmpty()) // nothing to compare with
            delta = ReportFormat::none();
        label->setText(against.arg(delta));
        label->setToolTip(tr("%1 before").arg(valueText(figure, before, currency)));
        QPalette palette = label->palette();
        const QColor colour = current > earlier   ? QColor(0x2e, 0x7d, 0x32)
                              : current < earlier ? QColor(0xb3, 0x26, 0x1e)
                                                  : palette.color(QPalette::PlaceholderText);
        palette.setColor(QPalette::WindowText, colour);
        label->setPalette(palette);
        label->setVisible(true);
    };
    //: A tile's change against the previous period, e.g. "+12% vs prev. period"
    change(tile.previous, figure.previous, tr("%1 vs prev. period"));
    //: A tile's change against the same period last year
    change(tile.lastYear, figure.lastYear, tr("%1 vs last year"));
}

QString KpiTiles::tileText(const QString& key) const
{
    for (const Tile& tile : m_tiles) {
        if (tile.key != key)
            continue;
        QStringList lines{tile.caption->text(), tile.value->text()};
        for (const QLabel* label : {tile.previous, tile.lastYear})
            if (!label->isHidden())
                lines << label->text();
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

} // namespace showroom
