#pragma once

#include "domain/Visit.h"

#include <QWidget>

class QLabel;

namespace showroom {

// Today's totals at the top of the reception: visitors, first visits, contact captured and the
// info-retention rate (captured first-time visitors / all first-time visitors).
class TrafficTiles : public QWidget {
    Q_OBJECT

public:
    explicit TrafficTiles(QWidget* parent = nullptr);

    void show(const Traffic& traffic);
    QString retentionText() const;

private:
    QLabel* addTile(const QString& caption, const QString& objectName);

    QLabel* m_visitors = nullptr;
    QLabel* m_firstVisits = nullptr;
    QLabel* m_captured = nullptr;
    QLabel* m_retention = nullptr;
};

} // namespace showroom
