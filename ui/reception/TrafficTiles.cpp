#include "TrafficTiles.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace showroom {

TrafficTiles::TrafficTiles(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trafficTiles"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_visitors = addTile(tr("Visitors today"), QStringLiteral("visitorsToday"));
    m_firstVisits = addTile(tr("First visits"), QStringLiteral("firstVisitsToday"));
    m_captured = addTile(tr("Contact captured"), QStringLiteral("capturedToday"));
    m_retention = addTile(tr("Info-retention rate"), QStringLiteral("retentionToday"));
    m_retention->setToolTip(tr("First-time visitors whose phone or email was captured, out of "
                               "all first-time visitors today"));
}

QLabel* TrafficTiles::addTile(const QString& caption, const QString& objectName)
{
    auto* tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("tile"));
    tile->setStyleSheet(
        QStringLiteral("QFrame#tile { background: palette(alternate-base); "
                       "border: 1px solid palette(midlight); border-radius: 6px; }"));
    auto* value = new QLabel(QStringLiteral("0"), tile);
    value->setObjectName(objectName);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto* label = new QLabel(caption, tile);
    auto* column = new QVBoxLayout(tile);
    column->setContentsMargins(12, 8, 12, 8);
    column->setSpacing(0);
    column->addWidget(value);
    column->addWidget(label);
    static_cast<QHBoxLayout*>(layout())->addWidget(tile, 1);
    return value;
}

void TrafficTiles::show(const Traffic& traffic)
{
    const QLocale locale;
    m_visitors->setText(locale.toString(traffic.visits));
    m_firstVisits->setText(locale.toString(traffic.firstVisits));
    m_captured->setText(locale.toString(traffic.captured));
    const auto rate = traffic.retentionRate();
    m_retention->setText(rate ? locale.toString(*rate * 100, 'f', 0) + locale.percent()
                              : QStringLiteral("—"));
    QString colour = QStringLiteral("palette(text)");
    if (rate)
        colour = *rate >= 0.9   ? QStringLiteral("#2e7d32")
                 : *rate >= 0.7 ? QStringLiteral("#b26a00")
                                : QStringLiteral("#c62828");
    m_retention->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

QString TrafficTiles::retentionText() const
{
    return m_retention->text();
}

} // namespace showroom
