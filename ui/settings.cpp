// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings.h"

#include "app/appinfo.h"

#include <QDir>
#include <QFileInfo>
#include <QSize>

#include <array>

namespace {
struct Entry
{
    const char *name;
    QVariant defaultValue;
};

// Key, in the order of Settings::Key, and the value a fresh installation starts with.
const std::array<Entry, 21> &entries()
{
    static const std::array<Entry, 21> table{{
        {"window/geometry", QByteArray()},
        {"window/state", QByteArray()},
        {"window/mainSplitter", QByteArray()},
        {"pairings/columns", QByteArray()},
        {"detail/exchangeColumns", QByteArray()},
        {"exchanges/columns", QByteArray()},
        {"window/currentList", 0},
        {"filter/last", QVariantMap()},
        {"window/chartSplitter", QByteArray()},
        {"charts/tab", 0},
        {"charts/statistic", 0},
        {"charts/byMode", false},
        {"export/folder", QString()},
        {"export/size", QSize(1600, 900)},
        {"export/dpi", 96},
        {"databases/recent", QStringList()},
        {"interface/language", QString()},
        {"view/placeNames", QStringLiteral("both")},
        {"databases/passwordKept", QStringList()},
        {"databases/editionNotNow", QVariantMap()},
        {"filter/moreShown", false},
    }};
    return table;
}
} // namespace

Settings::Settings()
    : m_settings(QSettings::UserScope, QLatin1String(AppInfo::applicationName),
                 QLatin1String(AppInfo::applicationName))
{}

QVariant Settings::value(Key key) const
{
    const Entry &entry = entries().at(static_cast<size_t>(key));
    return m_settings.value(QLatin1String(entry.name), entry.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings.setValue(QLatin1String(entries().at(static_cast<size_t>(key)).name), value);
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &v)
{
    setValue(Key::WindowGeometry, v);
}
QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}
void Settings::setWindowState(const QByteArray &v)
{
    setValue(Key::WindowState, v);
}
QByteArray Settings::mainSplitter() const
{
    return value(Key::MainSplitter).toByteArray();
}
void Settings::setMainSplitter(const QByteArray &v)
{
    setValue(Key::MainSplitter, v);
}
QByteArray Settings::pairingColumns() const
{
    return value(Key::PairingColumns).toByteArray();
}
void Settings::setPairingColumns(const QByteArray &v)
{
    setValue(Key::PairingColumns, v);
}
QByteArray Settings::exchangeColumns() const
{
    return value(Key::ExchangeColumns).toByteArray();
}
void Settings::setExchangeColumns(const QByteArray &v)
{
    setValue(Key::ExchangeColumns, v);
}
QByteArray Settings::exchangeListColumns() const
{
    return value(Key::ExchangeListColumns).toByteArray();
}
void Settings::setExchangeListColumns(const QByteArray &v)
{
    setValue(Key::ExchangeListColumns, v);
}
int Settings::currentList() const
{
    return value(Key::CurrentList).toInt();
}
void Settings::setCurrentList(int v)
{
    setValue(Key::CurrentList, v);
}
QVariantMap Settings::filter() const
{
    return value(Key::Filter).toMap();
}
void Settings::setFilter(const QVariantMap &v)
{
    setValue(Key::Filter, v);
}
QByteArray Settings::chartSplitter() const
{
    return value(Key::ChartSplitter).toByteArray();
}
void Settings::setChartSplitter(const QByteArray &v)
{
    setValue(Key::ChartSplitter, v);
}
int Settings::chartTab() const
{
    return value(Key::ChartTab).toInt();
}
void Settings::setChartTab(int v)
{
    setValue(Key::ChartTab, v);
}
int Settings::statistic() const
{
    return value(Key::Statistic).toInt();
}
void Settings::setStatistic(int v)
{
    setValue(Key::Statistic, v);
}
bool Settings::moreFiltersShown() const
{
    return value(Key::MoreFiltersShown).toBool();
}
void Settings::setMoreFiltersShown(bool v)
{
    setValue(Key::MoreFiltersShown, v);
}
bool Settings::chartByMode() const
{
    return value(Key::ChartByMode).toBool();
}
void Settings::setChartByMode(bool v)
{
    setValue(Key::ChartByMode, v);
}
QString Settings::exportFolder() const
{
    const QString folder = value(Key::ExportFolder).toString();
    return folder.isEmpty() || !QFileInfo(folder).isDir() ? QDir::homePath() : folder;
}
void Settings::setExportFolder(const QString &v)
{
    setValue(Key::ExportFolder, v);
}
QSize Settings::exportSize() const
{
    return value(Key::ExportSize).toSize();
}
void Settings::setExportSize(const QSize &v)
{
    setValue(Key::ExportSize, v);
}
int Settings::exportDpi() const
{
    return value(Key::ExportDpi).toInt();
}
void Settings::setExportDpi(int v)
{
    setValue(Key::ExportDpi, v);
}
QStringList Settings::recentDatabases() const
{
    return value(Key::RecentDatabases).toStringList();
}
void Settings::addRecentDatabase(const QString &location)
{
    constexpr int kept = 8;
    QStringList recent = recentDatabases();
    recent.removeAll(location);
    recent.prepend(location);
    setValue(Key::RecentDatabases, recent.mid(0, kept));
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}
void Settings::setLanguage(const QString &v)
{
    setValue(Key::Language, v);
}

bool Settings::passwordKept(const QString &address) const
{
    return value(Key::PasswordKept).toStringList().contains(address);
}
void Settings::setPasswordKept(const QString &address, bool kept)
{
    QStringList addresses = value(Key::PasswordKept).toStringList();
    addresses.removeAll(address);
    if (kept)
        addresses.append(address);
    setValue(Key::PasswordKept, addresses);
}

QString Settings::placeNames() const
{
    return value(Key::PlaceNames).toString();
}
void Settings::setPlaceNames(const QString &v)
{
    setValue(Key::PlaceNames, v);
}

QString Settings::editionNotNow(const QString &database) const
{
    return value(Key::EditionNotNow).toMap().value(database).toString();
}

void Settings::setEditionNotNow(const QString &database, const QString &edition)
{
    QVariantMap postponed = value(Key::EditionNotNow).toMap();
    postponed.insert(database, edition);
    setValue(Key::EditionNotNow, postponed);
}
