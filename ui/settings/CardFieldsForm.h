#pragma once

#include "settings/SettingsForm.h"

#include <QHash>

class QCheckBox;

namespace showroom {

// Settings › Board cards: which of the optional fields (knownCardFields()) the pipeline board's
// cards show besides the customer's name.
class CardFieldsForm : public SettingsForm {
    Q_OBJECT

public:
    explicit CardFieldsForm(const Session& session, QWidget* parent = nullptr);

    // The check box of a field key such as "vehicle".
    QCheckBox* fieldBox(const QString& key) const { return m_boxes.value(key); }
    static QString fieldName(const QString& key);
    static QString fieldDescription(const QString& key);

protected:
    void load() override;
    bool store() override;

private:
    QHash<QString, QCheckBox*> m_boxes;
};

} // namespace showroom
