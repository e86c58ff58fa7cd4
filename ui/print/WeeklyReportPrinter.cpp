#include "print/WeeklyReportPrinter.h"

#include "print/PdfFile.h"
#include "print/WeeklyReportLayout.h"
#include "reports/ReportPeriod.h"
#include "services/SettingsService.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTime>
#include <QTimeZone>

namespace showroom {

using print::WeeklyReportLayout;

namespace {

constexpr double kMarginMm = 15.0;
constexpr double kFooterMm = 9.0;

qreal footerHeight(const QPaintDevice& device)
{
    return kFooterMm * device.logicalDpiY() / 25.4;
}

} // namespace

WeeklyReportPrinter::WeeklyReportPrinter(reports::Report report, QString dealershipName,
                                         QLocale locale)
    : m_report(std::move(report)), m_dealershipName(std::move(dealershipName)),
      m_locale(std::move(locale))
{
}

WeeklyReportPrinter WeeklyReportPrinter::forDealership(const ServiceContext& context,
                                                       reports::Report report)
{
    SettingsService settings(context);
    const auto setting = [&settings](const char* key) {
        auto value = settings.get(QLatin1String(key));
        return value ? value->trimmed() : QString();
    };
    const QTime start = QTime::fromString(setting("business_hours.start"), QStringLiteral("HH:mm"));
    const QTime end = QTime::fromString(setting("business_hours.end"), QStringLiteral("HH:mm"));
    WeeklyReportPrinter printer(std::move(report), setting("dealership.name"));
    if (start.isValid() && end.isValid())
        printer.setBusinessHours(start.hour(), end.minute() > 0 ? end.hour() + 1 : end.hour());
    return printer;
}

void WeeklyReportPrinter::setBusinessHours(int startHour, int endHour)
{
    m_startHour = qBound(0, startHour, 23);
    m_endHour = qBound(m_startHour + 1, endHour, 24);
}

QString WeeklyReportPrinter::title() const
{
    return reports::ReportPeriod::isoWeekName(m_report.filter).isEmpty() ? tr("Report")
                                                                         : tr("Weekly report");
}

QString WeeklyReportPrinter::periodText() const
{
    const QString dates =
        tr("%1 – %2").arg(m_locale.toString(m_report.filter.first, QLocale::ShortFormat),
                          m_locale.toString(m_report.filter.last, QLocale::ShortFormat));
    const QString week = reports::ReportPeriod::isoWeekName(m_report.filter);
    return week.isEmpty() ? dates : week + QStringLiteral(" · ") + dates;
}

QString WeeklyReportPrinter::filterText() const
{
    QString consultant = tr("all", "consultants");
    if (m_report.filter.consultantId)
        consultant = m_report.consultantName.isEmpty()
                         ? QStringLiteral("#%1").arg(*m_report.filter.consultantId)
                         : m_report.consultantName;
    QString source = tr("all", "sources");
    if (m_report.filter.sourceId)
        source = m_report.sourceName.isEmpty()
                     ? QStringLiteral("#%1").arg(*m_report.filter.sourceId)
                     : m_report.sourceName;
    return tr("Consultant: %1").arg(consultant) + QStringLiteral(" · ") +
           tr("Source: %1").arg(source);
}

QString WeeklyReportPrinter::generatedText() const
{
    if (!m_report.generatedAt.isValid())
        return {};
    const QTimeZone zone(m_report.timeZone.toUtf8());
    const QDateTime local =
        zone.isValid() ? m_report.generatedAt.toTimeZone(zone) : m_report.generatedAt.toLocalTime();
    return tr("Generated %1").arg(m_locale.toString(local, QLocale::ShortFormat));
}

QString WeeklyReportPrinter::suggestedFileName() const
{
    const QString week = reports::ReportPeriod::isoWeekName(m_report.filter);
    if (!week.isEmpty())
        return tr("Weekly-report", "file name") + QLatin1Char('-') + week + QStringLiteral(".pdf");
    return tr("Report", "file name") + QLatin1Char('-') +
           m_report.filter.first.toString(Qt::ISODate) + QLatin1Char('-') +
           m_report.filter.last.toString(Qt::ISODate) + QStringLiteral(".pdf");
}

QPageLayout WeeklyReportPrinter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                       QPageLayout::Millimeter);
}

namespace {

print::ReportHeading headingOf(const WeeklyReportPrinter& printer, const QString& dealership,
                               int startHour, int endHour)
{
    return {dealership,
            printer.title(),
            printer.periodText(),
            printer.filterText(),
            printer.generatedText(),
            startHour,
            endHour};
}

} // namespace

int WeeklyReportPrinter::pageCount(QPagedPaintDevice& device) const
{
    const WeeklyReportLayout layout(
        m_report, headingOf(*this, m_dealershipName, m_startHour, m_endHour), m_locale, &device,
        device.width(), device.height() - footerHeight(device));
    return layout.pageCount();
}

void WeeklyReportPrinter::print(QPagedPaintDevice& device) const
{
    const WeeklyReportLayout layout(
        m_report, headingOf(*this, m_dealershipName, m_startHour, m_endHour), m_locale, &device,
        device.width(), device.height() - footerHeight(device));
    QPainter painter(&device);
    if (!painter.isActive())
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int pages = layout.pageCount();
    const qreal width = device.width();
    const qreal footerTop = device.height() - footerHeight(device) * 0.6;
    const QFont footerFont = WeeklyReportLayout::font(7);
    QStringList left;
    if (!m_dealershipName.isEmpty())
        left << m_dealershipName;
    left << title() + QLatin1Char(' ') + periodText();
    const QString generated = generatedText();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        layout.flow().paintPage(painter, page);
        painter.restore();

        // Footer: a hairline, the report on the left, the date and page on the right.
        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), layout.pt(0.5)));
        painter.drawLine(QPointF(0, footerTop), QPointF(width, footerTop));
        const QRectF footer(0, footerTop, width, device.height() - footerTop);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left.join(QStringLiteral(" · ")));
        QString right = tr("Page %1 / %2").arg(page + 1).arg(pages);
        if (!generated.isEmpty())
            right = generated + QStringLiteral("   ") + right;
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, right);
        painter.restore();
    }
}

Result<void> WeeklyReportPrinter::writePdf(const QString& path) const
{
    return print::writePdfFile(path, pageLayout(), title() + QLatin1Char(' ') + periodText(),
                               [this](QPagedPaintDevice& device) { print(device); });
}

} // namespace showroom
