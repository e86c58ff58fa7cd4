#pragma once

// Shared by the settings page tests: a dealership with a lead, and a page under test.
#include "TestSupport.h"
#include "services/LeadService.h"
#include "services/PipelineConfigService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "settings/AssignmentForm.h"
#include "settings/CardFieldsForm.h"
#include "settings/ChecklistTemplateModels.h"
#include "settings/ChecklistsSection.h"
#include "settings/DealsForm.h"
#include "settings/HoursForm.h"
#include "settings/LostReasonListModel.h"
#include "settings/LostReasonsSection.h"
#include "settings/RulesForm.h"
#include "settings/SettingsPage.h"
#include "settings/ShareModel.h"
#include "settings/SourceListModel.h"
#include "settings/SourcesSection.h"
#include "settings/StageListModel.h"
#include "settings/StagesSection.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <catch2/catch.hpp>
#include <memory>

namespace showroom::test {

using Tester = QAbstractItemModelTester;

// A dealership with a manager, two consultants and one lead in Contacted.
struct Office {
    Office()
    {
        customer = data.addCustomer(QStringLiteral("Lena"), QStringLiteral("Vogel"),
                                    QStringLiteral("0151 23456789"));
        NewLead draft;
        draft.customerId = customer.id;
        draft.sourceKey = QStringLiteral("phone");
        draft.consultantId = anna.id;
        auto lead = LeadService(data.context()).create(manager, draft);
        REQUIRE(lead.has_value());
        REQUIRE(LeadService(data.context())
                    .moveStage(manager, lead->id, QStringLiteral("contacted"))
                    .has_value());
    }

    Session session(const User& user) { return {data.db(), data.clock(), data.changes(), user}; }
    PipelineConfigService config() { return PipelineConfigService(data.context()); }
    QString setting(const QString& key) { return *SettingsService(data.context()).get(key); }
    std::vector<Stage> stages() { return *config().stages(); }
    Stage stage(const QString& key)
    {
        for (const Stage& stage : stages())
            if (stage.key == key)
                return stage;
        FAIL("no stage " << key.toStdString());
        return {};
    }
    std::vector<Stage> openStages()
    {
        std::vector<Stage> open;
        for (const Stage& stage : stages())
            if (stage.kind == StageKind::Open)
                open.push_back(stage);
        return open;
    }

    TestDatabase data;
    User manager = data.addUser(QStringLiteral("mia"), QStringLiteral("Mia Manager"), Role::Manager,
                                kAdminPassword);
    User anna = data.addUser(QStringLiteral("anna"), QStringLiteral("Anna Albers"),
                             Role::Consultant, kAdminPassword);
    User ben = data.addUser(QStringLiteral("ben"), QStringLiteral("Ben Brandt"), Role::Consultant,
                            kAdminPassword);
    Customer customer;
};

// A settings page with every model under QAbstractItemModelTester.
struct Page {
    explicit Page(Session session) : page(std::move(session))
    {
        takeWarnings();
        for (QAbstractItemModel* model :
             {static_cast<QAbstractItemModel*>(page.stages()->model()),
              static_cast<QAbstractItemModel*>(page.lostReasons()->model()),
              static_cast<QAbstractItemModel*>(page.sources()->model()),
              static_cast<QAbstractItemModel*>(page.assignment()->shares()),
              static_cast<QAbstractItemModel*>(page.checklists()->templates()),
              static_cast<QAbstractItemModel*>(page.checklists()->items())})
            testers.push_back(
                std::make_unique<Tester>(model, Tester::FailureReportingMode::Warning));
        page.resize(1000, 680);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }
    ~Page()
    {
        // The offscreen platform's complaint about size hints is no finding.
        CHECK(takeWarnings()
                  .filter(QRegularExpression(QStringLiteral("^(?!.*propagateSizeHints)")))
                  .isEmpty());
    }

    template <typename T> T* child(const QString& name) const
    {
        T* found = page.findChild<T*>(name);
        REQUIRE(found != nullptr);
        return found;
    }
    QStringList stageNames() const
    {
        QStringList names;
        const StageListModel* model = page.stages()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, StageListModel::Name).data().toString();
        return names;
    }

    SettingsPage page;
    std::vector<std::unique_ptr<Tester>> testers;
};

// Lets queued edits (model → section) run.
inline void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}
} // namespace showroom::test
