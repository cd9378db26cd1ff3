// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The filters and searches the benchmarks time: each kind of criterion alone, searches in each
// script and of each rarity, a hostile search, and a few together.
#include "app/domain/filter.h"

#include <vector>

namespace Benchmark {
struct NamedFilter
{
    const char *name;
    Filter filter;
};

inline std::vector<NamedFilter> representativeFilters()
{
    auto with = [](auto set) {
        Filter f;
        set(f);
        return f;
    };
    return {
        {"no filter", Filter()},
        {"search pinyin 'baohai'", with([](Filter &f) { f.search = QStringLiteral("baohai"); })},
        {"search Chinese '宝海'", with([](Filter &f) { f.search = QStringLiteral("宝海"); })},
        {"search US name 'springfield'",
         with([](Filter &f) { f.search = QStringLiteral("springfield"); })},
        {"search title word 'concert'",
         with([](Filter &f) { f.search = QStringLiteral("concert"); })},
        {"search two words 'trade mission'",
         with([](Filter &f) { f.search = QStringLiteral("trade mission"); })},
        {"search rare 'zhouan1234'",
         with([](Filter &f) { f.search = QStringLiteral("zhouan1234"); })},
        {"search hostile ''; DROP TABLE'",
         with([](Filter &f) { f.search = QStringLiteral("'; DROP TABLE places; --"); })},
        {"level district", with([](Filter &f) { f.level = QStringLiteral("district"); })},
        {"relation friendship", with([](Filter &f) { f.relation = QStringLiteral("friendship"); })},
        {"status not recorded", with([](Filter &f) { f.status = Filter::unknownStatus(); })},
        {"status ended", with([](Filter &f) { f.status = QStringLiteral("ended"); })},
        {"province Jiangsu", with([](Filter &f) { f.province = QStringLiteral("CN-JS"); })},
        {"state California", with([](Filter &f) { f.state = QStringLiteral("US-CA"); })},
        {"established 1990-1999", with([](Filter &f) {
             f.establishedFrom = 1990;
             f.establishedTo = 1999;
         })},
        {"field science", with([](Filter &f) { f.field = QStringLiteral("science"); })},
        {"mode online", with([](Filter &f) { f.mode = QStringLiteral("online"); })},
        {"exchanges 2020-2022", with([](Filter &f) {
             f.exchangeFrom = 2020;
             f.exchangeTo = 2022;
         })},
        {"has exchanges", with([](Filter &f) { f.hasExchanges = Filter::HasExchanges::Yes; })},
        {"without exchanges", with([](Filter &f) { f.hasExchanges = Filter::HasExchanges::No; })},
        {"Jiangsu + education", with([](Filter &f) {
             f.province = QStringLiteral("CN-JS");
             f.field = QStringLiteral("education");
         })},
        {"Texas + hybrid + 2015-2019", with([](Filter &f) {
             f.state = QStringLiteral("US-TX");
             f.mode = QStringLiteral("hybrid");
             f.exchangeFrom = 2015;
             f.exchangeTo = 2019;
         })},
        {"'concert' + art", with([](Filter &f) {
             f.search = QStringLiteral("concert");
             f.field = QStringLiteral("art");
         })},
    };
}

} // namespace Benchmark
