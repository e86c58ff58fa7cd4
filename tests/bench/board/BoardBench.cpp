// showroom-board-bench: the pipeline board on a demo database with about 5,000 open leads
// (46,000 customers by default). Prints JSON lines like showroom-bench:
//   board_load             BoardModel::reload (the query and the model), p95 target 50 ms
//   board_column_repaint   painting the fullest column's visible cards, p95 target 8 ms
//   board_drag_commit      a dropped card committed through the core (local 5 ms, shared 50 ms)
//   board_remote_refresh   applying a colleague's move (signatures + changed rows), 30 ms
//
//   showroom-board-bench [--customers N] [--iterations K]
#include "BenchSupport.h"
#include "board/BoardActions.h"
#include "board/BoardColumnView.h"
#include "board/BoardModel.h"
#include "common/MessageBoxes.h"
#include "services/ChangeBus.h"
#include "services/LeadService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/UserRepository.h"
#include "storage/demo/DemoGenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QWidget>

using namespace showroom;

namespace {

// Problems go to stderr instead of modal boxes.
class StderrMessages final : public MessageBoxes {
public:
    void error(QWidget*, const QString& title, const QString& text, const QString&) override
    {
        bench::note(title + QStringLiteral(": ") + text);
    }
    void information(QWidget*, const QString&, const QString&) override {}
    bool question(QWidget*, const QString&, const QString&) override { return false; }
    void about(QWidget*, const QString&, const QString&) override {}
};

std::unique_ptr<Database> prepare(const QString& path, qint64 customers, StorageMode mode)
{
    if (!QFileInfo::exists(path)) {
        bench::note(QStringLiteral("generating %1").arg(path));
        auto created = Database::create(path, mode);
        if (!created) {
            bench::note(created.error().message);
            return nullptr;
        }
        DemoOptions options;
        options.customers = customers;
        if (auto made = generateDemoData(**created, options); !made) {
            bench::note(made.error().message);
            return nullptr;
        }
    }
    auto db = Database::open(path, OpenOptions{.integrity = IntegrityCheck::Skip});
    if (!db) {
        bench::note(db.error().message);
        return nullptr;
    }
    return std::move(*db);
}

std::optional<User> userByLogin(Database& db, const QString& login)
{
    auto found = UserRepository(db.sql()).byLoginWithHash(login);
    if (!found)
        return std::nullopt;
    return found->first;
}

QModelIndex fullestOpenColumn(const BoardModel& model)
{
    QModelIndex best;
    for (int c = 0; c < model.rowCount(); ++c) {
        const QModelIndex column = model.index(c, 0);
        if (model.stage(column)->kind == StageKind::Open &&
            (!best.isValid() || model.rowCount(column) > model.rowCount(best)))
            best = column;
    }
    return best;
}

void measureLoadPaintRefresh(Database& db, const User& manager, const QString& path, int iterations)
{
    SystemClock clock;
    ChangeBus bus;
    ServiceContext context{db, clock, &bus};
    BoardModel model(context, manager);
    std::vector<double> load;
    for (int i = 0; i < std::max(30, iterations / 4); ++i)
        load.push_back(bench::timeMs([&] { (void)model.reload(); }));
    printTimed(
        bench::JsonLine(QStringLiteral("board_load")).add("open_leads", qint64(model.totalCards())),
        load, 50);

    const QModelIndex column = fullestOpenColumn(model);
    BoardColumnView view(model, column.row());
    view.resize(240, 820);
    view.show();
    QImage image(view.cards()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> paint;
    for (int i = 0; i < iterations; ++i)
        paint.push_back(bench::timeMs([&] {
            QPainter painter(&image);
            view.cards()->viewport()->render(&painter);
        }));
    printTimed(bench::JsonLine(QStringLiteral("board_column_repaint"))
                   .add("cards_in_column", qint64(model.rowCount(column))),
               paint, 8);

    // Filtering with every column on screen: narrow to one consultant, then show all again.
    std::vector<std::unique_ptr<BoardColumnView>> columns;
    for (int c = 0; c < model.rowCount(); ++c) {
        columns.push_back(std::make_unique<BoardColumnView>(model, c));
        columns.back()->resize(240, 820);
        columns.back()->show();
    }
    std::vector<double> filtering;
    for (int i = 0; i < 20; ++i) {
        BoardFilter narrow;
        narrow.text = i % 2 ? QStringLiteral("Golf") : QStringLiteral("zzz-nobody");
        filtering.push_back(bench::timeMs([&] { model.setFilter(narrow); }));
        filtering.push_back(bench::timeMs([&] { model.setFilter({}); }));
    }
    bench::JsonLine(QStringLiteral("board_filter")).samples(filtering).print();
    columns.clear();

    // A colleague's desk: its own connection moves a lead, then our board refreshes.
    auto other = Database::open(path, OpenOptions{.integrity = IntegrityCheck::Skip});
    if (!other)
        return bench::note(other.error().message);
    ServiceContext remote{**other, clock, nullptr};
    std::vector<qint64> leads;
    for (int row = 0; row < model.rowCount(column) && int(leads.size()) < iterations; ++row)
        leads.push_back(model.index(row, 0, column).data(BoardModel::LeadIdRole).toLongLong());
    const QString from = model.stage(column)->key;
    const QString to =
        from == QLatin1String("offer") ? QStringLiteral("negotiation") : QStringLiteral("offer");
    std::vector<double> refresh;
    for (std::size_t i = 0; i < leads.size(); ++i) {
        if (!LeadService(remote).moveStage(manager, leads[i], i % 2 ? from : to))
            continue;
        refresh.push_back(bench::timeMs([&] { (void)model.refresh(); }));
    }
    printTimed(bench::JsonLine(QStringLiteral("board_remote_refresh")), refresh, 30);
}

void measureDragCommit(Database& db, const User& manager, const QString& mode, int iterations,
                       double targetMs)
{
    SystemClock clock;
    ChangeBus bus;
    ServiceContext context{db, clock, &bus};
    BoardModel model(context, manager);
    if (!model.reload())
        return;
    QWidget parent;
    BoardActions actions(context, manager, model, &parent);
    model.setDropHandler([&](const std::vector<qint64>& ids, qint64 stageId) {
        return actions.moveLeads(ids, stageId);
    });
    const QModelIndex source = fullestOpenColumn(model);
    QModelIndex target;
    for (int c = 0; c < model.rowCount(); ++c)
        if (model.stage(model.index(c, 0))->key == QLatin1String("negotiation"))
            target = model.index(c, 0);
    std::vector<qint64> leads;
    for (int row = 0; row < model.rowCount(source) && int(leads.size()) < iterations; ++row)
        leads.push_back(model.index(row, 0, source).data(BoardModel::LeadIdRole).toLongLong());
    std::vector<double> commit;
    for (qint64 lead : leads) {
        std::unique_ptr<QMimeData> mime(BoardModel::mimeFor({lead}));
        commit.push_back(
            bench::timeMs([&] { model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, target); }));
    }
    printTimed(bench::JsonLine(QStringLiteral("board_drag_commit")).add("mode", mode), commit,
               targetMs);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the pipeline board; JSON lines."));
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Demo customers (46000: ~5,000 open "
                                                            "leads)."),
                                             QStringLiteral("N"), QStringLiteral("46000"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
                                              QStringLiteral("Samples per measurement."),
                                              QStringLiteral("K"), QStringLiteral("200"));
    parser.addOptions({customersOption, iterationsOption});
    parser.process(app);
    const qint64 customers = parser.value(customersOption).toLongLong();
    const int iterations = std::max(50, parser.value(iterationsOption).toInt());
    StderrMessages messages;
    MessageBoxes::install(&messages);

    bool ok = true;
    for (StorageMode mode : {StorageMode::Local, StorageMode::Shared}) {
        const bool shared = mode == StorageMode::Shared;
        const QString path =
            QDir(QDir::tempPath())
                .filePath(QStringLiteral("showroom-board-bench-%1%2.sqlite")
                              .arg(customers)
                              .arg(shared ? QStringLiteral("-shared") : QString()));
        auto db = prepare(path, customers, mode);
        const auto manager = db ? userByLogin(*db, QStringLiteral("manager")) : std::nullopt;
        if (!db || !manager) {
            ok = false;
            continue;
        }
        if (!shared)
            measureLoadPaintRefresh(*db, *manager, path, iterations);
        measureDragCommit(*db, *manager,
                          shared ? QStringLiteral("shared") : QStringLiteral("local"), iterations,
                          shared ? 50.0 : 5.0);
    }
    bench::JsonLine(QStringLiteral("peak_rss")).add("kb", bench::peakRssKb()).print();
    return ok ? 0 : 1;
}
