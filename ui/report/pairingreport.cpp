// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/pairingreport.h"

#include "app/models/mapmodel.h"
#include "app/models/pairingdetailmodel.h"
#include "app/models/timelineseries.h"
#include "ui/chart/timelinechart.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PairingReport", text);
}
} // namespace

PairingReport::PairingReport(const Database &database, const QString &databaseName)
    : m_detail(std::make_unique<PairingDetailModel>(database)),
      m_timeline(std::make_unique<TimelineSeries>(database)),
      m_map(std::make_unique<MapModel>(database)), m_databaseName(databaseName)
{
    m_map->setWanted(false); // read with the pairing
    m_chart = std::make_unique<TimelineChart>(m_timeline.get());
}

PairingReport::~PairingReport() = default;

bool PairingReport::read(qint64 pairingId, QString *error)
{
    QString failure;
    const auto keep = [&failure](const QString &message) {
        if (failure.isEmpty())
            failure = message;
    };
    const QMetaObject::Connection detailError =
        QObject::connect(m_detail.get(), &PairingDetailModel::errorOccurred, keep);
    const QMetaObject::Connection mapError =
        QObject::connect(m_map.get(), &MapModel::errorOccurred, keep);
    m_detail->showPairing(pairingId);
    if (failure.isEmpty() && !m_detail->hasPairing())
        failure = tr("No pairing has the number %1.").arg(pairingId);
    if (failure.isEmpty()) {
        // Every pairing on the map, so that the arc is seen among the others, whatever the
        // window's filters keep.
        m_map->setWanted(true);
        m_map->setFilter(Filter());
        m_timeline->setPairing(pairingId);
        if (!m_timeline->lastError().isEmpty())
            keep(m_timeline->lastError());
    }
    QObject::disconnect(detailError);
    QObject::disconnect(mapError);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

const PairingDetail &PairingReport::detail() const
{
    return m_detail->detail();
}

QString PairingReport::title() const
{
    return tr("%1 – %2").arg(detail().chinesePlace.nameEn, detail().usPlace.nameEn);
}

QString PairingReport::fileName() const
{
    static const QRegularExpression notInNames(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    QString name = title();
    name.replace(notInNames, QStringLiteral("-"));
    return name + QStringLiteral(".pdf");
}
