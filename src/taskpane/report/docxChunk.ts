/**
 * The 通报's Word writer as the task pane loads it: its own webpack chunk (the `docx` library is
 * several hundred KB), fetched only when 生成通报 is pressed.
 */
export { renderReportBlob } from "../../report/docx";
