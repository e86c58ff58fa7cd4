#pragma once

#include "common/RowListModel.h"
#include "domain/Deal.h"

namespace showroom {

// The checklist templates in a fixed order: loan documents (private, company), delivery steps,
// handover, the accessories for every model, then those of single models by name. One column:
// the translated name.
class ChecklistTemplateListModel : public RowListModel<ChecklistTemplate> {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole };

    explicit ChecklistTemplateListModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setTemplates(std::vector<ChecklistTemplate> templates);

    // "Loan documents — private buyer", "Accessories — Golf", …
    static QString templateName(const ChecklistTemplate& checklist);
};

// The items of one template, in their order. Every column is always there; the view hides those
// that do not belong to the template's kind (see columnsFor).
class ChecklistItemModel : public RowListModel<ChecklistTemplateItem> {
    Q_OBJECT

public:
    enum Column {
        Title,
        Required,
        Document,
        Price,
        SalesArgument,
        DueBefore,
        DueAfterSigning,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole };

    explicit ChecklistItemModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(std::vector<ChecklistTemplateItem> items);
    void setCurrency(const QString& currency);
    // The columns a template of `kind` shows.
    static QList<Column> columnsFor(ChecklistKind kind);
    // "21", "on the day", "3 after" (days before the delivery date); '' when not dated.
    static QString dueBefore(std::optional<int> days);
    // "7" (days after signing), "on the day"; '' when not dated.
    static QString dueAfterSigning(std::optional<int> days);

private:
    QString m_currency = QStringLiteral("EUR");
};

} // namespace showroom
