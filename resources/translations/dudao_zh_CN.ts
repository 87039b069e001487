<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <source>About dudao-desktop</source>
        <translation>关于 dudao-desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;dudao-desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;dudao-desktop 机构编制大督导&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Offline desktop application for establishment supervision campaigns: plan, inspect units on laptops without network, merge the work, track rectification and keep the three ledgers.</source>
        <translation>机构编制大督导离线桌面应用：制定方案，在无网络的笔记本上督导各单位，汇总各组工作，跟踪问题整改，管理三项台账。</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>许可证：GNU 通用公共许可证第 3 版或更高版本。</translation>
    </message>
    <message>
        <source>Bundled font: WenQuanYi Micro Hei, licensed under the Apache License 2.0 or the GPL version 3 with the font embedding exception:</source>
        <translation>内置字体：文泉驿微米黑，按 Apache 许可证 2.0 或附字体嵌入例外的 GPL 第 3 版授权：</translation>
    </message>
</context>
<context>
    <name>ApprovalDetail</name>
    <message>
        <source>Open problems: {0}</source>
        <translation>未整改问题：{0}</translation>
    </message>
    <message>
        <source>Open warnings: {0}</source>
        <translation>未解除预警：{0}</translation>
    </message>
    <message>
        <source>ON THE BLACKLIST</source>
        <translation>已列入黑名单</translation>
    </message>
    <message>
        <source>Open accountability: {0}</source>
        <translation>未办结问责：{0}</translation>
    </message>
    <message>
        <source>Apply the decision</source>
        <translation>落实批复</translation>
    </message>
    <message>
        <source>Change the approved figures of {0} by: {1}? This is recorded in the archive with the reply document number and cannot be applied twice.</source>
        <translation>按批复调整{0}的核定数：{1}？调整将连同批复文号记入机构编制档案，且只能落实一次。</translation>
    </message>
    <message>
        <source>Select a matter to edit it.</source>
        <translation>选择一个事项进行编辑。</translation>
    </message>
    <message>
        <source>Phase: {0}</source>
        <translation>阶段：{0}</translation>
    </message>
    <message>
        <source>Held by management control: {0}</source>
        <translation>管理控制暂缓：{0}</translation>
    </message>
    <message>
        <source>Still empty in this phase: {0}</source>
        <translation>本阶段尚未填写：{0}</translation>
    </message>
    <message>
        <source>Only an office leader may override a hold: sign in as one (Tools &gt; Users and roles).</source>
        <translation>只有编办领导可以签批放行暂缓事项：请以编办领导身份登录（工具 &gt; 用户和角色）。</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Attach files to the matter</source>
        <translation>为事项附加文件</translation>
    </message>
    <message>
        <source>Storing attachments</source>
        <translation>正在保存附件</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Remove the attachment &apos;{0}&apos; from this matter?</source>
        <translation>从本事项中移除附件“{0}”？</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>Matter approval ledger</source>
        <translation>事项审批台账</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部主管部门</translation>
    </message>
    <message>
        <source>New matter</source>
        <translation>新建事项</translation>
    </message>
    <message>
        <source>Choose the unit that applies from the list.</source>
        <translation>请从列表中选择申报单位。</translation>
    </message>
    <message>
        <source>Remove matter</source>
        <translation>移除事项</translation>
    </message>
    <message>
        <source>Remove the matter &apos;{0}&apos; from the approval ledger?</source>
        <translation>从事项审批台账中移除事项“{0}”？</translation>
    </message>
    <message>
        <source>Import matters</source>
        <translation>导入事项</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Importing matters</source>
        <translation>正在导入事项</translation>
    </message>
    <message>
        <source>{0} matters imported.</source>
        <translation>已导入 {0} 个事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s)</source>
        <translation>
            <numerusform>%n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Search matters by title, unit or document number</source>
        <translation>按事项名称、单位或文号搜索事项</translation>
    </message>
    <message>
        <source>Phase of the matter</source>
        <translation>事项所处阶段</translation>
    </message>
    <message>
        <source>Unit that applied</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <source>Supervising department of the unit</source>
        <translation>单位的主管部门</translation>
    </message>
    <message>
        <source>Applied from</source>
        <translation>申报日期自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选条件</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>保存筛选条件…</translation>
    </message>
    <message>
        <source>Record a new matter a unit applies for</source>
        <translation>登记单位申报的新事项</translation>
    </message>
    <message>
        <source>New matter…</source>
        <translation>新建事项…</translation>
    </message>
    <message>
        <source>Remove the selected matter from the ledger</source>
        <translation>从台账中移除所选事项</translation>
    </message>
    <message>
        <source>Remove matter…</source>
        <translation>移除事项…</translation>
    </message>
    <message>
        <source>Import matters from an old ledger workbook (.xlsx)</source>
        <translation>从旧台账工作簿（.xlsx）导入事项</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export the matter approval ledger to .xlsx</source>
        <translation>将事项审批台账导出为 .xlsx</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>Actual staff changed</source>
        <extracomment>Figures an establishment snapshot keeps (its older single columns). The kinds of difference a reconciliation reports, with the figures each compares.</extracomment>
        <translation>实有人数变化</translation>
    </message>
    <message>
        <source>Approved establishment changed</source>
        <translation>编制数变化</translation>
    </message>
    <message>
        <source>Leader posts changed</source>
        <translation>领导职数变化</translation>
    </message>
    <message>
        <source>Unit new in the real-name system</source>
        <translation>实名制系统中新增的单位</translation>
    </message>
    <message>
        <source>Unit missing from the real-name system</source>
        <translation>实名制系统中缺失的单位</translation>
    </message>
    <message>
        <source>Person on an unknown establishment kind</source>
        <translation>编制类型不明的人员</translation>
    </message>
    <message>
        <source>Person in a unit not on the roster</source>
        <translation>所在单位不在名册中的人员</translation>
    </message>
    <message>
        <source>More persons than approved for a kind</source>
        <translation>某类编制实有人员超过核定数</translation>
    </message>
    <message>
        <source>More principal leaders than posts</source>
        <translation>正职超职数</translation>
    </message>
    <message>
        <source>More deputy leaders than posts</source>
        <translation>副职超职数</translation>
    </message>
    <message>
        <source>Person in an internal body not set up</source>
        <translation>所在内设机构未设立</translation>
    </message>
    <message>
        <source>Joined since last month</source>
        <translation>较上月新进编</translation>
    </message>
    <message>
        <source>Left since last month</source>
        <translation>较上月已出编</translation>
    </message>
    <message>
        <source>Paid but not on establishment</source>
        <translation>领取工资但不在编（吃空饷信号）</translation>
    </message>
    <message>
        <source>Left establishment but still paid</source>
        <translation>已出编仍领取工资</translation>
    </message>
    <message>
        <source>On establishment but not paid</source>
        <translation>在编但未发工资（在编不在岗信号）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>ID number (masked)</source>
        <translation>身份证号（已脱敏）</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Real-name reconciliation {month}</source>
        <translation>{month}实名制核对</translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <source>Files: {0}</source>
        <translation>文件：{0}</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料文件</translation>
    </message>
</context>
<context>
    <name>CheckForm</name>
    <message>
        <source>On-site check form</source>
        <translation>现场核查表</translation>
    </message>
    <message>
        <source>On-site check form (blank, {kind})</source>
        <translation>现场核查表（空白，{kind}）</translation>
    </message>
    <message>
        <source>Inspection group</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>督导日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Checklist item and how to check it</source>
        <translation>检查项及核查方法</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <source>Findings on site</source>
        <translation>现场核查情况</translation>
    </message>
    <message>
        <source>Self-assessment: {answer}</source>
        <translation>自评：{answer}</translation>
    </message>
    <message>
        <source>Evidence: {captions}</source>
        <translation>佐证材料：{captions}</translation>
    </message>
    <message>
        <source>Methods used</source>
        <translation>核查方式</translation>
    </message>
    <message>
        <source>Hearing the unit&apos;s report</source>
        <extracomment>The visit&apos;s methods by the keys of services.visits.METHODS.</extracomment>
        <translation>听取单位汇报</translation>
    </message>
    <message>
        <source>Reviewing records</source>
        <translation>查阅资料</translation>
    </message>
    <message>
        <source>Random spot check</source>
        <translation>随机抽查</translation>
    </message>
    <message>
        <source>Individual talks</source>
        <translation>个别谈话</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>{name} (leader)</source>
        <translation>{name}（组长）</translation>
    </message>
    <message>
        <source>not planned yet</source>
        <translation>尚未安排</translation>
    </message>
    <message>
        <source>Methods planned</source>
        <translation>计划核查方式</translation>
    </message>
    <message>
        <source>    month    day</source>
        <translation>&#x3000;&#x3000;月&#x3000;&#x3000;日</translation>
    </message>
    <message>
        <source>{month}/{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
    <message>
        <source>Interview with the head and staff representatives: needs, difficulties, suggestions</source>
        <translation>与单位负责人及干部职工代表座谈：需求、困难、意见建议</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Overall findings of the group</source>
        <translation>督导组综合意见</translation>
    </message>
    <message>
        <source>Overall grade proposed</source>
        <translation>综合评定等次（建议）</translation>
    </message>
    <message>
        <source>Inspectors (signatures)</source>
        <translation>督导人员（签字）</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Head of the unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <source>Date:      year    month    day</source>
        <translation>日期：      年    月    日</translation>
    </message>
    <message>
        <source>Seal of the unit</source>
        <translation>单位盖章</translation>
    </message>
    <message>
        <source>Unit: {name}</source>
        <translation>单位：{name}</translation>
    </message>
    <message>
        <source>USCC: {code}</source>
        <translation>统一社会信用代码：{code}</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>督导组：{name}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页 共 {total} 页</translation>
    </message>
    <message>
        <source>Figure checked: ________</source>
        <translation>核查数据：________</translation>
    </message>
    <message>
        <source>See findings</source>
        <translation>见核查情况</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Office data: {held}</source>
        <translation>台账数据：{held}</translation>
    </message>
    <message>
        <source>(differs)</source>
        <translation>（不一致）</translation>
    </message>
</context>
<context>
    <name>CheckFormPrintDialog</name>
    <message numerus="yes">
        <source>&amp;Selected units (%n)</source>
        <translation>
            <numerusform>选中的单位(%n 个)(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>selected units</source>
        <translation>选中的单位</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>On-site check forms – {0}</source>
        <translation>现场核查表-{0}</translation>
    </message>
    <message>
        <source>Save the check forms</source>
        <translation>保存现场核查表</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder to save the check forms to.</source>
        <translation>请选择一个已存在文件夹中的文件来保存现场核查表。</translation>
    </message>
    <message>
        <source>Printing on-site check forms</source>
        <translation>正在打印现场核查表</translation>
    </message>
    <message>
        <source>On-site check forms</source>
        <translation>现场核查表</translation>
    </message>
    <message numerus="yes">
        <source>The check forms of %n unit(s) were saved to:</source>
        <translation>
            <numerusform>已将 %n 个单位的现场核查表保存到：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preview and print</source>
        <translation>预览并打印(&amp;P)</translation>
    </message>
    <message>
        <source>Print on-site check forms</source>
        <translation>打印现场核查表</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>督导单位</translation>
    </message>
    <message>
        <source>&amp;Selected units</source>
        <translation>选中的单位(&amp;S)</translation>
    </message>
    <message>
        <source>All units of the &amp;group</source>
        <translation>督导组的全部单位(&amp;G)</translation>
    </message>
    <message>
        <source>All units of the &amp;department</source>
        <translation>主管部门的全部单位(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;All assigned units</source>
        <translation>已分配的全部单位(&amp;A)</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Section code</source>
        <translation>章节编号</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>督导内容</translation>
    </message>
    <message>
        <source>Line of work</source>
        <translation>工作类别</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>检查项编号</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>Guidance for the inspector</source>
        <translation>核查指引</translation>
    </message>
    <message>
        <source>Answer kind</source>
        <translation>答案类型</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>标准答案</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用单位类型</translation>
    </message>
    <message>
        <source>Only units flagged</source>
        <translation>适用单位标记</translation>
    </message>
    <message>
        <source>Only under campaign focus</source>
        <translation>督导重点</translation>
    </message>
    <message>
        <source>Checked against figure</source>
        <translation>比对数据</translation>
    </message>
    <message>
        <source>Evidence required</source>
        <translation>需佐证材料</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是否题</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Several may be given, separated by 、. The names are on the sheet {sheet}.</source>
        <translation>可填多个，用“、”分隔；名称见“{sheet}”表。</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>How a version differs from the one it was derived from, per item code.</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已变更</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项内容</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>单位自评</translation>
    </message>
    <message>
        <source>Office data</source>
        <translation>台账数据</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>This item needs evidence</source>
        <translation>此检查项需要佐证材料</translation>
    </message>
    <message>
        <source>The unit&apos;s figure differs from the office&apos;s data: see Figures…</source>
        <translation>单位自评数据与台账数据不一致：见“数据比对…”</translation>
    </message>
    <message>
        <source>{0} evidence files attached</source>
        <translation>已附加 {0} 个佐证材料文件</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <source>Keys: Y yes, N no, A not applicable; Ctrl+R records a problem</source>
        <translation>按键：Y 是，N 否，A 不适用；Ctrl+R 记录问题</translation>
    </message>
    <message>
        <source>No unit selected</source>
        <translation>未选择单位</translation>
    </message>
    <message>
        <source>Step: {0}</source>
        <translation>督导环节：{0}</translation>
    </message>
    <message>
        <source>Grade: {0}</source>
        <translation>综合评定：{0}</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message>
        <source>Approved by {0}</source>
        <translation>审定人：{0}</translation>
    </message>
    <message>
        <source>ON THE BLACKLIST</source>
        <translation>已列入黑名单</translation>
    </message>
    <message>
        <source>Open accountability: {0}</source>
        <translation>未办结问责：{0}</translation>
    </message>
    <message>
        <source>Item {0} is answered with a number or a text: press Enter and type it in the note, or double-click the verified cell.</source>
        <translation>检查项 {0} 需填写数字或文字：请按 Enter 在备注中填写，或双击现场核查单元格。</translation>
    </message>
    <message>
        <source>Select a checklist item first.</source>
        <translation>请先选择一个检查项。</translation>
    </message>
    <message>
        <source>Suggestion recorded.</source>
        <translation>意见建议已记录。</translation>
    </message>
    <message>
        <source>Problem recorded.</source>
        <translation>问题已记录。</translation>
    </message>
    <message>
        <source>Step closed; the unit is now at: {0}.</source>
        <translation>本环节已完成，该单位当前处于：{0}。</translation>
    </message>
    <message>
        <source>Grade approved.</source>
        <translation>评定等次已审定。</translation>
    </message>
    <message>
        <source>Grade confirmed; the record is locked.</source>
        <translation>综合评定已确认，记录已锁定。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>督导环节：</translation>
    </message>
    <message>
        <source>&amp;Problem…</source>
        <translation>问题(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Suggestion…</source>
        <translation>意见建议(&amp;S)…</translation>
    </message>
    <message>
        <source>Record a suggestion collected at the selected item</source>
        <translation>记录在所选检查项收集的意见建议</translation>
    </message>
    <message>
        <source>&amp;Visit…</source>
        <translation>核查记录(&amp;V)…</translation>
    </message>
    <message>
        <source>Record the visit: date, members present, participants, methods and random samples</source>
        <translation>记录现场核查：日期、到场督导人员、单位参加人员、核查方式和随机抽查样本</translation>
    </message>
    <message>
        <source>Fig&amp;ures…</source>
        <translation>数据比对(&amp;U)…</translation>
    </message>
    <message>
        <source>Figures that differ from the office&apos;s data: confirm as problems or dismiss with a reason</source>
        <translation>与台账数据不一致的数据：确认为问题或说明理由后排除</translation>
    </message>
    <message>
        <source>&amp;Grade…</source>
        <translation>评定等次(&amp;G)…</translation>
    </message>
    <message>
        <source>Confirm the grade of the overall evaluation (locks the record)</source>
        <translation>确认综合评定的等次（确认后记录将锁定）</translation>
    </message>
    <message>
        <source>&amp;Approve grade</source>
        <translation>审定等次(&amp;A)</translation>
    </message>
    <message>
        <source>审定: an office leader approves the confirmed grade</source>
        <translation>审定：由编办领导审定已确认的评定等次</translation>
    </message>
    <message>
        <source>Keys: Y yes · N no · A not applicable (verified column) · Enter note · Ctrl+R record a problem</source>
        <translation>按键：Y 是 · N 否 · A 不适用（现场核查列）· Enter 填写备注 · Ctrl+R 记录问题</translation>
    </message>
    <message>
        <source>Record a problem found at the selected item (Ctrl+R)</source>
        <translation>记录在所选检查项发现的问题（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Close step</source>
        <translation>完成本环节(&amp;C)</translation>
    </message>
    <message>
        <source>Close the current step of the procedure; shows what is missing</source>
        <translation>完成当前督导环节；如有缺项将列出</translation>
    </message>
    <message>
        <source>F&amp;orm…</source>
        <translation>核查表(&amp;O)…</translation>
    </message>
    <message>
        <source>Print the on-site check form of this unit</source>
        <translation>打印本单位的现场核查表</translation>
    </message>
    <message>
        <source>Y / N / A (是 / 否 / 无) answer the verified column; Enter edits the note</source>
        <translation>Y / N / A（是 / 否 / 无）填写现场核查列；按 Enter 编辑备注</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Some columns of sheet {0} in {1} were not recognised. Say which column holds each field; the choice is remembered for workbooks laid out like this one.</source>
        <translation>{1}的工作表{0}中有些列未能识别。请指明每个字段在哪一列；选择将被记住，同样格式的工作簿下次直接导入。</translation>
    </message>
    <message>
        <source>{0} (hidden)</source>
        <translation>{0}（隐藏）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Still to choose: {0}.</source>
        <translation>尚未指定：{0}。</translation>
    </message>
    <message>
        <source>Chosen for two columns: {0}.</source>
        <translation>同一字段选了两列：{0}。</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Title in the workbook</source>
        <translation>工作簿中的列标题</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几行内容</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>对应字段</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Inspection group</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>组员</translation>
    </message>
    <message>
        <source>Assigned units</source>
        <translation>督导单位数</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>采集人</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>座谈日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>座谈内容</translation>
    </message>
    <message>
        <source>Needs and difficulties</source>
        <translation>需求与困难</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Office meeting</source>
        <translation>机关办公会</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Follow-up indicators</source>
        <translation>跟踪问效指标</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已跟踪问效</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Approved establishment</source>
        <translation>编制数</translation>
    </message>
    <message>
        <source>Actual staff</source>
        <translation>实有人数</translation>
    </message>
    <message>
        <source>Leader posts approved</source>
        <translation>核定领导职数</translation>
    </message>
    <message>
        <source>Leader posts actual</source>
        <translation>实配领导职数</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>证书有效期至</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所在部门</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>班子成员</translation>
    </message>
    <message>
        <source>Own unit</source>
        <translation>本人所在单位</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>督导活动</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Shown value</source>
        <translation>显示值</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>另一值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resolved: shown value kept</source>
        <translation>已处理：保留显示值</translation>
    </message>
    <message>
        <source>Resolved: other value kept</source>
        <translation>已处理：保留另一值</translation>
    </message>
    <message>
        <source>Resolved: merged value</source>
        <translation>已处理：采用合并值</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>{0} conflict(s) waiting for a decision.</source>
        <translation>有 {0} 个冲突待处理。</translation>
    </message>
    <message>
        <source>No conflicts are waiting for a decision.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <source>Shown value ({0}, {1}):</source>
        <translation>显示值（{0}，{1}）：</translation>
    </message>
    <message>
        <source>Other value ({0}, {1}):</source>
        <translation>另一值（{0}，{1}）：</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>The same field was changed in two places. The value shown everywhere is the later change; decide which value to keep, or write a merged one. Your decision travels to the laptops with the next packages.</source>
        <translation>同一字段在两处被修改。各处显示的是较晚的修改；请决定保留哪个值，或填写合并后的值。您的处理结果将随下一批数据包同步到各笔记本。</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation>显示已处理的冲突(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation>所选冲突</translation>
    </message>
    <message>
        <source>Shown value:</source>
        <translation>显示值：</translation>
    </message>
    <message>
        <source>Other value:</source>
        <translation>另一值：</translation>
    </message>
    <message>
        <source>&amp;Merged value:</source>
        <translation>合并值(&amp;M)：</translation>
    </message>
    <message>
        <source>Keep the &amp;shown value</source>
        <translation>保留显示值(&amp;S)</translation>
    </message>
    <message>
        <source>Keep the &amp;other value</source>
        <translation>保留另一值(&amp;O)</translation>
    </message>
    <message>
        <source>Keep the merged &amp;value</source>
        <translation>保留合并值(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Open over-establishment warning</source>
        <translation>存在未解除的超编预警</translation>
    </message>
    <message>
        <source>Overdue unrectified problem</source>
        <translation>存在逾期未整改问题</translation>
    </message>
    <message>
        <source>On the blacklist</source>
        <translation>列入诚信黑名单</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Dashboard</source>
        <translation>工作总览</translation>
    </message>
    <message>
        <source>No campaign yet: plan one in the campaign tab.</source>
        <translation>尚无督导活动：请在督导方案页制定督导活动。</translation>
    </message>
    <message>
        <source>Units covered</source>
        <translation>已督导单位</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>尚未督导</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>Overdue problems</source>
        <translation>逾期未整改问题</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>未解除预警</translation>
    </message>
    <message>
        <source>On the blacklist</source>
        <translation>列入黑名单</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} units covered</source>
        <translation>{0}：已督导 {1} 家单位，共 {2} 家</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Effectiveness follow-up…</source>
        <translation>跟踪问效…</translation>
    </message>
    <message>
        <source>Record follow-up indicators and results of approved matters</source>
        <translation>记录已审批事项的跟踪问效指标和结果</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>Write the report&apos;s text sections; print the supervision report, the yearly analysis or the follow-up report</source>
        <translation>撰写报告文字部分；打印督导报告、年度分析报告或跟踪问效报告</translation>
    </message>
    <message>
        <source>Units covered by on-site verification</source>
        <translation>已完成现场核查的单位</translation>
    </message>
    <message>
        <source>Units not yet visited</source>
        <translation>尚未督导的单位</translation>
    </message>
    <message>
        <source>Problems found in this campaign</source>
        <translation>本次督导活动发现的问题</translation>
    </message>
    <message>
        <source>Units on the blacklist</source>
        <translation>列入黑名单的单位</translation>
    </message>
    <message>
        <source>Click a figure or a bar to open the list behind it.</source>
        <translation>点击数字或柱条可打开对应的清单。</translation>
    </message>
    <message>
        <source>Progress by procedure step</source>
        <translation>各督导环节进度</translation>
    </message>
    <message>
        <source>Units covered by group</source>
        <translation>各督导组已督导单位数</translation>
    </message>
    <message>
        <source>Problems by category</source>
        <translation>按类型统计问题</translation>
    </message>
    <message>
        <source>Problems by rectification status</source>
        <translation>按整改状态统计问题</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsPage</name>
    <message>
        <source>The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>密码保存在本机的系统密钥环中，从不写入文件。</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password is not saved: it is asked for by the server&apos;s own sign-in (a ~/.pgpass file) or given in DUDAO_DATABASE_URL.</source>
        <translation>本机没有系统密钥环，因此不保存密码：由服务器自身的登录方式（~/.pgpass 文件）提供，或在 DUDAO_DATABASE_URL 中给出。</translation>
    </message>
    <message>
        <source>A change takes effect when the data folder is opened next.</source>
        <translation>更改在下次打开数据文件夹时生效。</translation>
    </message>
    <message>
        <source>Fill in the server, the database and your user name on the server.</source>
        <translation>请填写服务器、数据库和您在服务器上的用户名。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {0}; it holds an office database.</source>
        <translation>已连接到 PostgreSQL {0}；其中已有编办数据库。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {0}; the database is empty. Create the office database in it with &apos;dudao init --role office&apos; or move yours there with &apos;dudao migrate-to&apos;.</source>
        <translation>已连接到 PostgreSQL {0}；该数据库为空。请用“dudao init --role office”在其中创建编办数据库，或用“dudao migrate-to”把现有数据库迁移过去。</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <source>Office database</source>
        <translation>编办数据库</translation>
    </message>
    <message>
        <source>A database &amp;file on this computer (field laptops, an office with one clerk)</source>
        <translation>本机上的数据库文件(&amp;F)（外出笔记本、只有一名工作人员的编办）</translation>
    </message>
    <message>
        <source>The office&apos;s database &amp;server (PostgreSQL), shared by several clerks</source>
        <translation>编办的数据库服务器(&amp;S)（PostgreSQL），多名工作人员共用</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>e.g. bianban-server or 192.168.1.10</source>
        <translation>例如 bianban-server 或 192.168.1.10</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Feedback letter</source>
        <translation>书面反馈意见</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Supervision report</source>
        <translation>督导报告</translation>
    </message>
    <message>
        <source>Campaign plan</source>
        <translation>督导方案</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>公文种类</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>下一个序号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已编至</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>公文设置</translation>
    </message>
    <message>
        <source>Header and footer of letters and reports</source>
        <translation>版头与版记</translation>
    </message>
    <message>
        <source>Issuing office &amp;mark (red):</source>
        <translation>发文机关标志（红色）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Issuing office:</source>
        <translation>发文机关署名(&amp;I)：</translation>
    </message>
    <message>
        <source>Report &amp;addressed to:</source>
        <translation>报告主送机关(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Copies to:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Print with the &amp;red header (uncheck for plain documents)</source>
        <translation>套印红色版头(&amp;R)（不选则印制无版头的普通文本）</translation>
    </message>
    <message>
        <source>Document numbers</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>Exporting rows</source>
        <extracomment>Sum of column widths (Excel character units) above which a sheet prints landscape.</extracomment>
        <translation>正在导出数据行</translation>
    </message>
    <message>
        <source>Introduction</source>
        <extracomment>Section key -&gt; English label (rendered through ``i18n.translate(&quot;Documents&quot;, ...)``).</extracomment>
        <translation>引言</translation>
    </message>
    <message>
        <source>Overall assessment</source>
        <translation>总体评价</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步工作</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>督导方式</translation>
    </message>
    <message>
        <source>Hearing the unit&apos;s report, reviewing records, random spot checks</source>
        <translation>听取单位汇报、查阅资料、随机抽查</translation>
    </message>
    <message>
        <source>Units in the roster</source>
        <translation>名单内单位数</translation>
    </message>
    <message>
        <source>Units assigned to groups</source>
        <translation>已分配督导组的单位数</translation>
    </message>
    <message>
        <source>Units covered</source>
        <translation>已督导单位</translation>
    </message>
    <message>
        <source>Suggestions by category</source>
        <translation>按类型统计意见建议</translation>
    </message>
    <message>
        <source>Establishment by kind (active units)</source>
        <translation>分类编制情况（存续单位）</translation>
    </message>
    <message>
        <source>Units by kind</source>
        <translation>分类单位数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实有</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空编</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>超编</translation>
    </message>
    <message>
        <source>Units over</source>
        <translation>超编单位数</translation>
    </message>
    <message>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}、{title}</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>(no supervising department)</source>
        <translation>（无主管部门）</translation>
    </message>
    <message>
        <source>Kind not recorded</source>
        <translation>未分类实有人员</translation>
    </message>
    <message>
        <source>Effectiveness follow-up report</source>
        <translation>跟踪问效报告</translation>
    </message>
    <message>
        <source>Effectiveness follow-up report, {year}</source>
        <translation>{year}年度跟踪问效报告</translation>
    </message>
    <message>
        <source>{office}, {date}</source>
        <translation>{office}&#x3000;{date}</translation>
    </message>
    <message>
        <source>{matters} approved establishment matters are followed up: {with_indicators} have follow-up indicators and {with_results} have a recorded result; {pending} still await their follow-up.</source>
        <translation>对 {matters} 个已审批的机构编制事项开展跟踪问效：{with_indicators} 个已设置跟踪问效指标，{with_results} 个已记录跟踪问效结果，{pending} 个尚待跟踪问效。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Matter and decision</source>
        <translation>事项及决策</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决策日期</translation>
    </message>
    <message>
        <source>Follow-up indicators</source>
        <translation>跟踪问效指标</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>跟踪问效结果</translation>
    </message>
    <message>
        <source>(pending)</source>
        <translation>（待跟踪问效）</translation>
    </message>
    <message>
        <source>No approved establishment matters yet.</source>
        <translation>尚无已审批的机构编制事项。</translation>
    </message>
    <message>
        <source>Campaign plan</source>
        <translation>督导方案</translation>
    </message>
    <message>
        <source>Inspection group roster</source>
        <translation>督导组名单</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Supervision months</source>
        <translation>督导月份</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>起止时间</translation>
    </message>
    <message>
        <source>Establishment office</source>
        <translation>编办</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>工作目的</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>工作目标</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>督导内容</translation>
    </message>
    <message>
        <source>Working mechanism</source>
        <translation>工作机制</translation>
    </message>
    <message>
        <source>Timetable and roadmap</source>
        <translation>时间表、路线图</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Inspection groups</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>组员</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>督导单位</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>督导顺序</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>组内分工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>组员</translation>
    </message>
    <message>
        <source>Drawn at random on {when} by {who}; seed {seed} (re-running the draw with this seed and the recorded candidate list gives the same groups).</source>
        <translation>由 {who} 于 {when} 随机抽取；随机种子 {seed}（使用该随机种子和所记录的候选名单重新抽取，可得到相同的督导组）。</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} 家单位</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>(under management control)</source>
        <translation>（管理控制）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rectification measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按主管部门</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改情况</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Suggestion list</source>
        <translation>建议清单</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>督导活动</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>Overdue problems</source>
        <translation>逾期未整改问题</translation>
    </message>
    <message>
        <source>Coverage of the roster</source>
        <translation>名单覆盖率</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>未解除预警</translation>
    </message>
    <message>
        <source>Units on the blacklist</source>
        <translation>列入黑名单的单位</translation>
    </message>
    <message>
        <source>Units graded</source>
        <translation>已综合评定单位</translation>
    </message>
    <message>
        <source>Units at step: {step}</source>
        <translation>处于“{step}”环节的单位</translation>
    </message>
    <message>
        <source>Management control</source>
        <translation>管理控制</translation>
    </message>
    <message>
        <source>Approval matter</source>
        <translation>审批事项</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>暂缓日期</translation>
    </message>
    <message>
        <source>Overridden by</source>
        <translation>签批领导</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>放行理由</translation>
    </message>
    <message>
        <source>Overridden on</source>
        <translation>放行日期</translation>
    </message>
    <message>
        <source>Yearly analysis of the information data ledger, {year}</source>
        <translation>{year}年度信息数据台账分析</translation>
    </message>
    <message>
        <source>Establishment use per supervising department</source>
        <translation>各主管部门编制使用情况</translation>
    </message>
    <message>
        <source>{units} units hold {approved} approved establishment posts and {actual} actual staff (use {rate}); {vacancy} posts are vacant and {over} units are over quota by {over_staff} staff in total. Figures are from each unit&apos;s latest snapshot of {year} ({snapshots} units), otherwise from the roster.</source>
        <translation>{units} 家单位共有编制数 {approved} 名、实有人数 {actual} 人（编制使用率 {rate}）；空编 {vacancy} 名，超编单位 {over} 家，共超编 {over_staff} 人。数据取自各单位 {year} 年最近一次数据快照（{snapshots} 家单位），无快照的取自单位名册。</translation>
    </message>
    <message>
        <source>Establishment matters approved</source>
        <translation>已审批的机构编制事项</translation>
    </message>
    <message>
        <source>{count} establishment matters were approved in {year}.</source>
        <translation>{year}年共审批机构编制事项 {count} 个。</translation>
    </message>
    <message>
        <source>Problems found and rectified per year</source>
        <translation>各年度发现及整改问题情况</translation>
    </message>
    <message>
        <source>Repeat problems</source>
        <translation>重复发生的问题</translation>
    </message>
    <message>
        <source>{count} units had the same category of problem in two or more campaigns or years.</source>
        <translation>{count} 家单位在两次及以上督导活动或年度中出现同类问题。</translation>
    </message>
    <message>
        <source>Warnings raised and cleared</source>
        <translation>预警发出及解除情况</translation>
    </message>
    <message>
        <source>{open} warnings were still open at the end of {year}.</source>
        <translation>截至{year}年底，仍有 {open} 条预警未解除。</translation>
    </message>
    <message>
        <source>Problems found per year</source>
        <translation>各年度发现问题情况</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>编制数</translation>
    </message>
    <message>
        <source>Actual staff</source>
        <translation>实有人数</translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation>空编数</translation>
    </message>
    <message>
        <source>Units over quota</source>
        <translation>超编单位数</translation>
    </message>
    <message>
        <source>Staff over quota</source>
        <translation>超编人数</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>编制使用率</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Warning rule</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Revisions of three-determination regulations</source>
        <translation>“三定”规定修订情况</translation>
    </message>
    <message>
        <source>Findings proposed {proposed} revisions of units&apos; three-determination regulations; {completed} are made.</source>
        <translation>督导发现问题提出修订“三定”规定{proposed}项，已完成修订{completed}项。</translation>
    </message>
    <message>
        <source>Revision proposed</source>
        <translation>修订建议</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提出</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Approvals held by management control</source>
        <translation>管理控制暂缓审批事项</translation>
    </message>
    <message>
        <source>{held} approval matters were held; office leaders overrode {overridden}.</source>
        <translation>暂缓审批事项{held}件，经编办领导签批放行{overridden}件。</translation>
    </message>
    <message>
        <source>Held because</source>
        <translation>暂缓原因</translation>
    </message>
    <message>
        <source>Override (who, why)</source>
        <translation>签批放行（领导、理由）</translation>
    </message>
</context>
<context>
    <name>Draw</name>
    <message>
        <source>enough inspectors in the pool</source>
        <translation>督导库人数充足</translation>
    </message>
    <message>
        <source>each group led by a leadership member</source>
        <translation>每组由一名班子成员任组长</translation>
    </message>
    <message>
        <source>avoidance of units</source>
        <translation>单位回避</translation>
    </message>
    <message>
        <source>every expertise area in every group</source>
        <translation>每组覆盖全部专长领域</translation>
    </message>
    <message>
        <source>nobody in two groups</source>
        <translation>同一人不得进入两个督导组</translation>
    </message>
    <message>
        <source>a valid request</source>
        <translation>抽取请求有效</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a laptop</source>
        <translation>登记笔记本</translation>
    </message>
    <message>
        <source>Laptop &apos;{0}&apos; asks to be enrolled. Ask the inspector to read out the fingerprint shown on the laptop and type it below; it must match this one:</source>
        <translation>笔记本“{0}”申请登记。请督导人员读出笔记本上显示的指纹，并在下面输入；它必须与此处的指纹一致：</translation>
    </message>
    <message>
        <source>Group {0} – {1} ({2})</source>
        <translation>第 {0} 组 – {1}（{2}）</translation>
    </message>
    <message>
        <source>Fingerprint &amp;read out:</source>
        <translation>读出的指纹(&amp;R)：</translation>
    </message>
    <message>
        <source>For &amp;group:</source>
        <translation>登记到组别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登记(&amp;E)</translation>
    </message>
    <message>
        <source>There is no inspection group to enrol the laptop for.</source>
        <translation>没有可以登记笔记本的督导组。</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>文件问题</translation>
    </message>
    <message>
        <source>The file could not be read or written: {0}</source>
        <translation>无法读取或写入文件：{0}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong and the operation was not completed. The details were written to the log file; please send it to your support contact.</source>
        <translation>出现错误，操作未完成。详细信息已写入日志文件，请将日志文件发送给技术支持人员。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>--units must be at least 1.</source>
        <translation>--units 不能小于 1。</translation>
    </message>
    <message>
        <source>{count} problems found; see the lines above.</source>
        <translation>发现 {count} 个问题，详见上方各行。</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name.</source>
        <translation>{file} 已存在，请另选文件名。</translation>
    </message>
    <message>
        <source>Give the address of the database server, e.g. postgresql+psycopg://...</source>
        <translation>请给出数据库服务器的地址，例如 postgresql+psycopg://...</translation>
    </message>
    <message>
        <source>This office&apos;s database is already on a server.</source>
        <translation>本编办的数据库已在服务器上。</translation>
    </message>
    <message>
        <source>Only the office&apos;s database moves to a server; a laptop keeps its own.</source>
        <translation>只有编办的数据库可迁移到服务器；笔记本保留自己的数据库。</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} 不存在。</translation>
    </message>
    <message>
        <source>The folders given hold no files.</source>
        <translation>所指定的文件夹中没有文件。</translation>
    </message>
    <message>
        <source>{file} is not a dudao-desktop database ({error}).</source>
        <translation>{file} 不是 dudao-desktop 数据库（{error}）。</translation>
    </message>
    <message>
        <source>{file} is damaged ({result}); choose another backup.</source>
        <translation>{file} 已损坏（{result}），请选择其他备份。</translation>
    </message>
    <message>
        <source>This database has no installation identity yet; run &apos;dudao init&apos; first.</source>
        <translation>此数据库尚无安装标识，请先运行 &apos;dudao init&apos;。</translation>
    </message>
    <message>
        <source>This database has no data directory for evidence files.</source>
        <translation>此数据库没有存放佐证材料文件的数据目录。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of dudao-desktop (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>此数据库由更新版本的 dudao-desktop 写入（架构版本 {revision}）。请安装新版本后再打开；未做任何更改。</translation>
    </message>
    <message>
        <source>Upgrading the database would leave {count} records pointing to records that do not exist (first: table {table}); nothing was changed. Restore a backup or ask for help with this file.</source>
        <translation>升级数据库将使 {count} 条记录指向不存在的记录（首个在表 {table}）；未作任何更改。请恢复备份，或就此文件寻求技术支持。</translation>
    </message>
    <message>
        <source>No database in {folder}. Create one with &apos;dudao init&apos; or &apos;dudao demo&apos;.</source>
        <translation>{folder} 中没有数据库。请使用 &apos;dudao init&apos; 或 &apos;dudao demo&apos; 创建。</translation>
    </message>
    <message>
        <source>The database in {folder} is in use by another program (another copy of dudao-desktop or a backup tool) and stayed locked for several seconds; close that program and try again.</source>
        <translation>{folder} 中的数据库正被其他程序（另一个 dudao-desktop 或备份工具）使用，等待数秒后仍被锁定；请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The database {url} is empty. Create the office database in it with &apos;dudao init --role office --database-url ...&apos; or move one there with &apos;dudao migrate-to&apos;.</source>
        <translation>数据库 {url} 为空。请用“dudao init --role office --database-url ...”在其中创建编办数据库，或用“dudao migrate-to”把现有数据库迁移过去。</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {reason}. Check the address, the user name and password, and that the database server is running and reachable.</source>
        <translation>无法打开数据库 {url}：{reason}。请检查地址、用户名和密码，并确认数据库服务器正在运行且可以访问。</translation>
    </message>
    <message>
        <source>Folder {folder} does not exist: choose an existing folder for the PDF.</source>
        <extracomment>What a form&apos;s QR code says: format, campaign id, unit id, page, pages of the unit. Column widths (mm): 序号, item with how to check it, self-assessment over the verification boxes (as wide as 是/否/不适用 need), findings (room to write by hand). Lines for the problems found: as many as the closing&apos;s page has room for, within these. One laid-out line: its height, its width and its pieces of text with their sizes.
----------
Font sizes (号) in points. Largest size of the 发文机关标志 (it shrinks to fit the type area&apos;s width). Never at the start of a line. Never at the end of a line. The draft stamp of a document that may not be issued yet (Chinese whatever the locale).
----------
Width available to flowables on a portrait A4 page (points).</extracomment>
        <translation>文件夹 {folder} 不存在：请为 PDF 选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>File {file} does not exist: choose the file again.</source>
        <translation>文件 {file} 不存在：请重新选择文件。</translation>
    </message>
    <message>
        <source>File {file} is not an Excel workbook (.xlsx): open it in Excel or WPS, save it as &quot;Excel Workbook (.xlsx)&quot; and import the saved file.</source>
        <translation>文件 {file} 不是 Excel 工作簿（.xlsx）：请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (.xlsx)”，再导入保存后的文件。</translation>
    </message>
    <message>
        <source>File {file} was refused because it contains XML entity declarations, which a workbook saved by Excel or WPS never has: open it in Excel or WPS, save it again and import the saved file.</source>
        <translation>文件 {file} 已被拒绝，因为其中含有 XML 实体声明，而由 Excel 或 WPS 保存的工作簿不会包含此类内容：请在 Excel 或 WPS 中打开并重新保存，再导入保存后的文件。</translation>
    </message>
    <message>
        <source>File {file} is damaged and cannot be read: save it again in Excel or WPS.</source>
        <translation>文件 {file} 已损坏，无法读取：请在 Excel 或 WPS 中重新保存。</translation>
    </message>
    <message>
        <source>File {file} unpacks to more than {limit} MB and was refused: split it into smaller files.</source>
        <translation>文件 {file} 解压后超过 {limit} MB，已被拒绝：请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>File {file}, sheet {sheet} has more than {limit} filled cells and was refused: split it into smaller files.</source>
        <translation>文件{file}的工作表{sheet}有超过{limit}个非空单元格，已拒绝导入：请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>File {file} has no sheet named {sheet}: rename the sheet or choose another file.</source>
        <translation>文件 {file} 中没有名为 {sheet} 的工作表：请重命名工作表或选择其他文件。</translation>
    </message>
    <message>
        <source>File {file}, sheet {sheet}: no header row found in the first {rows} rows.</source>
        <translation>文件 {file}，工作表 {sheet}：前 {rows} 行中未找到表头行。</translation>
    </message>
    <message>
        <source>File {file}, sheet {sheet}: the header row {row} lacks required columns.</source>
        <translation>文件 {file}，工作表 {sheet}：第 {row} 行表头缺少必填列。</translation>
    </message>
    <message>
        <source>Column &quot;{name}&quot; is missing: add a column headed &quot;{name}&quot; (also accepted: {names}), or map one of the columns to it.</source>
        <translation>缺少“{name}”列：请增加标题为“{name}”的列（也可用：{names}），或将某一列对应为该字段。</translation>
    </message>
    <message>
        <source>The column mapping names &quot;{column}&quot;, which is not a column of this sheet: use a column letter or a column title as shown.</source>
        <translation>列对应中的“{column}”不是本工作表的列：请使用列号字母或显示的列标题。</translation>
    </message>
    <message>
        <source>Columns {first} and {second} both mean &quot;{name}&quot;: keep only one of them.</source>
        <translation>{first} 列和 {second} 列都表示“{name}”：请只保留其中一列。</translation>
    </message>
    <message>
        <source>Folder {folder} does not exist: choose an existing folder for the file.</source>
        <extracomment>A column: (title, width in Excel character units or None to fit, key). A header group: (group title or None, columns). Number formats by value type (checked in order: Percent before float, datetime before date, bool before int).</extracomment>
        <translation>文件夹 {folder} 不存在：请为该文件选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>sheet {0}</source>
        <extracomment>Printed documents (公文, forms, reports) are in the office&apos;s language whatever the UI shows.</extracomment>
        <translation>工作表 {0}</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <source>Month &apos;{month}&apos; is not valid; write it as YYYY-MM.</source>
        <extracomment>Person-level findings (人编对应, 三对应), ID numbers masked.</extracomment>
        <translation>月份“{month}”无效，请按 YYYY-MM 格式填写。</translation>
    </message>
    <message>
        <source>These approval fields cannot be set here: {fields}.</source>
        <translation>此处不能设置以下审批字段：{fields}。</translation>
    </message>
    <message>
        <source>An approval matter needs a title.</source>
        <translation>审批事项须填写事项名称。</translation>
    </message>
    <message>
        <source>Unit {id} does not exist.</source>
        <translation>单位 {id} 不存在。</translation>
    </message>
    <message>
        <source>This matter is already implemented.</source>
        <translation>该事项已落实。</translation>
    </message>
    <message>
        <source>This matter is held by management control; an office leader must record an override with a reason before it can move on.</source>
        <translation>该事项因管理控制暂缓办理；须由编办领导签批放行并说明理由后方可进入下一阶段。</translation>
    </message>
    <message>
        <source>The {phase} phase cannot be closed: fill in {fields} first.</source>
        <translation>“{phase}”阶段尚不能完成：请先填写{fields}。</translation>
    </message>
    <message>
        <source>Attachment {id} is not attached to this matter.</source>
        <translation>附件 {id} 不属于本事项。</translation>
    </message>
    <message>
        <source>confirm an approval decision</source>
        <extracomment>How the archive names each approved change (official documents are Chinese).</extracomment>
        <translation>确认审批决定</translation>
    </message>
    <message>
        <source>This decision was already applied to the unit on {date}.</source>
        <translation>该决定已于 {date} 更新到单位编制数据。</translation>
    </message>
    <message>
        <source>Only an approved decision with its reply document number and date changes the unit&apos;s figures: fill in the outcome, the reply number and the date.</source>
        <translation>只有同意且已填写批复文号和批复日期的决定才能更新单位编制数据：请填写决定结果、批复文号和日期。</translation>
    </message>
    <message>
        <source>{unit} would have {value} {kind} after this decision; check the approved change.</source>
        <translation>按该决定，{unit} 的{kind}将为 {value}，请核对批准的调整数。</translation>
    </message>
    <message>
        <source>The decision approves no change of establishment or posts.</source>
        <translation>该决定未批准任何编制或职数调整。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yet a {field} of this office. If it is one, add it (Tools &gt; Vocabularies, or: dudao vocabulary add {vocabulary} &apos;{value}&apos;) and import the file again; otherwise correct the cell.</source>
        <extracomment>An old ledger&apos;s category or source the office has not added yet: refused (a typing slip must not become a category of its own), saying how to add it.</extracomment>
        <translation>“{value}”还不是本单位使用的{field}。如确属新的类别，请先添加（工具 &gt; 词表，或运行：dudao vocabulary add {vocabulary} &apos;{value}&apos;）后重新导入；否则请更正该单元格。</translation>
    </message>
    <message>
        <source>Unit &apos;{value}&apos; is not on the roster.</source>
        <extracomment>A per-ledger rule run on each row after the columns are read: it may fill or fix ``values`` and report findings with ``bad(message, key, **params)``.</extracomment>
        <translation>单位“{value}”不在单位名册中。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {field}; use one of: {choices}.</source>
        <translation>“{value}”不是有效的{field}，请填写以下之一：{choices}。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>“{value}”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>Write 是 or 否 here, not &apos;{value}&apos;.</source>
        <translation>此处请填写“是”或“否”，不能填写“{value}”。</translation>
    </message>
    <message>
        <source>{field} is empty; fill it in.</source>
        <translation>{field}为空，请填写。</translation>
    </message>
    <message>
        <source>The {kind} ledger is kept from the roster and the real-name data; import those instead.</source>
        <translation>{kind}台账由单位名册和实名制数据生成，请改为导入单位名册或实名制数据。</translation>
    </message>
    <message>
        <source>Campaign &apos;{campaign}&apos; has no inspection groups yet: draw the groups first.</source>
        <translation>督导活动“{campaign}”尚无督导组：请先抽取督导组。</translation>
    </message>
    <message>
        <source>Unit &apos;{unit}&apos; cannot be assigned: in every group someone must avoid it. Redraw the groups or change the avoidance declarations.</source>
        <translation>无法分配单位“{unit}”：每个督导组中都有人须回避该单位。请重新抽取督导组或修改回避申报。</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>该督导组已不存在。</translation>
    </message>
    <message>
        <source>That unit does not exist.</source>
        <translation>该单位不存在。</translation>
    </message>
    <message>
        <source>{inspector} in {group} must avoid unit &apos;{unit}&apos; ({reason}): choose another group.</source>
        <translation>{group} 的 {inspector} 须回避单位“{unit}”（{reason}）：请选择其他督导组。</translation>
    </message>
    <message>
        <source>The visiting order must list each of the group&apos;s units once.</source>
        <translation>督导顺序必须将本组每家单位各列出一次。</translation>
    </message>
    <message>
        <source>The share of units is a number above 0 and at most 1, e.g. 0.2.</source>
        <translation>单位比例应为大于 0 且不超过 1 的数，例如 0.2。</translation>
    </message>
    <message>
        <source>No units are assigned yet: assign units first.</source>
        <translation>尚未分配单位：请先分配单位。</translation>
    </message>
    <message>
        <source>Give the reason for putting the unit on the blacklist.</source>
        <translation>请填写将该单位列入黑名单的原因。</translation>
    </message>
    <message>
        <source>{unit} is already on the blacklist.</source>
        <translation>{unit} 已在黑名单中。</translation>
    </message>
    <message>
        <source>Give the reason for taking the unit off the blacklist.</source>
        <translation>请填写将该单位移出黑名单的原因。</translation>
    </message>
    <message>
        <source>This unit is not on the blacklist.</source>
        <translation>该单位不在黑名单中。</translation>
    </message>
    <message>
        <source>&apos;{digest}&apos; is not a SHA-256 digest.</source>
        <translation>“{digest}”不是 SHA-256 摘要。</translation>
    </message>
    <message>
        <source>Content does not match its digest {digest}…</source>
        <translation>内容与其摘要 {digest}… 不符</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; nothing was stored. Free some space and try again.</source>
        <translation>{folder} 所在磁盘已满，未保存任何内容。请释放部分空间后重试。</translation>
    </message>
    <message>
        <source>Could not store the file: {reason}.</source>
        <translation>无法保存文件：{reason}。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>无法读取 {file}：{reason}。</translation>
    </message>
    <message>
        <source>Supervision month &apos;{value}&apos; is not a month: give numbers 1 to 12, e.g. 3,9.</source>
        <translation>督导月“{value}”不是有效月份：请填写 1 至 12 的数字，例如 3,9。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a campaign focus: use {known}.</source>
        <translation>“{value}”不是督导重点：请使用 {known}。</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>请为督导活动命名。</translation>
    </message>
    <message>
        <source>Year {year} is not plausible: give a year like 2026.</source>
        <translation>年度 {year} 不合理：请填写类似 2026 的年份。</translation>
    </message>
    <message>
        <source>Unknown campaign status &apos;{status}&apos;.</source>
        <translation>未知的督导活动状态“{status}”。</translation>
    </message>
    <message>
        <source>The campaign ends ({end}) before it starts ({start}): correct the dates.</source>
        <translation>督导活动结束日期（{end}）早于开始日期（{start}）：请更正日期。</translation>
    </message>
    <message>
        <source>Give the milestone a title.</source>
        <translation>请填写工作节点名称。</translation>
    </message>
    <message>
        <source>Milestone &apos;{title}&apos; is due ({due}) before it starts ({start}): correct the dates.</source>
        <translation>工作节点“{title}”的截止日期（{due}）早于开始日期（{start}）：请更正日期。</translation>
    </message>
    <message>
        <source>Milestone &apos;{title}&apos; ({day}) lies outside the campaign&apos;s span {start} to {end}: move the milestone or widen the campaign&apos;s dates.</source>
        <translation>工作节点“{title}”（{day}）不在督导活动起止时间 {start} 至 {end} 内：请调整工作节点或放宽督导活动的起止时间。</translation>
    </message>
    <message>
        <source>Several campaigns are called &apos;{name}&apos;: name one by its id.</source>
        <translation>有多个督导活动名为“{name}”：请使用编号指定其中一个。</translation>
    </message>
    <message>
        <source>No campaign &apos;{ref}&apos;: see &apos;dudao campaign list&apos; for the names.</source>
        <translation>没有督导活动“{ref}”：请用 &apos;dudao campaign list&apos; 查看督导活动名称。</translation>
    </message>
    <message>
        <source>There is no open campaign yet: create one with &apos;dudao campaign create&apos;.</source>
        <translation>尚无进行中的督导活动：请用 &apos;dudao campaign create&apos; 创建。</translation>
    </message>
    <message>
        <source>The milestone no longer exists; reload the plan.</source>
        <translation>该工作节点已不存在，请重新加载督导方案。</translation>
    </message>
    <message>
        <source>Checklist template {file} cannot be read: {error}.</source>
        <translation>无法读取检查项模板 {file}：{error}。</translation>
    </message>
    <message>
        <source>A seed is 1 to 80 characters, e.g. the 32 hex digits a draw record shows.</source>
        <translation>随机种子为 1 至 80 个字符，例如抽取记录中显示的 32 位十六进制数。</translation>
    </message>
    <message>
        <source>A draw was already made on {when} by {who} (seed {seed}). A redraw needs a reason, which is kept with both records.</source>
        <translation>{who} 已于 {when} 进行过抽取（随机种子 {seed}）。重新抽取须填写原因，原因将与两次抽取记录一并保存。</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos; is not met: groups {numbers} have units assigned. Move their units to other groups before drawing only {groups} groups.</source>
        <translation>不满足规则“{rule}”：第 {numbers} 组已分配单位。只抽取 {groups} 个督导组之前，请先将这些组的单位移至其他督导组。</translation>
    </message>
    <message>
        <source>No such group draw record.</source>
        <translation>没有该督导组抽取记录。</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos; is not met: draw at least 1 group of a leader and 0 or more members (asked: {groups} groups, {members} members).</source>
        <translation>不满足规则“{rule}”：至少应抽取 1 个督导组，每组 1 名组长和 0 名或多名组员（本次请求：{groups} 个督导组，{members} 名组员）。</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos; cannot be met: only {available} leadership members for {groups} groups. Draw fewer groups or mark more leadership members.</source>
        <translation>无法满足规则“{rule}”：{groups} 个督导组只有 {available} 名班子成员。请减少督导组数量或标记更多班子成员。</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos; cannot be met: only {available} inspectors in the pool for {groups} groups of {size} ({needed} needed). Draw fewer groups or members, or add inspectors.</source>
        <translation>无法满足规则“{rule}”：督导库只有 {available} 名成员，不足以组成 {groups} 个 {size} 人督导组（需要 {needed} 人）。请减少督导组或组员数量，或增加督导库成员。</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos; cannot be met: group {number} visits units that all but {available} inspectors ({leaders} of them leadership members) must avoid; it needs {size} with a leadership member. Move units first.</source>
        <translation>无法满足规则“{rule}”：第 {number} 组督导的单位，除 {available} 名成员（其中班子成员 {leaders} 名）外其他人都须回避；该组需要 {size} 人且含一名班子成员。请先调整单位分配。</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos; could not be met within {steps} search steps for {groups} groups of {size}: draw with more members per group or widen the pool&apos;s expertise.</source>
        <translation>在 {steps} 步搜索内无法为 {groups} 个 {size} 人督导组满足规则“{rule}”：请增加每组人数后重新抽取，或扩大督导库成员的专长覆盖面。</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos; cannot be met: no arrangement gives each of the {groups} groups of {size} someone for each of {areas}. Draw with more members per group or add inspectors with those areas.</source>
        <translation>无法满足规则“{rule}”：任何编排都无法使 {groups} 个 {size} 人督导组的每组都有 {areas} 各领域的人员。请增加每组人数后重新抽取，或增加具备这些专长的督导库成员。</translation>
    </message>
    <message>
        <source>Rule &apos;{rule}&apos; cannot be met: with the units already assigned, the pool cannot staff {groups} groups of {size} without someone inspecting a unit they must avoid. Move units between groups first.</source>
        <translation>无法满足规则“{rule}”：按已分配的单位，督导库无法组成 {groups} 个 {size} 人督导组而不让人督导其须回避的单位。请先在督导组之间调整单位。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>无法读取 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>The {what} {key} belongs to another unit.</source>
        <translation>{what} {key} 属于其他单位。</translation>
    </message>
    <message>
        <source>Choose the unit the evidence belongs to.</source>
        <translation>请选择佐证材料所属的单位。</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; cannot be restored: its file was purged. Add the file again.</source>
        <translation>无法恢复“{label}”：其文件已被彻底清除。请重新添加该文件。</translation>
    </message>
    <message>
        <source>Only the office installation may purge removed evidence files.</source>
        <translation>只有编办端可以彻底清除已移出的佐证材料文件。</translation>
    </message>
    <message>
        <source>The {what} {key} does not exist (or was removed).</source>
        <translation>{what} {key} 不存在（或已移出）。</translation>
    </message>
    <message>
        <source>No unit has the code {code}; check the unified social credit code.</source>
        <translation>没有统一社会信用代码为 {code} 的单位，请核对统一社会信用代码。</translation>
    </message>
    <message>
        <source>The checklist has no item {code}; use a code such as A01 from the list.</source>
        <translation>检查项中没有 {code}：请使用清单中的编号，例如 A01。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}); check that it exists and is readable.</source>
        <translation>无法读取 {file}（{reason}）：请检查该文件是否存在且可读。</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes); there is nothing to keep.</source>
        <translation>{file} 为空（0 字节），没有可保存的内容。</translation>
    </message>
    <message>
        <source>{file} is {size} MB, over the limit of {limit} MB for one evidence file; shorten or compress it, or raise the limit in the settings.</source>
        <translation>{file} 大小为 {size} MB，超过单个佐证材料文件 {limit} MB 的上限：请缩短或压缩文件，或在设置中提高上限。</translation>
    </message>
    <message>
        <source>{folder} is not a folder that can be read.</source>
        <translation>{folder} 不是可读取的文件夹。</translation>
    </message>
    <message>
        <source>{folder} is not empty; choose a new or empty folder.</source>
        <translation>{folder} 不为空，请选择新的或空的文件夹。</translation>
    </message>
    <message>
        <source>The file of &apos;{label}&apos; is missing from the store; run Verify.</source>
        <translation>“{label}”的文件在存储库中缺失，请运行“校验数据库”。</translation>
    </message>
    <message>
        <source>Approval matter {id} does not exist.</source>
        <extracomment>The header group of each phase&apos;s columns in the ledger&apos;s declaration. Filled only when the research is done in the field. The fields that must be filled before each phase can be closed.</extracomment>
        <translation>审批事项 {id} 不存在。</translation>
    </message>
    <message>
        <source>Matter &apos;{title}&apos; has not been decided yet; record the decision before following it up.</source>
        <translation>事项“{title}”尚未决策：请先记录决策情况，再进行跟踪问效。</translation>
    </message>
    <message>
        <source>Matter &apos;{title}&apos; has no follow-up indicators; set the indicators the result is measured against first.</source>
        <translation>事项“{title}”没有跟踪问效指标：请先设置衡量结果所依据的指标。</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;: choose one of {choices}.</source>
        <translation>未知角色“{role}”：请从 {choices} 中选择。</translation>
    </message>
    <message>
        <source>Give the installation a name, e.g. the office or the laptop&apos;s group.</source>
        <translation>请为本安装命名，例如编办名称或笔记本所属督导组。</translation>
    </message>
    <message>
        <source>{folder} already holds an installation; use another data directory.</source>
        <translation>{folder} 中已有安装数据，请使用其他数据目录。</translation>
    </message>
    <message>
        <source>A field laptop keeps its database on its own disk; leave out --database-url.</source>
        <translation>外出笔记本的数据库保存在本机磁盘上；请去掉 --database-url。</translation>
    </message>
    <message>
        <source>Type the suggestion before recording it.</source>
        <translation>请先填写意见建议内容，再进行记录。</translation>
    </message>
    <message>
        <source>The suggestion &apos;{text}&apos; is already on the suggestion list.</source>
        <translation>意见建议“{text}”已在建议清单中。</translation>
    </message>
    <message>
        <source>The overall grade of {unit} is not confirmed yet; the group leader confirms it before the feedback letter can be issued (until then it prints as a draft).</source>
        <extracomment>Which problem field fills a column of the template&apos;s problem table (by column title).</extracomment>
        <translation>{unit}的综合评定等次尚未确认：须由督导组组长确认后方可印发书面反馈意见（此前只能打印草稿）。</translation>
    </message>
    <message>
        <source>approve (审定) a letter or the report</source>
        <extracomment>What an office leader approves: the two letter kinds and the report.</extracomment>
        <translation>审定反馈意见或督导报告</translation>
    </message>
    <message>
        <source>Unknown letter kind &apos;{kind}&apos;; use one of: {choices}.</source>
        <extracomment>Why a document prints as 草稿 (Chinese: it is printed).
----------
Why a letter prints as 草稿 (Chinese: it is printed).</extracomment>
        <translation>未知文书类型“{kind}”，请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>Letter template {file} cannot be read: {error}.</source>
        <translation>无法读取文书模板 {file}：{error}。</translation>
    </message>
    <message>
        <source>No unit has the code or name &apos;{code}&apos;.</source>
        <translation>没有代码或名称为“{code}”的单位。</translation>
    </message>
    <message>
        <source>A letter template uses the unknown placeholder {name}; the known ones are: {known}.</source>
        <translation>文书模板使用了未知占位符 {name}；可用的占位符有：{known}。</translation>
    </message>
    <message>
        <source>This unit has no open problems to feed back; record its problems first.</source>
        <translation>该单位没有待反馈的问题，请先记录其问题。</translation>
    </message>
    <message>
        <source>No unit has open problems to feed back; record problems first.</source>
        <translation>没有单位有待反馈的问题，请先记录问题。</translation>
    </message>
    <message>
        <source>Unknown expertise &apos;{tag}&apos;: use one of {known}.</source>
        <translation>未知专长“{tag}”：请使用 {known} 之一。</translation>
    </message>
    <message>
        <source>That inspector is no longer in the pool; reload it.</source>
        <translation>该督导库成员已不在督导库中，请重新加载。</translation>
    </message>
    <message>
        <source>Give the inspector a name.</source>
        <translation>请填写督导库成员姓名。</translation>
    </message>
    <message>
        <source>The pool already has an inspector called &apos;{name}&apos;: add something that tells them apart, e.g. the department.</source>
        <translation>督导库中已有名为“{name}”的成员：请添加可区分的信息，例如所在部门。</translation>
    </message>
    <message>
        <source>The inspector&apos;s own unit does not exist.</source>
        <translation>该督导库成员的本人所在单位不存在。</translation>
    </message>
    <message>
        <source>That declaration no longer exists.</source>
        <translation>该回避申报已不存在。</translation>
    </message>
    <message>
        <source>Required column &apos;{column}&apos; is missing: add it to the header row.</source>
        <translation>缺少必填列“{column}”：请将其添加到表头行。</translation>
    </message>
    <message>
        <source>The workbook has no sheet &apos;{sheet}&apos; with a header row that names &apos;{column}&apos;.</source>
        <translation>工作簿中没有表头行含“{column}”的工作表“{sheet}”。</translation>
    </message>
    <message>
        <source>The cell is empty: fill it in.</source>
        <translation>单元格为空：请填写。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; appears twice (first in row {first}): keep one row per inspector.</source>
        <translation>“{name}”出现两次（首次在第 {first} 行）：每名督导库成员只保留一行。</translation>
    </message>
    <message>
        <source>Unknown expertise &apos;{tag}&apos;: use one of {known}, separated by commas.</source>
        <translation>未知专长“{tag}”：请使用 {known} 之一，多个专长用逗号分隔。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>“{value}”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>No unit with the USCC or name &apos;{value}&apos;: check the unit roster.</source>
        <translation>没有统一社会信用代码或名称为“{value}”的单位：请核对单位名册。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither on sheet Inspectors nor already in the pool.</source>
        <translation>“{value}”既不在督导库成员工作表（Inspectors）中，也不在督导库中。</translation>
    </message>
    <message>
        <source>{file}: {count} problems found; nothing was imported. Correct them and import again.</source>
        <translation>{file}：发现 {count} 个问题，未导入任何内容。请更正后重新导入。</translation>
    </message>
    <message>
        <source>Problem {id} does not exist.</source>
        <extracomment>Fields a clerk edits directly in the detail editor (status has its own functions).</extracomment>
        <translation>问题 {id} 不存在。</translation>
    </message>
    <message>
        <source>Unknown problem category &apos;{category}&apos;; choose one of: {choices}.</source>
        <translation>未知问题类型“{category}”，请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>Unknown problem source &apos;{category}&apos;; choose one of: {choices}.</source>
        <translation>问题来源“{category}”不存在，请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>Who must act must be &apos;office&apos; or &apos;unit&apos;, not &apos;{actor}&apos;.</source>
        <translation>整改主体必须是“office”或“unit”，不能是“{actor}”。</translation>
    </message>
    <message>
        <source>A problem needs a description.</source>
        <translation>请填写问题描述。</translation>
    </message>
    <message>
        <source>These problem fields cannot be set here: {fields}.</source>
        <translation>此处不能设置以下问题字段：{fields}。</translation>
    </message>
    <message>
        <source>Choose the unit the problem belongs to.</source>
        <translation>请选择问题所属的单位。</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;.</source>
        <translation>未知状态“{status}”。</translation>
    </message>
    <message>
        <source>A problem becomes &apos;notified&apos; only when its feedback letter is issued; issue the unit&apos;s letter instead.</source>
        <translation>问题只有在书面反馈意见印发后才会变为“已反馈”，请改为印发该单位的书面反馈意见。</translation>
    </message>
    <message>
        <source>Only a look-back can mark a problem verified; record the look-back result.</source>
        <translation>只有回头看才能将问题标记为已核实，请记录回头看结果。</translation>
    </message>
    <message>
        <source>A problem cannot go from &apos;{current}&apos; to &apos;{target}&apos;: steps may not be skipped or undone. The next step is &apos;{expected}&apos;.</source>
        <translation>问题不能从“{current}”变为“{target}”：不能跳过或撤销环节。下一环节为“{expected}”。</translation>
    </message>
    <message>
        <source>Only a problem verified at the look-back (or one the office rectified itself) can be closed; this one is &apos;{status}&apos;.</source>
        <translation>只有经回头看核实的问题（或编办自身已整改的问题）才能销号；该问题目前为“{status}”。</translation>
    </message>
    <message>
        <source>Write what progress was made.</source>
        <translation>请填写整改进展。</translation>
    </message>
    <message>
        <source>Write down what the look-back found.</source>
        <translation>请填写回头看发现的情况。</translation>
    </message>
    <message>
        <source>A look-back checks rectified problems; this one is &apos;{status}&apos;. Mark it rectified first.</source>
        <translation>回头看只核查已整改的问题；此问题状态为“{status}”。请先将其标记为已整改。</translation>
    </message>
    <message>
        <source>File {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>{value} is not a valid resident ID number (18 characters with a correct check digit): correct it from the person&apos;s file.</source>
        <extracomment>Unit figures a month&apos;s export carries (the roster&apos;s own columns). The column titles of a simple one-level unit sheet, in the order a test file is written.</extracomment>
        <translation>{value}不是有效的居民身份证号码（18位，校验码正确）：请根据人员档案更正。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid unified social credit code.</source>
        <translation>“{value}”不是有效的统一社会信用代码。</translation>
    </message>
    <message>
        <source>{value} appears twice (also in row {other}).</source>
        <translation>{value}重复出现（另见第{other}行）。</translation>
    </message>
    <message>
        <source>File {file}: no sheet has the units (统一社会信用代码 and 单位名称 in its header); export the real-name data with its unit sheet.</source>
        <translation>文件{file}：没有单位信息表（表头含统一社会信用代码和单位名称）；请导出含单位信息表的实名制数据。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number of zero or more.</source>
        <translation>“{value}”不是大于或等于零的整数。</translation>
    </message>
    <message>
        <source>File {file} has {count} errors; nothing was imported. Fix them and import the file again.</source>
        <extracomment>Records written per flush.</extracomment>
        <translation>文件 {file} 有 {count} 处错误，未导入任何内容。请更正后重新导入该文件。</translation>
    </message>
    <message>
        <source>Unknown report section &apos;{section}&apos;; choose one of: {choices}.</source>
        <translation>未知报告部分“{section}”，请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>Campaign {id} does not exist.</source>
        <translation>督导活动 {id} 不存在。</translation>
    </message>
    <message>
        <source>This row is hidden in the workbook; it is imported like the others.</source>
        <translation>该行在工作簿中为隐藏行，仍将与其他行一样导入。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the values of this column: use one of {values}.</source>
        <translation>“{value}”不是本列的有效值：请使用{values}之一。</translation>
    </message>
    <message>
        <source>The total {total} is not the sum of the figures by kind ({sum}): correct the total or the figures (or add a column for the kind the difference belongs to).</source>
        <translation>合计{total}不等于分类数之和（{sum}）：请更正合计或分类数（或为差额所属类别增加一列）。</translation>
    </message>
    <message>
        <source>The total {total} is smaller than the figures by kind add up to ({sum}): correct the total or the figures.</source>
        <translation>合计{total}小于分类数之和（{sum}）：请更正合计或分类数。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number: type a number such as 12 (or leave the cell empty for 0).</source>
        <translation>“{value}”不是整数：请填写数字，例如 12（如为 0 可留空）。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date: type it as 2027-05-31.</source>
        <translation>“{value}”不是日期：请按 2027-05-31 的格式填写。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a known unit kind: correct it, or import with new kinds allowed to add it to the office&apos;s kinds.</source>
        <extracomment>Units written per flush: each flush sends its units and their change-log entries to the database and the session lets go of them, so memory stays flat however long the roster. Kinds the roster names that are not known yet: name -&gt; suggested group. Rows skipped as totals or notes: (sheet, row, &quot;total&quot;/&quot;note&quot;, text). Per sheet, the layout signature and the column mapping used (remembered on import).</extracomment>
        <translation>“{value}”不是已知的单位类别：请更正，或勾选“增加新的单位类别”后导入，将其加入本办的单位类别。</translation>
    </message>
    <message>
        <source>Unified social credit code {value} appears twice: also in sheet {sheet}, row {first}. Keep one row per unit.</source>
        <translation>统一社会信用代码 {value} 重复出现：工作表 {sheet} 第 {first} 行中也有。每家单位只保留一行。</translation>
    </message>
    <message>
        <source>Unit {value} appears twice: also in sheet {sheet}, row {first}. Keep one row per unit.</source>
        <translation>单位 {value} 重复出现：工作表 {sheet} 第 {first} 行中也有。每家单位只保留一行。</translation>
    </message>
    <message>
        <source>Unit {value} is already in the roster with the code {other}: use that code to update it, or correct the name.</source>
        <translation>单位 {value} 已在单位名册中，统一社会信用代码为 {other}：如需更新该单位请使用此代码，否则请更正单位名称。</translation>
    </message>
    <message>
        <source>Supervising department &quot;{value}&quot; is not known: correct the name, or add the department first (or import with new departments allowed).</source>
        <translation>主管部门“{value}”不存在：请更正名称，或先添加该主管部门（或在导入时允许新增主管部门）。</translation>
    </message>
    <message>
        <source>The roster {file} was not imported: {count} problems must be fixed first.</source>
        <translation>单位名册 {file} 未导入：须先更正 {count} 个问题。</translation>
    </message>
    <message>
        <source>Unified social credit code {value} fails the GB 32100 checksum: correct it, or give a reason in the USCC exception note column if the code is known to be right.</source>
        <translation>统一社会信用代码 {value} 未通过 GB 32100 校验：请更正；如确认代码无误，请在统一社会信用代码例外说明列中填写原因。</translation>
    </message>
    <message>
        <source>Unified social credit code {value} has characters a USCC cannot have: correct it, or give a reason in the USCC exception note column.</source>
        <translation>统一社会信用代码 {value} 含有不允许的字符：请更正，或在统一社会信用代码例外说明列中填写原因。</translation>
    </message>
    <message>
        <source>Unified social credit code {value} must have 18 characters: correct it.</source>
        <translation>统一社会信用代码 {value} 必须为 18 位：请更正。</translation>
    </message>
    <message>
        <source>Unknown unit flag &apos;{flag}&apos;; choose one of: {choices}.</source>
        <translation>未知的单位标记“{flag}”；请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>This unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>The warning rules in {file} cannot be read: {error}.</source>
        <extracomment>Chinese names of the subjects a warning is raised for (the rule messages are Chinese).</extracomment>
        <translation>无法读取 {file} 中的预警规则：{error}。</translation>
    </message>
    <message>
        <source>{file}: unknown warning rules {rules}; known: {known}.</source>
        <translation>{file}：未知预警规则 {rules}；可用规则：{known}。</translation>
    </message>
    <message>
        <source>Write a note saying how the warning is being handled.</source>
        <translation>请填写预警处理情况说明。</translation>
    </message>
    <message>
        <source>Warning {id} does not exist.</source>
        <translation>预警 {id} 不存在。</translation>
    </message>
    <message>
        <source>The formula in this cell has no calculated value: open the file in Excel or WPS, save it and import it again, or type the value.</source>
        <translation>该单元格中的公式没有计算结果：请在 Excel 或 WPS 中打开文件，保存后重新导入，或直接填写数值。</translation>
    </message>
    <message>
        <source>Package {file} was made for another installation (another laptop, or another office) and cannot be read here. Import it on the installation it was made for; nothing was changed.</source>
        <translation>数据包 {file} 是为其他安装（其他笔记本或其他编办）制作的，在此无法读取。请在其对应的安装上导入；未作任何更改。</translation>
    </message>
    <message>
        <source>Package {file} is damaged or was altered ({where}). Ask the sender for a new copy; nothing was changed.</source>
        <translation>数据包 {file} 已损坏或被篡改（{where}）。请向发送方索取新副本；未做任何更改。</translation>
    </message>
    <message>
        <source>{file} is not a dudao package (.dudao file); nothing was changed.</source>
        <translation>{file} 不是 dudao 数据包（.dudao 文件）；未做任何更改。</translation>
    </message>
    <message>
        <source>Package {file} was made by an older version of dudao-desktop (package format {version}). Update that installation, enrol it, and export again; nothing was changed.</source>
        <translation>数据包 {file} 由旧版 dudao-desktop 制作（数据包格式 {version}）。请升级该安装、完成登记后重新导出；未作任何更改。</translation>
    </message>
    <message>
        <source>Package {file} was made by a newer version of dudao-desktop (package format {version}, this version reads up to {supported}). Update the application first; nothing was changed.</source>
        <translation>数据包 {file} 由更新版本的 dudao-desktop 生成（数据包格式 {version}，本版本最高支持 {supported}）。请先更新应用；未做任何更改。</translation>
    </message>
    <message>
        <source>Package {file} is incomplete (the file was cut short, e.g. by an interrupted copy). Copy it again; nothing was changed.</source>
        <translation>数据包 {file} 不完整（文件被截断，例如复制中断）。请重新复制；未做任何更改。</translation>
    </message>
    <message>
        <source>The signature of package {file} does not match its content: it was altered after it was made. Nothing was changed.</source>
        <translation>数据包 {file} 的签名与内容不符：生成后已被篡改。未做任何更改。</translation>
    </message>
    <message>
        <source>Evidence file {sha} changed on disk while it was being packed; run &apos;dudao verify&apos; and export again.</source>
        <translation>佐证材料文件 {sha} 在打包过程中在磁盘上发生了变化；请运行 &apos;dudao verify&apos; 后重新导出。</translation>
    </message>
    <message>
        <source>Package {file} contains a member with an absolute path ({name}); it is refused and nothing was changed.</source>
        <translation>数据包 {file} 含有使用绝对路径的文件（{name}）；已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Package {file} contains a member that points outside the package ({name}); it is refused and nothing was changed.</source>
        <translation>数据包 {file} 含有指向数据包外部的文件（{name}）；已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Package {file} has {count} members, more than the limit of {limit}; it is refused and nothing was changed.</source>
        <translation>数据包 {file} 含有 {count} 个文件，超过上限 {limit}；已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Package {file} would unpack to {size} bytes, more than the limit of {limit}; it is refused and nothing was changed.</source>
        <translation>数据包 {file} 解包后为 {size} 字节，超过上限 {limit}；已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Member {name} of package {file} is {size} bytes, more than the limit of {limit} per member; the package is refused and nothing was changed.</source>
        <translation>数据包 {file} 中的文件 {name} 为 {size} 字节，超过单个文件上限 {limit}；已拒绝导入该数据包，未做任何更改。</translation>
    </message>
    <message>
        <source>Package {file} contains a {kind} ({name}); packages may only hold plain files. It is refused and nothing was changed.</source>
        <translation>数据包 {file} 含有 {kind}（{name}）；数据包只能包含普通文件。已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Package {file} has more than {limit} members; it is refused and nothing was changed.</source>
        <translation>数据包 {file} 含有的文件超过 {limit} 个；已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Package {file} contains {name} twice; it is refused and nothing was changed.</source>
        <translation>数据包 {file} 中 {name} 出现两次；已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Package {file} contains {name}, which its manifest does not list; it is refused and nothing was changed.</source>
        <translation>数据包 {file} 含有 {name}，但其清单中未列出；已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Package {file} lacks {name}, which its manifest lists; it is refused and nothing was changed.</source>
        <translation>数据包 {file} 缺少其清单中列出的 {name}；已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>belongs to a unit outside the laptop&apos;s group</source>
        <translation>属于该笔记本所在组以外的单位</translation>
    </message>
    <message>
        <source>is master data kept by the office</source>
        <translation>是由编办维护的主数据</translation>
    </message>
    <message>
        <source>does not exist at the office</source>
        <translation>在编办不存在</translation>
    </message>
    <message>
        <source>belongs to no unit</source>
        <translation>不属于任何单位</translation>
    </message>
    <message>
        <source>Name the group to export for with --group.</source>
        <translation>请用 --group 指定要导出的督导组。</translation>
    </message>
    <message>
        <source>No .dudao files found.</source>
        <translation>未找到 .dudao 文件。</translation>
    </message>
    <message>
        <source>{count} of {total} packages were refused; see the lines above.</source>
        <translation>{total} 个数据包中有 {count} 个被拒绝，详见上方各行。</translation>
    </message>
    <message>
        <source>{file}: the file name must end in {choices}.</source>
        <translation>{file}：文件名必须以 {choices} 结尾。</translation>
    </message>
    <message>
        <source>There is no campaign yet: plan a campaign first.</source>
        <translation>尚无督导活动：请先制定督导活动方案。</translation>
    </message>
    <message>
        <source>--year {year} is not a plausible year.</source>
        <translation>--year {year} 不是合理的年份。</translation>
    </message>
    <message>
        <source>Campaign &apos;{campaign}&apos; has no inspection groups yet: draw them first.</source>
        <extracomment>The plan&apos;s sections in print order: a campaign field, or a part built from the data.</extracomment>
        <translation>督导活动“{campaign}”尚无督导组：请先抽取督导组。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid value for this field.</source>
        <translation>“{value}”不是此字段的有效值。</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>There is no conflict number {id}.</source>
        <translation>没有编号为 {id} 的冲突。</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved.</source>
        <translation>冲突 {id} 已处理。</translation>
    </message>
    <message>
        <source>Give the merged value.</source>
        <translation>请填写合并后的值。</translation>
    </message>
    <message>
        <source>Unknown ledger &apos;{kind}&apos;; choose one of: {choices}.</source>
        <translation>未知台账“{kind}”，请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>This database has no data directory.</source>
        <translation>此数据库没有数据目录。</translation>
    </message>
    <message>
        <source>Only a laptop (field installation) asks the office to enrol it.</source>
        <translation>只有笔记本（现场安装）才需向编办申请登记。</translation>
    </message>
    <message>
        <source>{file} cannot be written: {error}.</source>
        <translation>无法写入 {file}：{error}。</translation>
    </message>
    <message>
        <source>{file} is not a laptop&apos;s enrolment request. On the laptop, use Sync center &gt; Enrolment request (or &apos;dudao enrol request&apos;) and bring that file.</source>
        <translation>{file} 不是笔记本的登记申请。请在笔记本上使用“同步中心 &gt; 登记申请”（或“dudao enrol request”）生成并带来该文件。</translation>
    </message>
    <message>
        <source>Only the office enrols laptops.</source>
        <translation>只有编办可以登记笔记本。</translation>
    </message>
    <message>
        <source>The fingerprint read out ({typed}) does not match the keys in the request ({actual}). The request file may have been swapped: do not enrol it; make a new request on the laptop and compare again.</source>
        <translation>读出的指纹（{typed}）与申请中的密钥（{actual}）不一致。申请文件可能被调换：请勿登记；请在笔记本上重新生成申请并再次核对。</translation>
    </message>
    <message>
        <source>Laptop &apos;{laptop}&apos; is already enrolled (fingerprint {fingerprint}); revoke that enrolment first if it should change.</source>
        <translation>笔记本“{laptop}”已登记（指纹 {fingerprint}）；如需变更，请先撤销该登记。</translation>
    </message>
    <message>
        <source>These keys were enrolled before for another laptop (&apos;{laptop}&apos;); a key belongs to one laptop only. Make a new request on the laptop.</source>
        <translation>这些密钥此前已登记给另一台笔记本（“{laptop}”）；一套密钥只属于一台笔记本。请在笔记本上重新生成申请。</translation>
    </message>
    <message>
        <source>Say why the laptop is revoked (lost, stolen, replaced...).</source>
        <translation>请说明撤销该笔记本的原因（丢失、被盗、更换……）。</translation>
    </message>
    <message>
        <source>No single inspection group &apos;{group}&apos;: give the group&apos;s number, name or id ({count} found).</source>
        <translation>无法确定唯一的督导组“{group}”：请填写督导组的编号、名称或 ID（找到 {count} 个）。</translation>
    </message>
    <message>
        <source>No single enrolled laptop &apos;{laptop}&apos;: give its name, id or fingerprint ({count} found).</source>
        <translation>没有唯一的已登记笔记本“{laptop}”：请给出其名称、标识或指纹（找到 {count} 个）。</translation>
    </message>
    <message>
        <source>Field packages are made at the office; a laptop exports return packages (leave out --group).</source>
        <translation>外业数据包由编办生成；笔记本只导出回传数据包（请去掉 --group）。</translation>
    </message>
    <message>
        <source>The group&apos;s campaign is missing.</source>
        <translation>该督导组所属的督导活动缺失。</translation>
    </message>
    <message>
        <source>Group {group} has {count} matching enrolled laptops: a field package is made for one enrolled laptop. Enrol the group&apos;s laptop first, or name it with --laptop ({names}).</source>
        <translation>组别 {group} 有 {count} 台匹配的已登记笔记本：现场数据包只为一台已登记笔记本制作。请先登记该组的笔记本，或用 --laptop 指定（{names}）。</translation>
    </message>
    <message>
        <source>Return packages are made on a laptop; the office exports field packages with --group.</source>
        <translation>回传数据包由笔记本生成；编办使用 --group 导出外业数据包。</translation>
    </message>
    <message>
        <source>{file}: {count} problems found; no answers were imported.</source>
        <translation>{file}：发现 {count} 个问题，未导入任何答卷。</translation>
    </message>
    <message>
        <source>No header row with a USCC column was found: use a workbook exported for this questionnaire.</source>
        <translation>未找到含统一社会信用代码列的表头行：请使用为本调查问卷导出的工作簿。</translation>
    </message>
    <message>
        <source>Unit &apos;{value}&apos; was not issued this questionnaire.</source>
        <translation>单位“{value}”未收到本调查问卷。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid answer: expected {expected}.</source>
        <translation>“{value}”不是有效答案：应为 {expected}。</translation>
    </message>
    <message>
        <source>The column for question {number} is missing.</source>
        <translation>缺少第 {number} 题的列。</translation>
    </message>
    <message>
        <source>No such questionnaire.</source>
        <translation>没有该调查问卷。</translation>
    </message>
    <message>
        <source>These suggestion fields cannot be set here: {fields}.</source>
        <translation>此处不能设置以下意见建议字段：{fields}。</translation>
    </message>
    <message>
        <source>A suggestion needs its text.</source>
        <translation>请填写意见建议内容。</translation>
    </message>
    <message>
        <source>A suggestion comes from &apos;interview&apos; or &apos;checklist&apos;, not &apos;{source}&apos;.</source>
        <translation>意见建议的来源应为“interview”或“checklist”，不能是“{source}”。</translation>
    </message>
    <message>
        <source>Unknown category &apos;{category}&apos;; choose one of: {choices}.</source>
        <translation>未知类别“{category}”，请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>Suggestion {id} does not exist.</source>
        <translation>意见建议 {id} 不存在。</translation>
    </message>
    <message>
        <source>Give the training session a topic.</source>
        <translation>请填写专题培训的主题。</translation>
    </message>
    <message>
        <source>That training session is gone.</source>
        <translation>该专题培训已不存在。</translation>
    </message>
    <message>
        <source>Give the questionnaire a title.</source>
        <translation>请填写调查问卷标题。</translation>
    </message>
    <message>
        <source>Question {number}: unknown answer type &apos;{kind}&apos;; use {known}.</source>
        <translation>第 {number} 题：未知答案类型“{kind}”，请使用 {known}。</translation>
    </message>
    <message>
        <source>Question {number} needs a text (and a choice question its options).</source>
        <translation>第 {number} 题需要填写题目内容（选择题还需填写选项）。</translation>
    </message>
    <message>
        <source>That laptop is not enrolled (or was revoked); enrol it first.</source>
        <translation>该笔记本未登记（或已被撤销）；请先登记。</translation>
    </message>
    <message>
        <source>This laptop has not been set up from a field package yet; import the field package from the office first.</source>
        <translation>本笔记本尚未通过外业数据包完成设置，请先导入编办下发的外业数据包。</translation>
    </message>
    <message>
        <source>Evidence file {sha} is missing from this installation, so it cannot be sent; run &apos;dudao verify&apos; to see which evidence it belongs to.</source>
        <translation>本机缺少佐证材料文件 {sha}，无法发送；请运行 &apos;dudao verify&apos; 查看其所属的佐证材料。</translation>
    </message>
    <message>
        <source>The disk holding {file} is full; free some space or choose another place, then export again. No package was written.</source>
        <translation>存放 {file} 的磁盘已满；请释放空间或另选位置后重新导出。未写入任何数据包。</translation>
    </message>
    <message>
        <source>{file} cannot be written there (the folder is read-only or you lack permission); choose another place. No package was written.</source>
        <translation>无法在该处写入 {file}（文件夹只读或没有权限）；请另选位置。未写入任何数据包。</translation>
    </message>
    <message>
        <source>{file} cannot be written: {error}. No package was written.</source>
        <translation>无法写入 {file}：{error}。未写入任何数据包。</translation>
    </message>
    <message>
        <source>Package {file} is a field package for a laptop; the office makes field packages and does not import them.</source>
        <translation>数据包 {file} 是供笔记本使用的外业数据包；外业数据包由编办生成，编办不导入此类数据包。</translation>
    </message>
    <message>
        <source>Package {file} is a return package; only the office imports return packages.</source>
        <translation>数据包 {file} 是回传数据包，只有编办可以导入回传数据包。</translation>
    </message>
    <message>
        <source>Package {file} was made by this installation; it has nothing new.</source>
        <translation>数据包 {file} 由本机生成，没有新内容。</translation>
    </message>
    <message>
        <source>Package {file} was made for another laptop; ask the office for this laptop&apos;s own field package. Nothing was changed.</source>
        <translation>数据包 {file} 是为另一台笔记本制作的；请向编办索取本笔记本自己的现场数据包。未作任何更改。</translation>
    </message>
    <message>
        <source>Package {file} is signed by a key other than the office key this laptop trusts ({office}). If the office really changed its key, import the package again and confirm that you trust the new office key; otherwise do not use it. Nothing was changed.</source>
        <translation>数据包 {file} 的签名密钥不是本笔记本信任的编办密钥（{office}）。如果编办确实更换了密钥，请重新导入并确认信任新的编办密钥；否则请勿使用。未作任何更改。</translation>
    </message>
    <message>
        <source>Package {file} is signed by laptop &apos;{laptop}&apos;, which was revoked on {date}; its packages are no longer accepted. Nothing was changed.</source>
        <translation>数据包 {file} 由笔记本“{laptop}”签名，该笔记本已于 {date} 被撤销，其数据包不再接受。未作任何更改。</translation>
    </message>
    <message>
        <source>Package {file} is signed by a laptop this office has not enrolled (it calls itself &apos;{name}&apos;). Enrol the laptop for its group first, comparing its fingerprint; nothing was changed.</source>
        <translation>数据包 {file} 由本编办未登记的笔记本签名（自称“{name}”）。请先核对指纹并将该笔记本登记到其组别；未作任何更改。</translation>
    </message>
    <message>
        <source>Package {file} claims another laptop&apos;s identity than the one enrolled with its key (&apos;{laptop}&apos;); it is refused and nothing was changed.</source>
        <translation>数据包 {file} 声称的笔记本身份与其密钥所登记的笔记本（“{laptop}”）不符；已拒绝，未作任何更改。</translation>
    </message>
    <message>
        <source>Package {file} belongs to a campaign laptop &apos;{laptop}&apos; is not enrolled for at this office; it is refused and nothing was changed.</source>
        <translation>数据包 {file} 所属的督导活动不是笔记本“{laptop}”在本编办登记的活动；已拒绝，未作任何更改。</translation>
    </message>
    <message>
        <source>Package {file} from &apos;{sender}&apos; carries changes stamped {hours} hours ahead of this computer&apos;s clock (at most {limit} hours are accepted). Check the date, time and time zone of both computers; nothing was changed.</source>
        <translation>来自“{sender}”的数据包 {file} 中有更改的时间戳比本机时钟快 {hours} 小时（最多接受 {limit} 小时）。请检查两台计算机的日期、时间和时区；未作任何更改。</translation>
    </message>
    <message>
        <source>Package {file} creates or moves {table} record {row} under an id that does not match its {fields}; such a record exists once and its key never changes. It is refused and nothing was changed.</source>
        <translation>数据包 {file} 以与其 {fields} 不符的标识创建或移动 {table} 记录 {row}；此类记录只存在一条且其键值不可更改。已拒绝，未作任何更改。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}.</source>
        <translation>无法读取 {file}：{error}。</translation>
    </message>
    <message>
        <source>Package {file} is {size} bytes, more than the limit of {limit}; it is refused and nothing was changed.</source>
        <translation>数据包 {file} 大小为 {size} 字节，超过上限 {limit}；已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>This package was imported before; nothing to do.</source>
        <translation>该数据包此前已导入，无需处理。</translation>
    </message>
    <message>
        <source>Package {file} contains changes it claims were made elsewhere ({table} {row}); a return package may only carry its laptop&apos;s own changes. It is refused and nothing was changed.</source>
        <translation>数据包 {file} 含有声称在其他地方做出的更改（{table} {row}）；回传数据包只能包含本笔记本自身的更改。已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Applying changes</source>
        <translation>正在应用更改</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The database is in use by another program (another copy of dudao-desktop or a backup tool) and stayed locked; close it and import {file} again. Nothing was changed.</source>
        <translation>数据库正被其他程序（另一个 dudao-desktop 或备份工具）使用并保持锁定；请关闭该程序后重新导入 {file}。未作任何更改。</translation>
    </message>
    <message>
        <source>The data folder is read-only, so {file} cannot be imported; make the folder writable (or copy it somewhere writable) and try again. Nothing was changed.</source>
        <translation>数据文件夹为只读，无法导入 {file}；请使该文件夹可写（或将其复制到可写位置）后重试。未作任何更改。</translation>
    </message>
    <message>
        <source>The disk of the data folder {folder} is full, so {file} cannot be imported; free some space and import it again. Nothing was changed.</source>
        <translation>数据文件夹 {folder} 所在磁盘已满，无法导入 {file}；请释放空间后重新导入。未作任何更改。</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written ({error}), so {file} cannot be imported; make it writable and import again. Nothing was changed.</source>
        <translation>数据文件夹 {folder} 无法写入（{error}），无法导入 {file}；请使其可写后重新导入。未作任何更改。</translation>
    </message>
    <message>
        <source>Package {file} refers to records this installation does not have, or carries incomplete records; it is refused and nothing was changed.</source>
        <translation>数据包 {file} 引用了本机没有的记录，或含有不完整的记录；已拒绝导入，未做任何更改。</translation>
    </message>
    <message>
        <source>Name the output file .pdf or .xlsx (got {file}).</source>
        <translation>输出文件名应以 .pdf 或 .xlsx 结尾（当前为 {file}）。</translation>
    </message>
    <message>
        <source>There is no campaign yet: create one.</source>
        <translation>尚无督导活动：请创建一个。</translation>
    </message>
    <message>
        <source>There is no inspection group {group}.</source>
        <translation>没有督导组 {group}。</translation>
    </message>
    <message>
        <source>--accept-uscc needs CODE=REASON, for example 12370799...=已报备.</source>
        <translation>--accept-uscc 的格式应为 CODE=REASON，例如 12370799...=已报备。</translation>
    </message>
    <message>
        <source>{count} workbooks were refused; see the lines above.</source>
        <translation>{count} 个工作簿被拒绝，详见上方各行。</translation>
    </message>
    <message>
        <source>No unit has open problems to feed back.</source>
        <extracomment>The ledger kinds of ``services.ledger_export.KINDS`` (kept in step with it: a test compares them; the command line starts without importing the declarations). The kinds an import adds records to (the archive is the roster&apos;s). The letter kinds of ``services.letters.LETTER_KINDS`` (kept in step with it).</extracomment>
        <translation>没有单位有待反馈的问题。</translation>
    </message>
    <message>
        <source>The campaign has no checklist template yet.</source>
        <translation>本督导活动尚无检查项模板。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a unit kind: use agency, institution or township.</source>
        <translation>“{value}”不是有效的单位类别：请使用 agency、institution 或 township。</translation>
    </message>
    <message>
        <source>There are no units to print forms for.</source>
        <translation>没有可打印现场核查表的单位。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an answer to a yes/no item: use 是, 否 or 不适用 (Y, N or A).</source>
        <translation>“{value}”不是是非题的有效答案：请填写 是、否 或 不适用（Y、N 或 A）。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number: type a number such as 12.</source>
        <translation>“{value}”不是整数：请填写数字，例如 12。</translation>
    </message>
    <message>
        <source>This inspection no longer exists.</source>
        <translation>该单位督导记录已不存在。</translation>
    </message>
    <message>
        <source>This checklist item no longer exists.</source>
        <translation>该检查项已不存在。</translation>
    </message>
    <message>
        <source>The self-assessment of {unit} is still open: close it, or waive it with a reason, before recording verified answers.</source>
        <translation>{unit} 的单位自评尚未完成：请先完成单位自评，或注明原因后免于自评，再录入核查结果。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a problem category.</source>
        <translation>“{value}”不是有效的问题类型。</translation>
    </message>
    <message>
        <source>This checklist template no longer exists.</source>
        <translation>该检查项模板已不存在。</translation>
    </message>
    <message>
        <source>This cell is empty; it must be filled in.</source>
        <translation>此单元格为空，必须填写。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the choices of this column: pick one from the drop-down list (the names are on the sheet &quot;{sheet}&quot;).</source>
        <translation>“{value}”不是本列的可选项：请从下拉列表中选择（名称见“{sheet}”表）。</translation>
    </message>
    <message>
        <source>File {file} has no checklist header row (section code, item code, checklist item): export a template to see the layout.</source>
        <translation>文件 {file} 没有检查项表头行（章节编号、检查项编号、检查项内容）：请导出模板查看格式。</translation>
    </message>
    <message>
        <source>Item code {value} appears twice.</source>
        <translation>检查项编号 {value} 重复出现。</translation>
    </message>
    <message>
        <source>The checklist {file} was not imported: {count} problems must be fixed first.</source>
        <translation>检查项清单 {file} 未导入：须先更正 {count} 个问题。</translation>
    </message>
    <message>
        <source>This is a laptop (field installation): master data (the roster, checklist templates, the campaign plan, the inspector pool and the draws) is kept by the office and cannot be changed here. Make the change at the office; it reaches this laptop with the next field package.</source>
        <translation>本机为督导组笔记本（外业安装）：主数据（单位名册、检查项模板、督导方案、督导库及抽取结果）由编办维护，不能在此修改。请在编办修改，修改内容将随下一个外业数据包同步到本笔记本。</translation>
    </message>
    <message>
        <source>Give the year or the deadline of the problem.</source>
        <extracomment>The fields every synced record has for the sync; never a ledger column. The unit join: inner for records that always have a unit, outer otherwise. Fixed conditions beside &quot;not deleted&quot;. The export&apos;s row order (the record id breaks ties). A rule an import runs on each row after reading its columns (see ``ledger_import.RowCheck``); ``None``: the columns&apos; own checks suffice. Records are kept elsewhere (the roster): the ledger is shown and exported only. Fields linking a record to another beside its unit, set by the screen it is added from (an accountability record from its problem), never typed. The raw fields a computed column reads.</extracomment>
        <translation>请填写问题的年度或整改时限。</translation>
    </message>
    <message>
        <source>Item {code} has no self-assessment answer.</source>
        <translation>检查项 {code} 尚无单位自评答案。</translation>
    </message>
    <message>
        <source>Item {code} is not verified yet.</source>
        <translation>检查项 {code} 尚未现场核查。</translation>
    </message>
    <message>
        <source>Item {code} needs evidence; none is attached.</source>
        <translation>检查项 {code} 需要佐证材料，但尚未附加。</translation>
    </message>
    <message>
        <source>The visit is not recorded (date, members present, methods used).</source>
        <translation>尚未填写现场核查记录（日期、到场督导人员、核查方式）。</translation>
    </message>
    <message>
        <source>No grade has been confirmed by the group leader.</source>
        <translation>组长尚未确认评定等次。</translation>
    </message>
    <message>
        <source>Problem &quot;{text}&quot; has not been fed back to the unit.</source>
        <translation>问题“{text}”尚未反馈给单位。</translation>
    </message>
    <message>
        <source>Problem &quot;{text}&quot; has not been verified at the look-back.</source>
        <translation>问题“{text}”尚未经回头看核实。</translation>
    </message>
    <message>
        <source>The procedure of {unit} is already closed.</source>
        <translation>{unit} 的督导程序已办结。</translation>
    </message>
    <message>
        <source>Step &quot;{step}&quot; of {unit} cannot close yet; {count} things are missing.</source>
        <translation>{unit} 的“{step}”环节尚不能完成：还缺 {count} 项。</translation>
    </message>
    <message>
        <source>The grade of this inspection was confirmed and the record is locked: give a reason for the change (the earlier state is kept).</source>
        <translation>该单位督导的评定等次已确认，记录已锁定：请填写变更原因（原记录将予以保留）。</translation>
    </message>
    <message>
        <source>Give the reason for going on without the self-assessment.</source>
        <translation>请填写不经单位自评直接核查的原因。</translation>
    </message>
    <message>
        <source>The self-assessment of this unit is already closed.</source>
        <translation>该单位的自评环节已经完成。</translation>
    </message>
    <message>
        <source>confirm a grade</source>
        <translation>确认评定等次</translation>
    </message>
    <message>
        <source>approve (审定) a grade</source>
        <translation>审定评定等次</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a grade.</source>
        <translation>“{value}”不是有效的评定等次。</translation>
    </message>
    <message>
        <source>The group leader has not confirmed a grade yet; nothing to approve.</source>
        <translation>组长尚未确认评定等次，无可审定内容。</translation>
    </message>
    <message>
        <source>The grade is given at the overall evaluation: close the on-site verification first.</source>
        <translation>评定等次在综合评定环节确定：请先完成现场核查环节。</translation>
    </message>
    <message>
        <source>No unit has the code or name {code}.</source>
        <translation>没有统一社会信用代码或名称为 {code} 的单位。</translation>
    </message>
    <message>
        <source>File {file} is not a self-assessment workbook exported by this application (its identity sheet is missing).</source>
        <translation>文件 {file} 不是本应用导出的单位自评工作簿（缺少标识工作表）。</translation>
    </message>
    <message>
        <source>File {file} is not a self-assessment workbook exported by this application.</source>
        <translation>文件 {file} 不是本应用导出的单位自评工作簿。</translation>
    </message>
    <message>
        <source>This workbook belongs to another campaign ({campaign}); export the self-assessment of the current campaign and fill that.</source>
        <translation>该工作簿属于其他督导活动（{campaign}）：请导出本次督导活动的单位自评工作簿后再填写。</translation>
    </message>
    <message>
        <source>This workbook was made for checklist version {version}, but the campaign now uses another version: export it again.</source>
        <translation>该工作簿按检查项版本 {version} 生成，但本督导活动现已使用其他版本：请重新导出。</translation>
    </message>
    <message>
        <source>The unit of this workbook ({uscc}) is not in the roster.</source>
        <translation>该工作簿所属单位（{uscc}）不在单位名册中。</translation>
    </message>
    <message>
        <source>The inspection of {unit} is locked (grade confirmed); its self-assessment can no longer be imported.</source>
        <translation>{unit} 的督导记录已锁定（评定等次已确认），不能再导入其单位自评。</translation>
    </message>
    <message>
        <source>Row {row} should hold item {code}; rows were moved or deleted. Export the workbook again.</source>
        <translation>第 {row} 行应为检查项 {code}；工作簿中的行已被移动或删除。请重新导出工作簿。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an answer kind.</source>
        <translation>“{value}”不是有效的答案类型。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a figure the office holds.</source>
        <translation>“{value}”不是台账中的数据项。</translation>
    </message>
    <message>
        <source>A checklist item needs a text.</source>
        <translation>检查项须填写内容。</translation>
    </message>
    <message>
        <source>Section {code} does not exist.</source>
        <translation>督导内容章节 {code} 不存在。</translation>
    </message>
    <message>
        <source>A checklist section needs a title.</source>
        <translation>督导内容章节须填写标题。</translation>
    </message>
    <message>
        <source>This checklist section no longer exists.</source>
        <translation>该督导内容章节已不存在。</translation>
    </message>
    <message>
        <source>The earlier campaign has no checklist template to derive from.</source>
        <translation>往年督导活动没有可沿用的检查项模板。</translation>
    </message>
    <message>
        <source>Choose the unit to put on the blacklist from the list.</source>
        <translation>请从列表中选择要列入黑名单的单位。</translation>
    </message>
    <message>
        <source>--map &quot;{value}&quot; is not understood: write COLUMN=FIELD, for example D=establishment_admin or &quot;核定编制/行政编制=establishment_admin&quot; (FIELD &quot;-&quot; ignores the column).</source>
        <translation>无法识别--map “{value}”：请写作 列=字段，例如 D=establishment_admin 或 “核定编制/行政编制=establishment_admin”（字段写“-”表示忽略该列）。</translation>
    </message>
    <message>
        <source>--map names the field &quot;{field}&quot;, which this import does not have; fields: {fields}.</source>
        <translation>--map 中的字段“{field}”不属于本导入；可用字段：{fields}。</translation>
    </message>
    <message>
        <source>Skipped as a total row: {text}</source>
        <translation>作为合计行跳过：{text}</translation>
    </message>
    <message>
        <source>Skipped as a note: {text}</source>
        <translation>作为注释行跳过：{text}</translation>
    </message>
    <message>
        <source>Skipped as a section heading: {text}</source>
        <translation>作为分组标题跳过：{text}</translation>
    </message>
    <message>
        <source>A {table} record needs {fields} before it is saved.</source>
        <translation>{table} 记录在保存前需要 {fields}。</translation>
    </message>
    <message>
        <source>Package {file} is refused: line {line} of its changes ({table} record {row}, field {field}): {what}. Nothing was changed; ask the sender to check that installation and export again.</source>
        <translation>数据包 {file} 被拒绝：其更改的第 {line} 行（{table} 记录 {row}，字段 {field}）：{what}。未作任何更改；请发送方检查该安装后重新导出。</translation>
    </message>
    <message>
        <source>Package {file} is refused: line {line} of its changes is longer than {limit} bytes (one value that large is not accepted). Nothing was changed.</source>
        <translation>数据包 {file} 被拒绝：其更改的第 {line} 行超过 {limit} 字节（不接受如此大的单个值）。未作任何更改。</translation>
    </message>
    <message>
        <source>Package {file} is refused: line {line} of its changes is not UTF-8 text. Nothing was changed.</source>
        <translation>数据包 {file} 被拒绝：其更改的第 {line} 行不是 UTF-8 文本。未作任何更改。</translation>
    </message>
    <message>
        <source>The key file {file} is missing; restore it from a backup.</source>
        <translation>密钥文件 {file} 缺失；请从备份中恢复。</translation>
    </message>
    <message>
        <source>The key file {file} is damaged; restore it from a backup.</source>
        <translation>密钥文件 {file} 已损坏；请从备份中恢复。</translation>
    </message>
    <message>
        <source>The key file {file} holds the wrong kind of key.</source>
        <translation>密钥文件 {file} 中的密钥类型不正确。</translation>
    </message>
    <message>
        <source>Only the snapshots ledger is exported by month.</source>
        <translation>只有月度快照台账可以按月导出。</translation>
    </message>
    <message>
        <source>These fields cannot be set here: {fields}.</source>
        <translation>此处不能设置以下字段：{fields}。</translation>
    </message>
    <message>
        <source>Choose the unit from the list.</source>
        <translation>请从列表中选择单位。</translation>
    </message>
    <message>
        <source>Give the user&apos;s name.</source>
        <translation>请填写用户姓名。</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;; choose one of: {choices}.</source>
        <translation>未知角色“{role}”，请选择：{choices}。</translation>
    </message>
    <message>
        <source>There is already a user called {name}.</source>
        <translation>已有名为 {name} 的用户。</translation>
    </message>
    <message>
        <source>There is no user called {name}.</source>
        <translation>没有名为 {name} 的用户。</translation>
    </message>
    <message>
        <source>The password for {name} is wrong; try again.</source>
        <translation>{name} 的密码不正确，请重试。</translation>
    </message>
    <message>
        <source>Sign in as {roles} to {action}.</source>
        <translation>请以{roles}身份登录后再{action}。</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}; only {roles} may {action}. Sign in as one.</source>
        <translation>{name} 当前以{role}身份登录；只有{roles}可以{action}。请以相应身份登录。</translation>
    </message>
    <message>
        <source>Closing a problem (销号) needs the approver the office named; sign in as that person.</source>
        <translation>问题销号须由编办指定的审批人办理，请以该人员身份登录。</translation>
    </message>
    <message>
        <source>Unknown document kind &apos;{kind}&apos;; use one of: {choices}.</source>
        <extracomment>Kinds of numbered documents and their Chinese names.</extracomment>
        <translation>未知的公文种类“{kind}”，请使用：{choices}。</translation>
    </message>
    <message>
        <source>Number {serial} of {year} is already issued for this kind of document (the highest issued is {highest}); choose a next number above it.</source>
        <translation>{year}年该类公文的第{serial}号已经编发（已编至{highest}号），请选择更大的序号。</translation>
    </message>
    <message>
        <source>The next number must be a whole number from 1 up.</source>
        <translation>下一个序号必须是大于等于1的整数。</translation>
    </message>
    <message>
        <source>The year {year} is not a plausible year of issue.</source>
        <translation>{year}不是有效的发文年度。</translation>
    </message>
    <message>
        <source>{file} is not a PDF or an image; scan the forms to PDF, PNG, JPEG or TIFF.</source>
        <translation>{file}不是PDF或图片文件：请将核查表扫描为PDF、PNG、JPEG或TIFF格式。</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it; nothing of yours was saved. Refresh (F5) to see their version, then make your change again.</source>
        <translation>您打开此记录后，已有其他人保存了它；您的修改未保存。请刷新（F5）查看对方的版本，然后重新修改。</translation>
    </message>
    <message>
        <source>The office database stayed busy with another clerk&apos;s work for a minute; nothing of yours was saved. Try again in a moment.</source>
        <translation>编办数据库正忙于处理其他工作人员的操作已达一分钟；您的修改未保存。请稍后重试。</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database address; write it like postgresql+psycopg://clerk@server/dudao.</source>
        <translation>“{url}”不是数据库地址；请按 postgresql+psycopg://clerk@server/dudao 的格式填写。</translation>
    </message>
    <message>
        <source>dudao-desktop works with SQLite or PostgreSQL, not {backend}; give a postgresql+psycopg:// address.</source>
        <translation>dudao-desktop 只支持 SQLite 或 PostgreSQL，不支持 {backend}；请给出 postgresql+psycopg:// 地址。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error}); set the database address again.</source>
        <translation>无法读取 {file}（{error}）；请重新设置数据库地址。</translation>
    </message>
    <message>
        <source>The database {file} lies on a network share ({where}). A database file written over the network gets damaged, so it is not opened. Copy the data folder to this computer&apos;s own disk and open it there; for several clerks working together, move the office database to the database server (&apos;dudao migrate-to --database-url ...&apos;).</source>
        <translation>数据库 {file} 位于网络共享上（{where}）。通过网络写入的数据库文件会损坏，因此不予打开。请把数据文件夹复制到本机磁盘后再打开；多名工作人员协同工作时，请把编办数据库迁移到数据库服务器（“dudao migrate-to --database-url ...”）。</translation>
    </message>
    <message>
        <source>The database {file} lies on a removable disk ({where}). Pulling the disk while the database is written damages it, so it is not opened. Copy the data folder to this computer&apos;s own disk and open it there.</source>
        <translation>数据库 {file} 位于可移动磁盘上（{where}）。写入数据库时拔出磁盘会损坏数据库，因此不予打开。请把数据文件夹复制到本机磁盘后再打开。</translation>
    </message>
    <message>
        <source>The database {url} already holds tables; move the office database only into a new, empty database.</source>
        <translation>数据库 {url} 中已有数据表；编办数据库只能迁移到新建的空数据库中。</translation>
    </message>
    <message>
        <source>{file} is not a dudao-desktop backup.</source>
        <translation>{file} 不是 dudao-desktop 的备份。</translation>
    </message>
    <message>
        <source>{file} was written with schema {revision}; restore it with the version of dudao-desktop that made it.</source>
        <translation>{file} 使用数据结构 {revision} 写成；请用生成它的 dudao-desktop 版本恢复。</translation>
    </message>
    <message>
        <source>The database {url} already holds tables; restore into a new, empty database.</source>
        <translation>数据库 {url} 中已有数据表；请恢复到新建的空数据库中。</translation>
    </message>
    <message>
        <source>{file} could not be restored ({error}); nothing was changed.</source>
        <translation>无法恢复 {file}（{error}）；未作任何更改。</translation>
    </message>
    <message>
        <source>Table {table}: {copied} rows arrived of {count}; nothing was moved.</source>
        <translation>数据表 {table}：{count} 行中只到达 {copied} 行；未迁移任何数据。</translation>
    </message>
    <message>
        <source>The change log arrived different from the original; nothing was moved.</source>
        <translation>迁移后的变更日志与原件不一致；未迁移任何数据。</translation>
    </message>
    <message>
        <source>override a management-control hold</source>
        <translation>签批放行管理控制暂缓的事项</translation>
    </message>
    <message>
        <source>Give the reason for the override.</source>
        <translation>请填写签批放行的理由。</translation>
    </message>
    <message>
        <source>This hold no longer exists.</source>
        <translation>该暂缓记录已不存在。</translation>
    </message>
    <message>
        <source>This hold has already been overridden.</source>
        <translation>该暂缓已签批放行。</translation>
    </message>
    <message>
        <source>This figure difference no longer exists.</source>
        <extracomment>Figure key -&gt; what the office holds; a checklist item names its figure by key.</extracomment>
        <translation>该数据差异已不存在。</translation>
    </message>
    <message>
        <source>This figure difference has already been decided.</source>
        <translation>该数据差异已处理。</translation>
    </message>
    <message>
        <source>Say why the figure difference is dismissed.</source>
        <translation>请说明排除该数据差异的理由。</translation>
    </message>
    <message>
        <source>Say what the revision should change.</source>
        <translation>请说明修订的内容。</translation>
    </message>
    <message>
        <source>Problem {id} is not a problem of {unit}; link its own.</source>
        <translation>问题 {id} 不属于{unit}；请关联该单位自己的问题。</translation>
    </message>
    <message>
        <source>Give the document number of the revised regulation.</source>
        <translation>请填写修订后规定的文号。</translation>
    </message>
    <message>
        <source>This revision no longer exists.</source>
        <translation>该修订记录已不存在。</translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <extracomment>The methods whose links name records of the unit: 查阅资料 its evidence files, 个别谈话 its interviews (随机抽查 links its samples, drawn here).</extracomment>
        <translation>请填写现场核查日期。</translation>
    </message>
    <message>
        <source>Name the group members present at the visit.</source>
        <translation>请填写到场的督导组成员。</translation>
    </message>
    <message>
        <source>Tick at least one method used during the visit.</source>
        <translation>请至少勾选一种核查方式。</translation>
    </message>
    <message>
        <source>A file or interview linked to the visit was removed or belongs to another unit; open the visit record again and check the links.</source>
        <translation>核查记录关联的资料或谈话已被删除或属于其他单位；请重新打开核查记录并检查关联。</translation>
    </message>
    <message>
        <source>Give the day planned for the visit.</source>
        <translation>请填写计划核查日期。</translation>
    </message>
    <message>
        <source>Tick at least one method planned for the visit.</source>
        <translation>请至少勾选一种计划采用的核查方式。</translation>
    </message>
    <message>
        <source>The list to draw from names an entry twice.</source>
        <translation>抽取名单中有重复条目。</translation>
    </message>
    <message>
        <source>Say what the sample is drawn from.</source>
        <translation>请说明从什么范围中抽取。</translation>
    </message>
    <message>
        <source>Draw between 1 and {count} from the list (the number of entries).</source>
        <translation>请从名单中抽取 1 至 {count} 个（名单条目数）。</translation>
    </message>
    <message>
        <source>This sample no longer exists.</source>
        <translation>该抽查记录已不存在。</translation>
    </message>
    <message>
        <source>Write what the follow-up check found.</source>
        <translation>请填写跟踪问效检查的情况。</translation>
    </message>
    <message>
        <source>Follow-up check {id} does not exist.</source>
        <translation>跟踪问效检查记录 {id} 不存在。</translation>
    </message>
    <message>
        <source>Unknown vocabulary &apos;{name}&apos;; choose one of: {choices}.</source>
        <translation>词表“{name}”不存在，请从以下选择：{choices}。</translation>
    </message>
    <message>
        <source>Give the name of the entry.</source>
        <translation>请填写词条名称。</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>名称超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already an entry of {vocabulary}; choose another name.</source>
        <translation>“{name}”已是{vocabulary}中的词条，请换一个名称。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an entry of {vocabulary}.</source>
        <translation>“{name}”不是{vocabulary}中的词条。</translation>
    </message>
    <message>
        <source>Keep at least one entry of the vocabulary in use.</source>
        <translation>词表中至少要保留一个在用的词条。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>EvidenceGalleryModel</name>
    <message>
        <source>{0}, {1} KB</source>
        <translation>{0}，{1} KB</translation>
    </message>
    <message>
        <source>Captured {0} by {1}</source>
        <translation>{1} 于 {0} 采集</translation>
    </message>
    <message>
        <source>Checklist item {0}</source>
        <translation>检查项 {0}</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
</context>
<context>
    <name>EvidenceManifest</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>原文件名</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>采集人</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>座谈</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>file missing from the store</source>
        <translation>存储库中缺少文件</translation>
    </message>
    <message>
        <source>file damaged (hash differs)</source>
        <translation>文件已损坏（哈希值不符）</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>On-site evidence</source>
        <translation>现场佐证材料</translation>
    </message>
    <message numerus="yes">
        <source>  [%n file(s)]</source>
        <translation>
            <numerusform>  [%n 个文件]</numerusform>
        </translation>
    </message>
    <message>
        <source> (evidence required)</source>
        <translation> （须提供佐证材料）</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部检查项</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n 个佐证材料文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加佐证材料文件</translation>
    </message>
    <message>
        <source>Storing evidence files</source>
        <translation>正在保存佐证材料文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from a camera card or scanner folder</source>
        <translation>从相机存储卡或扫描仪文件夹导入</translation>
    </message>
    <message>
        <source>Importing new files from {0}</source>
        <translation>正在从 {0} 导入新文件</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个新文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped as already imported</source>
        <translation>
            <numerusform>；%n 个此前已导入，已跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read</source>
        <translation>
            <numerusform>；%n 个无法读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) removed.</source>
        <translation>
            <numerusform>已移出 %n 个佐证材料文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removal undone.</source>
        <translation>已撤销移出。</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name or its code to find it</source>
        <translation>输入单位名称的一部分或代码进行查找</translation>
    </message>
    <message>
        <source>Search captions and file names</source>
        <translation>搜索说明和文件名</translation>
    </message>
    <message>
        <source>Show only the evidence of one checklist item</source>
        <translation>只显示某一检查项的佐证材料</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>问题(&amp;P)：</translation>
    </message>
    <message>
        <source>Show only the evidence of one problem</source>
        <translation>只显示某一问题的佐证材料</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Show only photos, PDFs, documents, audio or video</source>
        <translation>只显示照片、PDF、文档、音频或视频</translation>
    </message>
    <message>
        <source>It&amp;em:</source>
        <translation>检查项(&amp;E)：</translation>
    </message>
    <message>
        <source>Capture&amp;d from</source>
        <translation>采集日期从(&amp;D)</translation>
    </message>
    <message>
        <source>First capture date shown</source>
        <translation>显示的最早采集日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last capture date shown</source>
        <translation>显示的最晚采集日期</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files as evidence of the unit (or of the checklist item selected on the left)</source>
        <translation>将文件添加为该单位（或左侧所选检查项）的佐证材料</translation>
    </message>
    <message>
        <source>Import from &amp;camera folder…</source>
        <translation>从相机文件夹导入(&amp;C)…</translation>
    </message>
    <message>
        <source>Import everything new in a camera card or scanner folder since the last import</source>
        <translation>导入相机存储卡或扫描仪文件夹中自上次导入以来的全部新文件</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show a photo in the viewer; open other files in their application</source>
        <translation>在查看器中显示照片；其他文件用对应的应用程序打开</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移出(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected evidence; it can be restored</source>
        <translation>移出所选佐证材料；移出后可以恢复</translation>
    </message>
    <message>
        <source>Show re&amp;moved</source>
        <translation>显示已移出(&amp;M)</translation>
    </message>
    <message>
        <source>Show removed evidence so it can be restored</source>
        <translation>显示已移出的佐证材料，以便恢复</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>恢复(&amp;S)</translation>
    </message>
    <message>
        <source>Bring the selected removed evidence back</source>
        <translation>恢复所选的已移除佐证材料</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Checklist items (drop files on an item)</source>
        <translation>检查项（将文件拖放到检查项上）</translation>
    </message>
    <message>
        <source>Drop files here on an item to attach them to it</source>
        <translation>将文件拖放到此处的检查项上，即可附加到该检查项</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>No evidence for this unit yet. Drop photos, scans or documents here, or use Add files.</source>
        <translation>该单位尚无佐证材料。可将照片、扫描件或文档拖放到此处，或使用“添加文件”。</translation>
    </message>
    <message>
        <source>Capti&amp;on:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
    <message>
        <source>What this evidence shows (saved when you press Enter or leave the field)</source>
        <translation>该佐证材料反映的内容（按回车键或离开此栏时保存）</translation>
    </message>
    <message>
        <source>No interviews with this unit have been recorded yet.</source>
        <translation>尚未记录与该单位的座谈。</translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation>新建座谈(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit interview…</source>
        <translation>编辑座谈(&amp;E)…</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>座谈记录</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Evidence viewer – {0}</source>
        <translation>佐证材料查看器 – {0}</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>无法显示此图片。</translation>
    </message>
    <message>
        <source>Evidence viewer</source>
        <translation>佐证材料查看器</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation>100%(&amp;1)</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>向左旋转(&amp;L)</translation>
    </message>
    <message>
        <source>Turn the picture for viewing only; the file is not changed</source>
        <translation>仅旋转图片以便查看，不修改文件</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>向右旋转(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FigureChecksDialog</name>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Unit&apos;s figure</source>
        <translation>单位自评</translation>
    </message>
    <message>
        <source>Office&apos;s figure</source>
        <translation>台账数据</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>核定数</translation>
    </message>
    <message>
        <source>Suggested problem</source>
        <translation>疑似问题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Every figure the unit reported agrees with the office&apos;s data.</source>
        <translation>单位填报的数据均与台账一致。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Figures checked against the office&apos;s data</source>
        <translation>数据比对</translation>
    </message>
    <message>
        <source>&amp;Confirm as problem</source>
        <translation>确认为问题(&amp;C)</translation>
    </message>
    <message>
        <source>Record the suggested problem on the problem list</source>
        <translation>将疑似问题记入问题清单</translation>
    </message>
    <message>
        <source>Why the difference is dismissed</source>
        <translation>排除差异的理由</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>排除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation>本笔记本的指纹</translation>
    </message>
    <message>
        <source>Save the enrolment request and take it to the office (USB stick). When the office enrols this laptop, read this fingerprint out to the clerk: it must be the same on the office&apos;s screen.</source>
        <translation>请保存登记申请并带到编办（U 盘）。编办登记本笔记本时，请向工作人员读出此指纹：编办屏幕上显示的指纹必须与此相同。</translation>
    </message>
    <message>
        <source>Save the enrolment &amp;request…</source>
        <translation>保存登记申请(&amp;R)…</translation>
    </message>
    <message>
        <source>{0} - enrolment request</source>
        <translation>{0} - 登记申请</translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation>保存登记申请</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Data directory: {0}</source>
        <translation>数据目录：{0}</translation>
    </message>
    <message>
        <source>Building the demo campaign…</source>
        <translation>正在生成演示督导活动…</translation>
    </message>
    <message>
        <source>Enter the office&apos;s name first</source>
        <translation>请先填写编办名称</translation>
    </message>
    <message>
        <source>Welcome to dudao-desktop</source>
        <translation>欢迎使用机构编制大督导</translation>
    </message>
    <message>
        <source>There is no database in this data directory yet. Choose how to start:</source>
        <translation>此数据目录中还没有数据库。请选择开始方式：</translation>
    </message>
    <message>
        <source>Demo campaign</source>
        <translation>演示督导活动</translation>
    </message>
    <message>
        <source>A complete example: a county-level city&apos;s office with 420 units, 30 inspectors and 5 inspection groups. Good for trying the application out.</source>
        <translation>完整示例：一个县级市编办，420 家单位、30 名督导库成员、5 个督导组，适合试用本应用。</translation>
    </message>
    <message>
        <source>Open the &amp;demo campaign</source>
        <translation>打开演示督导活动(&amp;D)</translation>
    </message>
    <message>
        <source>New office database</source>
        <translation>新建编办数据库</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>编办名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. the city&apos;s establishment office</source>
        <translation>例如：市委机构编制委员会办公室</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Create office database</source>
        <translation>创建编办数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Set up this &amp;laptop…</source>
        <translation>将本机设为笔记本(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message numerus="yes">
        <source>%n approved matter(s)</source>
        <translation>
            <numerusform>已批准事项 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (supervising department: {1})</source>
        <translation>{0}（主管部门：{1}）</translation>
    </message>
    <message>
        <source>(no meeting date)</source>
        <translation>（无会议日期）</translation>
    </message>
    <message>
        <source>Choose a matter in the list.</source>
        <translation>请在列表中选择一个事项。</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>有未保存的更改。</translation>
    </message>
    <message>
        <source>Effectiveness follow-up</source>
        <translation>跟踪问效</translation>
    </message>
    <message>
        <source>Writing the follow-up report</source>
        <translation>正在生成跟踪问效报告</translation>
    </message>
    <message>
        <source>Approved matters (decided or implemented): record the indicators their effect is measured against and the result of the follow-up.</source>
        <translation>已批准事项（已决策或已落实）：记录衡量其成效的指标及跟踪问效结果。</translation>
    </message>
    <message>
        <source>Search unit, matter or document number</source>
        <translation>搜索单位、事项或文号</translation>
    </message>
    <message>
        <source>Selected matter</source>
        <translation>所选事项</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Decided:</source>
        <translation>决策日期：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决策：</translation>
    </message>
    <message>
        <source>Implementation:</source>
        <translation>落实情况：</translation>
    </message>
    <message>
        <source>Follow-up &amp;indicators:</source>
        <translation>跟踪问效指标(&amp;I)：</translation>
    </message>
    <message>
        <source>What the effect is measured against, e.g. vacancy rate, processing time, staff redeployed</source>
        <translation>衡量成效的依据，如空编率、办理时间、人员分流情况</translation>
    </message>
    <message>
        <source>Follow-up &amp;result:</source>
        <translation>跟踪问效结果(&amp;R)：</translation>
    </message>
    <message>
        <source>What the follow-up found against the indicators</source>
        <translation>对照指标跟踪问效的结果</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Follow-up report…</source>
        <translation>跟踪问效报告…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FontNotice</name>
    <message>
        <source>Fonts standing in: {0}</source>
        <translation>字体替代：{0}</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <source>Suggested from the answers: {0} ({1} of {2} items conform).</source>
        <translation>根据答复建议：{0}（{2} 项中 {1} 项符合）。</translation>
    </message>
    <message>
        <source>No verified answers yet to suggest a grade.</source>
        <translation>尚无已核实的答复，无法建议评定等次。</translation>
    </message>
    <message>
        <source>Confirm the grade</source>
        <translation>确认评定等次</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>等次(&amp;G)：</translation>
    </message>
    <message>
        <source>Confirmed &amp;by:</source>
        <translation>确认人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>变更原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需修改内容</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已变更</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Ready (not imported yet)</source>
        <translation>就绪（尚未导入）</translation>
    </message>
</context>
<context>
    <name>InformationTab</name>
    <message>
        <source>Information data ledger</source>
        <translation>信息数据台账</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部主管部门</translation>
    </message>
    <message>
        <source>Establishment archive</source>
        <translation>机构编制档案</translation>
    </message>
    <message>
        <source>Establishment snapshots</source>
        <translation>机构编制数据快照</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>诚信黑名单</translation>
    </message>
    <message>
        <source>{0} units · {1} snapshots · {2} warnings · {3} blacklist entries</source>
        <translation>{0} 家单位 · {1} 个数据快照 · {2} 条预警 · {3} 条黑名单记录</translation>
    </message>
    <message>
        <source>Showing open warnings only.</source>
        <translation>仅显示未处理的预警。</translation>
    </message>
    <message>
        <source>Showing units on the blacklist now only.</source>
        <translation>仅显示当前列入黑名单的单位。</translation>
    </message>
    <message>
        <source>History of {0} ({1} snapshots)</source>
        <translation>{0} 的历史记录（{1} 个数据快照）</translation>
    </message>
    <message>
        <source>History of the selected unit</source>
        <translation>所选单位的历史记录</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>月度快照</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>约谈通报问责</translation>
    </message>
    <message>
        <source>Select a warning to see its figures and note.</source>
        <translation>选择一条预警以查看其数据和备注。</translation>
    </message>
    <message>
        <source>Cleared on {0}</source>
        <translation>已于 {0} 解除</translation>
    </message>
    <message>
        <source>Acknowledged: {0}</source>
        <translation>已确认：{0}</translation>
    </message>
    <message>
        <source>Warnings recomputed: {0} raised, {1} cleared, {2} active.</source>
        <translation>预警已重新计算：新发出 {0} 条，解除 {1} 条，当前有效 {2} 条。</translation>
    </message>
    <message>
        <source>Recomputing warnings</source>
        <translation>正在重新计算预警</translation>
    </message>
    <message>
        <source>Acknowledge warning</source>
        <translation>确认预警</translation>
    </message>
    <message>
        <source>How is the warning being handled?</source>
        <translation>该预警如何处理？</translation>
    </message>
    <message>
        <source>Select an entry to see the unit&apos;s history.</source>
        <translation>选择一条记录以查看该单位的历史记录。</translation>
    </message>
    <message>
        <source>Listed on {0}: {1}</source>
        <translation>{0} 列入：{1}</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>佐证材料：{0}</translation>
    </message>
    <message>
        <source>Removed on {0}: {1}</source>
        <translation>{0} 移出：{1}</translation>
    </message>
    <message>
        <source>Blacklist evidence</source>
        <translation>黑名单佐证材料</translation>
    </message>
    <message>
        <source>Storing evidence files</source>
        <translation>正在保存佐证材料文件</translation>
    </message>
    <message>
        <source>Take off the blacklist</source>
        <translation>移出黑名单</translation>
    </message>
    <message>
        <source>Why is the unit taken off the blacklist?</source>
        <translation>该单位为何移出黑名单？</translation>
    </message>
    <message>
        <source>Search by unit</source>
        <translation>按单位搜索</translation>
    </message>
    <message>
        <source>Supervising department of the unit</source>
        <translation>单位的主管部门</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选条件</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>保存筛选条件…</translation>
    </message>
    <message>
        <source>Compare a month&apos;s real-name system export with the archive and apply it as a snapshot</source>
        <translation>将某月实名制系统导出数据与档案比对，并作为数据快照写入</translation>
    </message>
    <message>
        <source>Monthly reconciliation…</source>
        <translation>月度比对…</translation>
    </message>
    <message>
        <source>Export the page shown to .xlsx</source>
        <translation>将当前页导出为 .xlsx</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Open warnings only</source>
        <translation>仅显示未解除预警</translation>
    </message>
    <message>
        <source>Apply the warning rules to the current figures</source>
        <translation>按预警规则检查当前数据</translation>
    </message>
    <message>
        <source>Recompute warnings</source>
        <translation>重新计算预警</translation>
    </message>
    <message>
        <source>Acknowledge the selected warning with a note on how it is handled</source>
        <translation>确认所选预警，并注明处理情况</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <source>No warnings have been raised.</source>
        <translation>目前没有预警。</translation>
    </message>
    <message>
        <source>On the blacklist now only</source>
        <translation>仅显示当前列入黑名单的单位</translation>
    </message>
    <message>
        <source>Put a unit on the blacklist…</source>
        <translation>将单位列入黑名单…</translation>
    </message>
    <message>
        <source>Take the selected unit off the blacklist with a reason; the entry stays as history</source>
        <translation>填写原因将所选单位移出黑名单；该记录作为历史保留</translation>
    </message>
    <message>
        <source>Take off the blacklist…</source>
        <translation>移出黑名单…</translation>
    </message>
    <message>
        <source>Blacklist history of the selected unit</source>
        <translation>所选单位的黑名单历史记录</translation>
    </message>
    <message>
        <source>Record a 约谈, 通报 or 问责 of a unit</source>
        <translation>登记对单位的约谈、通报或问责</translation>
    </message>
    <message>
        <source>Record talk, notice or accountability…</source>
        <translation>登记约谈、通报、问责…</translation>
    </message>
</context>
<context>
    <name>Interview</name>
    <message>
        <source>Unit head</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <source>Staff representatives</source>
        <translation>职工代表</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>督导组成员</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>新建座谈</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>座谈</translation>
    </message>
    <message>
        <source>✓ {0} (on the suggestion list)</source>
        <translation>✓ {0}（已列入建议清单）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached</source>
        <translation>
            <numerusform>已附加 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach photos of the meeting or the sign-in sheet</source>
        <translation>附加座谈现场照片或签到表</translation>
    </message>
    <message>
        <source>Attaching files to the interview</source>
        <translation>正在为座谈附加文件</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. the unit&apos;s meeting room</source>
        <translation>如：单位会议室</translation>
    </message>
    <message>
        <source>Unit &amp;head:</source>
        <translation>单位负责人(&amp;H)：</translation>
    </message>
    <message>
        <source>Name of the unit&apos;s head taking part</source>
        <translation>参加座谈的单位负责人姓名</translation>
    </message>
    <message>
        <source>Names separated by commas or 、</source>
        <translation>姓名之间用逗号或“、”分隔</translation>
    </message>
    <message>
        <source>&amp;Inspectors:</source>
        <translation>督导组成员(&amp;I)：</translation>
    </message>
    <message>
        <source>Staff &amp;representatives:</source>
        <translation>职工代表(&amp;R)：</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>座谈内容(&amp;O)：</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>座谈交流的内容</translation>
    </message>
    <message>
        <source>&amp;Needs and difficulties:</source>
        <translation>需求和困难(&amp;N)：</translation>
    </message>
    <message>
        <source>Needs and difficulties the unit raised</source>
        <translation>单位提出的需求和困难</translation>
    </message>
    <message>
        <source>Suggestions raised</source>
        <translation>提出的意见建议</translation>
    </message>
    <message>
        <source>Suggestions marked ✓ are on the suggestion list</source>
        <translation>标有 ✓ 的意见建议已列入建议清单</translation>
    </message>
    <message>
        <source>Type a suggestion and press Add</source>
        <translation>输入意见建议后按“添加”</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Attach fi&amp;les…</source>
        <translation>附加文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Record as suggestion</source>
        <translation>记为意见建议(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected suggestion on the suggestion list (source: interview)</source>
        <translation>将所选意见建议列入建议清单（来源：座谈）</translation>
    </message>
</context>
<context>
    <name>ItemRecordDialog</name>
    <message>
        <source>Record a suggestion</source>
        <translation>记录意见建议</translation>
    </message>
    <message>
        <source>Record a problem</source>
        <translation>记录问题</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>LaptopSetupDialog</name>
    <message>
        <source>Set up this laptop</source>
        <translation>设置本笔记本</translation>
    </message>
    <message>
        <source>This computer will be set up as an inspection group&apos;s laptop. Give it a name the office will recognise (for example the group and the inspector) and your name. It then makes its keys and shows its fingerprint, which you read out to the office when it enrols the laptop.</source>
        <translation>本计算机将被设置为督导组的笔记本。请为其取一个编办能识别的名称（例如组别和督导人员）并填写您的姓名。随后它将生成密钥并显示指纹，编办登记本笔记本时请向编办读出该指纹。</translation>
    </message>
    <message>
        <source>&amp;Laptop name:</source>
        <translation>笔记本名称(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>Give the laptop a name first.</source>
        <translation>请先为本笔记本命名。</translation>
    </message>
</context>
<context>
    <name>LedgerApprovalDetail</name>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>The matter is held by management control; an office leader records an override with a reason</source>
        <translation>该事项因管理控制暂缓；由编办领导签批放行并说明理由</translation>
    </message>
    <message>
        <source>Override hold…</source>
        <translation>签批放行…</translation>
    </message>
    <message>
        <source>Close the current phase when all its fields are filled; the matter moves to the next phase</source>
        <translation>本阶段字段全部填写后完成本阶段；事项将进入下一阶段</translation>
    </message>
    <message>
        <source>Close phase</source>
        <translation>完成本阶段</translation>
    </message>
    <message>
        <source>Confirm the approved decision: the unit&apos;s approved figures change by the approved amounts, dated by the reply</source>
        <translation>确认批准的决定：按批准的调整数更新单位核定编制和职数，日期以批复为准</translation>
    </message>
    <message>
        <source>Apply to the unit</source>
        <translation>更新到单位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申报日期</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>事项申报</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>申报理由</translation>
    </message>
    <message>
        <source>Superior documents</source>
        <translation>上级文件规定</translation>
    </message>
    <message>
        <source>Situation elsewhere</source>
        <translation>外地有关情况</translation>
    </message>
    <message>
        <source>Preliminary plan</source>
        <translation>初步工作打算</translation>
    </message>
    <message>
        <source>Attached materials</source>
        <translation>附件材料</translation>
    </message>
    <message>
        <source>Store files in the evidence store as attachments of this matter</source>
        <translation>将文件作为本事项的附件保存到佐证材料库</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove the selected attachment from this matter</source>
        <translation>从本事项中移除所选附件</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>内容调研</translation>
    </message>
    <message>
        <source>Current institutions</source>
        <translation>机构现状</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>人员编制</translation>
    </message>
    <message>
        <source>Leader posts</source>
        <translation>领导职数</translation>
    </message>
    <message>
        <source>Policy basis</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求情况</translation>
    </message>
    <message>
        <source>Supporting measures</source>
        <translation>配套措施</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>效果预测</translation>
    </message>
    <message>
        <source>Follow-up management</source>
        <translation>后续管理</translation>
    </message>
    <message>
        <source>Field research by a work team</source>
        <translation>工作组实地调研</translation>
    </message>
    <message>
        <source>Research team</source>
        <translation>调研工作组</translation>
    </message>
    <message>
        <source>Members of the work team</source>
        <translation>工作组成员</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策落实</translation>
    </message>
    <message>
        <source>Office meeting date</source>
        <translation>机关办公会日期</translation>
    </message>
    <message>
        <source>Preliminary opinion</source>
        <translation>初步意见</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>Effectiveness follow-up</source>
        <translation>跟踪问效</translation>
    </message>
    <message>
        <source>Follow-up indicators</source>
        <translation>跟踪问效指标</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>跟踪问效结果</translation>
    </message>
    <message>
        <source>Dated checks</source>
        <translation>跟踪问效检查</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>检查发现的情况</translation>
    </message>
    <message>
        <source>Record a dated 跟踪问效 check by the signed-in user</source>
        <translation>以当前登录用户的名义登记一次带日期的跟踪问效检查</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>添加检查</translation>
    </message>
</context>
<context>
    <name>LedgerBlacklistDialog</name>
    <message>
        <source>Put a unit on the blacklist</source>
        <translation>将单位列入黑名单</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Lax execution, poor implementation or poor operation: say what</source>
        <translation>执行不严、落实不力或运行不佳：请具体说明</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>What the listing rests on (documents, findings)</source>
        <translation>列入依据（文件、核查结果）</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
</context>
<context>
    <name>LedgerLetterDialog</name>
    <message>
        <source>Feedback letter</source>
        <translation>书面反馈意见</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>审定: approve the document as the signed-in office leader; until then it prints as a draft</source>
        <translation>审定：以当前登录的编办领导身份审定本文件；审定前打印为草稿</translation>
    </message>
    <message>
        <source>Approve (审定)</source>
        <translation>审定</translation>
    </message>
    <message>
        <source>Mark the letter issued today: the unit&apos;s identified problems become notified</source>
        <translation>将反馈意见标记为今日印发：该单位已认定的问题将变为已反馈</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>印发</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LedgerNewMatterDialog</name>
    <message>
        <source>New matter</source>
        <translation>新建事项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>What the unit applies for</source>
        <translation>单位申报的事项</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申报日期</translation>
    </message>
</context>
<context>
    <name>LedgerNewProblemDialog</name>
    <message>
        <source>New problem</source>
        <translation>新建问题</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Type any part of the unit&apos;s name and choose it from the list</source>
        <translation>输入单位名称的任意部分，并从列表中选择</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>Where it was found, e.g. 2021 establishment evaluation</source>
        <translation>发现问题的途径，例如 2021 年机构编制评估</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>问题类型(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>问题描述(&amp;D)</translation>
    </message>
    <message>
        <source>What is wrong, in the words of the ledger</source>
        <translation>按台账用语描述存在的问题</translation>
    </message>
    <message>
        <source>C&amp;ause</source>
        <translation>原因(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Who must act</source>
        <translation>整改主体(&amp;W)</translation>
    </message>
    <message>
        <source>D&amp;eadline</source>
        <translation>整改时限(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Responsible person</source>
        <translation>整改责任人(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LedgerProblemDetail</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rectification measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Rectification plan returned by the unit</source>
        <translation>单位报送的整改计划</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <source>Look-back result</source>
        <translation>回头看结果</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <source>What was done (dated today)</source>
        <translation>填写进展情况（按今天日期记录）</translation>
    </message>
    <message>
        <source>Add update</source>
        <translation>添加进展</translation>
    </message>
    <message>
        <source>Evidence of rectification</source>
        <translation>整改佐证材料</translation>
    </message>
    <message>
        <source>Store files proving the rectification in the evidence store, linked to this problem</source>
        <translation>将证明整改情况的文件保存到佐证材料库，并关联到本问题</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Preview and issue the unit&apos;s feedback letter: its problems become notified</source>
        <translation>预览并印发该单位的书面反馈意见：其问题将变为已反馈</translation>
    </message>
    <message>
        <source>Issue letter…</source>
        <translation>印发反馈意见…</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Record the look-back result: rectification verified</source>
        <translation>记录回头看结果：整改已核实</translation>
    </message>
    <message>
        <source>Verified at look-back</source>
        <translation>回头看已核实</translation>
    </message>
    <message>
        <source>Record the look-back result: not rectified yet, back to rectifying</source>
        <translation>记录回头看结果：尚未整改到位，退回整改中</translation>
    </message>
    <message>
        <source>Not rectified at look-back</source>
        <translation>回头看未整改到位</translation>
    </message>
    <message>
        <source>Record a 约谈, 通报 or 问责 about this problem</source>
        <translation>就本问题登记约谈、通报或问责</translation>
    </message>
    <message>
        <source>Accountability…</source>
        <translation>约谈通报问责…</translation>
    </message>
</context>
<context>
    <name>LedgerReconcileDialog</name>
    <message>
        <source>Monthly reconciliation</source>
        <translation>月度比对</translation>
    </message>
    <message>
        <source>Real-name export</source>
        <translation>实名制导出数据</translation>
    </message>
    <message>
        <source>The month&apos;s export from the real-name system (.xlsx)</source>
        <translation>实名制系统当月导出数据（.xlsx）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Read the file and show the differences (nothing is written)</source>
        <translation>读取文件并显示差异（不写入任何数据）</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比对</translation>
    </message>
    <message>
        <source>Write the month&apos;s snapshot and update the archive</source>
        <translation>写入当月数据快照并更新档案</translation>
    </message>
    <message>
        <source>Apply as snapshot…</source>
        <translation>作为数据快照写入…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LedgerRecordDialog</name>
    <message>
        <source>New record</source>
        <translation>新增记录</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Ledgers</name>
    <message>
        <source>Problem rectification ledger</source>
        <translation>问题整改台账</translation>
    </message>
    <message>
        <source>Suggestion list</source>
        <translation>建议清单</translation>
    </message>
    <message>
        <source>Matter approval ledger</source>
        <extracomment>Header titles of older approval ledgers (one leader-post figure without its split). The matter&apos;s dated 跟踪问效 checks as one cell, oldest first: &quot;date who：finding&quot; per line.</extracomment>
        <translation>事项审批台账</translation>
    </message>
    <message>
        <source>Information data ledger: establishment archive</source>
        <extracomment>The electronic establishment archive: one row per unit with its current figures. Its records are the units (kept by the roster); this ledger only shows and exports them.</extracomment>
        <translation>信息数据台账：机构编制电子档案</translation>
    </message>
    <message>
        <source>Information data ledger: warnings</source>
        <translation>信息数据台账：预警监测</translation>
    </message>
    <message>
        <source>Compiled by: {office}    Date: {date}</source>
        <translation>填报单位：{office}    填报日期：{date}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit name</source>
        <extracomment>SQL expression of the value (default: the record&apos;s field of the same name). For ``derived`` columns without SQL: the value from the row&apos;s other raw values. Further header titles an import accepts (other offices&apos; words). A ``choice`` from a vocabulary the office extends (``services.vocabulary``): its name; ``vocab`` holds the built-in entries, :func:`with_terms` the office&apos;s too.</extracomment>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rectification</source>
        <extracomment>The latest 约谈, 通报 or 问责 recorded for the problem (the ledger lists it beside the problem).</extracomment>
        <translation>整改</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>整改主体</translation>
    </message>
    <message>
        <source>Handling opinion</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Rectification measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Rectification plan</source>
        <translation>整改计划</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>是否逾期</translation>
    </message>
    <message>
        <source>Look-back</source>
        <translation>回头看</translation>
    </message>
    <message>
        <source>Look-back date</source>
        <translation>回头看日期</translation>
    </message>
    <message>
        <source>Look-back result</source>
        <translation>回头看结果</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Suggestion text</source>
        <translation>意见建议内容</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>事项申报</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申报日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>工作动因</translation>
    </message>
    <message>
        <source>Superior documents</source>
        <translation>上级文件规定</translation>
    </message>
    <message>
        <source>Situation elsewhere</source>
        <translation>外地有关情况</translation>
    </message>
    <message>
        <source>Preliminary plan</source>
        <translation>初步工作打算</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>内容调研</translation>
    </message>
    <message>
        <source>Closing (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Problem number</source>
        <translation>问题编号</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>问题来源类别</translation>
    </message>
    <message>
        <source>Persons or posts involved</source>
        <translation>涉及人数或职数</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Supervising section</source>
        <translation>督办科室</translation>
    </message>
    <message>
        <source>Supervised by</source>
        <translation>督办人</translation>
    </message>
    <message>
        <source>Feedback document number</source>
        <translation>反馈文号</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Evidence captions</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>约谈通报问责</translation>
    </message>
    <message>
        <source>Looked back by</source>
        <translation>回头看人员</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Closing approved by</source>
        <translation>销号审批人</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收文登记</translation>
    </message>
    <message>
        <source>Change requested</source>
        <translation>申请调整</translation>
    </message>
    <message>
        <source>Approval and reply</source>
        <translation>审批及批复</translation>
    </message>
    <message>
        <source>Public institution (civil-service managed) requested</source>
        <translation>申请参公事业编制</translation>
    </message>
    <message>
        <source>Public institution (civil-service managed) approved</source>
        <translation>批准参公事业编制</translation>
    </message>
    <message>
        <source>Logistics worker requested</source>
        <translation>申请工勤编制</translation>
    </message>
    <message>
        <source>Logistics worker approved</source>
        <translation>批准工勤编制</translation>
    </message>
    <message>
        <source>Other special requested</source>
        <translation>申请其他专项编制</translation>
    </message>
    <message>
        <source>Other special approved</source>
        <translation>批准其他专项编制</translation>
    </message>
    <message>
        <source>Principal posts requested</source>
        <translation>申请正职领导职数</translation>
    </message>
    <message>
        <source>Principal posts approved</source>
        <translation>批准正职领导职数</translation>
    </message>
    <message>
        <source>Deputy posts requested</source>
        <translation>申请副职领导职数</translation>
    </message>
    <message>
        <source>Deputy posts approved</source>
        <translation>批准副职领导职数</translation>
    </message>
    <message>
        <source>Leader posts (split not given) requested</source>
        <translation>申请不分正副领导职数</translation>
    </message>
    <message>
        <source>Leader posts (split not given) approved</source>
        <translation>批准不分正副领导职数</translation>
    </message>
    <message>
        <source>Internal bodies requested</source>
        <translation>申请内设机构数</translation>
    </message>
    <message>
        <source>Internal bodies approved</source>
        <translation>批准内设机构数</translation>
    </message>
    <message>
        <source>Internal body leader posts requested</source>
        <translation>申请内设机构领导职数</translation>
    </message>
    <message>
        <source>Internal body leader posts approved</source>
        <translation>批准内设机构领导职数</translation>
    </message>
    <message>
        <source>Matter category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <source>Request document number</source>
        <translation>请示文号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收文日期</translation>
    </message>
    <message>
        <source>Handling section</source>
        <translation>承办科室</translation>
    </message>
    <message>
        <source>Officer in charge</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Current institutions</source>
        <translation>机构现状</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>人员编制</translation>
    </message>
    <message>
        <source>Leader posts</source>
        <translation>领导职数</translation>
    </message>
    <message>
        <source>Policy basis</source>
        <translation>政策依据</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求情况</translation>
    </message>
    <message>
        <source>Supporting measures</source>
        <translation>配套措施</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>效果预测</translation>
    </message>
    <message>
        <source>Follow-up management</source>
        <translation>后续管理</translation>
    </message>
    <message>
        <source>Field research</source>
        <translation>实地调研</translation>
    </message>
    <message>
        <source>Research team</source>
        <translation>调研工作组</translation>
    </message>
    <message>
        <source>Dated checks</source>
        <translation>跟踪问效检查记录</translation>
    </message>
    <message>
        <source>Open accountability</source>
        <translation>问责未办结</translation>
    </message>
    <message>
        <source>Public institution (civil-service managed)</source>
        <translation>参公事业编制</translation>
    </message>
    <message>
        <source>Logistics worker</source>
        <translation>工勤编制</translation>
    </message>
    <message>
        <source>Other special</source>
        <translation>其他专项编制</translation>
    </message>
    <message>
        <source>Principal posts actual</source>
        <translation>正职实配</translation>
    </message>
    <message>
        <source>Deputy posts actual</source>
        <translation>副职实配</translation>
    </message>
    <message>
        <source>Information data ledger: credit blacklist</source>
        <translation>信息数据台账：诚信黑名单</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>列入日期</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>移出日期</translation>
    </message>
    <message>
        <source>Removal reason</source>
        <translation>移出原因</translation>
    </message>
    <message>
        <source>Information data ledger: monthly snapshots</source>
        <translation>信息数据台账：月度快照</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Accountability records</source>
        <translation>约谈通报问责记录</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策落实</translation>
    </message>
    <message>
        <source>Office meeting date</source>
        <translation>机关办公会日期</translation>
    </message>
    <message>
        <source>Preliminary opinion</source>
        <translation>初步意见</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>Effectiveness follow-up</source>
        <translation>跟踪问效</translation>
    </message>
    <message>
        <source>Follow-up indicators</source>
        <translation>跟踪问效指标</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>跟踪问效结果</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Approved establishment</source>
        <translation>编制数</translation>
    </message>
    <message>
        <source>Administrative requested</source>
        <extracomment>The labels of each kind&apos;s change (approval.FIGURE_CHANGES), requested and approved. The kinds are the unit&apos;s; the labels are written out only for the translation tools to see.</extracomment>
        <translation>申请行政编制</translation>
    </message>
    <message>
        <source>Public institution requested</source>
        <translation>申请事业编制</translation>
    </message>
    <message>
        <source>Political-legal special requested</source>
        <translation>申请政法专项编制</translation>
    </message>
    <message>
        <source>Decision level</source>
        <translation>决策层级</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决策日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>决定结果</translation>
    </message>
    <message>
        <source>Administrative approved</source>
        <translation>批准行政编制</translation>
    </message>
    <message>
        <source>Public institution approved</source>
        <translation>批准事业编制</translation>
    </message>
    <message>
        <source>Political-legal special approved</source>
        <translation>批准政法专项编制</translation>
    </message>
    <message>
        <source>Reply document number</source>
        <translation>批复文号</translation>
    </message>
    <message>
        <source>Reply date</source>
        <translation>批复日期</translation>
    </message>
    <message>
        <source>Unit figures updated on</source>
        <translation>单位数据更新日期</translation>
    </message>
    <message>
        <source>Administrative</source>
        <extracomment>Column titles of the establishment kinds of ``model.unit.ESTABLISHMENT_COLUMNS`` (under the group titles above; literal here so that they are translated in this context).</extracomment>
        <translation>行政编制</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业编制</translation>
    </message>
    <message>
        <source>Political-legal special</source>
        <translation>政法专项编制</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Actual staff</source>
        <translation>实有人数</translation>
    </message>
    <message>
        <source>Approved posts</source>
        <translation>核定职数</translation>
    </message>
    <message>
        <source>Actual posts</source>
        <translation>实配职数</translation>
    </message>
    <message>
        <source>Internal institutions</source>
        <translation>内设机构</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>法人登记</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>证书有效期至</translation>
    </message>
    <message>
        <source>Last reconciled month</source>
        <translation>最近核对月份</translation>
    </message>
    <message>
        <source>On the blacklist</source>
        <translation>是否列入黑名单</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <source>Figures and details</source>
        <translation>数据及详情</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>预警日期</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>Cleared on</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Handled on</source>
        <translation>处理日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <extracomment>The value a QDateEdit shows for &quot;no date&quot; (its minimum, shown as the special text).</extracomment>
        <translation>已保存的筛选条件</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选条件</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{0} rows written to {1}.</source>
        <translation>已将 {0} 行写入 {1}。</translation>
    </message>
    <message>
        <source>Exporting the ledger</source>
        <translation>正在导出台账</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>行政编制</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>事业编制</translation>
    </message>
    <message>
        <source>political-legal</source>
        <translation>政法专项编制</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>实有人数</translation>
    </message>
    <message>
        <source>posts approved</source>
        <translation>核定领导职数</translation>
    </message>
    <message>
        <source>posts actual</source>
        <translation>实配领导职数</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Feedback letter</source>
        <translation>书面反馈意见</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <translation>整改通知书</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>将文书另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the letter</source>
        <translation>正在打印文书</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>已保存至 {0}</translation>
    </message>
</context>
<context>
    <name>ListPrinting</name>
    <message>
        <source>Reading row {0} of {1}</source>
        <translation>正在读取第 {0} 行，共 {1} 行</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>正在排版</translation>
    </message>
    <message>
        <source>Printing {0}</source>
        <translation>正在打印 {0}</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>Role: {0}</source>
        <translation>角色：{0}</translation>
    </message>
    <message>
        <source>Campaign: {0}</source>
        <translation>督导活动：{0}</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>尚无督导活动</translation>
    </message>
    <message>
        <source>Establishment supervision</source>
        <translation>机构编制大督导</translation>
    </message>
    <message>
        <source>Open data directory</source>
        <translation>打开数据目录</translation>
    </message>
    <message>
        <source>Database backup {0}</source>
        <translation>数据库备份-{0}</translation>
    </message>
    <message>
        <source>Server backups (*.backup)</source>
        <translation>服务器备份 (*.backup)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Databases (*.sqlite3)</source>
        <translation>数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was written to {0}.</source>
        <translation>备份已保存到 {0}。</translation>
    </message>
    <message>
        <source>Verifying the database…</source>
        <translation>正在校验数据库…</translation>
    </message>
    <message>
        <source>Verify database</source>
        <translation>校验数据库</translation>
    </message>
    <message>
        <source>The database is sound; {0} evidence files were checked.</source>
        <translation>数据库完好；已检查 {0} 个佐证材料文件。</translation>
    </message>
    <message>
        <source>The check found problems:</source>
        <translation>校验发现以下问题：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Pr&amp;int</source>
        <translation>打印(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open data directory…</source>
        <translation>打开数据目录(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Print current &amp;list…</source>
        <translation>打印当前列表(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Verify database…</source>
        <translation>校验数据库(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;About dudao-desktop</source>
        <translation>关于 dudao-desktop(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NewProblemDialog</name>
    <message>
        <source>Handling opinion</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Rectification measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Choose the unit from the list (type part of its name).</source>
        <translation>请从列表中选择单位（可输入单位名称的一部分）。</translation>
    </message>
    <message>
        <source>Say where the problem was found (its source).</source>
        <translation>请填写问题的发现来源。</translation>
    </message>
    <message>
        <source>Choose the category of the problem.</source>
        <translation>请选择问题类型。</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>请填写问题描述。</translation>
    </message>
    <message>
        <source>The deadline {0} is before the year the problem was found ({1}).</source>
        <translation>整改时限 {0} 早于问题发现年度（{1}），请更正。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>{unit}: “{title}” is held because:
{reasons}</source>
        <translation>{unit}：“{title}”暂缓办理，原因：
{reasons}</translation>
    </message>
    <message>
        <source>Only a signed-in office leader may override.</source>
        <translation>只有已登录的编办领导可以签批放行。</translation>
    </message>
    <message>
        <source>Override a management-control hold</source>
        <translation>签批放行管理控制暂缓事项</translation>
    </message>
    <message>
        <source>Office leader:</source>
        <translation>编办领导：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PackageReport</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Preview: would import</source>
        <translation>预览：将导入</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Field package</source>
        <translation>外业数据包</translation>
    </message>
    <message>
        <source>Return package</source>
        <translation>回传数据包</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Evidence received</source>
        <translation>收到的佐证材料</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>原因/说明</translation>
    </message>
    <message>
        <source>Package import report</source>
        <translation>数据包导入报告</translation>
    </message>
    <message>
        <source>Package import preview (nothing was changed)</source>
        <translation>数据包导入预览（未做任何更改）</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装端</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No import yet. Choose package files or a folder to import; a preview is shown before anything changes.</source>
        <translation>尚未导入。请选择要导入的数据包文件或文件夹；做任何更改之前会先显示预览。</translation>
    </message>
    <message>
        <source>&amp;Apply the import</source>
        <translation>执行导入(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Discard the preview</source>
        <translation>放弃预览(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>PackageReportDialog</name>
    <message>
        <source>Package import report</source>
        <translation>数据包导入报告</translation>
    </message>
</context>
<context>
    <name>PackageReportWidget</name>
    <message>
        <source>No import yet. Choose package files or a folder to import; a preview is shown before anything changes.</source>
        <translation>尚未导入。请选择要导入的数据包文件或文件夹；做任何更改之前会先显示预览。</translation>
    </message>
    <message>
        <source>Preview of {0} package(s): nothing has been changed yet. Check the rows, then apply the import or discard the preview.</source>
        <translation>{0} 个数据包的预览：尚未做任何更改。请核对各行，然后执行导入或放弃预览。</translation>
    </message>
    <message>
        <source>Report of {0} package(s).</source>
        <translation>{0} 个数据包的导入报告。</translation>
    </message>
    <message>
        <source>{0} refused: see the reason in the last column.</source>
        <translation>{0} 个已拒绝：原因见最后一列。</translation>
    </message>
    <message>
        <source>Writing the package import report</source>
        <translation>正在生成数据包导入报告</translation>
    </message>
    <message>
        <source>Package import report</source>
        <translation>数据包导入报告</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview – {0}</source>
        <translation>预览 – {0}</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>将 PDF 另存为</translation>
    </message>
    <message>
        <source>Printing {0}</source>
        <translation>正在打印 {0}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Group {number}</source>
        <translation>第{number}督导组</translation>
    </message>
</context>
<context>
    <name>PlanAssignmentDialog</name>
    <message>
        <source>{0} ({1}): {2} units</source>
        <translation>{0}（{1}）：{2} 个单位</translation>
    </message>
    <message>
        <source>Every unit is assigned once; avoidance respected.</source>
        <translation>每个单位均已分配且仅分配一次；已落实回避要求。</translation>
    </message>
    <message>
        <source>{0} problems: {1}</source>
        <translation>{0} 个问题：{1}</translation>
    </message>
    <message>
        <source>Under management control: {0}</source>
        <translation>管理控制：{0}</translation>
    </message>
    <message>
        <source>{0} units assigned.</source>
        <translation>已分配 {0} 个单位。</translation>
    </message>
    <message>
        <source>Spot check again</source>
        <translation>重新抽查</translation>
    </message>
    <message>
        <source>Why draw the spot check again?</source>
        <translation>为什么要重新抽取抽查单位？</translation>
    </message>
    <message>
        <source>Seed {0}: {1} of {2} units picked (★).</source>
        <translation>随机种子 {0}：从 {2} 个单位中抽取 {1} 个（★）。</translation>
    </message>
    <message>
        <source>Units of the inspection groups</source>
        <translation>各督导组的督导单位</translation>
    </message>
    <message>
        <source>Assign &amp;automatically</source>
        <translation>自动分配(&amp;A)</translation>
    </message>
    <message>
        <source>Visit &amp;earlier</source>
        <translation>提前督导(&amp;E)</translation>
    </message>
    <message>
        <source>Visit &amp;later</source>
        <translation>推后督导(&amp;L)</translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation>移至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>Spot-check &amp;share:</source>
        <translation>抽查比例(&amp;S)：</translation>
    </message>
    <message>
        <source>Dra&amp;w spot check</source>
        <translation>抽取抽查单位(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PlanCampaignDialog</name>
    <message>
        <source>Edit campaign plan</source>
        <translation>编辑督导方案</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建督导活动</translation>
    </message>
    <message>
        <source>Campaign plan</source>
        <translation>督导方案</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Supervision &amp;months:</source>
        <translation>督导月(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. 3,9</source>
        <translation>如：3,9</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>编办(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>督导目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Targets:</source>
        <translation>督导对象(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>督导内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Wor&amp;king mechanism:</source>
        <translation>工作机制(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>督导重点(&amp;F)：</translation>
    </message>
    <message>
        <source>Checklist items under a focus are asked only in a campaign with that focus</source>
        <translation>标为督导重点的检查项只在以此为重点的督导活动中检查</translation>
    </message>
</context>
<context>
    <name>PlanDrawDialog</name>
    <message>
        <source>No groups have been drawn yet.</source>
        <translation>尚未抽取督导组。</translation>
    </message>
    <message>
        <source>Required: why draw again?</source>
        <translation>必填：为什么要重新抽取？</translation>
    </message>
    <message>
        <source>Units under management control ({0}):</source>
        <translation>实行管理控制的单位（{0}个）：</translation>
    </message>
    <message>
        <source>  ⚑ {0} [{1}]: {2}</source>
        <translation>  ⚑ {0}【{1}】：{2}</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>Seed: {0}</source>
        <translation>随机种子：{0}</translation>
    </message>
    <message>
        <source>Drawn by {0} at {1}</source>
        <translation>由 {0} 于 {1} 抽取</translation>
    </message>
    <message>
        <source>Every group covers: {0}</source>
        <translation>每个督导组覆盖：{0}</translation>
    </message>
    <message>
        <source>(no area has enough inspectors)</source>
        <translation>（没有哪个领域的督导库成员足够）</translation>
    </message>
    <message>
        <source>Too few inspectors for every group: {0}</source>
        <translation>督导库成员不足以覆盖每个督导组：{0}</translation>
    </message>
    <message>
        <source>{0}: leader {1}; members {2}</source>
        <translation>{0}：组长 {1}；组员 {2}</translation>
    </message>
    <message>
        <source>{0} (leadership)</source>
        <translation>{0}（领导班子成员）</translation>
    </message>
    <message>
        <source>Candidate pool ({0}): {1}</source>
        <translation>候选人员（{0} 人）：{1}</translation>
    </message>
    <message>
        <source>Excluded for avoidance:</source>
        <translation>因回避而排除：</translation>
    </message>
    <message>
        <source>  {0}: not in {1} (avoids a unit of that group)</source>
        <translation>  {0}：不进入{1}（须回避该组的督导单位）</translation>
    </message>
    <message>
        <source>Excluded for avoidance: nobody.</source>
        <translation>因回避而排除：无。</translation>
    </message>
    <message>
        <source>on the blacklist</source>
        <translation>已列入黑名单</translation>
    </message>
    <message>
        <source>open accountability (问责)</source>
        <translation>问责未办结</translation>
    </message>
    <message>
        <source>  {0}: {1} ({2})</source>
        <translation>  {0}：{1}（{2}）</translation>
    </message>
    <message>
        <source>Units to watch in the groups:</source>
        <translation>各组督导单位中需关注的单位：</translation>
    </message>
    <message>
        <source>The draw was refused:</source>
        <translation>抽取被拒绝：</translation>
    </message>
    <message>
        <source>Draw inspection groups</source>
        <translation>抽取督导组</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>督导组数(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Members besides the leader:</source>
        <translation>组长以外的组员数(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>empty: a new cryptographically strong seed</source>
        <translation>留空：生成新的高强度加密随机种子</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>required for a redraw</source>
        <translation>重新抽取时必填</translation>
    </message>
    <message>
        <source>Rules: each group is led by a leadership member; each group covers every expertise area the pool has enough inspectors for; nobody is in two groups; nobody joins a group that visits a unit they must avoid.</source>
        <translation>规则：每个督导组由一名班子成员任组长；每个督导组覆盖督导库中成员人数足够的所有专业领域；任何人不得同时进入两个督导组；任何人不得进入督导其须回避单位的督导组。</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>抽取(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PlanMilestoneDialog</name>
    <message>
        <source>Milestone</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>责任人(&amp;R)：</translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation>步骤(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>PlanPoolAvoidanceDialog</name>
    <message>
        <source>{0} must never inspect the unit chosen here.</source>
        <translation>{0} 不得督导此处选择的单位。</translation>
    </message>
    <message>
        <source>Choose the unit from the list (type part of its name or USCC).</source>
        <translation>请从列表中选择单位（可输入单位名称或统一社会信用代码的一部分）。</translation>
    </message>
    <message>
        <source>No unit is called &apos;{0}&apos;: choose one from the list.</source>
        <translation>没有名为“{0}”的单位：请从列表中选择。</translation>
    </message>
    <message>
        <source>Give the reason (e.g. spouse works there): it is kept on record.</source>
        <translation>请填写原因（如：配偶在该单位工作），该原因将存档备查。</translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation>申报回避</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. spouse works there</source>
        <translation>如：配偶在该单位工作</translation>
    </message>
</context>
<context>
    <name>PlanPoolDialog</name>
    <message>
        <source>{0} inspectors</source>
        <translation>{0} 名督导库成员</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>恢复(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>退出(&amp;T)</translation>
    </message>
    <message>
        <source>The own unit is changed in the inspector&apos;s details.</source>
        <translation>本单位在督导库成员详细信息中修改。</translation>
    </message>
    <message>
        <source>Reinstate inspector</source>
        <translation>恢复督导库成员</translation>
    </message>
    <message>
        <source>Put {0} back into the pool? Later draws may choose them again.</source>
        <translation>将 {0} 重新纳入督导库？此后的抽取可能再次抽中其本人。</translation>
    </message>
    <message>
        <source>Retire inspector</source>
        <translation>退出督导库</translation>
    </message>
    <message>
        <source>Retire {0}? They stay on record (earlier draws name them) but are never drawn again until reinstated.</source>
        <translation>将 {0} 退出督导库？其记录仍将保留（以往的抽取记录中有其姓名），但在恢复之前不会再被抽中。</translation>
    </message>
    <message>
        <source>{0} is back in the pool.</source>
        <translation>{0} 已重新纳入督导库。</translation>
    </message>
    <message>
        <source>{0} retired.</source>
        <translation>{0} 已退出督导库。</translation>
    </message>
    <message>
        <source>The own unit is changed in the inspector&apos;s details (Edit…).</source>
        <translation>本单位在督导库成员详细信息（编辑…）中修改。</translation>
    </message>
    <message>
        <source>Withdraw declaration</source>
        <translation>撤回回避申报</translation>
    </message>
    <message>
        <source>Withdraw {0}&apos;s declared conflict with {1}?</source>
        <translation>撤回 {0} 与 {1} 之间的回避申报？</translation>
    </message>
    <message>
        <source>Import inspector pool</source>
        <translation>导入督导库</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>正在导入 {0}</translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} unchanged; {3} avoidance declarations.</source>
        <translation>新增 {0} 名，更新 {1} 名，未变 {2} 名；回避申报 {3} 条。</translation>
    </message>
    <message>
        <source>Export inspector pool</source>
        <translation>导出督导库</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>正在写入 {0}</translation>
    </message>
    <message>
        <source>{0} inspectors written to {1}.</source>
        <translation>已将 {0} 名督导库成员写入 {1}。</translation>
    </message>
    <message>
        <source>Inspector pool</source>
        <translation>督导库</translation>
    </message>
    <message>
        <source>Search name, department, post, phone</source>
        <translation>搜索姓名、部门、职务、电话</translation>
    </message>
    <message>
        <source>Show &amp;retired</source>
        <translation>显示已退出人员(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add inspector…</source>
        <translation>添加督导库成员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import .xlsx…</source>
        <translation>导入 .xlsx(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport .xlsx…</source>
        <translation>导出 .xlsx(&amp;X)…</translation>
    </message>
    <message>
        <source>Avoidance (回避)</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Units the selected inspector must never inspect: their own unit and declared conflicts.</source>
        <translation>所选督导库成员不得督导的单位：其本单位及已申报回避的单位。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Declare conflict…</source>
        <translation>申报回避(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PlanPoolInspectorDialog</name>
    <message>
        <source>Edit inspector</source>
        <translation>编辑督导库成员</translation>
    </message>
    <message>
        <source>Add inspector</source>
        <translation>添加督导库成员</translation>
    </message>
    <message>
        <source>Give the inspector a name.</source>
        <translation>请填写督导库成员姓名。</translation>
    </message>
    <message>
        <source>The phone number may only hold 5 to 20 digits, spaces, +, - and brackets.</source>
        <translation>电话号码只能包含 5 至 20 位数字、空格、+、- 和括号。</translation>
    </message>
    <message>
        <source>Tick at least one expertise area: the draw covers every area.</source>
        <translation>请至少勾选一个专业领域：抽取时须覆盖每个领域。</translation>
    </message>
    <message>
        <source>No unit is called &apos;{0}&apos;: choose the own unit from the list or leave it empty.</source>
        <translation>没有名为“{0}”的单位：请从列表中选择本单位，或留空。</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>督导库成员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Expertise:</source>
        <translation>专业领域：</translation>
    </message>
    <message>
        <source>&amp;Leadership member (can lead a group)</source>
        <translation>班子成员（可任组长）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Own unit:</source>
        <translation>本单位(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>PlanQuestionnaireDialog</name>
    <message>
        <source>Issued to {0} units</source>
        <translation>已下发至 {0} 个单位</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>total {0:g}, average {1:.2f}</source>
        <translation>合计 {0:g}，平均 {1:.2f}</translation>
    </message>
    <message>
        <source>{0} written answers</source>
        <translation>{0} 条文字答复</translation>
    </message>
    <message>
        <source>Tick the units to issue the questionnaire to.</source>
        <translation>勾选要下发调查问卷的单位。</translation>
    </message>
    <message>
        <source>Issued to {0} more units.</source>
        <translation>已向另外 {0} 个单位下发。</translation>
    </message>
    <message>
        <source>Folder for the workbooks</source>
        <translation>工作簿保存文件夹</translation>
    </message>
    <message>
        <source>Export questionnaire</source>
        <translation>导出调查问卷</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>正在写入 {0}</translation>
    </message>
    <message>
        <source>{0} workbooks written to {1}.</source>
        <translation>已将 {0} 个工作簿写入 {1}。</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>正在导入 {0}</translation>
    </message>
    <message>
        <source>Answers of {0} units imported.</source>
        <translation>已导入 {0} 个单位的答卷。</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>调查问卷</translation>
    </message>
    <message>
        <source>&amp;Questionnaire:</source>
        <translation>调查问卷(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;New questionnaire…</source>
        <translation>新建调查问卷(&amp;N)…</translation>
    </message>
    <message>
        <source>Export &amp;one workbook…</source>
        <translation>导出为一个工作簿(&amp;O)…</translation>
    </message>
    <message>
        <source>Export one &amp;per unit…</source>
        <translation>按单位分别导出(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>导入答卷(&amp;I)…</translation>
    </message>
    <message>
        <source>Questions and totals</source>
        <translation>问题及汇总</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>答案类型</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>下发对象</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>筛选单位</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>勾选全部显示项(&amp;T)</translation>
    </message>
    <message>
        <source>I&amp;ssue to ticked units</source>
        <translation>下发至已勾选单位(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PlanQuestionnaireEditDialog</name>
    <message>
        <source>Give the questionnaire a title.</source>
        <translation>请填写调查问卷标题。</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>请至少添加一个问题。</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>新建调查问卷</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>答案类型</translation>
    </message>
    <message>
        <source>Options (choice: separated by |)</source>
        <translation>选项（选择题：以 | 分隔）</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>添加问题(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation>删除问题(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Campaign plan</source>
        <translation>督导方案</translation>
    </message>
    <message>
        <source>No campaign has been planned yet.</source>
        <translation>尚未制定督导活动方案。</translation>
    </message>
    <message>
        <source>{0} inspection groups, {1} units assigned, {2} milestones</source>
        <translation>{0} 个督导组，已分配 {1} 家单位，{2} 个工作节点</translation>
    </message>
    <message>
        <source>Archive campaign</source>
        <translation>归档督导活动</translation>
    </message>
    <message>
        <source>Archive &apos;{0}&apos;? It stays on record and can still be printed.</source>
        <translation>归档“{0}”？归档后仍保留记录，并可继续打印。</translation>
    </message>
    <message>
        <source>Group roster</source>
        <translation>督导组名单</translation>
    </message>
    <message>
        <source>Print campaign plan</source>
        <translation>打印督导方案</translation>
    </message>
    <message>
        <source>Print roster</source>
        <translation>打印名单</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbooks (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>The plan has no document number yet, so it prints as a draft. Give it the next number, {0}, now? (A number once given is never reused.)</source>
        <translation>督导方案尚无发文字号，将以草稿打印。现在为其编号 {0} 吗？（编号一经使用不再重复使用。）</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>正在写入 {0}</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>督导活动(&amp;C)：</translation>
    </message>
    <message>
        <source>The campaign shown</source>
        <translation>显示的督导活动</translation>
    </message>
    <message>
        <source>Search milestones and groups</source>
        <translation>搜索工作节点和督导组</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建督导活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>编辑方案(&amp;E)…</translation>
    </message>
    <message>
        <source>Archi&amp;ve</source>
        <translation>归档(&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;milestone…</source>
        <translation>添加工作节点(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>删除工作节点</translation>
    </message>
    <message>
        <source>&amp;Draw groups…</source>
        <translation>抽取督导组(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Units of groups…</source>
        <translation>督导组单位(&amp;U)…</translation>
    </message>
    <message>
        <source>Print &amp;plan…</source>
        <translation>打印方案(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;roster…</source>
        <translation>打印名单(&amp;R)…</translation>
    </message>
    <message>
        <source>Inspector p&amp;ool…</source>
        <translation>督导库(&amp;O)…</translation>
    </message>
    <message>
        <source>List, add, edit and retire inspectors; avoidance; import and export the pool</source>
        <translation>查看、添加、编辑和退出督导库成员；回避；导入和导出督导库</translation>
    </message>
    <message>
        <source>&amp;Questionnaires…</source>
        <translation>调查问卷(&amp;Q)…</translation>
    </message>
    <message>
        <source>Trainin&amp;g…</source>
        <translation>专题培训(&amp;G)…</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>督导活动：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Supervision months:</source>
        <translation>督导月：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>起止时间：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>编办：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>督导目的：</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>督导对象：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>督导内容：</translation>
    </message>
    <message>
        <source>Working mechanism:</source>
        <translation>工作机制：</translation>
    </message>
    <message>
        <source>Groups and units:</source>
        <translation>督导组与单位：</translation>
    </message>
    <message>
        <source>Timetable and roadmap</source>
        <translation>时间表、路线图</translation>
    </message>
    <message>
        <source>Inspection groups</source>
        <translation>督导组</translation>
    </message>
</context>
<context>
    <name>PlanTimeline</name>
    <message>
        <source>No dated milestones yet.</source>
        <translation>尚无带日期的工作节点。</translation>
    </message>
</context>
<context>
    <name>PlanTrainingDialog</name>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>{0} {1} ({2} attendees)</source>
        <translation>{0} {1}（{2} 人参加）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <source>Give the session a topic.</source>
        <translation>请填写培训主题。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>专题培训</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>新建培训(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Inspectors attending:</source>
        <translation>参加培训的督导库成员：</translation>
    </message>
    <message>
        <source>Units attending:</source>
        <translation>参加培训的单位：</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>筛选单位</translation>
    </message>
    <message>
        <source>&amp;Other attendees (one per line):</source>
        <translation>其他参加人员（每行一个）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存培训(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Pool</name>
    <message>
        <source>own unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>督导库成员</translation>
    </message>
    <message>
        <source>Avoidance</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所在部门</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Leadership member</source>
        <translation>班子成员</translation>
    </message>
    <message>
        <source>Own unit</source>
        <translation>本人所在单位</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>督导库成员</translation>
    </message>
    <message>
        <source>Unit (USCC or name)</source>
        <translation>回避单位（统一社会信用代码或名称）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>回避原因</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Inspector pool</source>
        <translation>督导库</translation>
    </message>
</context>
<context>
    <name>ProblemDetail</name>
    <message>
        <source>Select a problem to edit it.</source>
        <translation>选择一个问题进行编辑。</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>Evidence of rectification</source>
        <translation>整改佐证材料</translation>
    </message>
    <message>
        <source>Storing evidence</source>
        <translation>正在保存佐证材料</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>单位名册</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Real-name system export</source>
        <translation>实名制系统导出数据</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Comparing with the archive</source>
        <translation>正在与电子档案比对</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{0} rows read for {1} (previous snapshot: {2}); {3} differences{4}</source>
        <translation>已读取 {1} 的 {0} 行数据（上次快照：{2}）；差异 {3} 处{4}</translation>
    </message>
    <message>
        <source>{0} persons read, {1} person findings.</source>
        <translation>读取人员{0}人，人员核对发现{1}项。</translation>
    </message>
    <message>
        <source>Apply the reconciliation</source>
        <translation>应用核对结果</translation>
    </message>
    <message>
        <source>Write the {0} snapshot of {1} units and update the archive with these figures? Units new in the export are added to the roster.</source>
        <translation>是否写入 {1} 家单位的 {0} 快照，并用这些数据更新电子档案？导出数据中新增的单位将添加到单位名册。</translation>
    </message>
    <message>
        <source>Applying the reconciliation</source>
        <translation>正在应用核对结果</translation>
    </message>
    <message>
        <source>Applied: {0} snapshots of {1} written, {2} units added to the roster; warnings recomputed.</source>
        <translation>已应用：已写入 {1} 的 {0} 条快照，{2} 家单位已添加到单位名册；预警已重新计算。</translation>
    </message>
</context>
<context>
    <name>RectificationTab</name>
    <message>
        <source>Rectification ledger</source>
        <extracomment>Rows of the problem list shown without scrolling where the screen allows it.</extracomment>
        <translation>问题整改台账</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选条件</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部主管部门</translation>
    </message>
    <message>
        <source>{0}+ problems (scroll down for the rest)</source>
        <translation>{0} 个以上问题（向下滚动查看其余问题）</translation>
    </message>
    <message>
        <source>{0} problems</source>
        <translation>{0} 个问题</translation>
    </message>
    <message>
        <source>overdue {0}</source>
        <translation>逾期 {0} 个</translation>
    </message>
    <message>
        <source>{0} suggestions</source>
        <translation>{0} 条意见建议</translation>
    </message>
    <message>
        <source>Suggestion list</source>
        <translation>建议清单</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Importing problems</source>
        <translation>正在导入问题</translation>
    </message>
    <message>
        <source>{0} problems imported.</source>
        <translation>已导入 {0} 个问题。</translation>
    </message>
    <message>
        <source>Print feedback letters</source>
        <translation>打印书面反馈意见</translation>
    </message>
    <message>
        <source>Feedback letters</source>
        <translation>书面反馈意见</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>{0} letters printed to {1}.</source>
        <translation>已将 {0} 份书面反馈意见打印至 {1}。</translation>
    </message>
    <message>
        <source>Printing feedback letters</source>
        <translation>正在打印书面反馈意见</translation>
    </message>
    <message>
        <source>Search problems and suggestions</source>
        <translation>搜索问题和意见建议</translation>
    </message>
    <message>
        <source>Status of the problem</source>
        <translation>问题状态</translation>
    </message>
    <message>
        <source>Category of the problem</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Unit of the problem</source>
        <translation>问题所属单位</translation>
    </message>
    <message>
        <source>Supervising department of the unit</source>
        <translation>所属单位的主管部门</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Deadline from</source>
        <translation>整改时限从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>保存筛选条件…</translation>
    </message>
    <message>
        <source>Import problems from an old ledger workbook (.xlsx)</source>
        <translation>从原有台账工作簿（.xlsx）导入问题</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export the rectification ledger or the suggestion list to .xlsx</source>
        <translation>将问题整改台账或建议清单导出为 .xlsx</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print the feedback letters of every unit with open problems to one PDF</source>
        <translation>将所有存在未整改问题的单位的书面反馈意见打印到一个 PDF 文件</translation>
    </message>
    <message>
        <source>Print letters…</source>
        <translation>打印反馈意见…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Record a problem by hand (from an earlier evaluation, follow-up or supervision)</source>
        <translation>手动登记问题（来自以往的机构编制评估、跟踪问效或督导）</translation>
    </message>
    <message>
        <source>New problem…</source>
        <translation>新增问题…</translation>
    </message>
    <message>
        <source>Remove the selected problem from the ledger (it can be restored with Undo)</source>
        <translation>将所选问题从台账中移出（可通过“撤销”恢复）</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移出…</translation>
    </message>
    <message>
        <source>Restore the problem removed last</source>
        <translation>恢复最近移出的问题</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议清单</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>The office&apos;s response to the selected suggestion</source>
        <translation>编办对所选意见建议的回复</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>保存回复</translation>
    </message>
    <message>
        <source>Remove problem</source>
        <translation>移出问题</translation>
    </message>
    <message>
        <source>Remove this problem from the rectification ledger?

{0}

Undo brings it back.</source>
        <translation>是否将此问题从问题整改台账中移出？

{0}

可通过“撤销”恢复。</translation>
    </message>
    <message>
        <source>Problem removed: {0}</source>
        <translation>已移出问题：{0}</translation>
    </message>
    <message>
        <source>Problem restored.</source>
        <translation>问题已恢复。</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Reports (supervision report, yearly analysis)…</source>
        <translation>报告（督导报告、年度分析）…</translation>
    </message>
    <message>
        <source>Effectiveness follow-up…</source>
        <translation>跟踪问效…</translation>
    </message>
    <message>
        <source>Official documents (header, numbers)…</source>
        <translation>公文设置（版头、发文字号）…</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>No campaign yet: the text sections belong to a campaign.</source>
        <translation>尚无督导活动：文字部分隶属于督导活动。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All changes saved at {0}.</source>
        <translation>所有更改已于 {0} 保存。</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>输入时自动保存更改。</translation>
    </message>
    <message>
        <source>The follow-up report is a PDF only.</source>
        <translation>跟踪问效报告仅提供 PDF 格式。</translation>
    </message>
    <message>
        <source>Yearly analysis {0}</source>
        <translation>{0} 年度分析</translation>
    </message>
    <message>
        <source>Effectiveness follow-up {0}</source>
        <translation>{0} 跟踪问效</translation>
    </message>
    <message>
        <source>Effectiveness follow-up</source>
        <translation>跟踪问效</translation>
    </message>
    <message>
        <source>{0} supervision report</source>
        <translation>{0} 督导报告</translation>
    </message>
    <message>
        <source>Save the workbook as</source>
        <translation>将工作簿另存为</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>已保存至 {0}</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>正在写入 {0}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Campaign: {0}</source>
        <translation>督导活动：{0}</translation>
    </message>
    <message>
        <source>No campaign yet.</source>
        <translation>尚无督导活动。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Text sections of the supervision report (written by the office)</source>
        <translation>督导报告文字部分（由编办撰写）</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>The background and the arrangements of the campaign: who decided it, its aim, how it was organised.</source>
        <translation>督导活动的背景和工作安排：由谁决定开展、目的是什么、如何组织实施。</translation>
    </message>
    <message>
        <source>Overall assessment</source>
        <translation>总体评价</translation>
    </message>
    <message>
        <source>The office&apos;s overall assessment of how the units manage their establishment.</source>
        <translation>编办对各单位机构编制管理情况的总体评价。</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步工作</translation>
    </message>
    <message>
        <source>What the office will do next: rectification, look-back, rules to improve.</source>
        <translation>编办下一步工作：整改、回头看、完善制度。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Supervision report of the campaign</source>
        <translation>督导活动的督导报告</translation>
    </message>
    <message>
        <source>Yearly analysis of the year</source>
        <translation>所选年度的年度分析</translation>
    </message>
    <message>
        <source>Effectiveness follow-up report</source>
        <translation>跟踪问效报告</translation>
    </message>
    <message>
        <source>Only matters decided in the year above</source>
        <translation>仅限上述年度决策的事项</translation>
    </message>
    <message>
        <source>审定: approve the document as the signed-in office leader; until then it prints as a draft</source>
        <translation>审定：以当前登录的编办领导身份审定本文件；审定前打印为草稿</translation>
    </message>
    <message>
        <source>Approve (审定)</source>
        <translation>审定</translation>
    </message>
    <message>
        <source>Preview PDF…</source>
        <translation>预览 PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>另存为 Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a laptop</source>
        <translation>撤销笔记本</translation>
    </message>
    <message>
        <source>Revoke laptop &apos;{0}&apos; ({1}) of group {2}? Its packages will be refused from now on, including work it has not sent yet. Enrol its replacement afterwards.</source>
        <translation>撤销第 {2} 组的笔记本“{0}”（{1}）？此后其数据包将被拒绝，包括尚未发送的工作。之后请登记替换的笔记本。</translation>
    </message>
    <message>
        <source>lost, stolen, replaced…</source>
        <translation>丢失、被盗、更换……</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>撤销(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Master data is kept by the office; on this laptop it cannot be changed.</source>
        <translation>基础数据由编办维护，不能在本笔记本上修改。</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Unit roster</source>
        <translation>单位名册</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需修改内容</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>机构规格</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>经费形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>单位状态</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>单位标记</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态时间</translation>
    </message>
    <message>
        <source>Founding document</source>
        <translation>设立文件</translation>
    </message>
    <message>
        <source>Founding date</source>
        <translation>设立时间</translation>
    </message>
    <message>
        <source>Three-determination document</source>
        <translation>三定文件</translation>
    </message>
    <message>
        <source>Three-determination date</source>
        <translation>三定时间</translation>
    </message>
    <message>
        <source>Approved establishment: total</source>
        <translation>核定编制合计</translation>
    </message>
    <message>
        <source>Actual staff</source>
        <translation>实有人数</translation>
    </message>
    <message>
        <source>Staff outside establishment</source>
        <translation>编外人员</translation>
    </message>
    <message>
        <source>Leader posts approved</source>
        <translation>核定领导职数</translation>
    </message>
    <message>
        <source>Leader posts actual</source>
        <translation>实配领导职数</translation>
    </message>
    <message>
        <source>Internal bodies approved</source>
        <translation>内设机构数</translation>
    </message>
    <message>
        <source>Internal institutions</source>
        <translation>内设机构</translation>
    </message>
    <message>
        <source>Internal bodies&apos; leader posts approved</source>
        <translation>内设机构领导职数</translation>
    </message>
    <message>
        <source>Internal bodies&apos; leader posts actual</source>
        <translation>实配内设机构领导职数</translation>
    </message>
    <message>
        <source>Legal-person certificate number</source>
        <translation>法人证书编号</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>证书有效期至</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <source>USCC exception note</source>
        <translation>统一社会信用代码例外说明</translation>
    </message>
    <message>
        <source>Approved establishment: {kind}</source>
        <extracomment>Fields that only check the others (not stored). Vocabulary fields: key -&gt; (built-in labels, names offices write).</extracomment>
        <translation>核定{kind}</translation>
    </message>
    <message>
        <source>Actual staff: {kind}</source>
        <translation>实有{kind}人数</translation>
    </message>
    <message>
        <source>Leader posts approved: {post}</source>
        <translation>核定{post}职数</translation>
    </message>
    <message>
        <source>Leader posts actual: {post}</source>
        <translation>实配{post}职数</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Choose the roster workbook</source>
        <translation>选择单位名册工作簿</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>正在检查 {0}…</translation>
    </message>
    <message>
        <source>Checking the roster…</source>
        <translation>正在检查单位名册…</translation>
    </message>
    <message>
        <source>{0} rows: {1} to add, {2} to update, {3} unchanged.</source>
        <translation>共 {0} 行：新增 {1} 行，更新 {2} 行，{3} 行无变化。</translation>
    </message>
    <message>
        <source>New supervising departments: {0}.</source>
        <translation>新的主管部门：{0}。</translation>
    </message>
    <message>
        <source>New unit kinds: {0}.</source>
        <translation>新单位类别：{0}。</translation>
    </message>
    <message>
        <source>{0} rows skipped as totals, notes or headings.</source>
        <translation>{0}行作为合计、注释或分组标题跳过。</translation>
    </message>
    <message>
        <source>Imported. </source>
        <translation>已导入。 </translation>
    </message>
    <message>
        <source>Nothing is changed until you press Import.</source>
        <translation>点击“导入”之前不会做任何更改。</translation>
    </message>
    <message>
        <source>The roster cannot be imported: {0} problems must be fixed in the workbook first (nothing was changed).</source>
        <translation>无法导入单位名册：须先在工作簿中更正 {0} 处错误（未做任何更改）。</translation>
    </message>
    <message>
        <source>Type the code and a note that says why this code is accepted.</source>
        <translation>请输入代码，并填写接受该代码的理由说明。</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>正在导入单位名册…</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>{0} - problems found</source>
        <translation>{0} - 发现的问题</translation>
    </message>
    <message>
        <source>Save a blank roster template</source>
        <translation>保存空白单位名册模板</translation>
    </message>
    <message>
        <source>Unit roster template</source>
        <translation>单位名册模板</translation>
    </message>
    <message>
        <source>Export the unit roster</source>
        <translation>导出单位名册</translation>
    </message>
    <message>
        <source>Unit roster</source>
        <translation>单位名册</translation>
    </message>
    <message>
        <source>The blank roster template was saved to {0}.</source>
        <translation>空白单位名册模板已保存到 {0}。</translation>
    </message>
    <message>
        <source>Exporting the roster…</source>
        <translation>正在导出单位名册…</translation>
    </message>
    <message>
        <source>{0} units were written to {1}.</source>
        <translation>已将 {0} 家单位写入 {1}。</translation>
    </message>
    <message>
        <source>Import the unit roster</source>
        <translation>导入单位名册</translation>
    </message>
    <message>
        <source>Workbook:</source>
        <translation>工作簿：</translation>
    </message>
    <message>
        <source>Choose the roster workbook (.xlsx)</source>
        <translation>选择单位名册工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Add supervising departments that are not known yet</source>
        <translation>添加尚未登记的主管部门</translation>
    </message>
    <message>
        <source>Add unit kinds that are not known yet to the office&apos;s kinds</source>
        <translation>增加尚未登记的单位类别</translation>
    </message>
    <message>
        <source>Known exceptions to the USCC check</source>
        <translation>统一社会信用代码校验的已知例外</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Why it is accepted (note kept with the unit)</source>
        <translation>接受理由（随单位保存的说明）</translation>
    </message>
    <message>
        <source>Accept &amp;exception</source>
        <translation>接受例外(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove exception</source>
        <translation>删除例外(&amp;R)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Chec&amp;k again</source>
        <translation>重新检查(&amp;K)</translation>
    </message>
    <message>
        <source>Check the workbook without changing anything (dry run)</source>
        <translation>检查工作簿，不做任何更改（试运行）</translation>
    </message>
    <message>
        <source>&amp;Save error report…</source>
        <translation>保存错误报告(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Apply every change shown (all or nothing)</source>
        <translation>应用所列全部更改（要么全部应用，要么全部不应用）</translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message>
        <source>Self-assessment of {unit}</source>
        <translation>{unit} 单位自评</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Unit kind</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Establishment (admin / institution / law)</source>
        <translation>编制数（行政/事业/政法专项）</translation>
    </message>
    <message>
        <source>Actual staff</source>
        <translation>实有人数</translation>
    </message>
    <message>
        <source>Leader posts (approved / actual)</source>
        <translation>领导职数（核定/实配）</translation>
    </message>
    <message>
        <source>Internal institutions</source>
        <translation>内设机构</translation>
    </message>
    <message>
        <source>Legal-person certificate</source>
        <translation>事业单位法人证书</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>检查项编号</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>督导内容</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项内容</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>核查指引</translation>
    </message>
    <message>
        <source>Answer kind</source>
        <translation>答案类型</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>本单位答复</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Yes / No / Not applicable</source>
        <translation>是/否/不适用</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Fill in the columns &quot;Your answer&quot; and &quot;Note&quot; only, then return this file.</source>
        <translation>请仅填写“本单位答复”和“备注”两列，然后交回本文件。</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>单位自评</translation>
    </message>
    <message>
        <source>Folder for the self-assessment workbooks</source>
        <translation>单位自评表保存文件夹</translation>
    </message>
    <message>
        <source>Self-assessment workbooks</source>
        <translation>单位自评表</translation>
    </message>
    <message>
        <source>{0} workbooks were written to {1}.</source>
        <translation>已将 {0} 份单位自评表写入 {1}。</translation>
    </message>
    <message>
        <source>Exporting self-assessment workbooks…</source>
        <translation>正在导出单位自评表…</translation>
    </message>
    <message>
        <source>Folder of filled self-assessment workbooks</source>
        <translation>已填写单位自评表所在文件夹</translation>
    </message>
    <message>
        <source>Filled self-assessment workbook</source>
        <translation>已填写的单位自评表</translation>
    </message>
    <message>
        <source>{0} files: {1} imported, {2} refused; {3} answers changed.</source>
        <translation>共 {0} 个文件：导入 {1} 个，拒绝 {2} 个；{3} 项答案有变化。</translation>
    </message>
    <message>
        <source>Self-assessment import</source>
        <translation>导入单位自评表</translation>
    </message>
    <message>
        <source>Importing self-assessment workbooks…</source>
        <translation>正在导入单位自评表…</translation>
    </message>
    <message>
        <source>Inspection group</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部督导组</translation>
    </message>
    <message>
        <source>How many units of each group have closed each step of the procedure.</source>
        <translation>各督导组已完成各督导环节的单位数。</translation>
    </message>
    <message>
        <source>Progress overview</source>
        <translation>进度总览</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Folder with the office&apos;s fonts</source>
        <translation>本单位字体所在文件夹</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>文件夹 {0} 不存在。</translation>
    </message>
    <message>
        <source>office font</source>
        <translation>本单位字体</translation>
    </message>
    <message>
        <source>stand-in (no office font found)</source>
        <translation>替代字体（未找到本单位字体）</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Office &amp;fonts folder:</source>
        <translation>公文字体文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>System fonts</source>
        <translation>系统字体</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>The language changes at once; dialogs that are already open keep their language.</source>
        <translation>语言立即切换；已打开的对话框保持原来的语言。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Who is working? Sign-offs are recorded under this name.</source>
        <translation>请选择当前使用人，签署意见将以此姓名记录。</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Building the demo campaign…</source>
        <translation>正在生成演示督导活动…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync center…</source>
        <translation>同步中心…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>冲突…</translation>
    </message>
</context>
<context>
    <name>SyncCenter</name>
    <message>
        <source>Group {0} – {1} ({2})</source>
        <translation>第 {0} 组 – {1}（{2}）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>收发</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装端</translation>
    </message>
    <message>
        <source>Group(s)</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改数</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Field package</source>
        <translation>外业数据包</translation>
    </message>
    <message>
        <source>Return package</source>
        <translation>回传数据包</translation>
    </message>
    <message>
        <source>{0} conflict(s) waiting for a decision.</source>
        <translation>有 {0} 个冲突待处理。</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>Export field package</source>
        <translation>导出外业数据包</translation>
    </message>
    <message>
        <source>Packages (*.dudao)</source>
        <translation>数据包 (*.dudao)</translation>
    </message>
    <message>
        <source>Which laptop?</source>
        <translation>哪台笔记本？</translation>
    </message>
    <message>
        <source>The group has several laptops:</source>
        <translation>该组有多台笔记本：</translation>
    </message>
    <message>
        <source>Exporting the field package…</source>
        <translation>正在导出外业数据包…</translation>
    </message>
    <message>
        <source>Export everything again</source>
        <translation>重新导出全部数据</translation>
    </message>
    <message>
        <source>Export return package</source>
        <translation>导出回传数据包</translation>
    </message>
    <message>
        <source>Exporting the return package…</source>
        <translation>正在导出回传数据包…</translation>
    </message>
    <message>
        <source>Wrote {0} ({1} changes, {2} evidence files, {3} bytes).</source>
        <translation>已写入 {0}（{1} 项更改，{2} 个佐证材料文件，{3} 字节）。</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Import every package in a folder</source>
        <translation>导入文件夹中的全部数据包</translation>
    </message>
    <message>
        <source>Checking the packages (nothing is changed yet)…</source>
        <translation>正在检查数据包（尚未做任何更改）…</translation>
    </message>
    <message>
        <source>No .dudao files were found there.</source>
        <translation>该位置没有找到 .dudao 文件。</translation>
    </message>
    <message>
        <source>A different office key</source>
        <translation>不同的编办密钥</translation>
    </message>
    <message>
        <source>This field package is signed by another office key than the one this laptop trusts. Trust the new key only if the office told you it changed its installation. Trust the new office key?</source>
        <translation>此现场数据包的签名密钥不是本笔记本信任的编办密钥。仅当编办告知其更换了安装时才信任新密钥。是否信任新的编办密钥？</translation>
    </message>
    <message>
        <source>Importing the packages…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint: {0}</source>
        <translation>本笔记本的指纹：{0}</translation>
    </message>
    <message>
        <source>This office&apos;s fingerprint: {0}</source>
        <translation>本编办的指纹：{0}</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revoked {0} by {1}: {2}</source>
        <translation>已于 {0} 由 {1} 撤销：{2}</translation>
    </message>
    <message>
        <source>Group {0} – {1}</source>
        <translation>第 {0} 组 – {1}</translation>
    </message>
    <message>
        <source>The laptop&apos;s enrolment request</source>
        <translation>笔记本的登记申请</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>This is a laptop (field installation). Import the field package the office gave you; after the work, export a return package and take it to the office.</source>
        <translation>本机为笔记本（外业端）。请导入编办下发的外业数据包；工作完成后，导出回传数据包并交回编办。</translation>
    </message>
    <message>
        <source>A return package carries every change the office has not confirmed yet. If the office lost a package, export everything again.</source>
        <translation>回传数据包包含编办尚未确认的全部更改。如编办遗失了数据包，请重新导出全部数据。</translation>
    </message>
    <message>
        <source>Import a field package from the office.</source>
        <translation>导入编办下发的外业数据包。</translation>
    </message>
    <message>
        <source>This is the office installation. Export a field package for each inspection group; import the return packages the laptops bring back.</source>
        <translation>本机为编办端。请为每个督导组导出外业数据包；导入各笔记本带回的回传数据包。</translation>
    </message>
    <message>
        <source>A field package holds the group&apos;s campaign, units, checklist and what the office already has; it is encrypted to the group&apos;s enrolled laptop.</source>
        <translation>现场数据包包含该组的督导活动、单位、检查清单以及编办已掌握的内容；它以该组已登记笔记本的密钥加密。</translation>
    </message>
    <message>
        <source>Import return packages: one or more files, or every package in a folder. A preview shows what would change before anything is changed.</source>
        <translation>导入回传数据包：可选择一个或多个文件，或文件夹中的全部数据包。做任何更改之前，会先预览将要发生的更改。</translation>
    </message>
    <message>
        <source>Sync center</source>
        <translation>同步中心</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>督导组(&amp;G)：</translation>
    </message>
    <message>
        <source>Export &amp;field package…</source>
        <translation>导出外业数据包(&amp;F)…</translation>
    </message>
    <message>
        <source>Export &amp;return package…</source>
        <translation>导出回传数据包(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;everything again…</source>
        <translation>重新导出全部数据(&amp;E)…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Im&amp;port files…</source>
        <translation>导入文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>导入文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Show the &amp;report…</source>
        <translation>查看报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>Save the enrolment &amp;request…</source>
        <translation>保存登记申请(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Enrol a laptop…</source>
        <translation>登记笔记本(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Checklist answer</source>
        <translation>检查项答复</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>督导记录</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>座谈</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Self-assessment answer</source>
        <extracomment>Labels of the fields outside the declared ledgers (theirs come from the declaration).</extracomment>
        <translation>单位自评结果</translation>
    </message>
    <message>
        <source>Verified answer</source>
        <translation>现场核查结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评定等次</translation>
    </message>
    <message>
        <source>Grade note</source>
        <translation>评定说明</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <source>Actual staff</source>
        <translation>实有人数</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>座谈内容</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Yes / no / not applicable</source>
        <translation>是/否/不适用</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(any answer)</source>
        <translation>（任意答复）</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>{0}, version {1} ({2})</source>
        <translation>{0}，版本 {1}（{2}）</translation>
    </message>
    <message>
        <source>No checklist template yet: import one.</source>
        <translation>尚无检查项模板：请先导入。</translation>
    </message>
    <message>
        <source>Frozen (used by {0}): saving a change makes a new version.</source>
        <translation>已冻结（已被{0}使用）：保存更改将生成新版本。</translation>
    </message>
    <message>
        <source>a campaign</source>
        <translation>某个督导活动</translation>
    </message>
    <message>
        <source>Draft: changes are saved in this version.</source>
        <translation>草稿：更改将保存在此版本中。</translation>
    </message>
    <message>
        <source>{0} items changed from the version it was derived from.</source>
        <translation>较所沿用的版本有 {0} 项变化。</translation>
    </message>
    <message>
        <source>Tick at least one kind of unit the item applies to.</source>
        <translation>请至少勾选一种适用的单位类型。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <source>Saved as the new version {0}; the frozen version stays as it was.</source>
        <translation>已另存为新版本 {0}；已冻结的版本保持不变。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>Text of the new item:</source>
        <translation>新检查项的内容：</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <source>Title of the new section:</source>
        <translation>新章节的标题：</translation>
    </message>
    <message>
        <source>Import a checklist template</source>
        <translation>导入检查项模板</translation>
    </message>
    <message>
        <source>Importing the checklist template…</source>
        <translation>正在导入检查项模板…</translation>
    </message>
    <message>
        <source>Imported as version {0}.</source>
        <translation>已导入为版本 {0}。</translation>
    </message>
    <message>
        <source>Export the checklist template</source>
        <translation>导出检查项模板</translation>
    </message>
    <message>
        <source>Exporting the checklist template…</source>
        <translation>正在导出检查项模板…</translation>
    </message>
    <message>
        <source>{0} items were written to {1}.</source>
        <translation>已将 {0} 个检查项写入 {1}。</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>检查项模板</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Import .xlsx…</source>
        <translation>导入 .xlsx(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a template version from a workbook</source>
        <translation>从工作簿添加模板版本</translation>
    </message>
    <message>
        <source>E&amp;xport .xlsx…</source>
        <translation>导出 .xlsx(&amp;X)…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Section or item</source>
        <translation>章节或检查项</translation>
    </message>
    <message>
        <source>Choose a section or an item to edit it.</source>
        <translation>请选择要编辑的章节或检查项。</translation>
    </message>
    <message>
        <source>Section code:</source>
        <translation>章节编号：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Line of work:</source>
        <translation>工作类别：</translation>
    </message>
    <message>
        <source>Item code:</source>
        <translation>检查项编号：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Guidance for the inspector:</source>
        <translation>核查指引：</translation>
    </message>
    <message>
        <source>Answer kind:</source>
        <translation>答案类型：</translation>
    </message>
    <message>
        <source>Conforming answer:</source>
        <translation>合规答复：</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>适用单位类型：</translation>
    </message>
    <message>
        <source>Tick the kinds of unit, or groups of kinds, the item is asked of</source>
        <translation>勾选适用的单位类别或类别组</translation>
    </message>
    <message>
        <source>Evidence required</source>
        <translation>需佐证材料</translation>
    </message>
    <message>
        <source>Problem category:</source>
        <translation>问题类型：</translation>
    </message>
    <message>
        <source>Only units flagged:</source>
        <translation>适用单位标记：</translation>
    </message>
    <message>
        <source>Ask the item only of units the office flagged so; none ticked asks every unit</source>
        <translation>仅对编办作此标记的单位检查；不勾选则检查所有单位</translation>
    </message>
    <message>
        <source>Only under campaign focus:</source>
        <translation>督导重点：</translation>
    </message>
    <message>
        <source>Ask the item only in campaigns with this focus; none ticked asks it always</source>
        <translation>仅在以此为重点的督导活动中检查；不勾选则始终检查</translation>
    </message>
    <message>
        <source>Checked against figure:</source>
        <translation>比对数据：</translation>
    </message>
    <message>
        <source>Add s&amp;ection</source>
        <translation>添加章节(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加检查项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除检查项(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the change; a frozen version gets a new version instead (Ctrl+S)</source>
        <translation>保存更改；已冻结的版本将另存为新版本（Ctrl+S）</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Yes / no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>问卷答复</translation>
    </message>
</context>
<context>
    <name>UnitDetail</name>
    <message>
        <source>No unit selected</source>
        <translation>未选择单位</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Change the unit&apos;s flags</source>
        <translation>修改单位标记</translation>
    </message>
    <message>
        <source>With these flags the checklist no longer asks {0}, already answered. The answers are kept and shown again if the flag is set again. Change the flags?</source>
        <translation>修改标记后，检查项不再包含已作答的{0}。这些答案会保留，重新设置该标记后会再次显示。确定修改标记吗？</translation>
    </message>
    <message>
        <source>{0} {1} (over by {2})</source>
        <translation>{0} {1}（超编{2}）</translation>
    </message>
    <message>
        <source>{0} {1} ({2} vacant)</source>
        <translation>{0} {1}（空编{2}）</translation>
    </message>
    <message>
        <source>kind not recorded {0}</source>
        <translation>未分类 {0}</translation>
    </message>
    <message>
        <source>(over the quota)</source>
        <translation>（超职数）</translation>
    </message>
    <message>
        <source>{0}, valid until {1}</source>
        <translation>{0}，有效期至 {1}</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>{0}, {1} answers</source>
        <translation>{0}，已答 {1} 项</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Problems (all years): {0}</source>
        <translation>问题（历年）：{0}</translation>
    </message>
    <message>
        <source>Inspections: {0}</source>
        <translation>督导记录：{0}</translation>
    </message>
</context>
<context>
    <name>UnitsActions</name>
    <message>
        <source>Import unit roster…</source>
        <translation>导入单位名册…</translation>
    </message>
    <message>
        <source>Check a roster workbook, see the changes, import</source>
        <translation>检查单位名册工作簿，查看变更后导入</translation>
    </message>
    <message>
        <source>Export unit roster…</source>
        <translation>导出单位名册…</translation>
    </message>
    <message>
        <source>Blank roster template…</source>
        <translation>空白单位名册模板…</translation>
    </message>
    <message>
        <source>A workbook with the roster&apos;s columns, to fill in and import</source>
        <translation>包含单位名册各列的工作簿，填写后可导入</translation>
    </message>
    <message>
        <source>Export self-assessment of the selected unit…</source>
        <translation>导出所选单位的单位自评表…</translation>
    </message>
    <message>
        <source>Export self-assessment of the group (or all units)…</source>
        <translation>导出本督导组（或全部单位）的单位自评表…</translation>
    </message>
    <message>
        <source>Import a filled self-assessment workbook…</source>
        <translation>导入已填写的单位自评表…</translation>
    </message>
    <message>
        <source>Import a folder of self-assessment workbooks…</source>
        <translation>导入文件夹中的单位自评表…</translation>
    </message>
    <message>
        <source>Checklist templates…</source>
        <translation>检查项模板…</translation>
    </message>
    <message>
        <source>Progress overview…</source>
        <translation>进度总览…</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>无督导活动</translation>
    </message>
    <message>
        <source>There is no campaign yet: create one in the campaign plan first.</source>
        <translation>尚无督导活动：请先在督导方案中创建。</translation>
    </message>
    <message>
        <source>Self-assessment workbooks</source>
        <translation>单位自评表</translation>
    </message>
    <message>
        <source>Select a unit first.</source>
        <translation>请先选择一个单位。</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>Units and checklist</source>
        <translation>督导单位与检查项</translation>
    </message>
    <message>
        <source>On-site check forms…</source>
        <translation>现场核查表…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部主管部门</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部督导组</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <source>Warnings: any or none</source>
        <translation>预警：不限</translation>
    </message>
    <message>
        <source>With an open warning</source>
        <translation>有未处理预警</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 家单位</numerusform>
        </translation>
    </message>
    <message>
        <source>Search units by name or USCC</source>
        <translation>按单位名称或统一社会信用代码搜索</translation>
    </message>
    <message>
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>单位类别</translation>
    </message>
    <message>
        <source>Inspection group</source>
        <translation>督导组</translation>
    </message>
    <message>
        <source>Procedure step</source>
        <translation>督导环节</translation>
    </message>
    <message>
        <source>Open early warnings</source>
        <translation>未处理的预警</translation>
    </message>
    <message>
        <source>&amp;Roster and workbooks</source>
        <translation>名册与工作簿(&amp;R)</translation>
    </message>
    <message>
        <source>Import or export the roster, self-assessment workbooks and checklist templates; progress overview</source>
        <translation>导入或导出单位名册、单位自评表和检查项模板；查看进度总览</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>USCC:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Supervising department:</source>
        <translation>主管部门：</translation>
    </message>
    <message>
        <source>Inspection group:</source>
        <translation>督导组：</translation>
    </message>
    <message>
        <source>Approved establishment:</source>
        <translation>编制数：</translation>
    </message>
    <message>
        <source>Actual staff:</source>
        <translation>实有人数：</translation>
    </message>
    <message>
        <source>Leader posts (approved / actual):</source>
        <translation>领导职数（核定/实配）：</translation>
    </message>
    <message>
        <source>Internal institutions:</source>
        <translation>内设机构：</translation>
    </message>
    <message>
        <source>Legal-person certificate:</source>
        <translation>事业单位法人证书：</translation>
    </message>
    <message>
        <source>Head of unit:</source>
        <translation>单位负责人：</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>督导环节：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>综合评定：</translation>
    </message>
    <message>
        <source>Open warnings:</source>
        <translation>未处理预警：</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>单位标记：</translation>
    </message>
    <message>
        <source>Flags the office sets: they decide which checklist items the unit is asked</source>
        <translation>编办设定的单位标记：决定该单位适用哪些检查项</translation>
    </message>
    <message>
        <source>Problems (all years)</source>
        <translation>问题（历年）</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>督导记录</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查项</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>Users and roles…</source>
        <translation>用户和角色…</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>销号 approver</source>
        <translation>销号审批人</translation>
    </message>
    <message>
        <source>(signed in)</source>
        <translation>（当前登录）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户和角色</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password (optional)</source>
        <translation>密码（可不设）(&amp;P)</translation>
    </message>
    <message>
        <source>Approves closing problems (销号)</source>
        <translation>负责审批问题销号</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sign in as selected…</source>
        <translation>以所选用户登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>{0} (leader)</source>
        <translation>{0}（组长）</translation>
    </message>
    <message>
        <source>The unit is not assigned to a group yet.</source>
        <translation>该单位尚未分配督导组。</translation>
    </message>
    <message>
        <source>Plan saved</source>
        <translation>计划已保存</translation>
    </message>
    <message>
        <source>Sa&amp;ve the plan</source>
        <translation>保存计划(&amp;V)</translation>
    </message>
    <message>
        <source>The unit has no evidence files yet: add the files reviewed.</source>
        <translation>该单位尚无佐证材料：请添加查阅的资料。</translation>
    </message>
    <message>
        <source>No interview with the unit is recorded yet.</source>
        <translation>尚未记录与该单位的谈话。</translation>
    </message>
    <message>
        <source>Add the files reviewed</source>
        <translation>添加查阅的资料</translation>
    </message>
    <message>
        <source>Storing the files reviewed</source>
        <translation>正在保存查阅的资料</translation>
    </message>
    <message>
        <source>{population}: {sample} (from {count}, seed {seed})</source>
        <translation>{population}：{sample}（共 {count} 个中抽取，种子 {seed}）</translation>
    </message>
    <message>
        <source>No real-name persons are held for this unit here; type the list.</source>
        <translation>本机没有该单位的实名制人员信息；请输入名单。</translation>
    </message>
    <message>
        <source>Drawn again: {0} — the same sample</source>
        <translation>重新抽取：{0}——与记录一致</translation>
    </message>
    <message>
        <source>Drawn again: {0} — NOT the recorded sample</source>
        <translation>重新抽取：{0}——与记录不一致</translation>
    </message>
    <message>
        <source>Visit record</source>
        <translation>现场核查记录</translation>
    </message>
    <message>
        <source>Plan of the visit (printed on the check form)</source>
        <translation>核查计划（打印在现场核查表上）</translation>
    </message>
    <message>
        <source>Pla&amp;nned day:</source>
        <translation>计划日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Methods planned:</source>
        <translation>计划核查方式：</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>听取汇报</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>查阅资料</translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>随机抽查</translation>
    </message>
    <message>
        <source>Individual talks</source>
        <translation>个别谈话</translation>
    </message>
    <message>
        <source>Group members:</source>
        <translation>督导组成员：</translation>
    </message>
    <message>
        <source>&amp;Date of the visit:</source>
        <translation>核查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Group &amp;members present:</source>
        <translation>到场督导人员(&amp;M)：</translation>
    </message>
    <message>
        <source>Names separated by 、</source>
        <translation>姓名以“、”分隔</translation>
    </message>
    <message>
        <source>&amp;Unit participants:</source>
        <translation>单位参加人员(&amp;U)：</translation>
    </message>
    <message>
        <source>Methods used and what they covered</source>
        <translation>核查方式及内容</translation>
    </message>
    <message>
        <source>Hearing the unit&apos;s &amp;report</source>
        <translation>听取汇报(&amp;R)</translation>
    </message>
    <message>
        <source>Who reported</source>
        <translation>汇报人</translation>
    </message>
    <message>
        <source>Reviewing r&amp;ecords</source>
        <translation>查阅资料(&amp;E)</translation>
    </message>
    <message>
        <source>Which files</source>
        <translation>查阅的资料</translation>
    </message>
    <message>
        <source>Tick the unit&apos;s evidence files that were reviewed</source>
        <translation>勾选查阅过的单位佐证材料</translation>
    </message>
    <message>
        <source>Add &amp;files reviewed…</source>
        <translation>添加查阅的资料(&amp;F)…</translation>
    </message>
    <message>
        <source>Random &amp;spot check</source>
        <translation>随机抽查(&amp;S)</translation>
    </message>
    <message>
        <source>What was sampled</source>
        <translation>抽查的人员或资料</translation>
    </message>
    <message>
        <source>&amp;Individual talks</source>
        <translation>个别谈话(&amp;I)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Who was talked to</source>
        <translation>谈话对象</translation>
    </message>
    <message>
        <source>Tick the unit&apos;s interviews held during the visit</source>
        <translation>勾选核查期间与该单位进行的谈话</translation>
    </message>
    <message>
        <source>Random sample for the spot check</source>
        <translation>随机抽查样本</translation>
    </message>
    <message>
        <source>Dra&amp;wn from:</source>
        <translation>抽取范围(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. 2025 approval files, staff on establishment</source>
        <translation>如：2025年审批卷宗、在编人员</translation>
    </message>
    <message>
        <source>&amp;List (one a line):</source>
        <translation>名单（每行一个）(&amp;L)：</translation>
    </message>
    <message>
        <source>Fill with the unit&apos;s &amp;persons</source>
        <translation>填入单位实名制人员(&amp;P)</translation>
    </message>
    <message>
        <source>Sample si&amp;ze:</source>
        <translation>抽取数量(&amp;Z)：</translation>
    </message>
    <message>
        <source>Dr&amp;aw</source>
        <translation>抽取(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;play selected</source>
        <translation>重新抽取验证(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Hearing the unit&apos;s report</source>
        <extracomment>The methods of a visit (the seed&apos;s words) and what each records beside &quot;covered&quot;.</extracomment>
        <translation>听取汇报</translation>
    </message>
    <message>
        <source>Reviewing records</source>
        <translation>查阅资料</translation>
    </message>
    <message>
        <source>Random spot check</source>
        <translation>随机抽查</translation>
    </message>
    <message>
        <source>Individual talks</source>
        <translation>个别谈话</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Application</source>
        <translation>事项申报</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>内容调研</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策落实</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>制定方案</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>专题培训</translation>
    </message>
    <message>
        <source>Delegation-regulation-service reform</source>
        <translation>放管服改革</translation>
    </message>
    <message>
        <source>Administrative system reform</source>
        <translation>行政体制改革</translation>
    </message>
    <message>
        <source>Establishment management</source>
        <translation>机构编制管理</translation>
    </message>
    <message>
        <source>Public-institution supervision</source>
        <translation>事业单位监管</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业编制</translation>
    </message>
    <message>
        <source>Town or sub-district</source>
        <translation>镇街</translation>
    </message>
    <message>
        <source>Party committee department</source>
        <translation>党委工作部门</translation>
    </message>
    <message>
        <source>Government department</source>
        <translation>政府工作部门</translation>
    </message>
    <message>
        <source>People&apos;s congress organ</source>
        <translation>人大机关</translation>
    </message>
    <message>
        <source>CPPCC organ</source>
        <translation>政协机关</translation>
    </message>
    <message>
        <source>Judicial organ (court)</source>
        <translation>审判机关</translation>
    </message>
    <message>
        <source>Procuratorial organ</source>
        <translation>检察机关</translation>
    </message>
    <message>
        <source>Mass organisation organ</source>
        <translation>群团机关</translation>
    </message>
    <message>
        <source>Institution managed under the Civil Servant Law</source>
        <translation>参照公务员法管理事业单位</translation>
    </message>
    <message>
        <source>Public-welfare institution, class one</source>
        <translation>公益一类事业单位</translation>
    </message>
    <message>
        <source>Public-welfare institution, class two</source>
        <translation>公益二类事业单位</translation>
    </message>
    <message>
        <source>Production and business institution</source>
        <translation>生产经营类事业单位</translation>
    </message>
    <message>
        <source>Agency (kind not specified)</source>
        <translation>机关（未细分）</translation>
    </message>
    <message>
        <source>Public institution (kind not specified)</source>
        <translation>事业单位（未细分）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Administrative organs (party and government departments)</source>
        <translation>行政机关（党委、政府工作部门）</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>全部机关</translation>
    </message>
    <message>
        <source>All public institutions</source>
        <translation>全部事业单位</translation>
    </message>
    <message>
        <source>Towns and sub-districts</source>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Division level</source>
        <translation>正处级</translation>
    </message>
    <message>
        <source>Deputy division level</source>
        <translation>副处级</translation>
    </message>
    <message>
        <source>Section level</source>
        <translation>正科级</translation>
    </message>
    <message>
        <source>Deputy section level</source>
        <translation>副科级</translation>
    </message>
    <message>
        <source>Sub-section level</source>
        <translation>股级</translation>
    </message>
    <message>
        <source>Fully funded by the budget</source>
        <translation>财政拨款</translation>
    </message>
    <message>
        <source>Partly funded by the budget</source>
        <translation>差额拨款</translation>
    </message>
    <message>
        <source>Self-financing</source>
        <translation>自收自支</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>划转</translation>
    </message>
    <message>
        <source>Daily establishment management</source>
        <translation>机构编制日常管理</translation>
    </message>
    <message>
        <source>Effectiveness follow-up</source>
        <translation>跟踪问效</translation>
    </message>
    <message>
        <source>Hiring over the approved establishment</source>
        <translation>超编进人</translation>
    </message>
    <message>
        <source>Leader posts filled over quota</source>
        <translation>超职数配备</translation>
    </message>
    <message>
        <source>Institution set up without approval</source>
        <translation>擅自设立机构</translation>
    </message>
    <message>
        <source>On the establishment but not at the post</source>
        <translation>在编不在岗</translation>
    </message>
    <message>
        <source>Setting up an institution</source>
        <translation>机构设立</translation>
    </message>
    <message>
        <source>Abolishing or merging</source>
        <translation>撤并</translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation>更名</translation>
    </message>
    <message>
        <source>Changing the rank</source>
        <translation>规格调整</translation>
    </message>
    <message>
        <source>Adjusting duties</source>
        <translation>职责调整</translation>
    </message>
    <message>
        <source>Adding or cutting establishment</source>
        <translation>核增/核减编制</translation>
    </message>
    <message>
        <source>Adjusting leader posts</source>
        <translation>调整领导职数</translation>
    </message>
    <message>
        <source>Adjusting internal institutions</source>
        <translation>内设机构调整</translation>
    </message>
    <message>
        <source>Office director meeting</source>
        <translation>主任办公会</translation>
    </message>
    <message>
        <source>Establishment committee</source>
        <translation>编委会</translation>
    </message>
    <message>
        <source>Committee chair meeting</source>
        <translation>编委主任会议</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>This supervision campaign</source>
        <translation>本次督导</translation>
    </message>
    <message>
        <source>Establishment evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Special supervision</source>
        <translation>专项督导</translation>
    </message>
    <message>
        <source>Transferred by inspection or audit</source>
        <translation>巡察/审计移交</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Admonitory talk (约谈)</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Circulated notice (通报)</source>
        <translation>通报</translation>
    </message>
    <message>
        <source>Accountability decision (问责)</source>
        <translation>问责</translation>
    </message>
    <message>
        <source>Group leader</source>
        <translation>督导组组长</translation>
    </message>
    <message>
        <source>Group member</source>
        <translation>督导组组员</translation>
    </message>
    <message>
        <source>Section clerk</source>
        <translation>科室经办人</translation>
    </message>
    <message>
        <source>Office leader</source>
        <translation>编办领导</translation>
    </message>
    <message>
        <source>Main duties unclear</source>
        <translation>主要职责不清晰</translation>
    </message>
    <message>
        <source>Internal structure not conformant</source>
        <translation>内设机构不规范</translation>
    </message>
    <message>
        <source>Mixed use of establishment types or posts</source>
        <translation>混编混岗</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>单位自评</translation>
    </message>
    <message>
        <source>On-site verification</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <source>Overall evaluation</source>
        <translation>综合评定</translation>
    </message>
    <message>
        <source>Feedback and rectification</source>
        <translation>反馈整改</translation>
    </message>
    <message>
        <source>Look-back</source>
        <translation>回头看</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>已发现</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Verified at look-back</source>
        <translation>回头看已核实</translation>
    </message>
    <message>
        <source>Closed (销号)</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Establishment office</source>
        <translation>编办</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>行政编制</translation>
    </message>
    <message>
        <source>Political-legal special</source>
        <translation>政法专项编制</translation>
    </message>
    <message>
        <source>Public institution (civil-service managed)</source>
        <translation>参公事业编制</translation>
    </message>
    <message>
        <source>Logistics worker</source>
        <translation>工勤编制</translation>
    </message>
    <message>
        <source>Other special</source>
        <translation>其他专项编制</translation>
    </message>
    <message>
        <source>Principal posts</source>
        <translation>正职</translation>
    </message>
    <message>
        <source>Deputy posts</source>
        <translation>副职</translation>
    </message>
    <message>
        <source>office</source>
        <translation>编办</translation>
    </message>
    <message>
        <source>field</source>
        <translation>督导组笔记本</translation>
    </message>
    <message>
        <source>planning</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>In a current reform</source>
        <translation>涉改单位</translation>
    </message>
    <message>
        <source>School sector</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Hospital sector</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Town or sub-district level</source>
        <translation>镇街所属</translation>
    </message>
    <message>
        <source>Establishment discipline</source>
        <translation>机构编制纪律</translation>
    </message>
    <message>
        <source>Use of establishment</source>
        <translation>编制使用</translation>
    </message>
    <message>
        <source>Classification of public institutions</source>
        <translation>事业单位分类</translation>
    </message>
    <message>
        <source>Reforms under way</source>
        <translation>改革推进</translation>
    </message>
    <message>
        <source>Staff over establishment (超编)</source>
        <translation>超编</translation>
    </message>
    <message>
        <source>Leader posts over quota (超职数)</source>
        <translation>超职数</translation>
    </message>
    <message>
        <source>Internal bodies over the approved number (超内设机构)</source>
        <translation>超内设机构</translation>
    </message>
    <message>
        <source>Figures inconsistent with the office&apos;s data (数据不一致)</source>
        <translation>数据不一致</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>座谈</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Staff over approved establishment</source>
        <extracomment>The warning rules&apos; names in the ``Vocab`` context.</extracomment>
        <translation>实有人数超过核定编制</translation>
    </message>
    <message>
        <source>Leader posts over quota</source>
        <translation>领导职数超配</translation>
    </message>
    <message>
        <source>Legal-person certificate expired or expiring</source>
        <translation>法人证书已过期或即将过期</translation>
    </message>
    <message>
        <source>Rectification overdue</source>
        <translation>整改逾期</translation>
    </message>
    <message>
        <source>Not inspected in this campaign</source>
        <translation>本次督导活动未督导</translation>
    </message>
    <message>
        <source>Problem categories</source>
        <extracomment>Every extendable vocabulary: its built-in entries (key -&gt; English label, ``Vocab`` context). Further names old ledgers and rosters write for built-in entries. Their names for the settings dialog and the command line.</extracomment>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Problem sources</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <source>Unit kinds</source>
        <translation>单位类别</translation>
    </message>
</context>
<context>
    <name>VocabularyActions</name>
    <message>
        <source>Vocabularies…</source>
        <translation>词表…</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>(retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Vocabularies</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>&amp;Vocabulary</source>
        <translation>词表(&amp;V)</translation>
    </message>
    <message>
        <source>Retired entries stay with the records that use them but are no longer offered</source>
        <translation>已停用的词条仍保留在使用它的记录中，但不再供新记录选择</translation>
    </message>
    <message>
        <source>Name of a new entry, or the new name of the selected one</source>
        <translation>新词条的名称，或所选词条的新名称</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Staff over approved establishment</source>
        <extracomment>The people who sign off (督导组组长, 组员, 科室经办人, 编办领导). The names offices write for each kind (the first is the official one, used in documents). Groups of kinds a checklist item or a figure can target (a kind&apos;s own key also works). The organisation class in a USCC (its first two characters; GB 32100): 1x is registered by the establishment office, 5x by civil affairs, 9x by market regulation. The kind a USCC class implies when a row names no kind. 机构规格. 经费形式. Unit status: a unit that is not active leaves the active roster but keeps its history. The names old ledgers write for each source (the office adds sources of its own). The names offices write for each kind (the first is the official one, used in documents). Leader posts (领导职数): principal (正职) and deputy (副职). Flags the office sets per unit; checklist items can target them. The names offices write for each flag (the first is the official one). What a campaign may focus on; checklist items can be asked only under a focus. What a figure that differs from the office&apos;s suggests (the seed&apos;s words in brackets). Their names in official Chinese (problem descriptions go to the ledger in Chinese). The warning rules (预警规则) by id; shown by the GUI and printed in the yearly analysis.</extracomment>
        <translation>实有人数超过核定编制</translation>
    </message>
    <message>
        <source>Leader posts over quota</source>
        <translation>领导职数超配</translation>
    </message>
    <message>
        <source>More internal bodies than approved</source>
        <translation>超内设机构数</translation>
    </message>
    <message>
        <source>Legal-person certificate expired or expiring</source>
        <translation>法人证书已过期或即将过期</translation>
    </message>
    <message>
        <source>Rectification overdue</source>
        <translation>整改逾期</translation>
    </message>
    <message>
        <source>Not inspected in this campaign</source>
        <translation>本次督导活动未督导</translation>
    </message>
    <message>
        <source>Establishment kind</source>
        <extracomment>What each rule&apos;s figures are called, per rule (&quot;approved&quot; is an establishment for one rule and a number of leader posts for another); shown with the warning instead of raw keys.</extracomment>
        <translation>编制类型</translation>
    </message>
    <message>
        <source>Actual staff</source>
        <translation>实有人数</translation>
    </message>
    <message>
        <source>Approved establishment</source>
        <translation>编制数</translation>
    </message>
    <message>
        <source>Over establishment by</source>
        <translation>超编人数</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Leader posts filled</source>
        <translation>实配领导职数</translation>
    </message>
    <message>
        <source>Leader posts approved</source>
        <translation>核定领导职数</translation>
    </message>
    <message>
        <source>Over quota by</source>
        <translation>超职数</translation>
    </message>
    <message>
        <source>Internal bodies set up</source>
        <translation>实设内设机构</translation>
    </message>
    <message>
        <source>Internal bodies approved</source>
        <translation>核定内设机构数</translation>
    </message>
    <message>
        <source>Over the approved number by</source>
        <translation>超出核定数</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Overdue problems</source>
        <translation>逾期未整改问题</translation>
    </message>
    <message>
        <source>Earliest deadline</source>
        <translation>最早整改时限</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>督导活动</translation>
    </message>
    <message>
        <source>Days since expiry</source>
        <translation>已过期天数</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
