// What routes may use from the extract feature ("Đọc từ văn bản báo cáo").
export { ExtractView } from './components/extract-view.tsx'
