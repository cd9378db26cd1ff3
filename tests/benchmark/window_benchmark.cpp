// SPDX-License-Identifier: GPL-3.0-or-later
// The window's memory after a scripted minute of use (issue 19, point 3), beside DB Browser
// for SQLite's peak on the same file. The real window, as the program makes it, is driven
// through its widgets: searches typed, filters chosen, every column sorted both ways, the
// exchanges list scrolled to its 100,000th row, the map and each chart shown; again and again
// until the minute is up. Then it prints the window's peak resident memory and the peer's,
// which opens the exchanges table of the same file (sqlitebrowser -R -t exchanges FILE) and
// is left until its memory has stopped growing for 3 s. Not a test: it prints figures. See
// README, "Benchmark".
//
//   bridges_window_benchmark --db FILE [--seconds 60] [--peer sqlitebrowser|none]
//
// Opening may write to FILE (its journal, a migration): give it a copy.
#include "app/commands/commands.h"
#include "app/heaparenas.h"
#include "app/models/workspace.h"
#include "app/storage/database.h"
#include "tests/benchmark/measure.h"
#include "tests/benchmark/openedfile.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <vector>

using namespace Measure;

namespace {

// A process's largest resident set so far, in MiB, from /proc (0 once it has gone).
long peakOfProcessMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
    }
    return 0;
}

// The peer opens the exchanges table; its peak once it has not grown for 3 s (at most 60 s).
long peerPeakMiB(const QString &peer, const QString &file, double *seconds)
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(peer,
                  {QStringLiteral("-R"), QStringLiteral("-t"), QStringLiteral("exchanges"), file});
    if (!process.waitForStarted())
        return 0;
    QElapsedTimer timer, still;
    timer.start();
    still.start();
    long peak = 0;
    while (timer.elapsed() < 60000 && still.elapsed() < 3000 &&
           process.state() == QProcess::Running) {
        QThread::msleep(100);
        const long now = peakOfProcessMiB(process.processId());
        if (now > peak) {
            peak = now;
            still.restart();
        }
    }
    *seconds = timer.elapsed() / 1000.0;
    process.kill();
    process.waitForFinished();
    return peak;
}

// What a user waits for after each step: the lists' counts and the charts'.
void settle(Workspace &workspace)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 &&
           (workspace.pairings.totalCount() < 0 || workspace.exchanges.totalCount() < 0 ||
            workspace.timeline.isCounting() || workspace.provinces.isCounting() ||
            workspace.states.isCounting() || workspace.fields.isCounting() ||
            workspace.modes.isCounting()))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
}

template <typename Widget> Widget *part(QWidget &window, const char *name)
{
    auto *widget = window.findChild<Widget *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("The window has no %s", name);
    return widget;
}

} // namespace

int main(int argc, char *argv[])
{
    HeapArenas::useOne(); // as the program does
    // On the X server given (xvfb-run), as a user's window would be; else offscreen, and so the
    // peer too. The two are only compared on the same one.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // window settings stay out of the user's
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The database (a copy: opening may write)."),
                                      QStringLiteral("file"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long the window is used."),
                                           QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption peerOption(QStringLiteral("peer"),
                                        QStringLiteral("DB Browser for SQLite's program, or none."),
                                        QStringLiteral("program"), QStringLiteral("sqlitebrowser"));
    const QCommandLineOption stepOption(
        QStringLiteral("step"),
        QStringLiteral("Only this step of each round (searches, filters, sorts, scrolling, map); "
                       "may be given again."),
        QStringLiteral("name"));
    parser.addOptions({dbOption, secondsOption, peerOption, stepOption});
    parser.process(app);
    const QString path = parser.value(dbOption);
    if (!QFileInfo::exists(path))
        qFatal("--db names no file (bridges_benchmark makes the synthetic one)");
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    print("Database: %s (%.0f MB); platform %s; %d cores, load average %s\n", qPrintable(path),
          QFileInfo(path).size() / 1e6, qPrintable(QGuiApplication::platformName()),
          QThread::idealThreadCount(),
          [] {
              QFile load(QStringLiteral("/proc/loadavg"));
              return load.open(QIODevice::ReadOnly) ? load.readAll().left(14).toStdString()
                                                    : std::string("unknown");
          }()
              .c_str());

    // The peer first, alone: its figure is not taken beside a busy window.
    long peer = 0;
    const QString peerProgram = parser.value(peerOption) == QLatin1String("none")
                                    ? QString()
                                    : QStandardPaths::findExecutable(parser.value(peerOption));
    if (!peerProgram.isEmpty()) {
        double peerSeconds = 0;
        peer = peerPeakMiB(peerProgram, path, &peerSeconds);
        print("DB Browser for SQLite (%s), exchanges table open: peak %ld MiB (read after %.1f "
              "s)\n",
              qPrintable(peerProgram), peer, peerSeconds);
    } else if (parser.value(peerOption) != QLatin1String("none")) {
        print("DB Browser for SQLite: not installed (Debian's sqlitebrowser), no peer figure\n");
    }

    auto db = Benchmark::openedFile(path);
    Workspace workspace(*db);
    Commands commands(*db, workspace.notifier);
    MainWindow window(workspace, commands, path, QFileInfo(path).fileName());
    window.resize(1400, 900);
    window.show();
    settle(workspace);
    print("Window shown with its counts: peak %ld MiB\n", peakMemoryMiB());

    auto *search = part<QLineEdit>(window, "searchBox");
    auto *clear = part<QPushButton>(window, "clearFilters");
    auto *lists = part<QTabWidget>(window, "lists");
    auto *charts = part<QTabWidget>(window, "chartTabs");
    auto *pairingsView = part<QTableView>(window, "pairingsView");
    auto *exchangesView = part<QTableView>(window, "exchangesView");
    std::vector<QComboBox *> combos;
    for (const char *name : {"levelFilter", "relationFilter", "provinceFilter", "stateFilter",
                             "fieldFilter", "statusFilter", "modeFilter", "hasExchangesFilter"})
        combos.push_back(part<QComboBox>(window, name));

    int round = 0;
    const auto typeSearch = [&](const char *words) {
        search->setText(QString::fromUtf8(words));
        QElapsedTimer pause; // the search runs once typing pauses
        pause.start();
        while (pause.elapsed() < 400)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        settle(workspace);
    };
    const std::vector<std::pair<const char *, std::function<void()>>> steps = {
        {"searches",
         [&] {
             lists->setCurrentIndex(0);
             for (const char *words : {"concert", "trade mission", "springfield", "宝海"})
                 typeSearch(words);
             clear->click();
             settle(workspace);
         }},
        {"filters",
         [&] {
             for (QComboBox *combo : combos) {
                 if (combo->count() < 2)
                     continue;
                 combo->setCurrentIndex(1 + round % (combo->count() - 1));
                 settle(workspace);
             }
             clear->click();
             settle(workspace);
         }},
        {"sorts",
         [&] {
             for (QTableView *view : {pairingsView, exchangesView}) {
                 lists->setCurrentWidget(view);
                 for (int column = 0; column < view->model()->columnCount(); ++column) {
                     for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                         view->sortByColumn(column, order);
                         settle(workspace);
                     }
                 }
             }
             exchangesView->sortByColumn(0, Qt::DescendingOrder);
             settle(workspace);
         }},
        {"scrolling to row 100,000",
         [&] {
             lists->setCurrentWidget(exchangesView);
             QAbstractItemModel *model = exchangesView->model();
             while (model->rowCount() < 100000 && model->canFetchMore({})) {
                 exchangesView->scrollToBottom();
                 QCoreApplication::processEvents();
             }
             exchangesView->scrollToTop();
         }},
        {"map and charts",
         [&] {
             lists->setCurrentIndex(2);
             window.repaint();
             settle(workspace);
             for (int tab = 0; tab < charts->count(); ++tab) {
                 charts->setCurrentIndex(tab);
                 settle(workspace);
                 window.repaint();
             }
             charts->setCurrentIndex(0);
             lists->setCurrentIndex(0);
             settle(workspace);
         }},
    };

    QElapsedTimer minute;
    minute.start();
    while (minute.elapsed() < seconds * 1000) {
        ++round;
        for (const auto &[name, step] : steps) {
            const QStringList only = parser.values(stepOption);
            if (!only.isEmpty() && std::none_of(only.cbegin(), only.cend(), [&](const QString &s) {
                    return QString::fromUtf8(name).startsWith(s);
                }))
                continue;
            const double ms = millisecondsOf(step);
            print("  round %d, %-26s %8.0f ms, peak so far %ld MiB\n", round, name, ms,
                  peakMemoryMiB());
        }
    }
    const long peak = peakMemoryMiB();
    print("\nThe window after %.0f s of use (%d rounds): peak %ld MiB", minute.elapsed() / 1000.0,
          round, peak);
    if (peer > 0)
        print("; DB Browser for SQLite's peak %ld MiB; ratio %.2f (target < 1)\n", peer,
              double(peak) / peer);
    else
        print("\n");
    return 0;
}
