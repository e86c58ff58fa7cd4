#include "reports/FigureStrip.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace showroom {

FigureStrip::FigureStrip(const QString& title, Qt::Orientation orientation, QWidget* parent)
    : QWidget(parent), m_orientation(orientation)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(orientation == Qt::Horizontal ? 0 : 10);
    layout->addLayout(m_grid);
    if (orientation == Qt::Vertical)
        layout->addStretch(1);
}

void FigureStrip::setFigures(const std::vector<Figure>& figures)
{
    while (m_labels.size() < figures.size()) {
        auto* value = new QLabel(this);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setWeight(QFont::DemiBold);
        value->setFont(big);
        auto* caption = new QLabel(this);
        QPalette grey = caption->palette();
        grey.setColor(QPalette::WindowText, grey.color(QPalette::PlaceholderText));
        caption->setPalette(grey);
        const int n = int(m_labels.size());
        if (m_orientation == Qt::Horizontal) {
            m_grid->addWidget(value, 0, n);
            m_grid->addWidget(caption, 1, n);
        } else {
            auto* pair = new QVBoxLayout;
            pair->setSpacing(0);
            pair->addWidget(value);
            pair->addWidget(caption);
            m_grid->addLayout(pair, n, 0);
        }
        m_labels.emplace_back(value, caption);
    }
    if (m_orientation == Qt::Horizontal)
        m_grid->setColumnStretch(int(figures.size()), 1);
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        const bool used = i < figures.size();
        m_labels[i].first->setVisible(used);
        m_labels[i].second->setVisible(used);
        if (!used)
            continue;
        m_labels[i].first->setText(figures[i].value);
        m_labels[i].second->setText(figures[i].caption);
        m_labels[i].first->setToolTip(figures[i].toolTip);
        m_labels[i].second->setToolTip(figures[i].toolTip);
    }
}

QString FigureStrip::text() const
{
    QStringList lines;
    for (const auto& [value, caption] : m_labels)
        if (!value->isHidden())
            lines << caption->text() + QStringLiteral(": ") + value->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace showroom
