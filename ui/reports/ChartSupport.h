#pragma once

#include <QColor>
#include <QString>
#include <functional>

class QAbstractAxis;
class QBarSet;
class QChart;
class QValueAxis;

// Helpers shared by the chart factories (ReportCharts*.cpp); not used elsewhere.
namespace showroom::chartsupport {

inline const QColor kBlue{0x1e, 0x6f, 0xc8};
inline const QColor kLightBlue{0x8f, 0xb8, 0xe8};
inline const QColor kGreen{0x2e, 0x7d, 0x32};
inline const QColor kRed{0xc0, 0x39, 0x2b};

// A chart with the app's look: no animation, legend at the bottom, numbers in the app's locale.
QChart* newChart(const QString& title);
// A value axis from 0 to a round number above `maximum`, with whole-number ticks.
QValueAxis* countAxis(int maximum);
// A bar set in `colour` whose bars show `toolTip(index)` on hover, with a pointing hand when
// they can be clicked.
QBarSet* barSet(const QString& label, const QColor& colour, QChart* chart,
                std::function<QString(int)> toolTip, bool clickable = true);
// Makes axis labels a little smaller than the app font, so that many categories fit.
void setAxisFont(QAbstractAxis* axis, double scale = 0.9);

} // namespace showroom::chartsupport
