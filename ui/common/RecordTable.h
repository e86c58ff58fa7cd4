#pragma once

#include <QAbstractItemView>

class QTableView;

namespace showroom {

// A read-only table of records: whole rows are selected, nothing is edited in place, no grid,
// one line per row, no row numbers, headers aligned with the text below them.
void setUpRecordTable(QTableView* view,
                      QAbstractItemView::SelectionMode mode = QAbstractItemView::SingleSelection);

} // namespace showroom
