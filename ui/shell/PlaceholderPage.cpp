#include "PlaceholderPage.h"

#include "common/PageTitle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace showroom {

PlaceholderPage::PlaceholderPage(const QIcon& icon, const QString& title,
                                 const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* picture = new QLabel(this);
    picture->setPixmap(icon.pixmap(QSize(48, 48)));
    picture->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    picture->setFixedWidth(56);

    auto* text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("pageDescription"));
    text->setWordWrap(true);
    text->setMaximumWidth(620);
    text->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* note = new QLabel(tr("This part of Showroom CRM is not built yet."), this);
    note->setObjectName(QStringLiteral("pageNote"));
    QPalette dim = note->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    note->setPalette(dim);

    auto* column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(new PageTitle(title, this));
    column->addWidget(text);
    column->addWidget(note);
    column->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(14);
    layout->addWidget(picture);
    layout->addLayout(column, 1);
}

} // namespace showroom
