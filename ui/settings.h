// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QSize>

// The settings Bridges keeps between runs, each with a typed getter and setter. Keys and
// defaults stand in one table in settings.cpp.
class Settings
{
public:
    Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    QByteArray mainSplitter() const;
    void setMainSplitter(const QByteArray &value);
    QByteArray pairingColumns() const;
    void setPairingColumns(const QByteArray &value);
    QByteArray exchangeColumns() const; // the exchanges table in the pairing detail
    void setExchangeColumns(const QByteArray &value);
    QByteArray exchangeListColumns() const;
    void setExchangeListColumns(const QByteArray &value);
    int currentList() const; // 0 pairings, 1 exchanges
    void setCurrentList(int value);
    QVariantMap filter() const;
    void setFilter(const QVariantMap &value);
    QByteArray chartSplitter() const; // lists above, charts below
    void setChartSplitter(const QByteArray &value);
    int chartTab() const; // 0 timeline, 1 statistics
    void setChartTab(int value);
    int statistic() const; // a BreakdownModel::What
    void setStatistic(int value);
    bool chartByMode() const; // the timeline's bars by mode rather than by field
    void setChartByMode(bool value);
    bool moreFiltersShown() const; // the filters used less often, shown in the filter bar
    void setMoreFiltersShown(bool value);
    // Where the last file was exported or imported; the home folder if none was, or if that
    // folder is gone.
    QString exportFolder() const;
    void setExportFolder(const QString &value);
    QSize exportSize() const;
    void setExportSize(const QSize &value);
    int exportDpi() const;
    void setExportDpi(int value);
    // The databases opened last, newest first: files' paths and servers' addresses (never a
    // password). addRecent puts one first, once, and keeps the list short.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &location);
    // The language of the interface chosen under View > Language: "en", "zh_CN", or empty
    // for the system's (see Language).
    QString language() const;
    void setLanguage(const QString &value);
    // Whether the system keychain holds a password for this server's address (the address
    // only: never the password), so that the keychain is asked only when it has one.
    bool passwordKept(const QString &address) const;
    void setPasswordKept(const QString &address, bool kept);
    // How places are named, chosen under View > Place Names: "en", "zh" or "both".
    QString placeNames() const;
    void setPlaceNames(const QString &value);

    // The data edition whose review the user put off ("Not now") for a database (its file's
    // path or server's address), or empty.
    QString editionNotNow(const QString &database) const;
    void setEditionNotNow(const QString &database, const QString &edition);

private:
    enum class Key {
        WindowGeometry,
        WindowState,
        MainSplitter,
        PairingColumns,
        ExchangeColumns,
        ExchangeListColumns,
        CurrentList,
        Filter,
        ChartSplitter,
        ChartTab,
        Statistic,
        ChartByMode,
        ExportFolder,
        ExportSize,
        ExportDpi,
        RecentDatabases,
        Language,
        PlaceNames,
        PasswordKept,
        EditionNotNow,
        MoreFiltersShown
    };
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QSettings m_settings;
};
