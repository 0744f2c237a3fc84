export { createHotlineChannel } from "./create-hotline-channel";
export { createReportCategory } from "./create-report-category";
export { deactivateHotlineChannel } from "./deactivate-hotline-channel";
export { deactivateReportCategory } from "./deactivate-report-category";
export { getPublicHotline, PublicHotline } from "./get-public-hotline";
export { CreateHotlineChannel, HotlineChannelListQuery, UpdateHotlineChannel } from "./hotline-channel-input";
export { HotlineChannel } from "./hotline-channel-view";
export { listHotlineChannels } from "./list-hotline-channels";
export {
  listPublicReportCategories,
  PublicReportCategories,
  PublicReportCategory,
} from "./list-public-report-categories";
export { listReportCategories } from "./list-report-categories";
export { CreateReportCategory, ReportCategoryListQuery, UpdateReportCategory } from "./report-category-input";
export { ReportCategory } from "./report-category-view";
export { updateHotlineChannel } from "./update-hotline-channel";
export { updateReportCategory } from "./update-report-category";
