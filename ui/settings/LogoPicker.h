#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace showroom {

// The dealership's logo for printed documents: a preview with "Choose logo…" and "Remove logo".
// Holds the image as the settings store it (base64 of the file's PNG or JPEG bytes, '' for
// none); the form around it saves it.
class LogoPicker : public QWidget {
    Q_OBJECT

public:
    explicit LogoPicker(bool editable, QWidget* parent = nullptr);

    QString logo() const { return m_logo; }
    void setLogo(const QString& base64);
    // Reads a PNG or JPEG file; a file that is no such image or is too large is refused with a
    // message and changes nothing.
    bool chooseFile(const QString& path);

    QLabel* preview() const { return m_preview; }
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* removeButton() const { return m_remove; }

Q_SIGNALS:
    void logoChanged();

private:
    void choose();
    void refuse(const QString& message);
    void showLogo();

    QString m_logo;
    QLabel* m_preview = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace showroom
