#pragma once

#include <QDialog>
#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace showroom {

// A small dialog with a form, an error line and OK/Cancel. OK runs the save function; when it
// returns an error message the dialog stays open and shows it, so nothing typed is lost.
class FormDialog : public QDialog {
    Q_OBJECT

public:
    // Returns an error message, or an empty string when saved.
    using Save = std::function<QString()>;

    FormDialog(const QString& title, const QString& okText, QWidget* parent = nullptr);

    void setSave(Save save) { m_save = std::move(save); }
    QPushButton* okButton() const { return m_ok; }
    QLabel* errorLabel() const { return m_error; }
    void showError(const QString& message);

    void accept() override;

protected:
    QFormLayout* form() const { return m_form; }

private:
    Save m_save;
    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace showroom
