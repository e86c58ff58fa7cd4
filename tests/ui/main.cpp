// Runner for the offscreen UI tests: one QApplication for every test case.
#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#include <QApplication>
#include <QStandardPaths>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data go to test folders, never into the user's own.
    QStandardPaths::setTestModeEnabled(true);
    showroom::test::installWarningRecorder();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ShowroomCRM-tests"));
    return Catch::Session().run(argc, argv);
}
