#pragma once

#include "domain/User.h"
#include "services/CustomerMergeService.h"
#include "services/ServiceContext.h"

#include <QDialog>
#include <QHash>
#include <array>
#include <optional>

class QFormLayout;
class QFrame;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;

namespace showroom {

class MergeFieldModel;

// Merges two records of the same customer (managers): both records side by side with a "Keep this
// record" choice, the fields in which they differ with the value to keep picked per field, and
// what moves to the kept record. Merge calls CustomerMergeService; errors show in message boxes.
class MergeDialog : public QDialog {
    Q_OBJECT

public:
    MergeDialog(ServiceContext context, User actor, qint64 firstId, qint64 secondId,
                QWidget* parent = nullptr);

    // Reads both records, their owners and what is attached to them. On failure (a record is
    // gone or already merged) shows the reason and returns false: do not exec() the dialog then.
    bool load();

    MergeFieldModel* fieldModel() const { return m_fields; }
    QTableView* fieldView() const { return m_view; }
    QRadioButton* keepButton(int side) const { return m_cards[std::size_t(side)].keep; }
    QPushButton* mergeButton() const { return m_merge; }
    QString summaryText() const;
    qint64 keptId() const;
    qint64 otherId() const;
    // Set after a successful merge.
    const std::optional<MergeSummary>& mergeSummary() const { return m_result; }

    // Calls the service with the chosen values; accepts the dialog when the merge is done.
    void merge();

protected:
    // A click anywhere on a record's card keeps that record.
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Card {
        QFrame* frame = nullptr;
        QRadioButton* keep = nullptr;
        QLabel* name = nullptr;
        QFormLayout* form = nullptr;
        QLabel* phone = nullptr;
        QLabel* email = nullptr;
        QLabel* address = nullptr;
        QLabel* owner = nullptr;
        QLabel* created = nullptr;
        QLabel* attached = nullptr;
    };

    Card makeCard(int side);
    void keptChanged();
    void showRecords();
    void showCard(int side);
    QString ownerName(const std::optional<qint64>& ownerId) const;

    ServiceContext m_context;
    User m_actor;
    std::array<qint64, 2> m_ids{};
    std::array<Customer, 2> m_records;
    std::array<MergeCounts, 2> m_counts;
    QHash<qint64, QString> m_userNames;
    MergeFieldModel* m_fields = nullptr;
    std::array<Card, 2> m_cards;
    QLabel* m_fieldsTitle = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_same = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_merge = nullptr;
    std::optional<MergeSummary> m_result;
    bool m_loaded = false;
};

} // namespace showroom
