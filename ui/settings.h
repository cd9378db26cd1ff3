// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>

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

private:
    enum class Key {
        WindowGeometry, WindowState, MainSplitter, PairingColumns, ExchangeColumns,
        ExchangeListColumns, CurrentList, Filter
    };
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QSettings m_settings;
};
