#pragma once

#include <QString>
#include <QWidget>
#include <utility>
#include <vector>

class QGridLayout;
class QLabel;

namespace showroom {

// A titled row (or column) of small figures: a value above its caption, e.g. the deliveries
// summary under the traffic charts.
class FigureStrip : public QWidget {
    Q_OBJECT

public:
    struct Figure {
        QString caption;
        QString value;
        QString toolTip;
    };

    FigureStrip(const QString& title, Qt::Orientation orientation, QWidget* parent = nullptr);

    void setFigures(const std::vector<Figure>& figures);
    // "caption: value" per figure, joined by "\n" (for tests).
    QString text() const;

private:
    Qt::Orientation m_orientation;
    QGridLayout* m_grid = nullptr;
    std::vector<std::pair<QLabel*, QLabel*>> m_labels; // value, caption
};

} // namespace showroom
