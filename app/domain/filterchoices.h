// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// The values each filter can take, as the database holds them, with how many records each
// matches: what the filter bar offers ("City (158)", "Jiangsu (32)").
struct FilterChoice
{
    QString key;    // the value a Filter carries: a vocabulary key or an ISO 3166-2 code
    QString nameEn; // for provinces and states; vocabulary entries are named by their key
    QString nameZh;
    qint64 count = 0;
};

struct FilterChoices
{
    QList<FilterChoice> levels;
    QList<FilterChoice> relations;
    QList<FilterChoice> statuses; // Filter::unknownStatus() for pairings without one
    QList<FilterChoice> provinces;
    QList<FilterChoice> states;
    QList<FilterChoice> gaps; // every Completeness gap key, with the pairings that have it
    QList<FilterChoice> fields;
    QList<FilterChoice> modes;
    int firstEstablished = 0; // years; 0 when no record has one
    int lastEstablished = 0;
    int firstExchange = 0;
    int lastExchange = 0;
};
