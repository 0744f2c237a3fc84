import type { Child } from "hono/jsx";

/** One column of a console table: its header, and what each row shows in it. */
export interface Column<T> {
  /** The header; on a phone also each cell's label, since the row becomes a card (see console-layout.tsx). */
  label: string;
  cell: (row: T) => Child;
}

export interface DataTableProps<T> {
  /** A column left out (false, null) is not shown: for columns only some pages have. */
  columns: readonly (Column<T> | false | null | undefined)[];
  rows: readonly T[];
  /** Said instead of the table when there are no rows. */
  empty: string;
  /** What the table lists, for screen readers (visually hidden); the heading above says it to everyone else. */
  caption?: string;
}

/**
 * Every table of the console: headers for the columns, a row per item, in
 * the scrolling wrapper. Each cell carries its column's label (data-label),
 * which the narrow-screen CSS shows before the value when rows stack into cards.
 */
export function DataTable<T>({ columns, rows, empty, caption }: DataTableProps<T>) {
  if (rows.length === 0) return <p>{empty}</p>;
  const shown = columns.filter((column): column is Column<T> => Boolean(column));
  return (
    <div class="table-wrap">
      <table>
        {caption ? <caption class="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {shown.map((column) => (
              <th scope="col">{column.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              {shown.map((column) => (
                <td data-label={column.label}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
