#include "reports/ChartSupport.h"

#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace showroom::chartsupport {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QValueAxis* countAxis(int maximum)
{
    maximum = std::max(maximum, 1);
    // 1, 2 or 5 times a power of ten, so that about five ticks cover the range.
    const double rough = maximum / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(std::max(rough, 1.0))));
    double step = power;
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (factor * power >= rough) {
            step = factor * power;
            break;
        }
    step = std::max(step, 1.0);
    auto* axis = new QValueAxis;
    const int ticks = int(std::ceil(maximum / step));
    axis->setRange(0, ticks * step);
    axis->setTickCount(ticks + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setMinorTickCount(0);
    setAxisFont(axis);
    return axis;
}

QBarSet* barSet(const QString& label, const QColor& colour, QChart* chart,
                std::function<QString(int)> toolTip, bool clickable)
{
    auto* set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour);
    QObject::connect(set, &QBarSet::hovered, chart,
                     [chart, clickable, toolTip = std::move(toolTip)](bool over, int index) {
                         if (over) {
                             if (clickable)
                                 chart->setCursor(Qt::PointingHandCursor);
                             QToolTip::showText(QCursor::pos(), toolTip(index));
                         } else {
                             chart->unsetCursor();
                             QToolTip::hideText();
                         }
                     });
    return set;
}

void setAxisFont(QAbstractAxis* axis, double scale)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * scale);
    axis->setLabelsFont(font);
}

} // namespace showroom::chartsupport
