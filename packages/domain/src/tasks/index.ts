export { createTask } from "./create-task";
export { getTaskDetail, TaskDetail } from "./get-task-detail";
export { listReminders } from "./list-reminders";
export { listTasks } from "./list-tasks";
export { appendReminder, recordReminder } from "./record-reminder";
export { CompleteTask, CreateTask, RecordReminder, TaskListQuery, UpdateTask } from "./task-input";
export { cancelTask, completeTask, getTask, updateTask } from "./task-lifecycle";
export { RecordedReminder, Reminder, Task } from "./task-view";
