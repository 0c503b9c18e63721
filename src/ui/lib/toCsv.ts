/**
 * RFC 4180 CSV for the exports (flags, a checked list of pages). Cells come from pages and users, and spreadsheets
 * run a cell that starts with =, +, -, @, tab or CR as a formula: such cells get a leading apostrophe.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n')}\r\n`;
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
