// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// A university, school, company, association or office taking part in exchanges.
struct Institution
{
    qint64 id = 0;
    QString nameEn;
    QString nameZh;
    QString kind;       // one of InstitutionKinds::keys(), or empty when not known
    qint64 placeId = 0; // where it is, 0 when not recorded
    QString url;
    int rowVersion = 0; // as read; an edit is refused if the record has moved on since

    friend bool operator==(const Institution &a, const Institution &b)
    {
        return a.id == b.id && a.nameEn == b.nameEn && a.nameZh == b.nameZh && a.kind == b.kind &&
               a.placeId == b.placeId && a.url == b.url;
    }
};

// The kinds of institution, as stored ("university") and as shown ("University").
namespace InstitutionKinds {
QStringList keys();
QString displayName(const QString &key); // empty for an unknown key
} // namespace InstitutionKinds
