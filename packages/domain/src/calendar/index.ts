export { addCalendarMonths } from "./add-months";
export { addDays, endOfLocalDay, localDate } from "./local-date";
export { vietnamHolidays } from "./vietnam-holidays";
export {
  dueAfterWorkingDays,
  isWorkingDay,
  type WorkingCalendar,
  workingCalendar,
  workingDaysLeft,
  workingDaysOverdue,
} from "./working-calendar";
