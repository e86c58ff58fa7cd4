#pragma once

#include "reports/Report.h"

#include <QVariant>
#include <QWidget>
#include <vector>

class QLabel;

namespace showroom {

// One key figure of a tile, unformatted: counts as int, rates as fractions, money in cents; an
// invalid QVariant where the report has no value (or no comparison).
struct KpiFigure {
    QString key; // as in the JSON: "visits", "first_visits", "retention_rate", "new_leads",
                 // "close_rate", "sales", "revenue_cents"
    QVariant value;
    QVariant previous; // the period of the same length just before
    QVariant lastYear; // the same weekdays 52 weeks earlier
};

// The report's key figures as tiles: the value, and its change against the previous period and
// the same period last year where the report has them (traffic).
class KpiTiles : public QWidget {
    Q_OBJECT

public:
    explicit KpiTiles(QWidget* parent = nullptr);

    void setReport(const reports::Report& report);
    const std::vector<KpiFigure>& figures() const { return m_figures; }
    // What the tile of `key` shows, its lines joined by "\n" (for tests).
    QString tileText(const QString& key) const;

    static std::vector<KpiFigure> figuresOf(const reports::Report& report);

private:
    struct Tile {
        QString key;
        QWidget* frame = nullptr;
        QLabel* caption = nullptr;
        QLabel* value = nullptr;
        QLabel* previous = nullptr;
        QLabel* lastYear = nullptr;
    };

    void addTile(const QString& key, const QString& caption, const QString& toolTip);
    void fill(Tile& tile, const KpiFigure& figure, const QString& currency);
    QString noteOf(const reports::Report& report, const KpiFigure& figure) const;

    std::vector<Tile> m_tiles;
    std::vector<KpiFigure> m_figures;
};

} // namespace showroom
