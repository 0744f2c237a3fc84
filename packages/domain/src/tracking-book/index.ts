export { annulTrackingBookEntry } from "./annul-tracking-book-entry";
export { exportTrackingBookCsv } from "./export-tracking-book-csv";
export { getTrackingBookEntry } from "./get-tracking-book-entry";
export { listTrackingBook } from "./list-tracking-book";
export { AnnulEntry, TrackingBookEntry, TrackingBookQuery } from "./tracking-book-view";
