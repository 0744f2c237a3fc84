export { addCalendarMonths } from "./add-months";
export { type CalendarData, calendarDataColumn, loadCalendarData, parseCalendarData } from "./calendar-data";
export { type CalendarYearNotice, calendarNotices } from "./calendar-notices";
export { addDays, documentDate, endOfLocalDay, localDate } from "./local-date";
export {
  CalendarYearNumber,
  CalendarYearStatus,
  getNationalCalendarYear,
  NationalCalendarDay,
  NationalCalendarYear,
  PutNationalCalendarYear,
  putNationalCalendarYear,
} from "./national-calendar";
export {
  EffectiveCalendarDay,
  getTenantCalendar,
  PutTenantCalendarDay,
  removeTenantCalendarDay,
  setTenantCalendarDay,
  TenantCalendar,
  TenantCalendarDay,
} from "./tenant-calendar";
export {
  countedWithoutCalendar,
  dueAfterWorkingDays,
  isWorkingDay,
  rollToWorkingDay,
  type WorkingCalendar,
  workingCalendar,
  workingDaysLeft,
  workingDaysOverdue,
} from "./working-calendar";
