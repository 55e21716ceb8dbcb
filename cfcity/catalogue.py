"""Every message template, in Simplified Chinese ("zh") and English ("en").

Problem codes are stable: scripts and docs refer to them. Each has a severity. Interface
strings have keys starting with `ui.` and severity None. A test checks that every entry
has both languages and that both use the same placeholders.
"""

from __future__ import annotations

E, W, UI = "error", "warning", None


def _entry(severity: str | None, zh: str, en: str) -> dict:
    return {"severity": severity, "zh": zh, "en": en}


CATALOGUE: dict[str, dict] = {
    # Reading files.
    "encoding-gbk": _entry(
        E, "文件不是 UTF-8 编码，看起来是 GBK/GB18030（第 {line} 行附近）。请用“另存为”选择 UTF-8 编码保存。",
        "The file is not UTF-8; it looks like GBK/GB18030 (near line {line}). Save it again as UTF-8."),
    "encoding-utf16": _entry(
        E, "文件是 UTF-16（记事本的“Unicode”）编码。请用“另存为”选择 UTF-8 编码保存。",
        "The file is UTF-16 (Notepad's \"Unicode\"). Save it again as UTF-8."),
    "encoding-unknown": _entry(
        E, "文件不是 UTF-8 编码（第 {line} 行附近有无法识别的字节）。请用 UTF-8 编码保存。",
        "The file is not UTF-8 (unreadable bytes near line {line}). Save it as UTF-8."),
    "file-unreadable": _entry(E, "无法读取文件：{reason}。", "Cannot read the file: {reason}."),
    "missing-file": _entry(
        E, "缺少文件 {file}。计划仓库必须包含该文件；请从 git 恢复（git checkout -- {file}）。",
        "The file {file} is missing. A plan repository needs it; restore it from git (git checkout -- {file})."),
    "empty-file": _entry(
        E, "文件 {file} 是空的。请从 git 恢复（git checkout -- {file}），或按 docs/data-format.md 填写内容。",
        "The file {file} is empty. Restore it from git (git checkout -- {file}) or fill it in as "
        "docs/data-format.md describes."),
    "file-not-mapping": _entry(
        E, "文件 {file} 的顶层应当是“键: 值”的映射，而不是列表或单个值。",
        "The top level of {file} must be a mapping of keys to values, not a list or a single value."),
    # YAML syntax.
    "yaml-syntax": _entry(
        E, "YAML 格式错误，在第 {start}—{line} 行之间。请检查：缩进是否与上下行对齐，冒号后是否有空格，引号和括号"
           "是否成对。（解析器的说明：{detail}）",
        "YAML syntax error between lines {start} and {line}. Check that the indentation lines up with the lines "
        "around it, that a space follows each colon, and that quotes and brackets are closed. (Parser: {detail})"),
    "merge-conflict": _entry(
        E, "这里有未解决的 git 合并冲突标记。请保留正确的内容，删除 <<<<<<<、=======、>>>>>>> 这几行。",
        "An unresolved git merge conflict marker is here. Keep the right content and delete the <<<<<<<, ======= "
        "and >>>>>>> lines."),
    "yaml-colon-space": _entry(
        E, "第 {column} 列的冒号后面缺少空格。YAML 的“键: 值”之间要有一个半角空格，如 unit: 人。",
        "The colon at column {column} needs a space after it: YAML writes key: value, as in unit: 人."),
    "yaml-tab": _entry(
        E, "这一行有制表符（Tab）。YAML 的缩进和“键: 值”之间只能用空格，请把 Tab 换成空格。",
        "This line has a tab. YAML indents, and separates keys from values, with spaces only: replace the tab."),
    "yaml-full-width": _entry(
        E, "第 {column} 列有全角字符“{char}”，YAML 在这里需要半角的“{ascii}”。请切换到英文标点后重新输入这个字符。",
        "Column {column} has the full-width character \"{char}\" where YAML needs the ASCII \"{ascii}\". "
        "Retype it with the input method in English punctuation mode."),
    "yaml-too-deep": _entry(E, "YAML 嵌套层数过深，无法读取。", "The YAML is nested too deeply to read."),
    "yaml-alias": _entry(
        E, "不允许使用别名 *{name}。请把内容直接写出来。",
        "Aliases (*{name}) are not allowed. Write the content out in full."),
    "yaml-anchor": _entry(
        E, "不允许使用锚点 &{name}。请删除它。", "Anchors (&{name}) are not allowed. Remove it."),
    "yaml-tag": _entry(
        E, "不允许使用标签 {tag}，请删除它。数据文件只能包含普通的文字、数字、列表和映射。",
        "Tags ({tag}) are not allowed: remove it. Data files hold only plain text, numbers, lists and mappings."),
    "yaml-complex-key": _entry(E, "键必须是简单的文字。", "A key must be plain text."),
    "yaml-duplicate-key": _entry(
        E, "键“{key}”重复：第 {first_line} 行已经有它。请删除或合并其中一个。",
        "Duplicate key \"{key}\": line {first_line} already has it. Remove or merge one of them."),
    # Schema.
    "unknown-key": _entry(
        E, "未知的键“{key}”。是不是“{suggestion}”？", "Unknown key \"{key}\". Did you mean \"{suggestion}\"?"),
    "key-full-width-letters": _entry(
        E, "键“{key}”里有全角字母或空格，应为“{suggestion}”。请用半角（英文）重新输入。",
        "The key \"{key}\" has full-width letters or spaces; it should be \"{suggestion}\". Retype it in ASCII."),
    "unknown-key-no-suggestion": _entry(
        E, "未知的键“{key}”。这里可用的键有：{known}。", "Unknown key \"{key}\". The keys allowed here are: {known}."),
    "missing-key": _entry(E, "缺少必填的键“{key}”。", "The required key \"{key}\" is missing."),
    "invalid-choice": _entry(
        E, "{key} 的值 {value} 无效，应为以下之一：{choices}。",
        "{key} has the invalid value {value}; expected one of: {choices}."),
    "not-finite": _entry(
        E, "{key} 的值 {value} 不是有限的数字（NaN 或无穷大）。请填写实际数值。",
        "{key} is {value}, not a finite number (NaN or infinity). Enter the actual number."),
    "invalid-integer": _entry(
        E, "{key} 应为整数，实际是 {value}。", "{key} must be a whole number, got {value}."),
    "invalid-number": _entry(
        E, "{key} 应为数字，实际是 {value}。请只写半角数字，不带单位、百分号或千位分隔符。",
        "{key} must be a number, got {value}. Write ASCII digits only, without a unit, percent sign or "
        "thousands separator."),
    "invalid-boolean": _entry(
        E, "{key} 只能是 true 或 false，实际是 {value}。", "{key} must be true or false, got {value}."),
    "invalid-text": _entry(
        E, "{key} 应为文字，实际是 {value}。如果这就是想写的内容，请给它加上英文双引号。",
        "{key} must be text, got {value}. If that is what you meant, put it in double quotes."),
    "empty-text": _entry(E, "{key} 不能为空。", "{key} must not be empty."),
    "invalid-pattern": _entry(
        E, "{key} 的值 {value} 格式不对：编号只能用小写英文字母、数字、“_”和“-”，并以字母或数字开头。",
        "{key} has the badly formed value {value}: ids use lower-case ASCII letters, digits, \"_\" and \"-\", "
        "starting with a letter or digit."),
    "invalid-month": _entry(
        E, "{key} 的值 {value} 格式不对：月份写作 2025-06。", "{key} has the badly formed value {value}: write months as 2025-06."),
    "number-quoted": _entry(
        E, "{key} 应为数字，实际是带引号的文字 {value}。请去掉引号。",
        "{key} must be a number, but {value} is quoted text. Remove the quotes."),
    "number-leading-zero": _entry(
        E, "{key} 的值 {value} 以 0 开头，YAML 不把它当作数字。请去掉开头的 0。",
        "{key} is {value}, which starts with 0, so YAML does not read it as a number. Remove the leading 0."),
    "boolean-quoted": _entry(
        E, "{key} 的值 {value} 带了引号，成了文字。请去掉引号，只写 true 或 false。",
        "{key} is {value} in quotes, which makes it text. Remove the quotes: write true or false."),
    "control-character": _entry(
        E, "第 {line} 行有看不见的控制字符（{codepoint}），常见于从 Word 复制的文字。请删除它。",
        "Line {line} holds an invisible control character ({codepoint}), as text copied from Word often does. Remove it."),
    "number-full-width": _entry(
        E, "{key} 应为数字，实际是 {value}，其中有全角数字或符号。请用半角（英文）输入。",
        "{key} must be a number, but {value} has full-width digits or signs. Type them in ASCII."),
    "invalid-date": _entry(
        E, "{key} 应为日期（如 2023-10-09），实际是 {value}。",
        "{key} must be a date such as 2023-10-09, got {value}."),
    "expected-list": _entry(E, "{key} 应为列表（每项以“- ”开头）。", "{key} must be a list (items start with \"- \")."),
    "expected-mapping": _entry(
        E, "{key} 应为“键: 值”的映射，实际是 {value}。", "{key} must be a mapping of keys to values, got {value}."),
    "full-width-in-key": _entry(
        E, "{key} 应为“键: 值”的映射，但 {value} 里用了全角“{char}”，YAML 需要半角“{ascii}”后跟一个空格。",
        "{key} must be a mapping, but {value} uses the full-width \"{char}\" where YAML needs an ASCII \"{ascii}\" "
        "followed by a space."),
    "out-of-range": _entry(
        E, "{key} 的值 {value} 超出允许范围（界限 {limit}）。", "{key} is {value}, outside the allowed range (limit {limit})."),
    "invalid-value": _entry(E, "{key} 的值 {value} 无效：{detail}。", "{key} has the invalid value {value}: {detail}."),
    # Checks across files.
    "duplicate-id": _entry(
        E, "编号 {value} 重复：第 {first_line} 行已经使用。", "The id {value} is used twice: line {first_line} has it already."),
    "unknown-domain": _entry(
        E, "未知的领域 {value}。是不是 {suggestion}？", "Unknown domain {value}. Did you mean {suggestion}?"),
    "unknown-task": _entry(
        E, "没有第 {value} 项任务。任务编号是 1 到 {last}。", "There is no task {value}. Tasks are numbered 1 to {last}."),
    "unknown-department": _entry(
        E, "单位“{value}”不在 data/departments.yaml 中。是不是“{suggestion}”？如果是新的写法，请把它加为别名。",
        "The unit \"{value}\" is not in data/departments.yaml. Did you mean \"{suggestion}\"? If it is another "
        "spelling, add it as an alias."),
    "unit-list-separator": _entry(
        E, "“{value}”看起来是几个单位写在了一起。列表中的各项要用半角逗号“,”分开，如 [市妇联, 市民政局]。",
        "\"{value}\" looks like several units run together. Separate list items with an ASCII comma, as in "
        "[市妇联, 市民政局]."),
    "unknown-indicator": _entry(
        E, "没有编号为 {value} 的指标。是不是 {suggestion}？", "There is no indicator {value}. Did you mean {suggestion}?"),
    "unknown-indicator-no-suggestion": _entry(
        E, "没有编号为 {value} 的指标。cfcity tasks --format json 可列出全部指标编号。",
        "There is no indicator {value}. cfcity tasks --format json lists every indicator id."),
    "unknown-department-no-suggestion": _entry(
        E, "单位“{value}”不在 data/departments.yaml 中。如果是新的单位或新的写法，请把它加入该文件。",
        "The unit \"{value}\" is not in data/departments.yaml. If it is a new unit or spelling, add it there."),
    "unknown-domain-no-suggestion": _entry(
        E, "未知的领域 {value}。领域编号是 policy、service、rights、space、environment。",
        "Unknown domain {value}. The domain ids are policy, service, rights, space and environment."),
    "unknown-project-no-suggestion": _entry(
        E, "没有编号为 {value} 的项目。", "There is no project {value}."),
    "unknown-project": _entry(
        E, "没有编号为 {value} 的项目。是不是 {suggestion}？", "There is no project {value}. Did you mean {suggestion}?"),
    "unknown-area": _entry(
        E, "未知的区域“{value}”。已知的区域有：{known}。", "Unknown area \"{value}\". The known areas are: {known}."),
    "target-year-outside-plan": _entry(
        E, "年份 {value} 不在 {first}—{last} 年之内。", "The year {value} is outside {first}–{last}."),
    "base-year-not-before": _entry(
        E, "基数年份 {value} 应早于目标年份 {year}。", "The base year {value} must come before the target year {year}."),
    "kind-does-not-fit-measure": _entry(
        E, "指标 {id} 的统计方式是 {measure}，不能使用目标类型 {kind}。",
        "Indicator {id} has the measure {measure}, which the target kind {kind} does not fit."),
    "missing-target-key": _entry(
        E, "类型为 {kind} 的目标必须写明 {key}。", "A target of kind {kind} needs {key}."),
    "count-not-whole": _entry(
        E, "以“{unit}”计的数量必须是非负整数，实际是 {value}。",
        "A count in {unit} must be a whole number, not negative; got {value}."),
    "sites-for-undeclared-indicator": _entry(
        E, "指标 {id} 有 {count} 个具名点位引用它，但没有写 derived_from_sites: true。",
        "{count} named sites count toward indicator {id}, but it does not declare derived_from_sites: true."),
    "derived-without-sites": _entry(
        E, "指标 {id} 声明由具名点位计算，但 projects.yaml 中没有点位引用它。",
        "Indicator {id} is derived from named sites, but no site in projects.yaml counts toward it."),
    "sites-exceed-count": _entry(
        E, "指标 {id} 到 {year} 年的目标是 {value}，但列出的点位有 {named} 个。请核对原文，并在指标上用 note 说明。",
        "Indicator {id} targets {value} by {year}, but {named} named sites are listed. Check the plan text and "
        "explain it in a note on the indicator."),
    "value-for-derived-indicator": _entry(
        E, "指标 {id} 由具名点位的状态计算，不能直接填写数值。请用 cfcity project 更新点位状态。",
        "Indicator {id} is computed from its named sites and takes no recorded value. Update the sites with "
        "cfcity project."),
    "value-year-outside-plan": _entry(
        E, "数值的年份 {value} 不在 {first}—{last} 年之内。", "The value's year {value} is outside {first}–{last}."),
    "value-as-of-before-year": _entry(
        E, "截至日期 {as_of} 早于数值所属的 {year} 年。请核对年份或截至日期。",
        "The as-of date {as_of} is before the value's year {year}. Check the year or the date."),
    "duplicate-value": _entry(
        E, "指标 {indicator} 在 {year} 年（区域：{area}）已有记录，见 {first}。请删除其中一个。",
        "Indicator {indicator} already has a value for {year} (area: {area}) at {first}. Remove one of them."),
    "note": _entry(W, "说明：{note}", "Note: {note}"),
    # Errors that stop a command.
    "root-not-found": _entry(
        E, "在 {path} 及其上级目录中找不到 {marker}。请进入计划仓库目录，或用 --root 指定。",
        "No {marker} in {path} or any folder above it. Change into a plan repository or pass --root."),
    "root-not-plan": _entry(
        E, "{path} 不是计划仓库：其中没有 {marker}。", "{path} is not a plan repository: it has no {marker}."),
    "unknown-task-number": _entry(
        E, "没有第 {value} 项任务。任务编号是 1 到 {last}。", "There is no task {value}. Tasks are numbered 1 to {last}."),
    "no-tasks": _entry(E, "计划中没有任何任务：tasks.yaml 读不出来。请运行 cfcity validate。",
                       "The plan has no tasks: tasks.yaml cannot be read. Run cfcity validate."),
    "no-such-option-plain": _entry(
        E, "没有选项 {name}。运行 cfcity 命令 --help 查看用法。", "No such option: {name}. Run cfcity COMMAND --help for usage."),
    "unknown-id": _entry(
        E, "找不到“{value}”。它不是任务编号、指标编号、项目编号或点位编号。相近的有：{suggestions}。",
        "\"{value}\" is not a task number, indicator, project or site id. Close matches: {suggestions}."),
    "unknown-domain-option": _entry(
        E, "未知的领域“{value}”。可用的领域有：{known}。", "Unknown domain \"{value}\". The domains are: {known}."),
    "unknown-unit-option": _entry(
        E, "找不到单位“{value}”。相近的有：{suggestions}。", "No unit matches \"{value}\". Close matches: {suggestions}."),
    "ambiguous-unit-option": _entry(
        E, "“{value}”可以指多个单位：{matches}。请写得更完整。",
        "\"{value}\" matches several units: {matches}. Be more specific."),
    "unknown-language": _entry(
        E, "不支持的语言“{value}”。可用：zh、en。", "Unsupported language \"{value}\". Use zh or en."),
    "unknown-language-environment": _entry(
        W, "环境变量 CFCITY_LANG 的值“{value}”不受支持（可用：zh、en），使用中文。",
        "CFCITY_LANG is \"{value}\", which is not supported (use zh or en); using Chinese."),
    "no-such-option": _entry(
        E, "没有选项 {name}。相近的选项：{possibilities}。运行 cfcity 命令 --help 查看用法。",
        "No such option: {name}. Close options: {possibilities}. Run cfcity COMMAND --help for usage."),
    "negative-value-option": _entry(
        E, "{name} 被当成了选项。负数请写在所有选项之后、“--”之后，例如：cfcity record 指标 --year 2024 --source 来源 -- {name}",
        "{name} was read as an option. Put a negative value after all options and after --, for example: "
        "cfcity record INDICATOR --year 2024 --source SOURCE -- {name}"),
    "missing-parameter": _entry(
        E, "缺少参数 {name}。运行 cfcity 命令 --help 查看用法。", "Missing {name}. Run cfcity COMMAND --help for usage."),
    "bad-parameter": _entry(
        E, "参数 {name} 的值无效：{detail}", "Invalid value for {name}: {detail}"),
    "usage-error": _entry(
        E, "命令用法错误：{detail} 运行 cfcity --help 查看全部命令。", "Usage error: {detail} Run cfcity --help for the commands."),
    "git-not-installed": _entry(
        E, "找不到 git 命令。请先安装 git（Windows 可用 Git for Windows）。",
        "The git command is not found. Install git first (Git for Windows on Windows)."),
    "git-not-repository": _entry(
        E, "{path} 不在 git 仓库中。比较版本需要 git 仓库：请在仓库目录中运行，或先 git init。",
        "{path} is not inside a git repository. Comparing revisions needs one: run inside it, or git init first."),
    "git-unknown-revision": _entry(
        E, "git 中找不到版本“{revision}”。请用 git log 或 git branch 查看可用的版本。",
        "git has no revision \"{revision}\". See git log or git branch for the revisions there are."),
    "git-shallow": _entry(
        E, "找不到版本“{revision}”：这是一个浅克隆（shallow clone），只有部分历史和分支。请运行 git fetch --unshallow，"
           "并取回要比较的分支，例如 git fetch origin main:refs/remotes/origin/main。",
        "No revision \"{revision}\": this is a shallow clone with part of the history and branches. Run "
        "git fetch --unshallow and fetch the branch to compare, e.g. git fetch origin main:refs/remotes/origin/main."),
    "git-shallow-no-merge-base": _entry(
        E, "这是浅克隆，找不到当前分支与“{revision}”的分叉点，无法只列出本分支的改动。请运行 git fetch --unshallow 后重试。",
        "This is a shallow clone, so the point where this branch left \"{revision}\" is missing and the branch's own "
        "changes cannot be told apart. Run git fetch --unshallow and try again."),
    "git-plan-missing": _entry(
        E, "版本“{revision}”中没有 {file}，那时这里还不是计划仓库。请换一个版本。",
        "Revision \"{revision}\" has no {file}: the plan was not there yet. Choose another revision."),
    "git-no-commits": _entry(
        E, "git 仓库还没有任何提交。请先提交一次（git add -A && git commit）。",
        "The git repository has no commits yet. Commit once first (git add -A && git commit)."),
    "git-failed": _entry(E, "git 命令失败（{command}）：{detail}", "git failed ({command}): {detail}"),
    "internal-error": _entry(
        E, "cfcity 内部错误（{detail}）。这不是数据的问题，请把命令和这条信息报告给维护者；设置环境变量 CFCITY_DEBUG=1 可显示详细信息。",
        "Internal error in cfcity ({detail}). This is not a data problem: report the command and this message; "
        "set CFCITY_DEBUG=1 to see the details."),
    "marker-missing": _entry(
        E, "{path} 看起来是计划仓库，但缺少 {marker}。请从 git 恢复（git checkout -- {marker}）。",
        "{path} looks like a plan repository but has no {marker}. Restore it from git (git checkout -- {marker})."),
    "root-is-file": _entry(E, "{path} 是文件，--root 要给出计划仓库的目录。", "{path} is a file; --root takes the plan repository's folder."),
    "root-missing": _entry(E, "目录 {path} 不存在。", "The folder {path} does not exist."),
    "unknown-format": _entry(
        E, "不支持的格式“{value}”。可用：{known}。", "Unsupported format \"{value}\". Use one of: {known}."),
    # Recording values.
    "value-empty": _entry(E, "没有填写数值。", "The value is empty."),
    "value-not-finite": _entry(
        E, "数值“{value}”不是有限的数字。请填写实际数值。", "The value \"{value}\" is not a finite number. Enter the actual number."),
    "value-not-number": _entry(
        E, "“{value}”不是数字。该指标的单位是“{unit}”，请填写如 12、1,000、1.5万 这样的数字。",
        "\"{value}\" is not a number. The indicator's unit is {unit}; enter a number such as 12, 1,000 or 1.5万."),
    "value-bad-separator": _entry(
        E, "“{value}”中的逗号不是千位分隔符。千位分隔符每三位一个，如 1,000；小数点请用“.”。",
        "The commas in \"{value}\" are not thousands separators, which group three digits (1,000). "
        "Use \".\" for the decimal point."),
    "value-wrong-unit": _entry(
        E, "“{value}”带的单位是“{typed_unit}”，但该指标的单位是“{unit}”。请按“{unit}”填写数值。",
        "\"{value}\" is in {typed_unit}, but the indicator's unit is {unit}. Enter the value in {unit}."),
    "value-negative-count": _entry(
        E, "“{value}”是负数，以“{unit}”计的数量不能为负。", "\"{value}\" is negative; a count in {unit} cannot be."),
    "value-fractional-count": _entry(
        E, "“{value}”不是整数，以“{unit}”计的数量必须是整数。", "\"{value}\" is not whole; a count in {unit} must be."),
    "implausible-percent-over-100": _entry(
        E, "{value}% 超过了 100%。如果确实如此（例如巩固率），请加 --force 再记录一次。",
        "{value}% is over 100%. If that is right (a retention rate can be), record it again with --force."),
    "implausible-permille-over-1000": _entry(
        E, "{value}‰ 超过了 1000‰。请核对数值；确实如此时加 --force。",
        "{value}‰ is over 1000‰. Check the value; add --force if it is right."),
    "implausible-share": _entry(
        E, "{value} 看起来是小数形式的比例，该指标按“{unit}”记录。是不是 {percent}？确实如此时加 --force。",
        "{value} looks like a share written as a fraction, but the indicator is in {unit}. Did you mean "
        "{percent}? Add --force if {value}{unit} is right."),
    "implausible-change": _entry(
        E, "{value}{unit} 与上次记录的 {reference}{unit} 相差十倍以上，可能单位或数量级写错了（如 万人 与 人）。请核对；确实如此时加 --force。",
        "{value}{unit} differs more than tenfold from the last recorded {reference}{unit}; the unit or the order "
        "of magnitude may be wrong (万人 against 人, say). Check it; add --force if it is right."),
    "write-blocked-by-errors": _entry(
        E, "{file} 第 {line} 行有错误：{detail} 先改正它再记录，否则新数值可能与读不出的旧数值重复。未写入任何内容。",
        "{file}:{line} has an error: {detail} Fix it before recording, or the new value may duplicate one that "
        "cannot be read. Nothing was written."),
    "text-control-character": _entry(
        E, "{option} 中有看不见的控制字符（{codepoint}），常见于从 Word 复制的文字。请删除后重试。",
        "{option} holds an invisible control character ({codepoint}), as text copied from Word often does. Remove it "
        "and try again."),
    "implausible-hours": _entry(
        E, "{value} 小时超过了一天的 24 小时。请核对；确实如此时加 --force。",
        "{value} hours is more than the 24 hours of a day. Check it; add --force if it is right."),
    "implausible-age": _entry(
        E, "{value} 岁超过了儿童的年龄（18 岁）。请核对；确实如此时加 --force。",
        "{value} years is older than a child (18). Check it; add --force if it is right."),
    "implausible-magnitude": _entry(
        E, "{value}{unit} 比目标 {target}{unit} 大十倍以上，可能单位或数量级写错了（如 万人 与 人）。请核对；确实如此时加 --force。",
        "{value}{unit} is more than ten times the target of {target}{unit}; the unit or the order of magnitude "
        "may be wrong (万人 against 人, say). Check it; add --force if it is right."),
    "implausible-negative": _entry(
        E, "{value}{unit} 是负数，通常不会出现。请核对；确实如此时加 --force。",
        "{value}{unit} is negative, which is unusual. Check it; add --force if it is right."),
    "record-derived-indicator": _entry(
        E, "指标 {id} 由具名点位的完成情况计算，不能直接记录数值。请用 cfcity project 点位编号 --status completed 更新点位。",
        "Indicator {id} is computed from its named sites and takes no recorded value. Use cfcity project SITE "
        "--status completed."),
    "record-exists": _entry(
        E, "指标 {indicator} 在 {year} 年（{area}）已记录为 {old}（{file} 第 {line} 行），与新值 {new} 不同。"
           "确认要替换时加 --replace。未写入任何内容。",
        "Indicator {indicator} already has {old} for {year} ({area}) at {file}:{line}, not {new}. Add --replace "
        "to replace it. Nothing was written."),
    "record-exists-details": _entry(
        E, "指标 {indicator} 在 {year} 年（{area}）已记录为 {old}（截至 {old_as_of}，来源：{old_source}；{file} 第 {line} 行）。"
           "数值相同而截至日期或来源不同；要更新它们请加 --replace。未写入任何内容。",
        "Indicator {indicator} already has {old} for {year} ({area}), as of {old_as_of} from {old_source}, at "
        "{file}:{line}. The value is the same but the date or source differs; add --replace to update them. "
        "Nothing was written."),
    "date-in-future": _entry(
        E, "日期 {date} 晚于今天（{today}）。只能记录已经发生的事。", "The date {date} is after today ({today}); record only what has happened."),
    "no-milestone": _entry(
        E, "任务 {task} 没有 {year} 年的阶段目标。它的阶段目标年份：{years}。",
        "Task {task} has no milestone for {year}. Its milestone years: {years}."),
    "ambiguous-project-option": _entry(
        E, "“{value}”可以指多个项目或点位：{matches}。请写编号。",
        "\"{value}\" matches several projects or sites: {matches}. Use the id."),
    "assessment-without-milestone": _entry(
        E, "任务 {task} 没有 {year} 年的阶段目标，这条评估无处对应。", "Task {task} has no milestone for {year}, so this assessment has nothing to assess."),
    "record-source-missing": _entry(
        E, "请用 --source 写明数据来源（哪个部门的报表或哪本统计年鉴）。",
        "Name the source with --source (which department's report or which yearbook)."),
    "record-year-outside-plan": _entry(
        E, "年份 {value} 不在 {first}—{last} 年之内。", "The year {value} is outside {first}–{last}."),
    "record-as-of-before-year": _entry(
        E, "截至日期 {as_of} 早于 {year} 年。{year} 年的数值最早截至 {year}-01-01。",
        "The as-of date {as_of} is before {year}. A value for {year} is as of {year}-01-01 or later."),
    "record-as-of-future": _entry(
        E, "截至日期 {as_of} 晚于今天（{today}）。", "The as-of date {as_of} is after today ({today})."),
    "unknown-indicator-option": _entry(
        E, "找不到指标“{value}”。相近的有：{suggestions}。可用 cfcity tasks 查看全部指标。",
        "No indicator matches \"{value}\". Close matches: {suggestions}. cfcity tasks lists them all."),
    "ambiguous-indicator": _entry(
        E, "“{value}”可以指多个指标：{matches}。请写指标编号或更完整的名称。",
        "\"{value}\" matches several indicators: {matches}. Use the id or a longer name."),
    "unknown-area-option": _entry(
        E, "未知的区域“{value}”。已知的区域有：{known}。不写 --area 表示全市。",
        "Unknown area \"{value}\". The known areas are: {known}. Leave out --area for the whole city."),
    "unknown-task-option": _entry(
        E, "没有第 {value} 项任务。任务编号是 1 到 56。", "There is no task {value}. Tasks are numbered 1 to 56."),
    "unknown-status-option": _entry(
        E, "未知的状态“{value}”。可用：{known}。", "Unknown status \"{value}\". Use one of: {known}."),
    "unknown-project-option": _entry(
        E, "找不到项目或点位“{value}”。相近的有：{suggestions}。",
        "No project or site \"{value}\". Close matches: {suggestions}."),
    "evidence-missing": _entry(E, "请用 --evidence 写明评估依据。", "Give the evidence with --evidence."),
    "spent-on-site": _entry(
        E, "{id} 是点位，不是项目，不能记录支出。", "{id} is a named site, not a project, so it has no spending."),
    "file-read-only": _entry(
        E, "文件 {file} 是只读的，无法写入。请取消只读属性后重试。",
        "The file {file} is read-only. Make it writable and try again."),
    "lock-timeout": _entry(
        E, "另一个 cfcity 正在写入，等待超时。如果确认没有其他 cfcity 在运行，请删除 {file} 后重试。",
        "Another cfcity is writing and the wait timed out. If no other cfcity is running, delete {file} and retry."),
    "write-would-break": _entry(
        E, "写入会使 {file} 无法读取（{detail}），已取消，文件未改动。请报告这个问题。",
        "The write would leave {file} unreadable ({detail}), so it was cancelled and the file is unchanged. "
        "Please report this."),
    "output-is-folder": _entry(E, "{file} 是一个目录，请给出文件名。", "{file} is a folder; give a file name."),
    "folder-read-only": _entry(
        E, "目录 {folder} 不可写入，无法在其中建立临时文件。请检查该目录的权限。",
        "The folder {folder} is not writable, so no temporary file can be made in it. Check its permissions."),
    "output-write-failed": _entry(
        E, "无法写入 {file}：{reason}。", "Cannot write {file}: {reason}."),
    "invalid-whole-option": _entry(
        E, "{option} 的值“{value}”不是整数，请写成 2025 这样的数字。", "{option} \"{value}\" is not a whole number; write it as 2025."),
    "invalid-date-option": _entry(
        E, "{option} 的值“{value}”不是日期，请写成 2023-12-31 这样的格式。",
        "{option} \"{value}\" is not a date; write it as 2023-12-31."),
    "xlsx-needs-output": _entry(
        E, "xlsx 格式需要用 --output 指定文件，例如 --output 报告.xlsx。",
        "The xlsx format needs a file: add --output, for example --output report.xlsx."),
    "year-outside-plan-option": _entry(
        E, "年份 {value} 不在 {first}—{last} 年之内。", "The year {value} is outside {first}–{last}."),
    "year-without-targets": _entry(
        E, "{value} 年没有目标。有目标的年份：{years}。", "There are no targets for {value}. Years with targets: {years}."),
    "output-folder-missing": _entry(
        E, "目录 {folder} 不存在。请先建立它，或换一个输出位置。", "The folder {folder} does not exist. Create it first or write elsewhere."),
    "unknown-annex": _entry(E, "没有附件“{value}”。可用：1、2、3。", "There is no annex \"{value}\". Use 1, 2 or 3."),
    "example-not-empty": _entry(
        E, "{path} 已存在且不是空目录。请换一个新目录。", "{path} exists and is not empty. Choose a new folder."),
    # Interface strings.
    "ui.app.help": _entry(
        UI, "儿童友好城市建设方案跟踪工具：记录各部门报送的数值，显示对照目标的进展和差距，输出附件表格，审核 git 中的数据变更。",
        "Track a child-friendly city construction plan: record the figures departments send, show progress and gaps "
        "against the targets, print the annex tables, and review data changes in git."),
    "ui.option.root": _entry(
        UI, "计划仓库目录（默认：从当前目录向上查找含 indicators.yaml 的目录；也可用环境变量 CFCITY_ROOT）。",
        "Plan repository folder (default: the nearest folder up from here that holds indicators.yaml; "
        "or set CFCITY_ROOT)."),
    "ui.option.lang": _entry(
        UI, "界面语言：zh（默认）或 en；也可用环境变量 CFCITY_LANG。",
        "Interface language: zh (default) or en; or set CFCITY_LANG."),
    "ui.option.format": _entry(UI, "输出格式：{known}。", "Output format: {known}."),
    "ui.option.domain": _entry(
        UI, "只列出这个领域的任务（编号如 policy，或中文名如 社会政策友好）。",
        "List only the tasks of this domain (an id such as policy, or the Chinese name)."),
    "ui.option.unit": _entry(
        UI, "只列出这个单位牵头或参与的任务（可用简称，如 妇联）。",
        "List only the tasks this unit leads or takes part in (short forms such as 妇联 work)."),
    "ui.option.version": _entry(UI, "显示版本并退出。", "Show the version and exit."),
    "ui.validate.help": _entry(
        UI, "检查计划与数据文件，一次列出全部问题（错误在前）。有错误时退出码为 1。\n\n示例：cfcity validate --format json",
        "Check the plan and data files and list every problem at once, errors first. Exits 1 on any error.\n\n"
        "Example: cfcity validate --format json"),
    "ui.tasks.help": _entry(
        UI, "列出建设任务及其牵头单位和量化目标。\n\n示例：cfcity tasks --unit 妇联",
        "List the construction tasks with their lead units and quantified targets.\n\nExample: cfcity tasks --unit 妇联"),
    "ui.show.help": _entry(
        UI, "显示一项任务（编号）、指标、项目或点位的原文内容，以及引用它的条目。\n\n示例：cfcity show 6",
        "Show what the plan says about a task (its number), an indicator, a project or a site, and what refers "
        "to it.\n\nExample: cfcity show 6"),
    "ui.show.argument": _entry(
        UI, "任务编号、指标编号、项目编号或点位编号。", "A task number, or an indicator, project or site id."),
    "ui.validate.summary": _entry(
        UI, "共 {errors} 个错误、{warnings} 个警告（{files} 个文件）。",
        "Errors: {errors}. Warnings: {warnings}. Files: {files}."),
    "ui.data_errors": _entry(
        UI, "数据有 {errors} 个错误，请先改正（cfcity validate 列出全部问题）。",
        "The data has {errors} errors; fix them first (cfcity validate lists every problem)."),
    "ui.at_revision": _entry(UI, "[版本 {revision}] ", "[revision {revision}] "),
    "ui.data_errors_revision": _entry(
        UI, "版本“{revision}”的数据有 {errors} 个错误，无法按该版本计算。要查看，可用 git show {revision}:文件名。",
        "The data at revision \"{revision}\" has {errors} errors, so nothing is computed at it. See them with "
        "git show {revision}:FILE."),
    "ui.report.title_revision": _entry(UI, "（版本 {revision}）", " (revision {revision})"),
    "ui.data_errors_partial": _entry(
        UI, "注意：数据有 {errors} 个错误，以下结果可能不完整（cfcity validate 列出全部问题）。",
        "Note: the data has {errors} errors, so what follows may be incomplete (cfcity validate lists them)."),
    "ui.option.errors_only": _entry(UI, "只列出错误，不列警告（说明）。", "List errors only, without warnings (notes)."),
    "ui.value.empty": _entry(UI, "空值", "nothing"),
    "ui.value.mapping": _entry(UI, "“键: 值”映射", "a mapping"),
    "ui.value.list": _entry(UI, "列表", "a list"),
    "ui.validate.ok": _entry(
        UI, "检查通过：没有错误，{warnings} 个警告（{files} 个文件）。",
        "Valid: no errors. Warnings: {warnings}. Files: {files}."),
    "ui.option.year": _entry(UI, "目标年份（2023 或 2025）。", "Target year (2023 or 2025)."),
    "ui.option.status": _entry(
        UI, "只列出这个状态的目标，如 behind、missed、no_data。", "List only targets in this status, such as behind, missed, no_data."),
    "ui.option.as_of": _entry(
        UI, "按此日期计算状态（默认今天），如 2023-12-31；只计入截至该日的数值。",
        "Compute statuses as of this date (default today), such as 2023-12-31; only values as of that date count."),
    "ui.option.output": _entry(UI, "写入文件而不是显示在屏幕上。", "Write to this file instead of the screen."),
    "ui.status.help": _entry(
        UI, "全市建设进展一览：各领域目标状态、达标比例、需要关注的目标、缺少数据的指标、项目进展。\n\n示例：cfcity status --as-of 2023-12-31",
        "The whole plan at a glance: target states by domain, shares met, targets needing attention, "
        "indicators with no value, projects.\n\nExample: cfcity status --as-of 2023-12-31"),
    "ui.status.title": _entry(UI, "截至 {as_of}，共 {targets} 个量化目标", "As of {as_of}: {targets} quantified targets"),
    "ui.status.by_domain": _entry(UI, "各领域目标状态", "Target states by domain"),
    "ui.status.total": _entry(UI, "合计", "Total"),
    "ui.status.met_share": _entry(
        UI, "{year} 年目标达标 {met}/{targets}（{percent}%） {bar}", "{year} targets met: {met}/{targets} ({percent}%) {bar}"),
    "ui.status.attention": _entry(
        UI, "需要关注的目标（滞后、未达标、逾期无数据）：{count} 个", "Targets needing attention (behind, missed, overdue): {count}"),
    "ui.status.more": _entry(
        UI, "  ……另有 {count} 个，完整列表：{command}", "  ... {count} more; the full list: {command}"),
    "ui.status.more_command": _entry(
        UI, "cfcity report --status 滞后（或 未达标、逾期无数据）", "cfcity report --status behind (or missed, overdue_no_data)"),
    "ui.annex.no_status": _entry(
        UI, "附件2 的政策没有状态，--with-status 对它不起作用。", "Annex 2's policies have no status, so --with-status does not apply."),
    "ui.status.attention_row": _entry(
        UI, "[{status}] 任务{task} {name}（{indicator}）{year}年，当前 {value}，牵头：{lead}",
        "[{status}] task {task} {name} ({indicator}) {year}, value {value}, lead: {lead}"),
    "ui.status.missing": _entry(
        UI, "{year} 年尚无数值的指标：{count} 个", "Indicators with no value for {year}: {count}"),
    "ui.status.milestones": _entry(UI, "阶段目标评估", "Milestone assessments"),
    "ui.status.projects": _entry(UI, "项目", "Projects"),
    "ui.status.sites": _entry(UI, "具名点位", "Named sites"),
    "ui.report.help": _entry(
        UI, "差距报告：每个目标的原文、目标值、基线、当前值、差距、完成率和状态，按领域和任务排序。\n\n"
            "示例：cfcity report --year 2025 --unit 妇联 --format csv --output 报告.csv",
        "The gap report: for each target the plan's phrase, target, baseline, value, gap, percent achieved and "
        "status, by domain and task.\n\nExample: cfcity report --year 2025 --unit 妇联 --format csv --output report.csv"),
    "ui.report.title": _entry(UI, "差距报告（{year} 年目标，截至 {as_of}）", "Gap report ({year} targets, as of {as_of})"),
    "ui.report.col.domain": _entry(UI, "领域", "Domain"),
    "ui.report.col.indicator": _entry(UI, "指标编号", "Indicator"),
    "ui.report.col.name": _entry(UI, "指标", "Indicator name"),
    "ui.report.col.year": _entry(UI, "年份", "Year"),
    "ui.report.col.kind": _entry(UI, "目标类型", "Kind"),
    "ui.report.col.comparator": _entry(UI, "比较", "Comparator"),
    "ui.report.col.unit": _entry(UI, "单位", "Unit"),
    "ui.report.sheet": _entry(UI, "差距报告 {year}", "Gap report {year}"),
    "ui.report.count": _entry(UI, "共 {count} 行。", "{count} rows."),
    "ui.report.areas": _entry(UI, "\n（最差；{total} 个区域中 {reported} 个有数据）", " (worst; {reported} of {total} areas reported)"),
    "ui.report.areas_short": _entry(UI, "（{total} 个区域中 {reported} 个有数据）", " ({reported} of {total} areas reported)"),
    "ui.unit.percentage_points": _entry(UI, "个百分点", " pp"),
    "ui.reason.year_failed": _entry(UI, "（{year} 年未达到）", " ({year} fell short)"),
    "ui.reason.year_missing": _entry(UI, "（缺 {year} 年数值）", " (no value for {year})"),
    "ui.reason.no_value_for_year": _entry(UI, "（尚无 {year} 年数值，所示为更早年份）", " (no value for {year} yet; an earlier year shown)"),
    "ui.source.sites": _entry(UI, "具名点位完成情况（projects.yaml）", "named sites completed (projects.yaml)"),
    "ui.no_rows": _entry(UI, "没有符合条件的行。", "No rows match."),
    "ui.report.col.task": _entry(UI, "任务", "Task"),
    "ui.report.col.lead_units": _entry(UI, "牵头单位", "Lead units"),
    "ui.report.col.text": _entry(UI, "原文表述", "Plan text"),
    "ui.report.col.target": _entry(UI, "目标", "Target"),
    "ui.report.col.baseline": _entry(UI, "基线", "Baseline"),
    "ui.report.col.value": _entry(UI, "当前值", "Value"),
    "ui.report.col.gap": _entry(UI, "差距", "Gap"),
    "ui.report.col.percent": _entry(UI, "完成率", "Achieved"),
    "ui.report.col.status": _entry(UI, "状态", "Status"),
    "ui.report.col.as_of": _entry(UI, "截至/来源", "As of / source"),
    "ui.report.col.as_of_date": _entry(UI, "截至", "As of"),
    "ui.report.col.source": _entry(UI, "来源", "Source"),
    "ui.report.relative_to": _entry(UI, "（较{year}年）", " (against {year})"),
    "ui.report.milestone": _entry(UI, "{year} 阶段目标", "{year} milestone"),
    "ui.record.help": _entry(
        UI, "记录一个指标的数值。只改动该数值所在的行；已有不同数值时需加 --replace。\n\n"
            "示例：cfcity record social_workers 150 --year 2024 --source 市民政局报表",
        "Record a value of an indicator. Only that value's lines change; replacing a different value needs "
        "--replace.\n\nExample: cfcity record social_workers 150 --year 2024 --source 市民政局报表"),
    "ui.record.indicator": _entry(UI, "指标编号、中文名称或其中唯一的一部分。", "Indicator id, Chinese name, or a unique part of either."),
    "ui.record.value": _entry(
        UI, "数值，可写 1,000、1.5万、95%、１２（全角）；单位须与指标一致。",
        "The value: 1,000, 1.5万, 95% and full-width digits work; the unit must be the indicator's."),
    "ui.record.year": _entry(UI, "数值所属的年份，如 2024。", "The year the value is for, such as 2024."),
    "ui.record.source": _entry(UI, "数据来源：哪个部门的报表或哪本统计年鉴。", "Source: which department's report or yearbook."),
    "ui.record.area": _entry(UI, "乡镇（街道）；不写表示全市。", "Township or subdistrict; leave out for the whole city."),
    "ui.record.as_of": _entry(
        UI, "数值的截至日期（默认今天，且不晚于该年12月31日）。", "Date the value is as of (default today, at most 31 December of the year)."),
    "ui.record.note": _entry(UI, "备注。", "A note."),
    "ui.record.replace": _entry(UI, "替换已记录的不同数值。", "Replace a different value already recorded."),
    "ui.record.force": _entry(UI, "记录看起来不合理但确实如此的数值。", "Record a value that looks implausible but is right."),
    "ui.record.added": _entry(
        UI, "已记录：{indicator} {year}年（{area}）= {value}（{file} 第 {line} 行）",
        "Recorded: {indicator} {year} ({area}) = {value} ({file}:{line})"),
    "ui.record.replaced": _entry(
        UI, "已替换：{indicator} {year}年（{area}）{old} → {new}（{file} 第 {line} 行）",
        "Replaced: {indicator} {year} ({area}) {old} → {new} ({file}:{line})"),
    "ui.record.unchanged": _entry(
        UI, "无需改动：{indicator} {year}年（{area}）已是 {value}。", "Unchanged: {indicator} {year} ({area}) is already {value}."),
    "ui.record.status": _entry(
        UI, "  {year} 年目标 {target}：当前 {value}，{status}", "  {year} target {target}: value {value}, {status}"),
    "ui.record.status_unavailable": _entry(
        UI, "数值已写入，但无法计算新的状态；请运行 cfcity validate 检查。",
        "The value is written, but the new status could not be computed; run cfcity validate."),
    "ui.assess.help": _entry(
        UI, "记录一项任务某年阶段目标的评估。状态：not_started、in_progress、achieved、not_achieved。\n\n"
            "示例：cfcity assess 4 --year 2023 --status achieved --evidence 市妇联总结",
        "Record the assessment of a task's milestone for a year. Statuses: not_started, in_progress, achieved, "
        "not_achieved.\n\nExample: cfcity assess 4 --year 2023 --status achieved --evidence 市妇联总结"),
    "ui.assess.task": _entry(UI, "任务序号。", "Task number."),
    "ui.assess.status": _entry(
        UI, "评估结果：not_started、in_progress、achieved、not_achieved。", "Result: not_started, in_progress, achieved, not_achieved."),
    "ui.assess.evidence": _entry(UI, "评估依据。", "Evidence."),
    "ui.assess.date": _entry(UI, "评估日期（默认今天）。", "Date of the assessment (default today)."),
    "ui.assess.done": _entry(
        UI, "已记录：任务 {task} 的 {year} 年阶段目标为“{status}”（{file} 第 {line} 行）",
        "Recorded: task {task}'s {year} milestone is {status} ({file}:{line})"),
    "ui.project.help": _entry(
        UI, "更新项目或具名点位的状态。点位完成后自 --date 起计入对应指标。\n\n"
            "示例：cfcity project kg-renminlu --status completed --date 2023-09-01",
        "Update a project's or named site's status. A completed site counts toward its indicator from --date."
        "\n\nExample: cfcity project kg-renminlu --status completed --date 2023-09-01"),
    "ui.project.id": _entry(UI, "项目或点位编号。", "Project or site id."),
    "ui.project.status": _entry(
        UI, "状态：planned、in_progress、completed、cancelled。", "Status: planned, in_progress, completed, cancelled."),
    "ui.project.date": _entry(UI, "开工或完成日期（默认今天）。", "Start or completion date (default today)."),
    "ui.project.spent": _entry(UI, "实际支出（万元）。", "Actual spending (10,000 yuan)."),
    "ui.project.evidence": _entry(UI, "依据。", "Evidence."),
    "ui.project.done": _entry(
        UI, "已更新：{id} {old} → {new}（{file} 第 {line} 行）", "Updated: {id} {old} → {new} ({file}:{line})"),
    "ui.annex.help": _entry(
        UI, "按原文逐行输出附件表格：1 预期成果清单，2 政策举措清单，3 重大项目清单。\n\n示例：cfcity annex 1 --with-status",
        "Print an annex table row for row: 1 expected outcomes, 2 policy measures, 3 major projects.\n\n"
        "Example: cfcity annex 1 --with-status"),
    "ui.annex.number": _entry(UI, "附件编号：1、2 或 3。", "Annex number: 1, 2 or 3."),
    "ui.annex.with_status": _entry(UI, "加一列显示每行当前的状态。", "Add a column with each row's current state."),
    "ui.annex.title1": _entry(UI, "附件1 儿童友好城市建设试点预期成果清单", "Annex 1: expected outcomes"),
    "ui.annex.title2": _entry(UI, "附件2 儿童友好城市建设试点政策举措清单", "Annex 2: policy measures"),
    "ui.annex.title3": _entry(UI, "附件3 儿童友好城市建设试点重大项目清单", "Annex 3: major projects"),
    "ui.example.help": _entry(
        UI, "在新目录中生成一份带模拟数值的计划仓库副本，用于试用。模拟数据的来源都标明“模拟数据”。\n\n"
            "示例：cfcity example 试用 --seed 7",
        "Write a copy of the plan repository with simulated values into a new folder, for trying the tool. "
        "Every simulated value says so in its source.\n\nExample: cfcity example trial --seed 7"),
    "ui.example.folder": _entry(UI, "新目录（不存在或为空）。", "A new folder (missing or empty)."),
    "ui.example.seed": _entry(UI, "随机数种子，同一种子生成相同的数据。", "Random seed; the same seed gives the same data."),
    "ui.example.done": _entry(
        UI, "已生成示例仓库 {folder}：模拟数值 {values} 个，评估 {assessments} 条，完成点位 {sites} 个。",
        "Wrote the example repository {folder}: {values} simulated values, {assessments} assessments, "
        "{sites} completed sites."),
    "ui.example.no_git": _entry(
        UI, "未能建立 git 仓库（未安装 git？），示例数据已写入。", "Could not make it a git repository (is git installed?); the data is written."),
    "ui.option.rev": _entry(
        UI, "按 git 中某个版本（分支、标签或提交）的数据计算，不改动工作区。",
        "Use the data as it stood at a git revision (branch, tag or commit), without touching the work tree."),
    "ui.diff.help": _entry(
        UI, "比较两个版本的方案和数据：方案本身的变更（单独列在最前）、数值的增删改、目标状态的变化、新增或修复的错误。"
            "不写版本时比较 HEAD 与工作区；写一个时比较该版本与工作区。\n\n示例：cfcity diff main --format markdown",
        "Compare the plan and data at two revisions: changes to the plan itself (listed first), values added, "
        "changed or removed, status moves, and errors introduced or fixed. No revision compares HEAD with the "
        "work tree; one compares it with the work tree.\n\nExample: cfcity diff main --format markdown"),
    "ui.diff.rev": _entry(UI, "旧的一方（默认 HEAD）。", "The old side (default HEAD)."),
    "ui.diff.rev2": _entry(UI, "新的一方（默认工作区）。", "The new side (default the work tree)."),
    "ui.diff.worktree": _entry(UI, "工作区", "work tree"),
    "ui.diff.title": _entry(UI, "比较 {old} → {new}", "Comparing {old} → {new}"),
    "ui.diff.plan_banner": _entry(
        UI, "方案本身有 {count} 处变更（目标、年份、比较条件、单位、方向、牵头或责任单位、任务、项目、点位）："
            "这些须经联席会议决定，请逐条核对",
        "{count} changes to the plan itself (targets, years, comparators, units, directions, lead or responsible "
        "units, tasks, projects, sites): these are decisions for the joint meeting, check each one"),
    "ui.diff.values": _entry(UI, "数值变更 {count} 处：", "Value changes ({count}):"),
    "ui.diff.statuses": _entry(UI, "目标状态变化 {count} 个：", "Status moves ({count}):"),
    "ui.diff.progress": _entry(UI, "进展更新 {count} 处：", "Progress updates ({count}):"),
    "ui.diff.introduced": _entry(UI, "新增错误 {count} 个：", "Errors introduced ({count}):"),
    "ui.diff.fixed": _entry(UI, "修复错误 {count} 个：", "Errors fixed ({count}):"),
    "ui.diff.summary": _entry(
        UI, "汇总：方案变更 {plan_changes} 处；数值新增 {values_added}、修改 {values_changed}、删除 {values_removed}；"
            "状态变化 {status_moves} 个；进展更新 {progress_changes} 处；新增错误 {errors_introduced} 个，"
            "修复 {errors_fixed} 个。",
        "Summary: {plan_changes} plan changes; values {values_added} added, {values_changed} changed, "
        "{values_removed} removed; {status_moves} status moves; {progress_changes} progress updates; "
        "{errors_introduced} errors introduced, {errors_fixed} fixed."),
    "ui.diff.added_item": _entry(UI, "新增{section} {key}：{new}", "Added {section} {key}: {new}"),
    "ui.diff.removed_item": _entry(UI, "删除{section} {key}：{old}", "Removed {section} {key}: {old}"),
    "ui.diff.renamed_item": _entry(UI, "{section}改名：{old} → {new}", "Renamed {section}: {old} → {new}"),
    "ui.diff.changed_field": _entry(
        UI, "{section} {key} 的 {field}：{old} → {new}", "{section} {key}, {field}: {old} → {new}"),
    "ui.diff.value_added": _entry(
        UI, "新增 {indicator} {year}年（{area}）：{new}（来源：{source}）",
        "added {indicator} {year} ({area}): {new} (source: {source})"),
    "ui.diff.value_removed": _entry(
        UI, "删除 {indicator} {year}年（{area}）：{old}", "removed {indicator} {year} ({area}): {old}"),
    "ui.diff.value_changed": _entry(
        UI, "修改 {indicator} {year}年（{area}）：{old} → {new}（来源：{source}）",
        "changed {indicator} {year} ({area}): {old} → {new} (source: {source})"),
    "ui.diff.status_moved": _entry(
        UI, "{indicator} {year}年目标：{old} → {new}", "{indicator} {year} target: {old} → {new}"),
    "ui.diff.no_target": _entry(UI, "（无此目标）", "(no such target)"),
    "ui.diff.target_key": _entry(UI, "{indicator} {year}年（{kind}）", "{indicator} {year} ({kind})"),
    "ui.diff.assessment_key": _entry(
        UI, "任务{task} {year}年阶段目标（{date} 评估）", "task {task}'s {year} milestone (assessed {date})"),
    "ui.diff.merge_base": _entry(UI, "{revision}（分叉点 {commit}）", "{revision} (merge base {commit})"),
    "ui.diff.unreadable": _entry(
        UI, "无法读取、未作比较的文件 {count} 个：", "Files that could not be read and were not compared ({count}):"),
    "ui.diff.unreadable_file": _entry(UI, "{side}：{file}", "{side}: {file}"),
    "ui.diff.plan_reminder": _entry(
        UI, "注意：本次变更含方案本身的变更 {count} 处（见最上方）。", "Note: this change includes {count} changes to the plan itself (listed at the top)."),
    "ui.diff.field.value": _entry(UI, "目标值", "value"),
    "ui.diff.field.year": _entry(UI, "年份", "year"),
    "ui.diff.field.kind": _entry(UI, "类型", "kind"),
    "ui.diff.field.comparator": _entry(UI, "比较条件", "comparator"),
    "ui.diff.field.tolerance": _entry(UI, "允许误差", "tolerance"),
    "ui.diff.field.base_year": _entry(UI, "基数年份", "base year"),
    "ui.diff.field.from_year": _entry(UI, "起始年份", "from year"),
    "ui.diff.field.text": _entry(UI, "原文", "text"),
    "ui.diff.field.unit": _entry(UI, "单位", "unit"),
    "ui.diff.field.direction": _entry(UI, "方向", "direction"),
    "ui.diff.field.measure": _entry(UI, "统计方式", "measure"),
    "ui.diff.field.name": _entry(UI, "名称", "name"),
    "ui.diff.field.name_en": _entry(UI, "英文名", "English name"),
    "ui.diff.field.title": _entry(UI, "标题", "title"),
    "ui.diff.field.task": _entry(UI, "所属任务", "task"),
    "ui.diff.field.lead_units": _entry(UI, "牵头单位", "lead units"),
    "ui.diff.field.lead_text": _entry(UI, "牵头单位原文", "lead units as printed"),
    "ui.diff.field.responsible_units": _entry(UI, "责任单位", "responsible units"),
    "ui.diff.field.responsible_text": _entry(UI, "责任单位原文", "responsible units as printed"),
    "ui.diff.field.participating_units": _entry(UI, "参与单位", "participating units"),
    "ui.diff.field.participating_text": _entry(UI, "参与单位原文", "participating units as printed"),
    "ui.diff.field.milestones": _entry(UI, "阶段目标", "milestones"),
    "ui.diff.field.planned_year": _entry(UI, "计划年份", "planned year"),
    "ui.diff.field.status": _entry(UI, "状态", "status"),
    "ui.diff.field.completed": _entry(UI, "完成日期", "completed"),
    "ui.diff.field.started": _entry(UI, "开工日期", "started"),
    "ui.diff.field.spent_wan": _entry(UI, "实际支出（万元）", "spent (10,000 yuan)"),
    "ui.diff.field.evidence": _entry(UI, "依据", "evidence"),
    "ui.diff.field.indicator": _entry(UI, "计入指标", "indicator"),
    "ui.diff.field.note": _entry(UI, "说明", "note"),
    "ui.diff.field.derived_from_sites": _entry(UI, "由点位计算", "derived from sites"),
    "ui.diff.field.baseline_year": _entry(UI, "基线年份", "baseline year"),
    "ui.diff.field.decimals": _entry(UI, "小数位数", "decimals"),
    "ui.diff.field.area_m2": _entry(UI, "建设规模（平方米）", "area (m²)"),
    "ui.diff.field.investment_wan": _entry(UI, "项目总投资（万元）", "investment (10,000 yuan)"),
    "ui.diff.field.funding": _entry(UI, "投资来源", "funding"),
    "ui.diff.field.duration": _entry(UI, "建设期限", "duration"),
    "ui.diff.field.content": _entry(UI, "主要内容", "content"),
    "ui.diff.field.aliases": _entry(UI, "别名", "aliases"),
    "ui.diff.field.outcome": _entry(UI, "拟实现工作目标和成果", "outcome"),
    "ui.diff.field.progress": _entry(UI, "相关指标预期进度", "progress"),
    "ui.diff.field.tasks": _entry(UI, "对应任务", "tasks"),
    "ui.diff.field.id": _entry(UI, "编号", "id"),
    "ui.diff.section.indicators": _entry(UI, "指标", "indicator"),
    "ui.diff.section.targets": _entry(UI, "目标", "target"),
    "ui.diff.section.tasks": _entry(UI, "任务", "task"),
    "ui.diff.section.annex1": _entry(UI, "附件1行", "annex 1 row"),
    "ui.diff.section.policies": _entry(UI, "政策", "policy"),
    "ui.diff.section.departments": _entry(UI, "单位", "unit"),
    "ui.diff.section.areas": _entry(UI, "区域", "area"),
    "ui.diff.section.domains": _entry(UI, "领域", "domain"),
    "ui.diff.section.projects": _entry(UI, "项目", "project"),
    "ui.diff.section.sites": _entry(UI, "点位", "site"),
    "ui.diff.section.assessments": _entry(UI, "评估", "assessment"),
    "ui.diff.section.plan": _entry(UI, "方案信息", "plan facts"),
    "ui.log.help": _entry(
        UI, "列出一个指标的数值在各次提交中的变化：提交、日期、作者、原值、新值、来源。\n\n示例：cfcity log social_workers",
        "List how an indicator's values changed across commits: commit, date, author, old and new value, "
        "source.\n\nExample: cfcity log social_workers"),
    "ui.log.shallow": _entry(
        UI, "注意：这是浅克隆，更早的历史不在本地，第一行的改动可能早于所示提交。运行 git fetch --unshallow 可取回完整历史。",
        "Note: this is a shallow clone, so older history is missing and the first rows may be older than the "
        "commit shown. Run git fetch --unshallow for the whole history."),
    "ui.log.empty": _entry(UI, "git 历史中没有这个指标的数值变化。", "No change to this indicator's values in the git history."),
    "ui.log.col.commit": _entry(UI, "提交", "Commit"),
    "ui.log.col.date": _entry(UI, "日期", "Date"),
    "ui.log.col.author": _entry(UI, "作者", "Author"),
    "ui.log.col.year": _entry(UI, "年份", "Year"),
    "ui.log.col.area": _entry(UI, "区域", "Area"),
    "ui.log.col.old": _entry(UI, "原值", "Old"),
    "ui.log.col.new": _entry(UI, "新值", "New"),
    "ui.log.col.source": _entry(UI, "来源", "Source"),
    "ui.log.col.subject": _entry(UI, "提交说明", "Message"),
    "ui.city": _entry(UI, "全市", "whole city"),
    "ui.list_separator": _entry(UI, "，", ", "),
    "ui.labelled_list": _entry(UI, "{title}：{items}", "{title}: {items}"),
    "ui.written": _entry(UI, "已写入 {file}", "Wrote {file}"),
    "ui.state.met": _entry(UI, "已达标", "met"),
    "ui.state.missed": _entry(UI, "未达标", "missed"),
    "ui.state.on_track": _entry(UI, "进展正常", "on track"),
    "ui.state.behind": _entry(UI, "滞后", "behind"),
    "ui.state.no_data": _entry(UI, "无数据", "no data"),
    "ui.state.overdue_no_data": _entry(UI, "逾期无数据", "overdue, no data"),
    "ui.state.needs_baseline": _entry(UI, "缺基线", "needs baseline"),
    "ui.state.not_assessed": _entry(UI, "待评估", "not assessed"),
    "ui.state.not_started": _entry(UI, "未启动", "not started"),
    "ui.state.in_progress": _entry(UI, "实施中", "in progress"),
    "ui.state.achieved": _entry(UI, "已完成", "achieved"),
    "ui.state.not_achieved": _entry(UI, "未完成", "not achieved"),
    "ui.state.planned": _entry(UI, "计划中", "planned"),
    "ui.state.completed": _entry(UI, "已完成", "completed"),
    "ui.state.cancelled": _entry(UI, "已取消", "cancelled"),
    "ui.error": _entry(UI, "错误：{message}", "Error: {message}"),
    "ui.col.number": _entry(UI, "序号", "No."),
    "ui.col.domain": _entry(UI, "领域", "Domain"),
    "ui.col.task": _entry(UI, "任务", "Task"),
    "ui.col.lead": _entry(UI, "牵头单位", "Lead units"),
    "ui.col.targets": _entry(UI, "量化目标", "Targets"),
    "ui.tasks.count": _entry(UI, "共 {count} 项任务。", "{count} tasks."),
    "ui.show.task": _entry(UI, "任务 {number}：{title}", "Task {number}: {title}"),
    "ui.show.indicator": _entry(UI, "指标 {id}：{name}", "Indicator {id}: {name}"),
    "ui.show.project": _entry(UI, "项目 {id}：{name}", "Project {id}: {name}"),
    "ui.show.site": _entry(UI, "点位 {id}：{name}", "Site {id}: {name}"),
    "ui.field.domain": _entry(UI, "领域", "Domain"),
    "ui.field.lead": _entry(UI, "牵头单位", "Lead units"),
    "ui.field.responsible": _entry(UI, "责任单位", "Responsible units"),
    "ui.field.participating": _entry(UI, "参与单位", "Participating units"),
    "ui.field.milestones": _entry(UI, "阶段目标", "Milestones"),
    "ui.field.indicators": _entry(UI, "量化指标", "Indicators"),
    "ui.field.annex1": _entry(UI, "附件1 预期成果", "Annex 1 expected outcomes"),
    "ui.field.projects": _entry(UI, "相关项目", "Projects"),
    "ui.field.sites": _entry(UI, "具名点位", "Named sites"),
    "ui.field.notes": _entry(UI, "说明", "Notes"),
    "ui.field.task": _entry(UI, "所属任务", "Task"),
    "ui.field.unit": _entry(UI, "单位", "Unit"),
    "ui.field.direction": _entry(UI, "方向", "Direction"),
    "ui.field.measure": _entry(UI, "统计方式", "Measure"),
    "ui.field.baseline": _entry(UI, "基线年份", "Baseline year"),
    "ui.field.targets": _entry(UI, "目标", "Targets"),
    "ui.field.values": _entry(UI, "已记录数值", "Recorded values"),
    "ui.field.statuses": _entry(UI, "目标状态及其依据", "Target statuses and the values behind them"),
    "ui.field.current": _entry(UI, "当前", "value"),
    "ui.field.name_en": _entry(UI, "英文名", "English name"),
    "ui.field.status": _entry(UI, "状态", "Status"),
    "ui.field.planned_year": _entry(UI, "计划年份", "Planned year"),
    "ui.field.project_unit": _entry(UI, "项目单位", "Unit"),
    "ui.field.area_m2": _entry(UI, "建设规模（平方米）", "Area (m²)"),
    "ui.field.investment": _entry(UI, "项目总投资（万元）", "Investment (10,000 yuan)"),
    "ui.field.funding": _entry(UI, "投资来源", "Funding"),
    "ui.field.duration": _entry(UI, "建设期限", "Duration"),
    "ui.field.content": _entry(UI, "主要内容", "Content"),
    "ui.field.indicator": _entry(UI, "计入指标", "Counts toward"),
    "ui.none": _entry(UI, "（无）", "(none)"),
    "ui.direction.higher": _entry(UI, "越高越好", "higher is better"),
    "ui.direction.lower": _entry(UI, "越低越好", "lower is better"),
    "ui.measure.level": _entry(UI, "时点值（年末水平）", "level (at a moment)"),
    "ui.measure.flow": _entry(UI, "年度发生量", "flow (amount within a year)"),
    "ui.comparator.ge": _entry(UI, "≥", "≥"),
    "ui.comparator.le": _entry(UI, "≤", "≤"),
    "ui.comparator.eq": _entry(UI, "=", "="),
    "ui.comparator.about": _entry(UI, "约", "about"),
    "ui.kind.level": _entry(UI, "年末达到", "level at year end"),
    "ui.kind.increase": _entry(UI, "当年新增", "increase within the year"),
    "ui.kind.cumulative": _entry(UI, "累计", "cumulative since the plan began"),
    "ui.kind.relative": _entry(UI, "较基数年变化", "change against the base year"),
    "ui.kind.maintained": _entry(UI, "每年保持", "maintained every year"),
    "ui.kind.every_area": _entry(UI, "每个乡镇（街道）均达到", "met in every area"),
    "ui.kind.coverage": _entry(UI, "乡镇（街道）覆盖率", "coverage of areas"),
    "ui.year_not_stated": _entry(UI, "（原文未写年份，按规划末年计）", "(no year in the text; the plan's end year)"),
    "ui.status.planned": _entry(UI, "计划中", "planned"),
    "ui.status.in_progress": _entry(UI, "实施中", "in progress"),
    "ui.status.completed": _entry(UI, "已完成", "completed"),
    "ui.status.cancelled": _entry(UI, "已取消", "cancelled"),
    "ui.severity.error": _entry(UI, "错误", "error"),
    "ui.severity.warning": _entry(UI, "警告", "warning"),
}
