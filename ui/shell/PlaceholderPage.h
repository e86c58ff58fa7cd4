#pragma once

#include <QIcon>
#include <QWidget>

namespace showroom {

// A page that is not built yet: its title and one sentence on what it will hold.
class PlaceholderPage : public QWidget {
    Q_OBJECT

public:
    PlaceholderPage(const QIcon& icon, const QString& title, const QString& description,
                    QWidget* parent = nullptr);
};

} // namespace showroom
