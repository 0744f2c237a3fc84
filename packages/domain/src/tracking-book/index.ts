export { exportTrackingBookCsv } from "./export-tracking-book-csv";
export { annulTrackingBookEntry, getTrackingBookEntry, listTrackingBook } from "./tracking-book-entries";
export { AnnulEntry, TrackingBookEntry, TrackingBookQuery } from "./tracking-book-view";
