<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../../ui/dialogs/aboutbox.cpp" line="+24" />
        <source>&lt;p&gt;The list is incomplete: this database holds %1 of %2 officially counted pairs (the official total of %3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;此列表并不完整：本数据库收录了官方统计的 %2 对中的 %1 对（%3 的官方总数）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&lt;h3&gt;Bridges %1&lt;/h3&gt;&lt;p&gt;Browse, chart and edit the sister-city and sister-province/state pairings between China and the United States, and the exchanges between them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with the program&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;City and district pairings and their coordinates: the twin-town list &lt;i&gt;twin.csv&lt;/i&gt; of the repository Hekman/twincities (MIT licence), compiled from Wikipedia's lists of twin towns (text under CC BY-SA; only names and coordinates are used).&lt;/li&gt;&lt;li&gt;Province/state pairings, dates of establishment and exchanges: public web pages of governments, sister-city associations and news outlets, each cited with its pairing or exchange. Dates are given only where a page states them; unknown dates stay unknown.&lt;/li&gt;&lt;li&gt;Provinces, states and map outlines: Natural Earth (public domain). Natural Earth draws boundaries as they are controlled on the ground.&lt;/li&gt;&lt;/ul&gt;%2&lt;p&gt;Bridges is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bridges %1&lt;/h3&gt;&lt;p&gt;浏览、绘制图表并编辑中美之间的友好城市与友好省州结好关系，以及它们之间的交流项目。&lt;/p&gt;&lt;p&gt;&lt;b&gt;程序附带的数据&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;城市与区的结好关系及其坐标：代码库 Hekman/twincities 中的友好城市列表 &lt;i&gt;twin.csv&lt;/i&gt;（MIT 许可证），整理自维基百科的友好城市列表（文字采用 CC BY-SA 许可；仅使用了名称和坐标）。&lt;/li&gt;&lt;li&gt;省州结好关系、缔结日期和交流项目：政府、友好城市协会和新闻媒体的公开网页，每条均随其结好关系或交流项目注明出处。仅在网页写明日期时才给出日期；未知的日期保持未知。&lt;/li&gt;&lt;li&gt;省份、州和地图轮廓：Natural Earth（公有领域）。Natural Earth 按实际控制范围绘制边界。&lt;/li&gt;&lt;/ul&gt;%2&lt;p&gt;Bridges 是自由软件，以 GNU 通用公共许可证第 3 版或更高版本发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24" />
        <source>About Bridges</source>
        <translation>关于 Bridges</translation>
    </message>
</context>
<context>
    <name>AddedRows</name>
    <message>
        <location filename="../../app/storage/addedrows.cpp" line="+77" />
        <source>Some of the records this step added have been changed or used since (here or elsewhere). Nothing was taken away: undo those changes first, or delete the records one by one.</source>
        <translation>此步骤添加的部分记录此后已被更改或使用（在此处或别处）。没有撤回任何内容：请先撤销那些更改，或逐条删除这些记录。</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <location filename="../../ui/chart/breakdownchart.cpp" line="+104" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3 (%4 %)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2：%3（%4 %）</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../app/models/breakdownmodel.cpp" line="+21" />
        <source>Pairings by Chinese province</source>
        <translation>按中国省份统计的结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pairings by US state</source>
        <translation>按美国州统计的结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exchanges by field</source>
        <translation>按领域统计的交流项目</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exchanges by mode</source>
        <translation>按形式统计的交流项目</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Pairings</source>
        <translation>结好关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exchanges</source>
        <translation>交流项目</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Province not recorded</source>
        <translation>未记录省份</translation>
    </message>
    <message>
        <location line="+3" />
        <source>State not recorded</source>
        <translation>未记录州</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>州</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mode</source>
        <translation>形式</translation>
    </message>
</context>
<context>
    <name>BundledDataset</name>
    <message>
        <location filename="../../app/io/bundleddataset.cpp" line="+26" />
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>ChartCaptions</name>
    <message>
        <location filename="../../ui/chart/chartcaptions.cpp" line="+21" />
        <source>1 pairing</source>
        <translation>1 个结好关系</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 pairings</source>
        <translation>%1 个结好关系</translation>
    </message>
    <message>
        <location line="+5" />
        <source>1 exchange</source>
        <translation>1 个交流项目</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 exchanges</source>
        <translation>%1 个交流项目</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Not shown: %1 and %2 whose year is not known.</source>
        <translation>未显示：年份未知的 %1 和 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not shown: %1 whose year is not known.</source>
        <translation>未显示：年份未知的 %1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Outside %1–%2: %3 and %4 (the running total counts the earlier ones).</source>
        <translation>%1–%2 之外：%3 和 %4（累计总数包含较早的部分）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The official total is not drawn: it counts every China–US pair, and the filters keep only some.</source>
        <translation>未绘制官方总数：它统计的是全部中美结好关系，而筛选条件只保留了其中一部分。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The official totals are not drawn: they count every China–US pair, and the filters keep only some.</source>
        <translation>未绘制各项官方总数：它们统计的是全部中美结好关系，而筛选条件只保留了其中一部分。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Exchanges by field and new pairings per year, %1–%2</source>
        <translation>%1–%2 年各领域交流项目与每年新增结好关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exchanges by mode and new pairings per year, %1–%2</source>
        <translation>%1–%2 年各形式交流项目与每年新增结好关系</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (%2 in all)</source>
        <translation>%1（共 %2）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Source: %1, made with Bridges %2 on %3. The shipped records come from Hekman/twincities (Wikipedia's twin-town lists) and the public web pages cited with each record; they are incomplete.</source>
        <translation>来源：%1，由 Bridges %2 于 %3 制作。附带的记录来自 Hekman/twincities（维基百科的友好城市列表）以及每条记录所引用的公开网页；记录并不完整。</translation>
    </message>
</context>
<context>
    <name>ChartFile</name>
    <message>
        <location filename="../../ui/chart/chartfile.cpp" line="+207" />
        <source>A PNG of %1 × %2 pixels is too large to draw (at most %3 million pixels); choose a smaller size, or SVG or PDF, which are sharp at any size.</source>
        <translation>%1 × %2 像素的 PNG 太大，无法绘制（最多 %3 百万像素）；请选择较小的尺寸，或选择在任何尺寸下都清晰的 SVG 或 PDF。</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+9" />
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Cannot draw into “%1”.</source>
        <translation>无法绘制到“%1”。</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <location filename="../../ui/chart/chartlegend.cpp" line="+17" />
        <source>Series shown in the timeline</source>
        <translation>时间轴中显示的系列</translation>
    </message>
</context>
<context>
    <name>ChartMenus</name>
    <message>
        <location filename="../../ui/chartmenus.cpp" line="+28" />
        <location line="+8" />
        <source>Save Data as &amp;CSV…</source>
        <translation>将数据另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+4" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+9" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>China–US sister pairings</source>
        <translation>中美友好城市与友好省州</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Map copied</source>
        <translation>地图已复制</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save the Chart's Data</source>
        <translation>保存图表的数据</translation>
    </message>
    <message>
        <location line="+0" />
        <source>timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="+0" />
        <source>statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The chart's numbers written to %1</source>
        <translation>图表的数字已写入 %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save the Map's Data</source>
        <translation>保存地图的数据</translation>
    </message>
    <message>
        <location line="+0" />
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The map's numbers written to %1</source>
        <translation>地图的数字已写入 %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV，用于电子表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChartsPane</name>
    <message>
        <location filename="../../ui/chart/chartspane.cpp" line="+47" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+47" />
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="-46" />
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Divide the bars by</source>
        <translation>柱形划分依据</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By field</source>
        <translation>按领域</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By mode</source>
        <translation>按形式</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Statistic</source>
        <translation>统计项</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+3" />
        <source>Statistics chart</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <location line="+90" />
        <source>One pairing and all of its exchanges</source>
        <translation>一个结好关系及其全部交流项目</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: all of its exchanges</source>
        <translation>%1：其全部交流项目</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show the filtered pairings</source>
        <translation>显示筛选后的结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Chart every record the filters keep; the pairing stays chosen in the list</source>
        <translation>为筛选保留的所有记录绘制图表；该结好关系在列表中仍保持选中</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show the chosen pairing alone</source>
        <translation>只显示所选的结好关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart %1 and all of its exchanges</source>
        <translation>为 %1 及其全部交流项目绘制图表</translation>
    </message>
</context>
<context>
    <name>CommandLanguage</name>
    <message>
        <location filename="../../app/commandlanguage.cpp" line="+38" />
        <source>bridges %1: --language: “%2” is not one of en, zh_CN, system.
</source>
        <translation>bridges %1：--language：“%2”不是 en、zh_CN、system 之一。
</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../app/commands/commands.cpp" line="+41" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 and %2 are paired already.</source>
        <translation>%1 与 %2 已经结好。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This database can be read but not changed: your role on the server may not write to it.</source>
        <translation>此数据库只能读取，不能更改：您在服务器上的角色无权写入。</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Edit pairing %1</source>
        <translation>编辑结好关系 %1</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Delete pairing %1</source>
        <translation>删除结好关系 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete pairing %1 and its exchange</source>
        <translation>删除结好关系 %1 及其交流项目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete pairing %1 and its %2 exchanges</source>
        <translation>删除结好关系 %1 及其 %2 个交流项目</translation>
    </message>
    <message>
        <location line="+15" />
        <source>There is a place called %1 there already: choose it rather than making a second one.</source>
        <translation>那里已有一个名为 %1 的地点：请选择它，而不要再新建一个。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Add place %1</source>
        <translation>添加地点 %1</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Edit exchange “%1”</source>
        <translation>编辑交流项目“%1”</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 cites this address already.</source>
        <translation>%1 已引用此地址。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>“%1” cites this address already.</source>
        <translation>“%1”已引用此地址。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Edit place %1</source>
        <translation>编辑地点 %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This record was removed elsewhere since it was read. Refresh (F5) to see the records as they are now.</source>
        <translation>此记录在读取后已在别处被删除。请刷新（F5）以查看记录的当前状态。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Add institution %1</source>
        <translation>添加机构 %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Edit institution %1</source>
        <translation>编辑机构 %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Another source has this address.</source>
        <translation>另一个来源已使用此地址。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add source %1</source>
        <translation>添加来源 %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Edit source %1</source>
        <translation>编辑来源 %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add official total %1</source>
        <translation>添加官方总数 %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Edit official total %1</source>
        <translation>编辑官方总数 %1</translation>
    </message>
    <message>
        <location line="+102" />
        <source>Delete place %1</source>
        <translation>删除地点 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete institution %1</source>
        <translation>删除机构 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete source %1</source>
        <translation>删除来源 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete official total %1</source>
        <translation>删除官方总数 %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/addpairingcommand.cpp" line="+12" />
        <source>Add pairing %1</source>
        <translation>添加结好关系 %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/deletepairingcommand.cpp" line="+18" />
        <source>The exchanges of this pairing were changed elsewhere since you were asked (another window or another user), so deleting it would take other exchanges than you agreed to. Nothing was deleted: refresh (F5) and delete it again if you still want to.</source>
        <translation>在询问您之后，此结好关系的交流项目已在别处（另一个窗口或另一位用户）被更改，因此删除它会带走与您同意的不同的交流项目。没有删除任何内容：如果仍要删除，请刷新（F5）后再次删除。</translation>
    </message>
    <message>
        <location filename="../../app/commands/addexchangecommand.cpp" line="+13" />
        <source>Add exchange “%1”</source>
        <translation>添加交流项目“%1”</translation>
    </message>
    <message>
        <location filename="../../app/commands/deleteexchangecommand.cpp" line="+13" />
        <source>Delete exchange “%1”</source>
        <translation>删除交流项目“%1”</translation>
    </message>
    <message>
        <location filename="../../app/commands/citesourcecommand.cpp" line="+14" />
        <source>Cite a source for %1</source>
        <translation>为 %1 引用来源</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <location filename="../../app/domain/completeness.cpp" line="+20" />
        <source>Year not known</source>
        <translation>年份未知</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No coordinates</source>
        <translation>无坐标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No Chinese name</source>
        <translation>无中文名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No US state</source>
        <translation>无美国州</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sources disagree</source>
        <translation>来源说法不一</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Status not recorded</source>
        <translation>未记录状态</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2 of 1 pairing</source>
        <translation>%1：1 个结好关系中有 %2 个</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2 of %3 pairings</source>
        <translation>%1：%3 个结好关系中有 %2 个</translation>
    </message>
</context>
<context>
    <name>CompletenessView</name>
    <message>
        <location filename="../../ui/chart/completenessview.cpp" line="+16" />
        <source>What the records of all pairings lack, whatever the filters. Choose a count to list those pairings and fill in their gaps.</source>
        <translation>所有结好关系的记录缺少什么（不受筛选条件影响）。选择一个数目，即可列出这些结好关系并补全其缺失信息。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location line="+23" />
        <source>List these pairings, and no others</source>
        <translation>只列出这些结好关系</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflictdialog.cpp" line="+21" />
        <source>Changed by Someone Else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Someone else saved %1 while you were editing it. Their version and yours differ here:</source>
        <translation>在您编辑 %1 时，其他人保存了它。对方的版本与您的版本在以下方面不同：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Theirs (saved)</source>
        <translation>对方的（已保存）</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Keep &amp;Theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Overwrite with Mine</source>
        <translation>用我的覆盖(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit Again</source>
        <translation>重新编辑(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connectdialog.cpp" line="+16" />
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统密钥链中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connect to Server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <location line="+5" />
        <source>If the server offers it (prefer)</source>
        <translation>服务器支持时使用（prefer）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Always, without checking the certificate (require)</source>
        <translation>始终使用，不检查证书（require）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Always, with the certificate checked (verify-full)</source>
        <translation>始终使用，并检查证书（verify-full）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Never (disable)</source>
        <translation>从不使用（disable）</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Encryption (TLS):</source>
        <translation>加密（TLS）(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <location filename="../../app/io/csvfile.cpp" line="+25" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../app/io/csvreader.cpp" line="+32" />
        <source>the text is not UTF-8.</source>
        <translation>文本不是 UTF-8 编码。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the file holds binary data (byte %1), not text.</source>
        <translation>文件包含二进制数据（字节 %1），而不是文本。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the file is empty; a header line was expected.</source>
        <translation>文件为空；应有一个标题行。</translation>
    </message>
    <message>
        <location line="+65" />
        <location line="+27" />
        <source>a field longer than %1 characters: is this the right file?</source>
        <translation>字段长度超过 %1 个字符：这是正确的文件吗？</translation>
    </message>
    <message>
        <location line="-86" />
        <location line="+94" />
        <source>a quoted field is never closed.</source>
        <translation>带引号的字段没有结束。</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 fields where the header has %2.</source>
        <translation>有 %1 个字段，而标题行有 %2 个。</translation>
    </message>
</context>
<context>
    <name>DataError</name>
    <message>
        <location filename="../../app/io/dataerror.h" line="+17" />
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, line %2, field %3: %4</source>
        <translation>%1，第 %2 行，字段 %3：%4</translation>
    </message>
</context>
<context>
    <name>DataVerbs</name>
    <message>
        <location filename="../../app/cli/dataverbs.cpp" line="+398" />
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="-164" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-139" />
        <source>%1: %2, line %3, field %4: the database has “%5”, the file “%6”; the database's is kept.
</source>
        <translation>%1：%2，第 %3 行，字段 %4：数据库中为“%5”，文件中为“%6”；保留数据库中的值。
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: %2 new pairings, %3 new places, %4 new sources</source>
        <translation>%1：%2 个新结好关系，%3 个新地点，%4 个新来源</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2 new exchanges, %3 new places, %4 new sources</source>
        <translation>%1：%2 个新交流项目，%3 个新地点，%4 个新来源</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2 new places</source>
        <translation>%1：%2 个新地点</translation>
    </message>
    <message>
        <location line="+3" />
        <source>; held already: lines %1 and %2 more</source>
        <translation>；数据库中已有：第 %1 行及另外 %2 行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; held already: line %1</source>
        <translation>；数据库中已有：第 %1 行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; held already: lines %1</source>
        <translation>；数据库中已有：第 %1 行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, left out</source>
        <translation>，已略过</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, with nothing to fill in</source>
        <translation>，没有需要补充的内容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, %1 of them filling in what the database lacks</source>
        <translation>，其中 %1 条补充了数据库缺少的内容</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: nothing was imported: 1 row has problems.
</source>
        <translation>%1：未导入任何内容：1 行有问题。
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: nothing was imported: %2 rows have problems.
</source>
        <translation>%1：未导入任何内容：%2 行有问题。
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>. Nothing was written (dry run).
</source>
        <translation>。未写入任何内容（试运行）。
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>. Nothing new to import.
</source>
        <translation>。没有可导入的新内容。
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>. Imported into %1.
</source>
        <translation>。已导入到 %1。
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Checks a database: SQLite's integrity check, every reference, the search index, and the schema version; then counts the records and what they leave unknown.</source>
        <translation>检查数据库：SQLite 完整性检查、所有引用、搜索索引和架构版本；然后统计记录数及其中未知的内容。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>bridges check: unexpected argument “%1”.
</source>
        <translation>bridges check：意外的参数“%1”。
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>bridges check: there is no file %1.
</source>
        <translation>bridges check：文件 %1 不存在。
</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database: %1
</source>
        <translation>数据库：%1
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version: %1 (this Bridges writes %2)
</source>
        <translation>架构版本：%1（此版本 Bridges 写入 %2）
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Integrity: %1
</source>
        <translation>完整性：%1
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>References: %1
</source>
        <translation>引用：%1
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 rows refer to a missing row</source>
        <translation>%1 行引用了不存在的行</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search index: %1
</source>
        <translation>搜索索引：%1
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Places: %1 (%2 without coordinates)
</source>
        <translation>地点：%1（%2 个无坐标）
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pairings: %1 (%2 without a known year)
</source>
        <translation>结好关系：%1（%2 个年份未知）
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exchanges: %1 (%2 without a known year)
</source>
        <translation>交流项目：%1（%2 个年份未知）
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Institutions: %1
</source>
        <translation>机构：%1
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources: %1
</source>
        <translation>来源：%1
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Completeness of the pairings:
</source>
        <translation>结好关系的完整性：
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>bridges check: the database has faults (see above).
</source>
        <translation>bridges check：数据库有错误（见上文）。
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Writes the pairings or the exchanges the filters keep to a CSV or JSON file, or the whole database to one JSON file that `bridges import` loads into an empty database.</source>
        <translation>将筛选保留的结好关系或交流项目写入 CSV 或 JSON 文件，或将整个数据库写入一个 JSON 文件，供 `bridges import` 载入空数据库。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>pairings, exchanges or all (the whole database).</source>
        <translation>pairings、exchanges 或 all（整个数据库）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>csv or json (default: the suffix of --out).</source>
        <translation>csv 或 json（默认：取自 --out 的后缀）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: --what: “%2” is not one of pairings, exchanges, all.
</source>
        <translation>%1：--what：“%2”不是 pairings、exchanges、all 之一。
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: --out: name the file to write.
</source>
        <translation>%1：--out：请指定要写入的文件。
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: --format: “%2” is not one of csv, json.
</source>
        <translation>%1：--format：“%2”不是 csv、json 之一。
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: --format: not given, and “%2” does not end in .csv or .json.
</source>
        <translation>%1：--format：未指定，且“%2”不以 .csv 或 .json 结尾。
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1: --what all writes the whole database as JSON, without filters.
</source>
        <translation>%1：--what all 将整个数据库写为 JSON，不使用筛选条件。
</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: cannot write %2: %3
</source>
        <translation>%1：无法写入 %2：%3
</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 %2 written to %3
</source>
        <translation>已将 %1 条 %2 写入 %3
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Loads a file into a database, whole or not at all: a file of pairings, exchanges or places (CSV or a JSON list; records already there are left out, or merged with --merge), or a whole database written by `bridges export --what all`, into a new or empty one.</source>
        <translation>将文件完整载入数据库，要么全部载入，要么完全不载入：结好关系、交流项目或地点的文件（CSV 或 JSON 列表；已有的记录会被略过，或使用 --merge 合并），或由 `bridges export --what all` 写出的整个数据库，载入新的或空的数据库。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file to load.</source>
        <translation>要载入的文件。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the file and report what would be loaded; write nothing.</source>
        <translation>检查文件并报告将载入的内容；不写入任何内容。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rows of records the database holds fill in what it does not know of them (known values are kept), instead of being left out.</source>
        <translation>数据库已有记录的行会补充数据库对这些记录未知的内容（保留已知的值），而不是被略过。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: name one file to load.
</source>
        <translation>%1：请指定一个要载入的文件。
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: cannot read %2: %3
</source>
        <translation>%1：无法读取 %2：%3
</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: %2 rows would be loaded; nothing was written.
</source>
        <translation>%1：将载入 %2 行；未写入任何内容。
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2 rows loaded into %3.
</source>
        <translation>%1：已将 %2 行载入 %3。
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: %2: nothing was loaded: %3
</source>
        <translation>%1：%2：未载入任何内容：%3
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Copies every record of one database into another that holds none: a local file to a team's PostgreSQL server (postgresql://user@host:port/database), or back. The tables are counted on both sides before the copy is committed.</source>
        <translation>将一个数据库的所有记录复制到另一个没有记录的数据库：从本地文件复制到团队的 PostgreSQL 服务器（postgresql://user@host:port/database），或反向复制。提交复制前会在两边统计各表的行数。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database to copy.</source>
        <translation>要复制的数据库。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>file or URL</source>
        <translation>文件或 URL</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The database to copy into: a new file, or an empty database.</source>
        <translation>要复制到的数据库：新文件或空数据库。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>bridges copy-db: give --from and --to, and nothing else.
</source>
        <translation>bridges copy-db：请给出 --from 和 --to，不要给出其他参数。
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>bridges copy-db: there is no file %1.
</source>
        <translation>bridges copy-db：文件 %1 不存在。
</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 %2</source>
        <translation>%2 %1 行</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copied %1 into %2: %3. Each table counted the same on both sides.
</source>
        <translation>已将 %1 复制到 %2：%3。两边各表的行数相同。
</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../app/storage/database.cpp" line="+88" />
        <source>%1 is not a Bridges database: it is not a SQLite database file at all. It was left unchanged.</source>
        <translation>%1 不是 Bridges 数据库：它根本不是 SQLite 数据库文件。未对其做任何更改。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a SQLite database of another program, not a Bridges database. It was left unchanged.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Bridges 数据库。未对其做任何更改。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is damaged and cannot be read (%2). It was left unchanged; restore it from a backup.</source>
        <translation>%1 已损坏，无法读取（%2）。未对其做任何更改；请从备份中恢复。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 was written by a newer version of Bridges (database version %2; this program reads up to version %3). Update Bridges to open it. It was left unchanged.</source>
        <translation>%1 由更新版本的 Bridges 写入（数据库版本 %2；此程序最多可读取版本 %3）。请更新 Bridges 后再打开。未对其做任何更改。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 is read-only, and Bridges needs to write to its database. Make the file writable, or open a copy of it. It was left unchanged.</source>
        <translation>%1 为只读，而 Bridges 需要写入其数据库。请使该文件可写，或打开它的副本。未对其做任何更改。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>无法创建 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The folder of %1 is read-only, and Bridges needs to keep its journal beside the database. Nothing was changed.</source>
        <translation>%1 所在的文件夹为只读，而 Bridges 需要在数据库旁保存日志文件。未做任何更改。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+54" />
        <source>Cannot prepare %1 for this version of Bridges: %2</source>
        <translation>无法为此版本的 Bridges 准备 %1：%2</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The database %1 holds tables of another program, not a Bridges database. It was left unchanged.</source>
        <translation>数据库 %1 中是其他程序的表，不是 Bridges 数据库。未对其做任何更改。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database %1 was written by a newer version of Bridges (database version %2; this program reads up to version %3). Update Bridges to open it. It was left unchanged.</source>
        <translation>数据库 %1 由更新版本的 Bridges 写入（数据库版本 %2；此程序最多可读取版本 %3）。请更新 Bridges 后再打开。未对其做任何更改。</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../ui/databaseactions.cpp" line="+15" />
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+17" />
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Start the new database with the data Bridges ships, or empty?</source>
        <translation>新数据库是以 Bridges 附带的数据开始，还是从空白开始？</translation>
    </message>
    <message>
        <location line="+4" />
        <source>With the shipped data it holds every China–US pairing Bridges knows of and their exchanges, with their sources, to add your own to. Empty, it holds nothing until you add or import records.</source>
        <translation>使用附带的数据时，它包含 Bridges 所知的全部中美结好关系及其交流项目和来源，您可以在此基础上添加自己的记录。空白数据库在您添加或导入记录之前不包含任何内容。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With the &amp;Shipped Data</source>
        <translation>使用附带的数据(&amp;S)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Empty</source>
        <translation>空白(&amp;E)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>sister-cities.sqlite</source>
        <translation>sister-cities.sqlite</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bridges databases (*.sqlite)</source>
        <translation>Bridges 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open a Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bridges databases (*.sqlite *.db)</source>
        <translation>Bridges 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <location filename="../../app/commands/commandbase.cpp" line="+29" />
        <source>The connection to the server was lost, and nothing of this change was saved. Bridges connects again by itself: try once more when the banner has gone.</source>
        <translation>与服务器的连接已断开，此更改的任何部分都未保存。Bridges 会自动重新连接：横幅消失后请再试一次。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <location filename="../../app/io/databasecopy.cpp" line="+34" />
        <source>%1 holds records already: a database is copied only into an empty one. Nothing was copied.</source>
        <translation>%1 中已有记录：只能将数据库复制到空数据库中。未复制任何内容。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The table %1 has other columns in the two databases (schema versions %2 and %3).</source>
        <translation>表 %1 在两个数据库中的列不同（架构版本 %2 和 %3）。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The copy of %1 holds %2 rows, the original %3: nothing was copied.</source>
        <translation>%1 的副本有 %2 行，原表有 %3 行：未复制任何内容。</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <location filename="../../app/io/databasefile.cpp" line="+76" />
        <source>the file is of schema version %1, which this version of Bridges does not know (its databases are of version %2)</source>
        <translation>该文件的架构版本为 %1，此版本的 Bridges 不认识（其数据库版本为 %2）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a whole database is loaded only into an empty one, and this one holds records</source>
        <translation>整个数据库只能载入空数据库，而此数据库中已有记录</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the table has no such column</source>
        <translation>该表没有这一列</translation>
    </message>
    <message>
        <location filename="../../app/io/databasefileparse.cpp" line="+34" />
        <source>this is not a whole Bridges database (“format” is not “%1”)</source>
        <translation>这不是完整的 Bridges 数据库（“format”不是“%1”）</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Bridges has no such table</source>
        <translation>Bridges 没有这样的表</translation>
    </message>
    <message>
        <location line="+19" />
        <source>row %1 has %2 values for %3 columns</source>
        <translation>第 %1 行有 %2 个值，而列有 %3 个</translation>
    </message>
</context>
<context>
    <name>DatabaseInspection</name>
    <message>
        <location filename="../../app/storage/databaseinspection.cpp" line="+99" />
        <source>the file is shorter than its header says</source>
        <translation>文件比其文件头所述的要短</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../../app/io/databaseopener.cpp" line="+82" />
        <source>Could not load the shipped data into %1: %2</source>
        <translation>无法将附带的数据载入 %1：%2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Cannot make %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
</context>
<context>
    <name>DatasetWriter</name>
    <message>
        <location filename="../../app/io/datasetwriter.cpp" line="+105" />
        <location line="+8" />
        <source>“%1” is not a Chinese province.</source>
        <translation>“%1”不是中国的省份。</translation>
    </message>
    <message>
        <location line="-7" />
        <source>“%1” is not a US state.</source>
        <translation>“%1”不是美国的州。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>“%1” is not a US state code.</source>
        <translation>“%1”不是美国州的代码。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>several places are called “%1”: give its province.</source>
        <translation>有多个地点名为“%1”：请给出其所在省份。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>several places are called “%1”: give its state.</source>
        <translation>有多个地点名为“%1”：请给出其所在州。</translation>
    </message>
</context>
<context>
    <name>DateRules</name>
    <message>
        <location filename="../../app/domain/daterules.cpp" line="+17" />
        <source>%1 is more than a year from now.</source>
        <translation>%1 距今已超过一年。</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../ui/editactions.cpp" line="+15" />
        <location line="+57" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="-56" />
        <location line="+57" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-57" />
        <source>&amp;New Pairing…</source>
        <translation>新建结好关系(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+112" />
        <source>&amp;Edit Pairing…</source>
        <translation>编辑结好关系(&amp;E)…</translation>
    </message>
    <message>
        <location line="-111" />
        <location line="+112" />
        <source>&amp;Delete Pairing…</source>
        <translation>删除结好关系(&amp;D)…</translation>
    </message>
    <message>
        <location line="-111" />
        <source>New E&amp;xchange…</source>
        <translation>新建交流项目(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+111" />
        <source>Edit Exc&amp;hange…</source>
        <translation>编辑交流项目(&amp;H)…</translation>
    </message>
    <message>
        <location line="-110" />
        <location line="+111" />
        <source>Delete Exchan&amp;ge…</source>
        <translation>删除交流项目(&amp;G)…</translation>
    </message>
    <message>
        <location line="-110" />
        <source>C&amp;ite a Source…</source>
        <translation>引用来源(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Edit Pairing</source>
        <translation>编辑结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit Exchange</source>
        <translation>编辑交流项目</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cite the page a pairing or exchange rests on</source>
        <translation>引用结好关系或交流项目所依据的网页</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+1" />
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Read the records again, with what other copies of Bridges saved</source>
        <translation>重新读取记录，包括其他 Bridges 副本保存的内容</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+56" />
        <source>&amp;Edit Pairing %1…</source>
        <translation>编辑结好关系 %1(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete Pairing %1…</source>
        <translation>删除结好关系 %1(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit Exc&amp;hange “%1”…</source>
        <translation>编辑交流项目“%1”(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete Exchan&amp;ge “%1”…</source>
        <translation>删除交流项目“%1”(&amp;G)…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Delete the pairing %1?</source>
        <translation>删除结好关系 %1？</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Its exchange, which belongs to no other pairing, goes with it.</source>
        <translation>它的交流项目不属于其他结好关系，将一并删除。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its %1 exchanges, which belong to no other pairing, go with it.</source>
        <translation>它的 %1 个交流项目不属于其他结好关系，将一并删除。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>One exchange it shares with another pairing stays.</source>
        <translation>它与另一个结好关系共有的一个交流项目会保留。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 exchanges it shares with other pairings stay.</source>
        <translation>它与其他结好关系共有的 %1 个交流项目会保留。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>撤销（Ctrl+Z）可恢复全部内容。</translation>
    </message>
    <message>
        <location line="-143" />
        <location line="+144" />
        <source>Delete Pairing</source>
        <translation>删除结好关系</translation>
    </message>
    <message>
        <location line="-142" />
        <location line="+181" />
        <source>Delete Exchange</source>
        <translation>删除交流项目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the exchange “%1”? Undo (Ctrl+Z) brings it back.</source>
        <translation>删除交流项目“%1”？撤销（Ctrl+Z）可将其恢复。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>EditionBar</name>
    <message>
        <location filename="../../ui/panes/editionbar.cpp" line="+14" />
        <source>&amp;Review…</source>
        <translation>审阅(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Newer data</source>
        <translation>更新的数据</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Not Now</source>
        <translation>暂不(&amp;N)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>&lt;b&gt;Bridges' data edition %1 is here:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;Bridges 数据版本 %1 已发布：&lt;/b&gt;%2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An editor of this database can take it; your role may only read.</source>
        <translation>此数据库的编辑者可以采用它；您的角色只能读取。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>One value you changed differs from it: yours is kept unless you choose otherwise.</source>
        <translation>您更改过的 1 个值与其不同：除非您另作选择，否则保留您的值。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 values you changed differ from it: yours are kept unless you choose otherwise.</source>
        <translation>您更改过的 %1 个值与其不同：除非您另作选择，否则保留您的值。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing you changed, added or deleted is undone.</source>
        <translation>您所做的更改、添加或删除都不会被撤销。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>See each change before anything is written</source>
        <translation>在写入任何内容之前查看每一项更改</translation>
    </message>
</context>
<context>
    <name>EditionChange</name>
    <message>
        <location filename="../../app/io/editionchange.cpp" line="+18" />
        <source>Pairing</source>
        <translation>结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exchange</source>
        <translation>交流项目</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Official total</source>
        <translation>官方总数</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Established</source>
        <translation>缔结日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordinates in China</source>
        <translation>中方坐标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>US state</source>
        <translation>美国州</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordinates in the US</source>
        <translation>美方坐标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Province/state pairs</source>
        <translation>省州结好对数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City pairs</source>
        <translation>城市结好对数</translation>
    </message>
    <message>
        <location line="+13" />
        <source>by its id</source>
        <translation>按编号</translation>
    </message>
    <message>
        <location line="+2" />
        <source>by title and date</source>
        <translation>按标题和日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>by level and place names</source>
        <translation>按级别和地名</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../app/io/editioncomparison.cpp" line="+348" />
        <source>%1 pairs (official, %2)</source>
        <translation>%1 对（官方，%2）</translation>
    </message>
</context>
<context>
    <name>EditionReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/editionreviewdialog.cpp" line="+34" />
        <source>Changes the edition would make</source>
        <translation>该版本将做出的更改</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Take Edition</source>
        <translation>采用此版本(&amp;T)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Values you changed stay yours unless you tick the edition's. Records you deleted are not brought back, and records you added are not touched. Taking the edition is one step: Edit &gt; Undo takes it back.</source>
        <translation>除非您勾选该版本的值，否则您更改过的值保持不变。您删除的记录不会恢复，您添加的记录不受影响。采用该版本是一个步骤：“编辑 &gt; 撤销”即可撤回。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Data Edition %1</source>
        <translation>数据版本 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In this database</source>
        <translation>此数据库中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In edition %1</source>
        <translation>版本 %1 中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Found</source>
        <translation>查找方式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Your values that differ from the edition's (%1): tick those where the edition's is right</source>
        <translation>与该版本不同的您的值（%1）：若该版本的值正确，请勾选</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Records new in the edition, to be added (%1)</source>
        <translation>该版本中的新记录，将被添加（%1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Values nobody knew, to be filled in (%1)</source>
        <translation>此前未知的值，将被补充（%1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Values the edition corrects, which nobody here changed (%1)</source>
        <translation>该版本更正的值，此处无人改动过（%1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Records of the earlier edition not found here, deleted or renamed (%1): tick those to add as new</source>
        <translation>旧版本中在此未找到的记录，已删除或已改名（%1）：勾选以作为新记录添加</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Records deleted here: not brought back (%1)</source>
        <translation>已在此删除的记录：不予恢复（%1）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Records of the edition added here already: left as they are (%1)</source>
        <translation>该版本中已在此添加的记录：保持原样（%1）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Records that cannot be added (%1)</source>
        <translation>无法添加的记录（%1）</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (id %2 in the edition)</source>
        <translation>%1（该版本中的编号 %2）</translation>
    </message>
    <message>
        <location line="+47" />
        <source>This database holds data edition %1, the latest Bridges ships: there is nothing to take.</source>
        <translation>此数据库已是数据版本 %1，即 Bridges 附带的最新版本：没有可采用的内容。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;b&gt;This database holds data edition %1; Bridges ships %2.&lt;/b&gt;</source>
        <translation>&lt;b&gt;此数据库为数据版本 %1；Bridges 附带版本 %2。&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6" />
        <source>1 record was found by its names, as this database was made before records had ids.</source>
        <translation>由于此数据库创建时记录尚无编号，1 条记录是按名称找到的。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 records were found by their names, as this database was made before records had ids.</source>
        <translation>由于此数据库创建时记录尚无编号，%1 条记录是按名称找到的。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your role may only read this database: an editor of it can take the edition.</source>
        <translation>您的角色只能读取此数据库：其编辑者可以采用该版本。</translation>
    </message>
</context>
<context>
    <name>EditionRows</name>
    <message>
        <location filename="../../app/io/editionrows.cpp" line="+19" />
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>every row needs an id of its own.</source>
        <translation>每一行都需要有自己的编号。</translation>
    </message>
</context>
<context>
    <name>EditionUpdate</name>
    <message>
        <location filename="../../app/io/editionupdate.cpp" line="+220" />
        <source>“%1” is not a known %2.</source>
        <translation>“%1”不是已知的%2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Chinese province</source>
        <translation>中国省份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>US state code</source>
        <translation>美国州代码</translation>
    </message>
    <message>
        <location line="+161" />
        <source>1 new pairing</source>
        <translation>1 个新结好关系</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 new pairings</source>
        <translation>%1 个新结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 new exchange</source>
        <translation>1 个新交流项目</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 new exchanges</source>
        <translation>%1 个新交流项目</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 official total</source>
        <translation>1 个官方总数</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 official totals</source>
        <translation>%1 个官方总数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 date filled in</source>
        <translation>补充 1 个日期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 dates filled in</source>
        <translation>补充 %1 个日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 other value filled in</source>
        <translation>补充 1 个其他值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 other values filled in</source>
        <translation>补充 %1 个其他值</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 record corrected</source>
        <translation>更正 1 条记录</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 records corrected</source>
        <translation>更正 %1 条记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nothing new for this database</source>
        <translation>对此数据库没有新内容</translation>
    </message>
    <message>
        <location line="-30" />
        <source>Data edition %1: %2.</source>
        <translation>数据版本 %1：%2。</translation>
    </message>
</context>
<context>
    <name>EditionUpdateCommand</name>
    <message>
        <location filename="../../app/commands/editionupdatecommand.cpp" line="+22" />
        <source>Take the data edition</source>
        <translation>采用数据版本</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database has changed since the edition was reviewed (here or elsewhere). Nothing was written: review it again.</source>
        <translation>自审阅该版本以来，数据库已发生变化（在此处或别处）。没有写入任何内容：请重新审阅。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The database holds data edition %1 already (someone may have taken it meanwhile). Nothing was written.</source>
        <translation>数据库已是数据版本 %1（可能有人已先行采用）。没有写入任何内容。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Take data edition %1</source>
        <translation>采用数据版本 %1</translation>
    </message>
</context>
<context>
    <name>EventRows</name>
    <message>
        <location filename="../../app/io/eventrows.cpp" line="+42" />
        <source>the end comes before the start, or there is an end without a start.</source>
        <translation>结束日期早于开始日期，或有结束日期却没有开始日期。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the same exchange (title and date) already stands on line %1.</source>
        <translation>相同的交流项目（标题和日期）已出现在第 %1 行。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no place in the database is called “%1”; import or add it first.</source>
        <translation>数据库中没有名为“%1”的地点；请先导入或添加它。</translation>
    </message>
</context>
<context>
    <name>ExchangeDetailPane</name>
    <message>
        <location filename="../../ui/panes/exchangedetailpane.cpp" line="+26" />
        <source>Choose an exchange in the list to see its details.</source>
        <translation>在列表中选择一个交流项目以查看其详细信息。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Exchange detail</source>
        <translation>交流项目详情</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pairings:</source>
        <translation>结好关系：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Places:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Location:</source>
        <translation>举办地：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Institutions:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Participants:</source>
        <translation>参与者：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not known: no source gives the date.</source>
        <translation>未知：没有来源给出日期。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None: a national or multilateral event.</source>
        <translation>无：全国性或多边活动。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+3" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No source is recorded.</source>
        <translation>未记录来源。</translation>
    </message>
</context>
<context>
    <name>ExchangeEditor</name>
    <message>
        <location filename="../../ui/editors/exchangeeditor.ui" line="+16" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>2023, 2023-11 or 2023-11-03; empty if not known</source>
        <translation>2023、2023-11 或 2023-11-03；未知则留空</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Until:</source>
        <translation>截止(&amp;U)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the last day, for a programme that ran longer; else empty</source>
        <translation>持续较长的项目的最后一天；否则留空</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Field:</source>
        <translation>领域(&amp;F)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Mode:</source>
        <translation>形式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Location:</source>
        <translation>举办地(&amp;L)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Participants:</source>
        <translation>参与者(&amp;P)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Pairings</source>
        <translation>结好关系(&amp;P)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Institutions</source>
        <translation>机构(&amp;I)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/editors/exchangeeditor.cpp" line="+21" />
        <source>Edit Exchange</source>
        <translation>编辑交流项目</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New Exchange</source>
        <translation>新建交流项目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pairings</source>
        <translation>结好关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Institution…</source>
        <translation>新建机构(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;ew Source…</source>
        <translation>新建来源(&amp;E)…</translation>
    </message>
    <message>
        <location line="+74" />
        <source>the exchange “%1”</source>
        <translation>交流项目“%1”</translation>
    </message>
</context>
<context>
    <name>ExchangeListModel</name>
    <message>
        <location filename="../../app/models/exchangelistmodel.cpp" line="+44" />
        <location line="+9" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 – %2 and %3 more</source>
        <translation>%1 – %2 等另外 %3 个</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No source gives the date of this exchange.</source>
        <translation>没有来源给出此交流项目的日期。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not tied to one pairing (a national or multilateral event).</source>
        <translation>不属于某一个结好关系（全国性或多边活动）。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pairing</source>
        <translation>结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Location</source>
        <translation>举办地</translation>
    </message>
</context>
<context>
    <name>ExchangeRules</name>
    <message>
        <location filename="../../app/domain/exchangerules.cpp" line="+33" />
        <source>Give the exchange a title.</source>
        <translation>请为交流项目填写标题。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the field of the exchange.</source>
        <translation>请选择交流项目的领域。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose in person, online or hybrid.</source>
        <translation>请选择线下、线上或线上线下结合。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An end date needs a start date.</source>
        <translation>有结束日期就需要有开始日期。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The end comes before the start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>ExchangeStore</name>
    <message>
        <location filename="../../app/storage/exchangestore.cpp" line="+205" />
        <source>This exchange was changed or removed elsewhere since it was read (another window or another user). Refresh (F5) to see it as it is now, then make the change again.</source>
        <translation>此交流项目在读取后已在别处（另一个窗口或另一位用户）被更改或删除。请刷新（F5）查看其当前状态，然后重新进行更改。</translation>
    </message>
</context>
<context>
    <name>ExchangeTable</name>
    <message>
        <location filename="../../ui/report/exchangetable.cpp" line="+32" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+8" />
        <source>date not known</source>
        <translation>日期未知</translation>
    </message>
</context>
<context>
    <name>ExportChartOptions</name>
    <message>
        <location filename="../../app/cli/exportchartoptions.cpp" line="+44" />
        <source>Draws a chart of the database into a PNG, SVG or PDF file, without a window.</source>
        <translation>将数据库的图表绘制到 PNG、SVG 或 PDF 文件中，无需窗口。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Which chart: %1 (default timeline).</source>
        <translation>哪个图表：%1（默认 timeline）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File format: png, svg or pdf (default: the suffix of --out).</source>
        <translation>文件格式：png、svg 或 pdf（默认：取自 --out 的后缀）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The database (default: yours, created if missing).</source>
        <translation>数据库（默认：您的数据库，如不存在则创建）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Width and height in pixels (default 1600x900).</source>
        <translation>宽度和高度，以像素计（默认 1600x900）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pixels per inch of a PNG (default 96).</source>
        <translation>PNG 的每英寸像素数（默认 96）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The years the timeline spans (default 1979 to now).</source>
        <translation>时间轴覆盖的年份（默认从 1979 年至今）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FROM-TO</source>
        <translation>起-止</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Divide the timeline's bars by mode, not by field.</source>
        <translation>按形式而非领域划分时间轴的柱形。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart this one pairing's exchanges (its number).</source>
        <translation>仅绘制这一个结好关系的交流项目（其编号）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The title (default: the chart's own).</source>
        <translation>标题（默认：图表自身的标题）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--chart: “%1” is not one of %2.</source>
        <translation>--chart：“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--out: name the file to write.</source>
        <translation>--out：请指定要写入的文件。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--format: “%1” is not one of png, svg, pdf.</source>
        <translation>--format：“%1”不是 png、svg、pdf 之一。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--format: not given, and “%1” does not end in .png, .svg or .pdf.</source>
        <translation>--format：未指定，且“%1”不以 .png、.svg 或 .pdf 结尾。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--size: “%1” is not WIDTHxHEIGHT with each side 100 to 20000 pixels.</source>
        <translation>--size：“%1”不是“宽x高”的形式，或某一边不在 100 到 20000 像素之间。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--dpi: “%1” is not a number from 24 to 2400.</source>
        <translation>--dpi：“%1”不是 24 到 2400 之间的数字。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--years: “%1” is not a span of years such as 1979-2024.</source>
        <translation>--years：“%1”不是 1979-2024 这样的年份范围。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--pairing: “%1” is not a pairing's number.</source>
        <translation>--pairing：“%1”不是结好关系的编号。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>--%1: only the timeline takes it, not --chart %2.</source>
        <translation>--%1：只有时间轴接受此选项，--chart %2 不接受。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--pairing: the chart of one pairing shows all of its exchanges; leave out the filter options.</source>
        <translation>--pairing：单个结好关系的图表会显示其全部交流项目；请不要使用筛选选项。</translation>
    </message>
</context>
<context>
    <name>ExportDrawingDialog</name>
    <message>
        <location filename="../../ui/dialogs/exportdrawingdialog.cpp" line="+33" />
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SVG drawing (vector)</source>
        <translation>SVG 绘图（矢量）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF document (vector)</source>
        <translation>PDF 文档（矢量）</translation>
    </message>
    <message>
        <location line="+3" />
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+6" />
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location line="-4" />
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+61" />
        <source>“%1” exists already. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
    <message>
        <location line="+11" />
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Prints %1 × %2 cm</source>
        <translation>打印尺寸 %1 × %2 厘米</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A vector drawing: sharp at any size.</source>
        <translation>矢量绘图：在任何尺寸下都清晰。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/fileactions.cpp" line="+47" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export &amp;List…</source>
        <translation>导出列表(&amp;L)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export &amp;Map…</source>
        <translation>导出地图(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Print the Report of %1</source>
        <translation>打印 %1 的报告</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Report of %1 sent to %2</source>
        <translation>%1 的报告已发送到 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+29" />
        <source>Report of %1 written to %2</source>
        <translation>%1 的报告已写入 %2</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+4" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Export Pairings</source>
        <translation>导出结好关系</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export Exchanges</source>
        <translation>导出交流项目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pairings.csv</source>
        <translation>pairings.csv</translation>
    </message>
    <message>
        <location line="+0" />
        <source>exchanges.csv</source>
        <translation>exchanges.csv</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV，用于电子表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Writing %1 pairings…</source>
        <translation>正在写入 %1 个结好关系…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writing %1 exchanges…</source>
        <translation>正在写入 %1 个交流项目…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 pairings written to %2</source>
        <translation>已将 %1 个结好关系写入 %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 exchanges written to %2</source>
        <translation>已将 %1 个交流项目写入 %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Import Pairings, Exchanges or Places</source>
        <translation>导入结好关系、交流项目或地点</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CSV or JSON (*.csv *.txt *.json)</source>
        <translation>CSV 或 JSON (*.csv *.txt *.json)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON list (*.json)</source>
        <translation>JSON 列表 (*.json)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location line="+0" />
        <source>statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Chart exported to %1</source>
        <translation>图表已导出到 %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1" />
        <source>China–US sister pairings</source>
        <translation>中美友好城市与友好省州</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Map exported to %1</source>
        <translation>地图已导出到 %1</translation>
    </message>
</context>
<context>
    <name>FilledValues</name>
    <message>
        <location filename="../../app/storage/filledvalues.cpp" line="+14" />
        <source>A record this import filled in has been changed since (here or elsewhere). Nothing was taken back: undo that change first.</source>
        <translation>此次导入补充的一条记录此后已被更改（在此处或别处）。没有撤回任何内容：请先撤销那项更改。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A record the import was to fill in has been changed meanwhile (here or elsewhere). Nothing was imported: look at the file again.</source>
        <translation>导入要补充的一条记录在此期间已被更改（在此处或别处）。未导入任何内容：请重新查看文件。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/panes/filterbar.cpp" line="+33" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Search places (English, 中文, pinyin) and exchanges…</source>
        <translation>搜索地点（英文、中文、拼音）和交流项目…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relation</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Chinese province</source>
        <translation>中国省份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>US state</source>
        <translation>美国州</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Established from</source>
        <translation>缔结起始年份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Established until</source>
        <translation>缔结截止年份</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Gap in the records</source>
        <translation>记录中的缺失</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Exchange field</source>
        <translation>交流领域</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Exchange mode</source>
        <translation>交流形式</translation>
    </message>
    <message>
        <location line="-20" />
        <source>Exchanges from</source>
        <translation>交流起始年份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exchanges until</source>
        <translation>交流截止年份</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Has exchanges</source>
        <translation>有无交流项目</translation>
    </message>
    <message>
        <location line="-13" />
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Established:</source>
        <translation>缔结：</translation>
    </message>
    <message>
        <location line="+59" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Exchanges:</source>
        <translation>交流项目：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Status, gaps in the records, exchange mode, with or without exchanges</source>
        <translation>状态、记录中的缺失、交流形式、有无交流项目</translation>
    </message>
    <message>
        <location line="+88" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Any level</source>
        <translation>任意级别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any relation</source>
        <translation>任意关系类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status not recorded</source>
        <translation>未记录状态</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Any province</source>
        <translation>任意省份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any state</source>
        <translation>任意州</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With or without gaps</source>
        <translation>有或没有缺失</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any field</source>
        <translation>任意领域</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Any mode</source>
        <translation>任意形式</translation>
    </message>
    <message>
        <location line="+3" />
        <source>With or without exchanges</source>
        <translation>有或没有交流项目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With exchanges</source>
        <translation>有交流项目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Without exchanges</source>
        <translation>没有交流项目</translation>
    </message>
    <message>
        <location line="+59" />
        <source>&amp;More filters</source>
        <translation>更多筛选(&amp;M)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;More filters (1 set)</source>
        <translation>更多筛选（已设 1 项）(&amp;M)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;More filters (%1 set)</source>
        <translation>更多筛选（已设 %1 项）(&amp;M)</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <location filename="../../app/models/filterdescription.cpp" line="+31" />
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <location line="+0" />
        <source>up to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>1 pairing without a year is not shown</source>
        <translation>未显示 1 个年份未知的结好关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 pairings without a year are not shown</source>
        <translation>未显示 %1 个年份未知的结好关系</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Search: “%1”</source>
        <translation>搜索：“%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Level: %1</source>
        <translation>级别：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relation: %1</source>
        <translation>关系类型：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status: not recorded</source>
        <translation>状态：未记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Province: %1</source>
        <translation>省份：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State: %1</source>
        <translation>州：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Established %1</source>
        <translation>缔结于 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gap: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Field: %1</source>
        <translation>领域：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mode: %1</source>
        <translation>形式：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exchanges %1</source>
        <translation>交流项目 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pairings with exchanges</source>
        <translation>有交流项目的结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pairings without exchanges</source>
        <translation>没有交流项目的结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All pairings and exchanges, no filter</source>
        <translation>全部结好关系和交流项目，无筛选</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filters: %1</source>
        <translation>筛选：%1</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <location filename="../../app/cli/filteroptions.cpp" line="+32" />
        <source>--%1: “%2” is not one of %3.</source>
        <translation>--%1：“%2”不是 %3 之一。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>--%1: “%2” is not a year between %3 and %4.</source>
        <translation>--%1：“%2”不是 %3 到 %4 之间的年份。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--%1: “%2” is not an ISO 3166-2 code of the form %3-XX.</source>
        <translation>--%1：“%2”不是 %3-XX 形式的 ISO 3166-2 代码。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--%1: %2 comes after the end of the span, %3.</source>
        <translation>--%1：%2 晚于范围的结束年份 %3。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1" />
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep records naming these words (places, texts).</source>
        <translation>保留提到这些词语的记录（地点、文字）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>words</source>
        <translation>词语</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pairing level: %1.</source>
        <translation>结好关系级别：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relation: %1.</source>
        <translation>关系类型：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status: %1, or %2 for none recorded.</source>
        <translation>状态：%1，未记录状态用 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Chinese province, as an ISO code (CN-JS).</source>
        <translation>中国省份，使用 ISO 代码（CN-JS）。</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0" />
        <source>US state, as an ISO code (US-MO).</source>
        <translation>美国州，使用 ISO 代码（US-MO）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pairings established in or after this year.</source>
        <translation>在该年或之后缔结的结好关系。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pairings established in or before this year.</source>
        <translation>在该年或之前缔结的结好关系。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pairings whose records have this gap: %1 (a pairing without a status: --status %2).</source>
        <translation>记录有此缺失的结好关系：%1（无状态的结好关系：--status %2）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>gap</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exchange field: %1.</source>
        <translation>交流领域：%1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Exchange mode: %1.</source>
        <translation>交流形式：%1。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exchanges in or after this year.</source>
        <translation>在该年或之后的交流项目。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exchanges in or before this year.</source>
        <translation>在该年或之前的交流项目。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pairings with exchanges (yes) or without (no).</source>
        <translation>有交流项目（yes）或没有交流项目（no）的结好关系。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <location line="+38" />
        <source>--has-exchanges: “%1” is neither yes nor no.</source>
        <translation>--has-exchanges：“%1”既不是 yes 也不是 no。</translation>
    </message>
</context>
<context>
    <name>FirstRows</name>
    <message>
        <location filename="../../ui/dialogs/firstrows.cpp" line="+17" />
        <source>First rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>GeoJson</name>
    <message>
        <location filename="../../app/geo/geojson.cpp" line="+37" />
        <source>a ring of an outline has fewer than four positions.</source>
        <translation>轮廓的环少于四个坐标点。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a position is not a pair of numbers (longitude, latitude).</source>
        <translation>坐标点不是一对数字（经度、纬度）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a position lies off the globe: longitude %1, latitude %2.</source>
        <translation>坐标点不在地球上：经度 %1，纬度 %2。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a ring of an outline does not end where it begins.</source>
        <translation>轮廓的环的终点不是起点。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a polygon has no rings.</source>
        <translation>多边形没有环。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>a MultiPolygon has no polygons.</source>
        <translation>MultiPolygon 中没有多边形。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a feature is not an object.</source>
        <translation>要素不是对象。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>this is not GeoJSON of features (a Feature or a FeatureCollection).</source>
        <translation>这不是要素的 GeoJSON（Feature 或 FeatureCollection）。</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../app/commands/importcommand.cpp" line="+36" />
        <source>The column “%1” is chosen for more than one field; a column can be read as one field only.</source>
        <translation>列“%1”被选作多个字段；一列只能作为一个字段读取。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 has a header but no rows.</source>
        <translation>%1 有标题行，但没有数据行。</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+60" />
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location line="-46" />
        <source>Import pairings from %1</source>
        <translation>从 %1 导入结好关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import exchanges from %1</source>
        <translation>从 %1 导入交流项目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import places from %1</source>
        <translation>从 %1 导入地点</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was imported: %1 (and %2 more problems)</source>
        <translation>未导入任何内容：%1（另有 %2 个问题）</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Fill in 1 record held already from %1</source>
        <translation>从 %1 补充 1 条已有记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill in %1 records held already from %2</source>
        <translation>从 %2 补充 %1 条已有记录</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import 1 pairing from %1</source>
        <translation>从 %1 导入 1 个结好关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import %1 pairings from %2</source>
        <translation>从 %2 导入 %1 个结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import 1 exchange from %1</source>
        <translation>从 %1 导入 1 个交流项目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import %1 exchanges from %2</source>
        <translation>从 %2 导入 %1 个交流项目</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import 1 place from %1</source>
        <translation>从 %1 导入 1 个地点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import %1 places from %2</source>
        <translation>从 %2 导入 %1 个地点</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, filling in 1 record held already</source>
        <translation>%1，并补充 1 条已有记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, filling in %2 records held already</source>
        <translation>%1，并补充 %2 条已有记录</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/importdialog.cpp" line="+30" />
        <source>&amp;Fill in what the database does not know from rows of records it holds (merge)</source>
        <translation>用数据库已有记录的行补充数据库未知的内容（合并）(&amp;F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where the file says otherwise than the database (the database's values are kept):</source>
        <translation>文件与数据库不一致之处（保留数据库中的值）：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The file &amp;holds:</source>
        <translation>文件内容(&amp;H)：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pairings</source>
        <translation>结好关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exchanges</source>
        <translation>交流项目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Each field Bridges reads, and the column of your file it comes from. Columns are matched by name; change any that is wrong. A field with no column stays unknown.</source>
        <translation>Bridges 读取的每个字段，以及它取自您文件中的哪一列。列按名称匹配；如有错误请更改。没有对应列的字段保持未知。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Columns of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+11" />
        <location line="+15" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Column of the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Values the database knows are never replaced; the rows' sources are cited too. Undo takes it all back.</source>
        <translation>数据库已知的值永远不会被替换；这些行的来源也会被引用。撤销可将其全部恢复。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Differences from the database</source>
        <translation>与数据库的差异</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the database</source>
        <translation>数据库中</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;First rows</source>
        <translation>前几行(&amp;F)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Needed: a row says nothing without it. Bridges' own files call this column “%1”.</source>
        <translation>必需：没有它，一行就没有意义。Bridges 自己的文件将此列称为“%1”。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bridges' own files call this column “%1”.</source>
        <translation>Bridges 自己的文件将此列称为“%1”。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Column for %1</source>
        <translation>%1 对应的列</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+45" />
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose the column of your file that holds %1: no row says anything without it.</source>
        <translation>请选择文件中包含%1的列：没有它，任何一行都没有意义。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the columns of your file that hold %1: no row says anything without them.</source>
        <translation>请选择文件中包含%1的列：没有它们，任何一行都没有意义。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+55" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <location filename="../../app/io/importformats.cpp" line="+49" />
        <source>Chinese places, English names</source>
        <translation>中方地点，英文名称</translation>
    </message>
    <message>
        <location line="+2" />
        <source>US places, names</source>
        <translation>美方地点，名称</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Country (CN or US)</source>
        <translation>国家（CN 或 US）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+8" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Province or state</source>
        <translation>省份或州</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chinese place, English name</source>
        <translation>中方地点，英文名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chinese place, Chinese name</source>
        <translation>中方地点，中文名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chinese place, province</source>
        <translation>中方地点，省份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chinese place, latitude</source>
        <translation>中方地点，纬度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chinese place, longitude</source>
        <translation>中方地点，经度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>US place, name</source>
        <translation>美方地点，名称</translation>
    </message>
    <message>
        <location line="+1" />
        <source>US place, state</source>
        <translation>美方地点，州</translation>
    </message>
    <message>
        <location line="+1" />
        <source>US place, latitude</source>
        <translation>美方地点，纬度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>US place, longitude</source>
        <translation>美方地点，经度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Established</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source, web address</source>
        <translation>来源，网址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field</source>
        <translation>领域</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../ui/dialogs/importsummary.cpp" line="+35" />
        <source>1 place</source>
        <translation>1 个地点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 places</source>
        <translation>%1 个地点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1 source</source>
        <translation>1 个来源</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 sources</source>
        <translation>%1 个来源</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>%1, %2 and %3</source>
        <translation>%1、%2 和 %3</translation>
    </message>
    <message>
        <location line="-3" />
        <source>1 pairing</source>
        <translation>1 个结好关系</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 pairings</source>
        <translation>%1 个结好关系</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 exchange</source>
        <translation>1 个交流项目</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 exchanges</source>
        <translation>%1 个交流项目</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Importing adds %1.</source>
        <translation>导入将添加 %1。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>1 row has a problem, shown below; nothing can be imported until it is put right in the file. The other rows would add %1.</source>
        <translation>1 行有问题，见下方；在文件中改正之前无法导入任何内容。其余的行将添加 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 row has problems, listed below; nothing can be imported until they are put right in the file. The other rows would add %1.</source>
        <translation>1 行有多个问题，列于下方；在文件中改正之前无法导入任何内容。其余的行将添加 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 rows have problems, listed below; nothing can be imported until they are put right in the file. The other rows would add %2.</source>
        <translation>%1 行有问题，列于下方；在文件中改正之前无法导入任何内容。其余的行将添加 %2。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Left out, as the database holds them already: line %1.</source>
        <translation>已略过，因为数据库中已有：第 %1 行。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Left out, as the database holds them already: lines %1.</source>
        <translation>已略过，因为数据库中已有：第 %1 行。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Left out, as the database holds them already: lines %1 and %2 more.</source>
        <translation>已略过，因为数据库中已有：第 %1 行及另外 %2 行。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>One of them knows something the database does not: choose “Fill in” to merge it.</source>
        <translation>其中一行含有数据库不知道的信息：选择“补充”可将其合并。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 of them know something the database does not: choose “Fill in” to merge them.</source>
        <translation>其中 %1 行含有数据库不知道的信息：选择“补充”可将其合并。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The rows of records the database holds add nothing it does not know.</source>
        <translation>数据库已有记录的行没有提供数据库未知的信息。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filling in what the database does not know of records it holds, from line %1.</source>
        <translation>从第 %1 行补充数据库对已有记录未知的内容。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filling in what the database does not know of records it holds, from lines %1.</source>
        <translation>从第 %1 行补充数据库对已有记录未知的内容。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filling in what the database does not know of records it holds, from lines %1 and %2 more.</source>
        <translation>从第 %1 行及另外 %2 行补充数据库对已有记录未知的内容。</translation>
    </message>
</context>
<context>
    <name>InstitutionEditor</name>
    <message>
        <location filename="../../ui/editors/institutioneditor.ui" line="+16" />
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Web address:</source>
        <translation>网址(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/editors/institutioneditor.cpp" line="+21" />
        <source>Edit Institution %1</source>
        <translation>编辑机构 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New Institution</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+59" />
        <source>No place is called “%1”: choose one from the list, or leave it empty.</source>
        <translation>没有名为“%1”的地点：请从列表中选择，或留空。</translation>
    </message>
</context>
<context>
    <name>InstitutionKinds</name>
    <message>
        <location filename="../../app/domain/institution.cpp" line="+19" />
        <source>University</source>
        <translation>大学</translation>
    </message>
    <message>
        <location line="+1" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conservatory</source>
        <translation>音乐学院</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Association</source>
        <translation>协会</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Government office</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>InstitutionRules</name>
    <message>
        <location filename="../../app/domain/institutionrules.cpp" line="+15" />
        <source>Give the institution's English name.</source>
        <translation>请填写机构的英文名称。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose what kind of institution it is.</source>
        <translation>请选择机构的类型。</translation>
    </message>
</context>
<context>
    <name>InstitutionStore</name>
    <message>
        <location filename="../../app/storage/institutionstore.cpp" line="+55" />
        <source>This institution was changed or removed elsewhere since it was read (another window or another user). Refresh (F5) to see it as it is now, then make the change again.</source>
        <translation>此机构在读取后已在别处（另一个窗口或另一位用户）被更改或删除。请刷新（F5）查看其当前状态，然后重新进行更改。</translation>
    </message>
</context>
<context>
    <name>JsonLines</name>
    <message>
        <location filename="../../app/io/jsonlines.cpp" line="+98" />
        <source>this is not JSON (%1).</source>
        <translation>这不是 JSON（%1）。</translation>
    </message>
</context>
<context>
    <name>JsonListReader</name>
    <message>
        <location filename="../../app/io/jsonlistreader.cpp" line="+27" />
        <source>this is not a list of records: a JSON array of objects, as Bridges exports a list, was expected.</source>
        <translation>这不是记录列表：应为 JSON 对象数组，即 Bridges 导出列表的格式。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the list holds no records.</source>
        <translation>列表中没有记录。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>item %1 of the list is not a record (an object).</source>
        <translation>列表的第 %1 项不是记录（对象）。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>a list or an object where a text or a number was expected.</source>
        <translation>此处应为文本或数字，却是列表或对象。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/language.cpp" line="+99" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/languagemenu.cpp" line="+14" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LinkListEditor</name>
    <message>
        <location filename="../../ui/editors/linklisteditor.cpp" line="+18" />
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Type to find %1</source>
        <translation>输入以查找%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Linked %1</source>
        <translation>已关联的%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find %1 to add</source>
        <translation>查找要添加的%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add to the linked %1</source>
        <translation>添加到已关联的%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove from the linked %1</source>
        <translation>从已关联的%1中移除</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Record %1</source>
        <translation>记录 %1</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../app/io/listexport.cpp" line="+18" />
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+82" />
        <source>%1 – Bridges</source>
        <translation>%1 – Bridges</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+13" />
        <source>Pairings</source>
        <translation>结好关系</translation>
    </message>
    <message>
        <location line="-11" />
        <location line="+12" />
        <source>Exchanges</source>
        <translation>交流项目</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+39" />
        <source>&lt;b&gt;Read only.&lt;/b&gt; Your role on the server may read this database but not change it: editing, importing and undo are off. Ask the database's administrator for the right to write.</source>
        <translation>&lt;b&gt;只读。&lt;/b&gt;您在服务器上的角色可以读取此数据库，但不能更改：编辑、导入和撤销均已关闭。请向数据库管理员申请写入权限。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Read-only database</source>
        <translation>只读数据库</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (read only) – Bridges</source>
        <translation>%1（只读）– Bridges</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;The connection to the server was lost.&lt;/b&gt; Bridges is trying to connect again; what is shown may be out of date, and changes cannot be saved until then.</source>
        <translation>&lt;b&gt;与服务器的连接已断开。&lt;/b&gt;Bridges 正在尝试重新连接；显示的内容可能已过时，在此之前无法保存更改。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Connected to the server again.</source>
        <translation>已重新连接到服务器。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Taken: %1 Edit &gt; Undo takes it back.</source>
        <translation>已采用：%1“编辑 &gt; 撤销”即可撤回。</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location line="+138" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Connect to Server…</source>
        <translation>连接到服务器(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Places, &amp;Institutions and Sources…</source>
        <translation>地点、机构和来源(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Copy C&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;About Bridges</source>
        <translation>关于 Bridges(&amp;A)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+149" />
        <location line="+47" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pairings (%1)</source>
        <translation>结好关系（%1）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exchanges (%1)</source>
        <translation>交流项目（%1）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pairings: %1 of %2 · Exchanges: %3 of %4</source>
        <translation>结好关系：%1 / %2 · 交流项目：%3 / %4</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The pairings in this database against the latest official total, of %1</source>
        <translation>本数据库中的结好关系与 %1 的最新官方总数对比</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bridges</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Showing the exchanges of %1</source>
        <translation>正在显示 %1 的交流项目</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Chart copied</source>
        <translation>图表已复制</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No databases opened yet</source>
        <translation>尚未打开过数据库</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is no longer there: it was moved or removed.</source>
        <translation>%1 已不存在：它已被移动或删除。</translation>
    </message>
</context>
<context>
    <name>MapFile</name>
    <message>
        <location filename="../../ui/map/mapfile.cpp" line="+63" />
        <source>Outlines: Natural Earth (public domain), boundaries as controlled on the ground. Pairings: Bridges, from the sources each record cites.</source>
        <translation>轮廓：Natural Earth（公有领域），按实际控制范围绘制边界。结好关系：Bridges，依据每条记录引用的来源。</translation>
    </message>
</context>
<context>
    <name>MapPainter</name>
    <message>
        <location filename="../../ui/map/mappainter.cpp" line="+214" />
        <source>Province–state pairing</source>
        <translation>省州结好关系</translation>
    </message>
    <message>
        <location line="+0" />
        <source>City pairing</source>
        <translation>城市结好关系</translation>
    </message>
    <message>
        <location line="+6" />
        <source>1 pairing is not shown: a place has no coordinates.</source>
        <translation>1 个结好关系未显示：有地点没有坐标。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 pairings are not shown: a place has no coordinates.</source>
        <translation>%1 个结好关系未显示：有地点没有坐标。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The outlines could not all be read: %1</source>
        <translation>无法读取全部轮廓：%1</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../ui/map/mapview.cpp" line="+46" />
        <source>Map of the pairings</source>
        <translation>结好关系地图</translation>
    </message>
    <message>
        <location line="+28" />
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fit China–US</source>
        <translation>显示中美全貌</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show China and the US whole (0)</source>
        <translation>完整显示中国和美国（0）</translation>
    </message>
    <message>
        <location line="+148" />
        <source>%1: 1 pairing</source>
        <translation>%1：1 个结好关系</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2 pairings</source>
        <translation>%1：%2 个结好关系</translation>
    </message>
    <message>
        <location line="+7" />
        <source>year not known</source>
        <translation>年份未知</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 – %2
%3, %4</source>
        <translation>%1 – %2
%3，%4</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../../app/storage/migrator.cpp" line="+86" />
        <source>The schema script %1 is missing.</source>
        <translation>缺少架构脚本 %1。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The schema script %1 leaves a row of %2 referring to a missing row of %3.</source>
        <translation>架构脚本 %1 使 %2 中有一行引用了 %3 中不存在的行。</translation>
    </message>
</context>
<context>
    <name>OfficialCountEditor</name>
    <message>
        <location filename="../../ui/editors/officialcounteditor.ui" line="+11" />
        <source>The number of China–US sister pairs (provinces and states, cities) as an official body reported it, with the page that says so.</source>
        <translation>官方机构公布的中美友好省州和友好城市结好对数，以及载明该数字的网页。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>2023, 2022-04 or 2023-11-03</source>
        <translation>2023、2022-04 或 2023-11-03</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Total pairs:</source>
        <translation>总对数(&amp;T)：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Province/state pairs:</source>
        <translation>省州结好对数(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+11" />
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Cit&amp;y pairs:</source>
        <translation>城市结好对数(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/officialcounteditor.cpp" line="+24" />
        <source>Edit Official Total %1</source>
        <translation>编辑官方总数 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New Official Total</source>
        <translation>新建官方总数</translation>
    </message>
</context>
<context>
    <name>OfficialCountRows</name>
    <message>
        <location filename="../../app/io/officialcountrows.cpp" line="+31" />
        <source>the pairs by level add up to more than the total.</source>
        <translation>按级别统计的对数之和超过了总数。</translation>
    </message>
</context>
<context>
    <name>OfficialCountRules</name>
    <message>
        <location filename="../../app/domain/officialcountrules.cpp" line="+25" />
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Give the date the total was reported: a year (2023), a month (2022-04) or a day (2023-11-03).</source>
        <translation>请填写公布该总数的日期：年份（2023）、年月（2022-04）或完整日期（2023-11-03）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Give the total number of pairs.</source>
        <translation>请填写结好关系的总对数。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A total is at least 1.</source>
        <translation>总数至少为 1。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A number of pairs is never below 0.</source>
        <translation>对数不能小于 0。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The pairs by level add up to %1, more than the total of %2.</source>
        <translation>按级别分列的对数合计为 %1，超过了总数 %2。</translation>
    </message>
</context>
<context>
    <name>OfficialCountStore</name>
    <message>
        <location filename="../../app/storage/officialcountstore.cpp" line="+97" />
        <source>This official total was changed or removed elsewhere since it was read (another window or another user). Refresh (F5) to see it as it is now, then make the change again.</source>
        <translation>自读取以来，此官方总数已在别处被更改或删除（另一个窗口或另一位用户）。请刷新（F5）查看其当前状态，然后重新进行更改。</translation>
    </message>
</context>
<context>
    <name>OfficialTotals</name>
    <message>
        <location filename="../../app/models/officialtotals.cpp" line="+43" />
        <source>%1 of %2 officially counted pairs</source>
        <translation>官方统计 %2 对中的 %1 对</translation>
    </message>
</context>
<context>
    <name>PairingDetailPane</name>
    <message>
        <location filename="../../ui/panes/pairingdetailpane.ui" line="+15" />
        <source>Choose a pairing in the list to see its places, dates, exchanges and sources.</source>
        <translation>在列表中选择一个结好关系以查看其地点、日期、交流项目和来源。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>China:</source>
        <translation>中国：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>United States:</source>
        <translation>美国：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Relation:</source>
        <translation>关系类型：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Established:</source>
        <translation>缔结时间：</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Exchanges</source>
        <translation>交流项目</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/panes/pairingdetailpane.cpp" line="+26" />
        <source>Pairing detail</source>
        <translation>结好关系详情</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Show in Exchanges Tab</source>
        <translation>在“交流项目”标签页中显示(&amp;S)</translation>
    </message>
    <message>
        <location line="+81" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Exchanges (%n)</source>
        <translation>
            <numerusform>交流项目（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Sources (%n)</source>
        <translation>
            <numerusform>来源（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>No source is recorded.</source>
        <translation>未记录来源。</translation>
    </message>
</context>
<context>
    <name>PairingEditor</name>
    <message>
        <location filename="../../ui/editors/pairingeditor.ui" line="+16" />
        <source>Place in &amp;China:</source>
        <translation>中国地点(&amp;C)：</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+33" />
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="-32" />
        <source>New Place in China</source>
        <translation>新建中国地点</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+33" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="-32" />
        <source>Edit the place in China</source>
        <translation>编辑中国地点</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Place in the &amp;United States:</source>
        <translation>美国地点(&amp;U)：</translation>
    </message>
    <message>
        <location line="+15" />
        <source>New Place in the United States</source>
        <translation>新建美国地点</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Edit the place in the United States</source>
        <translation>编辑美国地点</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Relation:</source>
        <translation>关系类型(&amp;R)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Established:</source>
        <translation>缔结时间(&amp;E)：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>1979, 1979-11 or 1979-11-02; empty if no source gives it</source>
        <translation>1979、1979-11 或 1979-11-02；没有来源给出则留空</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/pairingeditor.cpp" line="+53" />
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit Pairing %1</source>
        <translation>编辑结好关系 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New Pairing</source>
        <translation>新建结好关系</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+17" />
        <source>New place in China</source>
        <translation>新建中国地点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New place in the United States</source>
        <translation>新建美国地点</translation>
    </message>
</context>
<context>
    <name>PairingExchangesModel</name>
    <message>
        <location filename="../../app/models/pairingexchangesmodel.cpp" line="+33" />
        <source>No source gives the date of this exchange.</source>
        <translation>没有来源给出此交流项目的日期。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PairingFacts</name>
    <message>
        <location filename="../../ui/panes/pairingfacts.cpp" line="+19" />
        <source>Not known: no source gives the date.</source>
        <translation>未知：没有来源给出日期。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+6" />
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PairingListModel</name>
    <message>
        <location filename="../../app/models/pairinglistmodel.cpp" line="+78" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No source gives the date this pairing was established.</source>
        <translation>没有来源给出此结好关系的缔结日期。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The data does not say which state this place is in.</source>
        <translation>数据中未说明此地点位于哪个州。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Chinese place</source>
        <translation>中国地点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+2" />
        <source>US place</source>
        <translation>美国地点</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>州</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Relation</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Established</source>
        <translation>缔结时间</translation>
    </message>
</context>
<context>
    <name>PairingReport</name>
    <message>
        <location filename="../../ui/report/pairingreport.cpp" line="+43" />
        <source>No pairing has the number %1.</source>
        <translation>没有编号为 %1 的结好关系。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>PairingRows</name>
    <message>
        <location filename="../../app/io/pairingrows.cpp" line="+75" />
        <source>the same pairing already stands on line %1.</source>
        <translation>相同的结好关系已出现在第 %1 行。</translation>
    </message>
</context>
<context>
    <name>PairingRules</name>
    <message>
        <location filename="../../app/domain/pairingrules.cpp" line="+21" />
        <source>Choose the place in China.</source>
        <translation>请选择中国的地点。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the place in the United States.</source>
        <translation>请选择美国的地点。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not in China.</source>
        <translation>%1 不在中国。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not in the United States.</source>
        <translation>%1 不在美国。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a %2, not a %3: both places of a pairing are at its level.</source>
        <translation>%1 是%2，而不是%3：结好关系的两个地点须与其级别一致。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Choose sister or friendship.</source>
        <translation>请选择“友好”或“友好交流”。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the level of the pairing.</source>
        <translation>请选择结好关系的级别。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a status, or leave it unknown.</source>
        <translation>请选择状态，或保持未知。</translation>
    </message>
</context>
<context>
    <name>PairingStore</name>
    <message>
        <location filename="../../app/storage/pairingstore.cpp" line="+104" />
        <source>This pairing was changed or removed elsewhere since it was read (another window or another user). Refresh (F5) to see it as it is now, then make the change again.</source>
        <translation>此结好关系在读取后已在别处（另一个窗口或另一位用户）被更改或删除。请刷新（F5）查看其当前状态，然后重新进行更改。</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <location filename="../../app/domain/partialdate.cpp" line="+50" />
        <source>“%1” is not a date: write a year (1979), a year and month (1980-01) or a full date (2023-11-03).</source>
        <translation>“%1”不是日期：请写年份（1979）、年月（1980-01）或完整日期（2023-11-03）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The year %1 is out of range.</source>
        <translation>年份 %1 超出范围。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>“%1”: month %2 does not exist; months run from 01 to 12.</source>
        <translation>“%1”：月份 %2 不存在；月份为 01 到 12。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1”: day %2 does not exist in that month.</source>
        <translation>“%1”：该月没有第 %2 日。</translation>
    </message>
    <message>
        <location line="+40" />
        <source>MMM yyyy</source>
        <extracomment>Date format (QDate) for a date known to the month, e.g. "Jan 1980".</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+5" />
        <source>d MMM yyyy</source>
        <extracomment>Date format (QDate) for a full date, e.g. "3 Nov 2023".</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>PlaceChoicesModel</name>
    <message>
        <location filename="../../app/models/placechoicesmodel.cpp" line="+73" />
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message>
        <location filename="../../ui/editors/placeeditor.ui" line="+16" />
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Pinyin:</source>
        <translation>拼音(&amp;P)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Province or state:</source>
        <translation>省份或州(&amp;P)：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Latitude:</source>
        <translation>纬度(&amp;L)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>degrees north, e.g. 32.06; empty if not known</source>
        <translation>北纬度数，例如 32.06；未知则留空</translation>
    </message>
    <message>
        <location line="+5" />
        <source>L&amp;ongitude:</source>
        <translation>经度(&amp;O)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>degrees east, e.g. 118.78 or -90.2; empty if not known</source>
        <translation>东经度数，例如 118.78 或 -90.2；未知则留空</translation>
    </message>
    <message>
        <location filename="../../ui/editors/placeeditor.cpp" line="+24" />
        <source>Edit Place %1</source>
        <translation>编辑地点 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New Place in China</source>
        <translation>新建中国地点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New Place in the United States</source>
        <translation>新建美国地点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location line="+0" />
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+5" />
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>PlaceNamesMenu</name>
    <message>
        <location filename="../../ui/placenamesmenu.cpp" line="+26" />
        <source>&amp;English</source>
        <translation>英文(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Chinese</source>
        <translation>中文(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Both</source>
        <translation>中英文(&amp;B)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Place &amp;Names</source>
        <translation>地名(&amp;N)</translation>
    </message>
</context>
<context>
    <name>PlaceRows</name>
    <message>
        <location filename="../../app/io/placerows.cpp" line="+30" />
        <source>“%1” is neither CN (China) nor US (the United States).</source>
        <translation>“%1”既不是 CN（中国）也不是 US（美国）。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the same place already stands on line %1.</source>
        <translation>相同的地点已出现在第 %1 行。</translation>
    </message>
</context>
<context>
    <name>PlaceRules</name>
    <message>
        <location filename="../../app/domain/placerules.cpp" line="+27" />
        <source>“%1” is not a number of degrees, such as 32.06 or -90.2.</source>
        <translation>“%1”不是度数，例如 32.06 或 -90.2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A latitude lies between -90 and 90.</source>
        <translation>纬度应在 -90 到 90 之间。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A longitude lies between -180 and 180.</source>
        <translation>经度应在 -180 到 180 之间。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Give the place's English name.</source>
        <translation>请填写地点的英文名称。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose China or the United States.</source>
        <translation>请选择中国或美国。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose what kind of place it is.</source>
        <translation>请选择地点的类型。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A place cannot lie within itself.</source>
        <translation>地点不能位于其自身之内。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A province or state lies within no other province or state.</source>
        <translation>省份或州不位于其他省份或州之内。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give both coordinates, or neither if no source gives them.</source>
        <translation>请同时填写两个坐标；如果没有来源给出，则都不填。</translation>
    </message>
</context>
<context>
    <name>PlaceStore</name>
    <message>
        <location filename="../../app/storage/placestore.cpp" line="+84" />
        <source>This place was changed or removed elsewhere since it was read. Refresh (F5) to see it as it is now, then make the change again.</source>
        <translation>此地点在读取后已在别处被更改或删除。请刷新（F5）查看其当前状态，然后重新进行更改。</translation>
    </message>
</context>
<context>
    <name>PlaceText</name>
    <message>
        <location filename="../../ui/panes/placetext.cpp" line="+37" />
        <source>%1° N</source>
        <translation>北纬 %1°</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1° S</source>
        <translation>南纬 %1°</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1° E</source>
        <translation>东经 %1°</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1° W</source>
        <translation>西经 %1°</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>province-level division</source>
        <translation>省级行政区</translation>
    </message>
    <message>
        <location line="+0" />
        <source>state</source>
        <translation>州</translation>
    </message>
    <message>
        <location line="+4" />
        <source>province not recorded</source>
        <translation>未记录省份</translation>
    </message>
    <message>
        <location line="+0" />
        <source>state not recorded</source>
        <translation>未记录州</translation>
    </message>
    <message>
        <location line="+2" />
        <source>coordinates not known</source>
        <translation>坐标未知</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3</translation>
    </message>
</context>
<context>
    <name>RecordCounter</name>
    <message>
        <location filename="../../app/models/recordcounter.cpp" line="+25" />
        <source>Could not open a second connection to count records.</source>
        <translation>无法打开第二个连接来统计记录。</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../../app/models/recordlistmodel.cpp" line="+19" />
        <location line="+8" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+7" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+7" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Province or state</source>
        <translation>省份或州</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pairings</source>
        <translation>结好关系</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <location line="+8" />
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Exchanges</source>
        <translation>交流项目</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cited by</source>
        <translation>被引用于</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pairing</source>
        <translation>结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Province/state pairs</source>
        <translation>省州结好对数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City pairs</source>
        <translation>城市结好对数</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+90" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+60" />
        <location line="+8" />
        <location line="+10" />
        <location line="+21" />
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="-36" />
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location line="+0" />
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../ui/panes/recordlistpage.cpp" line="+19" />
        <location line="+51" />
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+52" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+55" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="-44" />
        <location line="+1" />
        <source>Find %1</source>
        <translation>查找%1</translation>
    </message>
    <message>
        <location line="+126" />
        <source>%1 %2</source>
        <translation>%1 个%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 of %2 %3</source>
        <translation>%1 / %2 个%3</translation>
    </message>
</context>
<context>
    <name>RecordRemoval</name>
    <message>
        <location filename="../../app/storage/recordremoval.cpp" line="+43" />
        <source>1 pairing</source>
        <translation>1 个结好关系</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 pairings</source>
        <translation>%1 个结好关系</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 exchange</source>
        <translation>1 个交流项目</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 exchanges</source>
        <translation>%1 个交流项目</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 place inside it</source>
        <translation>其中的 1 个地点</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 places inside it</source>
        <translation>其中的 %1 个地点</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 institution</source>
        <translation>1 个机构</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 institutions</source>
        <translation>%1 个机构</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+10" />
        <source>It is still in use by %1. Change or delete those first; nothing was deleted.</source>
        <translation>它仍被%1使用。请先更改或删除它们；未删除任何内容。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>It was changed or removed elsewhere since it was read (another window or another user). Refresh (F5) to see it as it is now.</source>
        <translation>它在读取后已在别处（另一个窗口或另一位用户）被更改或删除。请刷新（F5）查看其当前状态。</translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <location filename="../../app/storage/recordtables.cpp" line="+18" />
        <source>Bridges has no table called “%1”.</source>
        <translation>Bridges 没有名为“%1”的表。</translation>
    </message>
    <message>
        <location line="+82" />
        <source>The table %1 has no column “%2”.</source>
        <translation>表 %1 没有列“%2”。</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <location filename="../../ui/dialogs/recordsdialog.cpp" line="+21" />
        <source>places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1" />
        <source>institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1" />
        <source>official totals</source>
        <translation>官方总数</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Places, Institutions and Sources</source>
        <translation>地点、机构和来源</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Places</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Institutions</source>
        <translation>机构(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Official &amp;Totals</source>
        <translation>官方总数(&amp;T)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Place in &amp;China…</source>
        <translation>中国地点(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Place in the &amp;United States…</source>
        <translation>美国地点(&amp;U)…</translation>
    </message>
    <message>
        <location line="+143" />
        <location line="+11" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-10" />
        <source>“%1” is still in use by %2, so it stays. Change or delete those first.</source>
        <translation>“%1”仍被%2使用，因此保留。请先更改或删除它们。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete the official total “%1”? Undo brings it back.</source>
        <translation>删除官方总数“%1”？撤销可将其恢复。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete “%1”? Nothing names it. Undo brings it back.</source>
        <translation>删除“%1”？没有记录引用它。撤销可将其恢复。</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <location filename="../../ui/report/reportfile.cpp" line="+96" />
        <source>Cannot print on “%1”.</source>
        <translation>无法在“%1”上打印。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cannot print into “%1”.</source>
        <translation>无法打印到“%1”。</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../app/cli/reportoptions.cpp" line="+22" />
        <source>Writes the report of one pairing into a PDF file, without a window: both places, relation, date and sources, its exchanges, its timeline and its arc on the map.</source>
        <translation>将一个结好关系的报告写入 PDF 文件，无需窗口：双方地点、关系类型、日期和来源、其交流项目、时间轴以及地图上的连线。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The pairing to report on (its number).</source>
        <translation>要生成报告的结好关系（其编号）。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The database: a file, or postgresql://user@host/database (default: yours, created if missing).</source>
        <translation>数据库：一个文件，或 postgresql://user@host/database（默认：您的数据库，不存在时会创建）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--pairing: give the number of the pairing to report on.</source>
        <translation>--pairing：请给出要生成报告的结好关系的编号。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--pairing: “%1” is not a pairing's number.</source>
        <translation>--pairing：“%1”不是结好关系的编号。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--out: give the PDF file to write.</source>
        <translation>--out：请给出要写入的 PDF 文件。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--out: a report is a PDF file; give a name ending in .pdf, not “%1”.</source>
        <translation>--out：报告是 PDF 文件；请给出以 .pdf 结尾的文件名，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <location filename="../../ui/report/reportpainter.cpp" line="+73" />
        <source>In China</source>
        <translation>中国方</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In the United States</source>
        <translation>美国方</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Relation</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Established</source>
        <translation>缔结时间</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Sources (%n)</source>
        <translation>
            <numerusform>来源（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>No source is recorded.</source>
        <translation>未记录来源。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Exchanges and pairings by year</source>
        <translation>按年份统计的交流项目与结好关系</translation>
    </message>
    <message>
        <location line="+14" />
        <source>On the map, among all pairings</source>
        <translation>在地图上，置于所有结好关系之中</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Exchanges (%n)</source>
        <translation>
            <numerusform>交流项目（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>No exchange is recorded for this pairing.</source>
        <translation>此结好关系没有记录交流项目。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>… and one more exchange</source>
        <translation>……另有 1 个交流项目</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>… and %n more exchanges</source>
        <translation>
            <numerusform>……另有 %n 个交流项目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59" />
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 · from %2 · made with Bridges on %3</source>
        <translation>%1 · 来自 %2 · 由 Bridges 于 %3 制作</translation>
    </message>
</context>
<context>
    <name>ReportVerb</name>
    <message>
        <location filename="../../app/reportverb.cpp" line="+60" />
        <source>%1: --pairing: no pairing has the number %2 in this database.
</source>
        <translation>%1：--pairing：此数据库中没有编号为 %2 的结好关系。
</translation>
    </message>
</context>
<context>
    <name>RowBatch</name>
    <message>
        <location filename="../../app/storage/rowbatch.cpp" line="+121" />
        <source>%1, row %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1, rows %2–%3: %4</source>
        <translation>%1，第 %2–%3 行：%4</translation>
    </message>
</context>
<context>
    <name>RowReader</name>
    <message>
        <location filename="../../app/io/rowreader.cpp" line="+17" />
        <source>a value is required.</source>
        <translation>必须填写一个值。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>“%1” is not one of: %2.</source>
        <translation>“%1”不是以下值之一：%2。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>“%1” is not a whole number of at least %2.</source>
        <translation>“%1”不是不小于 %2 的整数。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>“%1” is not a number between -%2 and %2.</source>
        <translation>“%1”不是 -%2 到 %2 之间的数字。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>latitude and longitude must both be given or both be empty.</source>
        <translation>纬度和经度必须都填写或都留空。</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <location filename="../../app/domain/serveraddress.cpp" line="+37" />
        <source>A server's address begins with postgresql://</source>
        <translation>服务器地址以 postgresql:// 开头</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server's address has no host name: write postgresql://user@host:port/database</source>
        <translation>服务器地址中没有主机名：请写作 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server's address names no database: write postgresql://user@%1:%2/database</source>
        <translation>服务器地址中没有指定数据库：请写作 postgresql://user@%1:%2/database</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server's address names no user: write postgresql://user@%1/%2</source>
        <translation>服务器地址中没有指定用户：请写作 postgresql://user@%1/%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server's address has an option Bridges does not know: %1 (it knows sslmode)</source>
        <translation>服务器地址中有 Bridges 不认识的选项：%1（它只认识 sslmode）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>sslmode=%1 is not one of disable, prefer, require, verify-full</source>
        <translation>sslmode=%1 不是 disable、prefer、require、verify-full 之一</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 on %2:%3 as %4</source>
        <translation>%2:%3 上的 %1，用户 %4</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../app/session.cpp" line="+93" />
        <location line="+28" />
        <location line="+14" />
        <location line="+16" />
        <source>Bridges</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <location line="-29" />
        <source>%1 is the database in use: a new one cannot take its place. Choose another name.</source>
        <translation>%1 是正在使用的数据库：新数据库不能取代它。请另选一个名称。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The password could not be kept in the system keychain: %1. You will be asked for it next time.</source>
        <translation>无法将密码保存在系统密钥链中：%1。下次将再次询问您。</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <location filename="../../ui/dialogs/shortcutlist.cpp" line="+34" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+11" />
        <source>In a list</source>
        <translation>在列表中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the chosen record</source>
        <translation>编辑所选记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the chosen record</source>
        <translation>删除所选记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back to the search box</source>
        <translation>回到搜索框</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the search box</source>
        <translation>在搜索框中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search now and go to the first row of the list</source>
        <translation>立即搜索并转到列表的第一行</translation>
    </message>
    <message>
        <location line="+2" />
        <source>On the map</source>
        <translation>在地图上</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit China and the United States</source>
        <translation>显示中国和美国全貌</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../../ui/editors/sourceeditor.ui" line="+16" />
        <source>Cited for:</source>
        <translation>引用于：</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Web address:</source>
        <translation>网址(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Publisher:</source>
        <translation>发布者(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/editors/sourceeditor.cpp" line="+16" />
        <source>Cite a Source</source>
        <translation>引用来源</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Edit Source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New Source</source>
        <translation>新建来源</translation>
    </message>
</context>
<context>
    <name>SourceRules</name>
    <message>
        <location filename="../../app/domain/sourcerules.cpp" line="+15" />
        <source>Give the source's web address, its title, or both.</source>
        <translation>请填写来源的网址、标题，或两者都填。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>“%1” is not a web address: write it as https://… or http://….</source>
        <translation>“%1”不是网址：请写作 https://… 或 http://…。</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <location filename="../../app/storage/sourcestore.cpp" line="+56" />
        <source>This source was changed or removed elsewhere since it was read (another window or another user). Refresh (F5) to see it as it is now, then make the change again.</source>
        <translation>此来源在读取后已在别处（另一个窗口或另一位用户）被更改或删除。请刷新（F5）查看其当前状态，然后重新进行更改。</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <location filename="../../ui/panes/sourcetext.cpp" line="+25" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Bridges</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The link could not be opened: no web browser answered. Its address is below; copy it into a browser to open it.</source>
        <translation>无法打开此链接：没有网页浏览器响应。其地址在下方；请将其复制到浏览器中打开。</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <location filename="../../app/storage/sqlquery.cpp" line="+23" />
        <source>The database refused “%1”: %2</source>
        <translation>数据库拒绝了“%1”：%2</translation>
    </message>
</context>
<context>
    <name>StatisticsCounter</name>
    <message>
        <location filename="../../app/models/statisticscounter.cpp" line="+24" />
        <source>Could not open a second connection to count records.</source>
        <translation>无法打开第二个连接来统计记录。</translation>
    </message>
</context>
<context>
    <name>TextTable</name>
    <message>
        <location filename="../../app/io/texttable.cpp" line="+24" />
        <source>the header names this column twice.</source>
        <translation>标题行中此列名出现了两次。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the header has no column “%1”.</source>
        <translation>标题行中没有列“%1”。</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../ui/chart/timelinechart.cpp" line="+84" />
        <source>Per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pairings to date</source>
        <translation>累计结好关系</translation>
    </message>
    <message>
        <location line="+255" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Exchanges: %1</source>
        <translation>交流项目：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New pairings: %1</source>
        <translation>新增结好关系：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pairings with a known year: %1</source>
        <translation>已知年份的结好关系：%1</translation>
    </message>
</context>
<context>
    <name>TimelineSeries</name>
    <message>
        <location filename="../../app/models/timelineseries.cpp" line="+213" />
        <source>Official totals</source>
        <translation>官方总数</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (official, %2)</source>
        <translation>%1（官方，%2）</translation>
    </message>
    <message>
        <location line="+46" />
        <source>New pairings</source>
        <translation>新增结好关系</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pairings with a known year</source>
        <translation>已知年份的结好关系</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../../app/storage/transaction.cpp" line="+31" />
        <source>Could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Could not save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../ui/panes/undohistory.cpp" line="+11" />
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&lt;as opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
</context>
<context>
    <name>UpdateDataVerb</name>
    <message>
        <location filename="../../app/cli/updatedataverb.cpp" line="+31" />
        <source>  %1 (%2), %3: yours “%4”, the edition's “%5”
</source>
        <translation>  %1（%2），%3：您的为“%4”，该版本的为“%5”
</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Brings a database made from an older edition of the data Bridges ships up to this one: new records are added, unknown values filled in and corrections made, in one step. Values you changed are kept where the edition says otherwise, and listed; records you deleted are not brought back; records you added are not touched.</source>
        <translation>将由 Bridges 附带数据的旧版本创建的数据库更新到此版本：一步完成添加新记录、补充未知值并进行更正。若该版本与您更改过的值不同，则保留您的值并列出；您删除的记录不会恢复；您添加的记录不受影响。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Report what would change; write nothing.</source>
        <translation>报告将发生的更改；不写入任何内容。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 holds data edition %2, the latest this Bridges ships: nothing to do.
</source>
        <translation>%1 已是数据版本 %2，即此 Bridges 附带的最新版本：无需操作。
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 holds data edition %2.
</source>
        <translation>%1 当前为数据版本 %2。
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>1 record of the earlier edition was found by its names (this database was made before records had ids); it takes its id now.</source>
        <translation>按名称找到旧版本的 1 条记录（此数据库创建时记录尚无编号）；现在为其加上编号。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 records of the earlier edition were found by their names (this database was made before records had ids); they take their ids now.</source>
        <translation>按名称找到旧版本的 %1 条记录（此数据库创建时记录尚无编号）；现在为其加上编号。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your values, kept where the edition gives others:</source>
        <translation>您的值（该版本给出的值不同，予以保留）：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records of the earlier edition deleted here, not brought back:</source>
        <translation>旧版本中已在此删除的记录，不予恢复：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records of the earlier edition not found here (deleted or renamed); not added (the window's review can add them):</source>
        <translation>旧版本中在此未找到的记录（已删除或已改名）；未添加（可在窗口的审阅中添加）：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Records of the edition added here already, left as they are:</source>
        <translation>该版本中已在此添加的记录，保持原样：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Records that cannot be added:</source>
        <translation>无法添加的记录：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was written (dry run).
</source>
        <translation>没有写入任何内容（试运行）。
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 now holds data edition %2.
</source>
        <translation>%1 现为数据版本 %2。
</translation>
    </message>
</context>
<context>
    <name>VerbLine</name>
    <message>
        <location filename="../../app/cli/verbline.cpp" line="+14" />
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The database (default: yours, created from the shipped data if missing).</source>
        <translation>数据库（默认：您的数据库，若不存在则由附带数据创建）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+16" />
        <source>unexpected argument “%1”.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The language of what it says and draws: en, zh_CN or system (default: as chosen under View &gt; Language, else the system's).</source>
        <translation>其输出与绘图所用的语言：en、zh_CN 或 system（默认：“视图 &gt; 语言”中的选择，否则跟随系统）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../app/domain/vocabulary.cpp" line="+19" />
        <source>Province / state</source>
        <translation>省 / 州</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location line="+1" />
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location line="+1" />
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sister</source>
        <translation>友好</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Friendship</source>
        <translation>友好交流</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dormant</source>
        <translation>停滞</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Science</source>
        <translation>科技</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Art</source>
        <translation>艺术</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tourism</source>
        <translation>旅游</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Business</source>
        <translation>商贸</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sports</source>
        <translation>体育</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Health</source>
        <translation>卫生</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Youth</source>
        <translation>青少年</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In person</source>
        <translation>线下</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hybrid</source>
        <translation>线上线下结合</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+82" />
        <source>%1: --%2: no %3 has the code “%4” in this database.
</source>
        <translation>%1：--%2：此数据库中没有代码为“%4”的%3。
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+0" />
        <source>state</source>
        <translation>州</translation>
    </message>
    <message>
        <location line="+14" />
        <source>China–US sister pairings</source>
        <translation>中美友好城市与友好省州</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1: --pairing: no pairing has the number %2.
</source>
        <translation>%1：--pairing：没有编号为 %2 的结好关系。
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One pairing and all of its exchanges</source>
        <translation>一个结好关系及其全部交流项目</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Your database: %1
It is made from the shipped data on the first start. To open another, name it:
  bridges FILE          a database file (a new name makes a new one)
  bridges postgresql://user@host:port/database   a team's, on a server
In the window: File &gt; Open…, File &gt; New Database… or File &gt; Connect to Server….
The commands above name theirs with --db FILE (copy-db: --from, --to).</source>
        <translation>您的数据库：%1
首次启动时由附带的数据创建。要打开其他数据库，请指定它：
  bridges FILE          一个数据库文件（新名称会新建一个）
  bridges postgresql://user@host:port/database   团队在服务器上的数据库
在窗口中：文件 &gt; 打开…、文件 &gt; 新建数据库… 或 文件 &gt; 连接到服务器…。
上述命令用 --db FILE 指定数据库（copy-db：--from、--to）。</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Browse, chart and edit China–US sister-city pairings and their exchanges.

Commands (each with --help):
  export-chart   draw a chart into a PNG, SVG or PDF file, without a window
  export-map     draw the map of the pairings into such a file (export-chart
                 --chart map)
  report         write the report of one pairing into a PDF file, without a window
  export         write pairings, exchanges or the whole database to CSV or JSON
  import         load pairings, exchanges or places from CSV or JSON, or a whole
                 database written by export into an empty one
  check          check a database and count its records
  update-data    bring a database up to the data edition this Bridges ships
  copy-db        copy every record into an empty database (a file, or a
                 PostgreSQL server's postgresql://user@host:port/database)</source>
        <translation>浏览、绘制图表并编辑中美友好城市结好关系及其交流项目。

命令（均可加 --help）：
  export-chart   将图表绘制到 PNG、SVG 或 PDF 文件中，无需窗口
  export-map     将结好关系地图绘制到此类文件中（export-chart
                 --chart map）
  report         将一个结好关系的报告写入 PDF 文件，无需窗口
  export         将结好关系、交流项目或整个数据库写入 CSV 或 JSON
  import         从 CSV 或 JSON 载入结好关系、交流项目或地点，或将
                 export 写出的整个数据库载入一个空数据库
  check          检查数据库并统计其记录
  update-data    将数据库更新到此 Bridges 附带的数据版本
  copy-db        将所有记录复制到一个空数据库中（一个文件，或
                 PostgreSQL 服务器的 postgresql://user@host:port/database）</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The database to open: a file (made from the shipped data if it is new), or a server's database: postgresql://user@host:port/database. Without one, your database, named above.</source>
        <translation>要打开的数据库：一个文件（若为新文件，则由附带的数据创建），或服务器上的数据库：postgresql://user@host:port/database。未指定时，打开上面所说的您的数据库。</translation>
    </message>
    <message>
        <location line="-8" />
        <source>The language of the interface: en, zh_CN or system (default: as chosen under View &gt; Language, else the system's).</source>
        <translation>界面语言：en、zh_CN 或 system（默认：“视图 &gt; 语言”中的选择，否则跟随系统）。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>bridges: %1
Try 'bridges --help'.
</source>
        <translation>bridges：%1
请尝试 'bridges --help'。
</translation>
    </message>
    <message>
        <location line="+14" />
        <source>bridges: give at most one database.
</source>
        <translation>bridges：最多只能指定一个数据库。
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>bridges: --language: “%1” is not one of en, zh_CN, system.
</source>
        <translation>bridges：--language：“%1”不是 en、zh_CN、system 之一。
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Bridges</source>
        <translation>Bridges</translation>
    </message>
</context>
</TS>