export { addCalendarMonths } from "./add-months";
export { addDays, localDate } from "./local-date";
export { dueAfterWorkingDays, workingCalendar } from "./working-calendar";
