"""Write a table of rows as markdown, CSV (UTF-8 with BOM, for Excel on Chinese Windows) or xlsx."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

Columns = list[tuple[str, str]]


def to_markdown(columns: Columns, rows: list[dict[str, Any]]) -> str:
    from tabulate import tabulate

    headers = [header for _, header in columns]
    body = [[_cell(row.get(key)).replace("|", "\\|").replace("\n", "<br>") for key, _ in columns] for row in rows]
    return tabulate(body, headers=headers, tablefmt="github", disable_numparse=True)


def to_csv(columns: Columns, rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([header for _, header in columns])
    for row in rows:
        writer.writerow([_cell(row.get(key)) for key, _ in columns])
    return buffer.getvalue()


def write_xlsx(path: Path, columns: Columns, rows: list[dict[str, Any]], title: str) -> None:
    """Write one worksheet with a bold header row and wrapped text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append([header for _, header in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_xlsx_value(row.get(key)) for key, _ in columns])
    for column_cells in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column_cells)
        sheet.column_dimensions[column_cells[0].column_letter].width = min(max(width * 2, 8), 60)
        for cell in column_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.save(path)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(str(item) for item in value)
    return str(value)


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return _cell(value)
