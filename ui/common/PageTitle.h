#pragma once

#include <QLabel>

namespace showroom {

// The large heading at the top of every page.
class PageTitle : public QLabel {
    Q_OBJECT

public:
    explicit PageTitle(const QString& text, QWidget* parent = nullptr);
};

} // namespace showroom
