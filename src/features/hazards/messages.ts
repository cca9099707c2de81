/**
 * Element Plus' message and confirm box with their styles: the components
 * resolver styles what templates use, not what scripts call.
 */
import 'element-plus/theme-chalk/el-message.css';
import 'element-plus/theme-chalk/el-message-box.css';
import 'element-plus/theme-chalk/el-overlay.css';

export { ElMessage, ElMessageBox } from 'element-plus';
