#pragma once

#include "reports/Report.h"
#include "shell/Session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QToolButton;

namespace showroom {

// The Reports page's header: the title, the period (a preset or custom dates, stepped with ◀ ▶),
// the consultant and source filters and the print and export buttons. A consultant sees only
// himself in a disabled consultant box; the export button is hidden without the permission.
class ReportHeader : public QWidget {
    Q_OBJECT

public:
    enum class Preset { LastWeek, ThisWeek, LastFourWeeks, LastTwelveMonths, Custom };

    ReportHeader(const Session& session, QDate today, QWidget* parent = nullptr);

    // The chosen period and filters (the caller narrows it with ReportService::allowedFilter).
    reports::ReportFilter filter() const;
    // Empty when the chosen dates are valid, else why not.
    QString periodProblem() const;
    Preset preset() const;
    void setPreset(Preset preset);
    void setCustomRange(QDate first, QDate last);
    // Moves the period back (-1) or forward (+1) by its own length.
    void step(int direction);
    void setToday(QDate today);
    // Refills the consultant and source boxes, keeping the choices.
    void fillConsultants();
    void fillSources();
    // Disables every control (a receptionist does not see reports).
    void setReportsAllowed(bool allowed);
    void setReportShown(bool shown); // print and export need a computed report

    // The period a preset stands for, `offset` periods away from the current one.
    static reports::ReportFilter presetPeriod(Preset preset, QDate today, int offset);

    QComboBox* periodBox() const { return m_period; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QToolButton* previousButton() const { return m_previous; }
    QToolButton* nextButton() const { return m_next; }
    QLabel* weekLabel() const { return m_week; }
    QComboBox* consultantBox() const { return m_consultant; }
    QComboBox* sourceBox() const { return m_source; }
    QPushButton* previewButton() const { return m_preview; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* exportButton() const { return m_export; }

Q_SIGNALS:
    void filterChanged();
    void previewRequested();
    void pdfRequested();
    void exportRequested();

private:
    QWidget* buildFilterRow();
    void presetChosen();
    void datesEdited();
    void showPeriod();

    Session m_session;
    QDate m_today;
    int m_offset = 0;
    bool m_allowed = true;
    bool m_consultantLocked = false;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QLabel* m_week = nullptr;
    QComboBox* m_consultant = nullptr;
    QComboBox* m_source = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace showroom
