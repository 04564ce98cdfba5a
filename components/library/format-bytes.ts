/**
 * `1.2 MB`, `340 kB`, `0 kB`: usage and quota in the reader's number format (decimal units, as
 * browsers report quotas). Starts at kilobytes: "0 byte" reads oddly, and small notes are tiny.
 */
export function formatBytes(bytes: number): string {
  const units = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
