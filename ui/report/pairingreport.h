// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/domain/pairing.h"

#include <QString>

#include <memory>

class Database;
class MapModel;
class PairingDetailModel;
class TimelineChart;
class TimelineSeries;

// What the report of one pairing shows, read from the database at once: the pairing's detail
// (both places, relation, level, date, status, notes, sources, exchanges), its timeline, and
// the map of every pairing on which its arc is marked. A report is drawn when it is asked for,
// so it does not follow later changes; read() again for those. The database must outlive it.
class PairingReport
{
public:
    // databaseName: the file or server the records come from, for the page's foot.
    PairingReport(const Database &database, const QString &databaseName);
    ~PairingReport();
    PairingReport(const PairingReport &) = delete;
    PairingReport &operator=(const PairingReport &) = delete;

    // Reads the pairing. On failure (no pairing has that number, or the database fails)
    // returns false and says why.
    bool read(qint64 pairingId, QString *error);

    const PairingDetail &detail() const;
    // "Nanjing – St. Louis"
    QString title() const;
    // The name a file of the report is offered under: "Nanjing – St. Louis.pdf", without the
    // characters a file name cannot hold.
    QString fileName() const;
    const QString &databaseName() const { return m_databaseName; }
    const TimelineSeries &timeline() const { return *m_timeline; }
    // The timeline drawn, a chart made for the page (never one shown in a view).
    TimelineChart *chart() const { return m_chart.get(); }
    const MapModel &map() const { return *m_map; }

private:
    std::unique_ptr<PairingDetailModel> m_detail;
    std::unique_ptr<TimelineSeries> m_timeline;
    std::unique_ptr<TimelineChart> m_chart;
    std::unique_ptr<MapModel> m_map;
    QString m_databaseName;
};
