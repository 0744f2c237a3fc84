export { getPublicHotline, PublicHotline } from "./get-public-hotline";
export { CreateHotlineChannel, HotlineChannelListQuery, UpdateHotlineChannel } from "./hotline-channel-input";
export { HotlineChannel } from "./hotline-channel-view";
export {
  createHotlineChannel,
  deactivateHotlineChannel,
  listHotlineChannels,
  updateHotlineChannel,
} from "./hotline-channels";
export {
  listPublicReportCategories,
  PublicReportCategories,
  PublicReportCategory,
} from "./list-public-report-categories";
export {
  createReportCategory,
  deactivateReportCategory,
  listReportCategories,
  updateReportCategory,
} from "./report-categories";
export { CreateReportCategory, ReportCategoryListQuery, UpdateReportCategory } from "./report-category-input";
export { ReportCategory } from "./report-category-view";
