#pragma once

#include <QFrame>
#include <QListView>

class QLabel;

namespace showroom {

class BoardModel;

// The cards of one column. Pauses the board's live refresh while a drag is in progress so the
// dragged rows stay where they are.
class CardListView : public QListView {
    Q_OBJECT

public:
    explicit CardListView(BoardModel& model, QWidget* parent = nullptr);

Q_SIGNALS:
    void dragFinished();

protected:
    void startDrag(Qt::DropActions supportedActions) override;

private:
    BoardModel& m_model;
};

// One stage of the board: its name, count and total value above the cards.
class BoardColumnView : public QFrame {
    Q_OBJECT

public:
    BoardColumnView(BoardModel& model, int column, QWidget* parent = nullptr);

    CardListView* cards() const { return m_cards; }
    qint64 stageId() const { return m_stageId; }
    // After the column's content changed: header texts.
    void updateHeader();

private:
    BoardModel& m_model;
    int m_column;
    qint64 m_stageId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    CardListView* m_cards = nullptr;
};

} // namespace showroom
